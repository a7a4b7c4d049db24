import { defineOperation } from '../operation.js';
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
} from '../shared/build-report.js';
import { checkBuildsInReview } from '../shared/build-in-review.js';
import { planExportCompliance } from '../shared/export-compliance.js';
import { applyPlan, Plan, planSection, type PlannedChange } from '../shared/plan.js';
import { readTogether } from '../shared/read-together.js';
import { parseAppInput, resolveApp } from '../shared/resolve-app.js';
import {
  describeBuild,
  parseBuildSelector,
  readBuild,
  resolveBuild,
} from '../shared/resolve-build.js';
import { parseProcessingWait, waitUntilProcessed } from '../shared/wait-for-processing.js';

/**
 * Submits the build for beta app review (for external testing), after updating the review details
 * that differ. An existing submission is success: its state is reported.
 */
export const submitBetaReview = defineOperation({
  name: 'submit-beta-review',
  parse: (inputs) => ({
    app: parseAppInput(inputs),
    build: parseBuildSelector(inputs),
    wait: parseProcessingWait(inputs),
    usesNonExemptEncryption: inputs.optionalBoolean('uses-non-exempt-encryption'),
    reviewDetails: parseReviewDetailInputs(inputs),
    replaceBuildInReview: inputs.boolean('replace-build-in-review', false),
  }),
  async run(context, inputs) {
    const { client, log, dryRun } = context;
    const app = await resolveApp(client, inputs.app);
    const [found, reviewDetail] = await readTogether([
      resolveBuild(client, app, inputs.build),
      hasReviewDetailInputs(inputs.reviewDetails) ? readReviewDetail(client, app) : undefined,
    ]);
    if (reviewDetail) checkDemoAccount(reviewDetail, inputs.reviewDetails);
    const waited = await waitUntilProcessed(context, found, inputs.wait);
    let build = waited.build;
    if (waited.timedOut) return stillProcessingOutcome(app, waited);
    const compliance = planExportCompliance(client, log, build, inputs.usesNonExemptEncryption);
    checkExportComplianceForReview(build, compliance.change !== undefined);
    if (build.reviewSubmission) {
      log.info(
        `Build ${describeBuild(build)} was already submitted: ${build.reviewSubmission.attributes?.betaReviewState ?? 'unknown state'}.`,
      );
    }
    let submittedState: string | undefined;
    const submission = planReviewSubmission(context, build, (submitted) => {
      submittedState = submitted.attributes?.betaReviewState;
    });
    // Apple takes one build per version in beta review: found before any write.
    const expirations = submission
      ? await checkBuildsInReview(client, app, build, inputs.replaceBuildInReview)
      : [];
    const plan = new Plan()
      .stage(
        [
          compliance.change,
          reviewDetail
            ? planReviewDetailUpdate(client, reviewDetail, inputs.reviewDetails)
            : undefined,
        ].filter((change): change is PlannedChange => change !== undefined),
      )
      .stage(expirations)
      .step(submission);
    const applied = await applyPlan(context, plan);
    if (applied) build = await readBuild(client, build.id);
    const report = buildReport(build);
    const state = report.betaReviewState ?? submittedState ?? null;
    return {
      result: {
        app,
        build: report,
        betaReview: { alreadySubmitted: found.reviewSubmission !== undefined, state },
        replacedBuildsInReview: expirations.map((change) => change.target),
        exportCompliance: compliance.state,
        plan: plan.records(),
        applied,
      },
      outputs: { ...buildOutputs(build), 'beta-review-state': state ?? undefined },
      summary: {
        title: `Beta app review of build ${describeBuild(build)} of ${app.name}`,
        sections: [
          buildSection(build),
          { lines: [state ? `Review state: ${state}` : 'Not submitted yet.'] },
          planSection(plan, applied, dryRun),
        ],
      },
    };
  },
});
