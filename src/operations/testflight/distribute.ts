import { InputReader } from '../../input-reader.js';
import type { AscClient } from '../../asc/client.js';
import type {
  BetaGroup,
  BuildBetaGroupsLinkagesRequest,
  BuildBetaNotificationCreateRequest,
} from '../../asc/generated/app-store-connect.js';
import { linkCell, readableState } from '../../report/step-summary.js';
import { defineOperation, type OperationContext } from '../operation.js';
import {
  checkDemoAccount,
  checkExportComplianceForReview,
  hasReviewDetailInputs,
  parseReviewDetailInputs,
  planReviewDetailUpdate,
  planReviewSubmission,
  readReviewDetail,
} from '../shared/beta-review.js';
import {
  buildOutputs,
  buildReport,
  buildSection,
  stillProcessingOutcome,
  waitReport,
} from '../shared/build-report.js';
import { checkBuildsInReview, planAutoNotify } from '../shared/build-in-review.js';
import { planExportCompliance } from '../shared/export-compliance.js';
import { applyPlan, Plan, planSection, type PlannedChange } from '../shared/plan.js';
import { readTogether } from '../shared/read-together.js';
import { parseAppInput, resolveApp } from '../shared/resolve-app.js';
import {
  describeBuild,
  parseBuildSelector,
  readBuild,
  resolveBuild,
  type ResolvedBuild,
} from '../shared/resolve-build.js';
import { resolveGroups } from '../shared/resolve-groups.js';
import { parseProcessingWait, waitUntilProcessed } from '../shared/wait-for-processing.js';
import { parseWhatsNew, planWhatsNew } from '../shared/whats-new.js';

/** What happens to the build in one group. */
export type GroupChange = 'add' | 'already-added' | 'all-builds';

export interface GroupDistribution {
  id: string;
  name: string;
  internal: boolean;
  change: GroupChange;
  publicLink: string | null;
}

export function classifyGroups(build: ResolvedBuild, groups: BetaGroup[]): GroupDistribution[] {
  return groups.map((group) => {
    const a = group.attributes ?? {};
    const internal = a.isInternalGroup ?? false;
    const change: GroupChange = build.groupIds.includes(group.id)
      ? 'already-added'
      : internal && a.hasAccessToAllBuilds
        ? 'all-builds'
        : 'add';
    return {
      id: group.id,
      name: a.name ?? group.id,
      internal,
      change,
      publicLink: a.publicLinkEnabled ? (a.publicLink ?? null) : null,
    };
  });
}

const groupChangeText: Record<GroupChange, string> = {
  add: 'build added',
  'already-added': 'already had the build',
  'all-builds': 'has every build (internal)',
};

function planGroupLink(
  client: AscClient,
  build: ResolvedBuild,
  groups: GroupDistribution[],
): PlannedChange | undefined {
  const adding = groups.filter((group) => group.change === 'add');
  if (adding.length === 0) return undefined;
  const body: BuildBetaGroupsLinkagesRequest = {
    data: adding.map((group) => ({ type: 'betaGroups', id: group.id })),
  };
  return {
    kind: 'link',
    target: `build ${describeBuild(build)}`,
    detail: `to groups ${adding.map((group) => group.name).join(', ')}`,
    apply: async () => {
      await client.post(`/v1/builds/${build.id}/relationships/betaGroups`, body);
    },
  };
}

/**
 * Notifies testers of the build. Apple offers no way to read notifications back, so a create whose
 * answer was lost cannot be checked: it is sent again (recover answers "not found"). At worst a
 * tester gets the email twice; never not at all.
 */
async function sendNotification(client: AscClient, build: ResolvedBuild): Promise<void> {
  const body: BuildBetaNotificationCreateRequest = {
    data: {
      type: 'buildBetaNotifications',
      relationships: { build: { data: { type: 'builds', id: build.id } } },
    },
  };
  await client.post('/v1/buildBetaNotifications', body, { recover: async () => undefined });
}

function planNotification(client: AscClient, build: ResolvedBuild): PlannedChange {
  return {
    kind: 'notify',
    target: `testers of build ${describeBuild(build)}`,
    apply: () => sendNotification(client, build),
  };
}

/**
 * For external testers of a build beta review has not approved yet, a notification now reaches
 * nobody: the build's auto-notify is turned on instead, so that Apple notifies them on approval
 * (as fastlane does). A build approved at once by the submission of this run (a later build of an
 * approved version) is notified directly.
 */
function planNotificationOnApproval(
  context: OperationContext,
  build: ResolvedBuild,
  approvedNow: () => boolean,
): PlannedChange | undefined {
  const autoNotify = planAutoNotify(context, build);
  if (!autoNotify) return undefined;
  return {
    kind: 'notify',
    target: `testers of build ${describeBuild(build)}`,
    detail: 'when beta review approves it (autoNotifyEnabled: true)',
    apply: async () => {
      if (approvedNow()) await sendNotification(context.client, build);
      else await autoNotify.apply();
    },
  };
}

export const distribute = defineOperation({
  name: 'distribute',
  parse(inputs) {
    const groups = inputs.list('group');
    const parsed = {
      app: parseAppInput(inputs),
      build: parseBuildSelector(inputs),
      groups,
      wait: parseProcessingWait(inputs),
      whatsNew: parseWhatsNew(inputs),
      usesNonExemptEncryption: inputs.optionalBoolean('uses-non-exempt-encryption'),
      submitBetaReview: inputs.boolean('submit-beta-review', false),
      notifyTesters: inputs.boolean('notify-testers', false),
      replaceBuildInReview: inputs.boolean('replace-build-in-review', false),
      reviewDetails: parseReviewDetailInputs(inputs),
    };
    if (groups.length === 0) {
      throw InputReader.empty('group', 'it names the beta group(s) to distribute to');
    }
    return parsed;
  },
  async run(context, inputs) {
    const { client, log, dryRun } = context;
    for (const note of inputs.whatsNew?.notes ?? []) log.info(note);
    for (const warning of inputs.whatsNew?.warnings ?? []) log.warning(warning);
    const app = await resolveApp(client, inputs.app);
    const [found, groups, reviewDetail] = await readTogether([
      resolveBuild(client, app, inputs.build),
      resolveGroups(client, app, inputs.groups),
      hasReviewDetailInputs(inputs.reviewDetails) ? readReviewDetail(client, app) : undefined,
    ]);
    if (reviewDetail) checkDemoAccount(reviewDetail, inputs.reviewDetails);
    log.info(`Build ${describeBuild(found)}: ${found.processingState}`);

    const waited = await waitUntilProcessed(context, found, inputs.wait);
    let build = waited.build;
    const distribution = classifyGroups(build, groups);
    for (const group of groups) {
      const a = group.attributes ?? {};
      if (a.isInternalGroup && (a.hasAccessToAllBuilds ?? null) === null) {
        // Unknown is not "no": say so instead of deciding silently.
        context.log.warning(
          `Apple did not say whether internal group '${a.name ?? group.id}' gets every build; the build is added to it.`,
        );
      }
    }
    if (waited.timedOut) {
      return stillProcessingOutcome(app, waited, {
        result: { groups: distribution },
        outputs: { 'group-ids': groups.map((group) => group.id) },
      });
    }

    const externalGroups = distribution.filter((group) => !group.internal);
    const submit = inputs.submitBetaReview && externalGroups.length > 0;
    if (inputs.submitBetaReview && externalGroups.length === 0) {
      log.info(
        'submit-beta-review: none of the groups is external, so there is nothing to submit.',
      );
    }
    const compliance = planExportCompliance(client, log, build, inputs.usesNonExemptEncryption);
    if (submit) checkExportComplianceForReview(build, compliance.change !== undefined);
    if (!submit && externalGroups.length > 0 && !build.reviewSubmission) {
      log.warning(
        `External groups (${externalGroups.map((g) => g.name).join(', ')}) see the build only after it passes beta app review; set submit-beta-review: true to submit it.`,
      );
    }
    const whatsNew = inputs.whatsNew ? planWhatsNew(client, build, inputs.whatsNew) : undefined;
    const reviewDetailChange = reviewDetail
      ? planReviewDetailUpdate(client, reviewDetail, inputs.reviewDetails)
      : undefined;
    const link = planGroupLink(client, build, distribution);
    let submittedState: string | undefined;
    const submission = submit
      ? planReviewSubmission(context, build, (s) => {
          submittedState = s.attributes?.betaReviewState;
        })
      : undefined;
    // Apple takes one build per version in beta review: found before any write.
    const expirations = submission
      ? await checkBuildsInReview(client, app, build, inputs.replaceBuildInReview)
      : [];

    const autoNotify = build.betaDetail?.attributes?.autoNotifyEnabled ?? false;
    if (inputs.notifyTesters && autoNotify) {
      log.info('notify-testers: App Store Connect notifies testers itself (auto-notify is on).');
    }
    const notify = inputs.notifyTesters && !autoNotify && link !== undefined;
    const approved = build.reviewSubmission?.attributes?.betaReviewState === 'APPROVED';
    const externalAdded = distribution.some((group) => !group.internal && group.change === 'add');
    const onApproval =
      notify && externalAdded && !approved
        ? planNotificationOnApproval(context, build, () => submittedState === 'APPROVED')
        : undefined;
    if (onApproval) {
      log.info(
        `notify-testers: build ${describeBuild(build)} is not approved by beta review yet, so a notification now would reach no external tester; its auto-notify is turned on and App Store Connect notifies the testers once it is approved.`,
      );
    }
    const notification = notify ? (onApproval ?? planNotification(client, build)) : undefined;

    // Groups take the build before it goes into review (they can't while it is in review).
    const plan = new Plan()
      .stage(
        [compliance.change, whatsNew?.change, reviewDetailChange].filter(
          (change): change is PlannedChange => change !== undefined,
        ),
      )
      .step(link)
      .stage(expirations)
      .step(submission)
      .step(notification);
    const applied = await applyPlan(context, plan);
    if (applied) build = await readBuild(client, build.id);

    const report = buildReport(build);
    const betaReviewState = report.betaReviewState ?? submittedState ?? null;
    return {
      result: {
        app,
        build: report,
        groups: distribution,
        whatsNew: whatsNew ? { locale: whatsNew.locale, change: whatsNew.state } : null,
        exportCompliance: compliance.state,
        betaReview: {
          requested: inputs.submitBetaReview,
          submitted: submission !== undefined && applied,
          state: betaReviewState,
        },
        notified: notification !== undefined && applied,
        notifiedOnApproval: onApproval !== undefined && applied && submittedState !== 'APPROVED',
        replacedBuildsInReview: expirations.map((change) => change.target),
        wait: waitReport(waited),
        plan: plan.records(),
        applied,
      },
      outputs: {
        ...buildOutputs(build),
        'beta-review-state': betaReviewState ?? undefined,
        'group-ids': groups.map((group) => group.id),
      },
      summary: {
        title: `${dryRun ? 'Dry run: distribute' : 'Distributed'} build ${describeBuild(build)} of ${app.name}`,
        sections: [
          buildSection(build),
          {
            heading: 'Groups',
            table: {
              header: ['Group', 'Type', 'Change', 'Public link'],
              rows: distribution.map((group) => [
                group.name,
                group.internal ? 'internal' : 'external',
                group.change === 'add' && !applied
                  ? `build to be added${dryRun ? ' (dry run)' : ''}`
                  : groupChangeText[group.change],
                linkCell(group.publicLink ?? '—', group.publicLink),
              ]),
            },
          },
          {
            heading: 'Beta app review',
            lines: [
              betaReviewState
                ? `Review state: ${readableState(betaReviewState)} (${betaReviewState})`
                : submission
                  ? 'To be submitted (dry run).'
                  : 'Not submitted.',
            ],
          },
          planSection(plan, applied, dryRun),
        ],
      },
    };
  },
});
