import type {
  AppStoreVersionPhasedReleaseUpdateRequest,
  AppStoreVersionReleaseRequest,
  AppStoreVersionReleaseRequestCreateRequest,
  PhasedReleaseState,
} from '../../asc/generated/app-store-connect.js';
import type { SingleDocument } from '../../asc/json-api.js';
import { InputError } from '../../input-error.js';
import { defineOperation } from '../operation.js';
import { applyPlan, Plan, planSection, type PlannedChange } from '../shared/plan.js';
import { parseAppInput, resolveApp } from '../shared/resolve-app.js';
import {
  isReleased,
  parsePlatform,
  parseVersionString,
  readStoreVersions,
} from './store-versions.js';
import { readableState, stateCell } from '../../report/step-summary.js';

export const phasedReleaseActions = ['pause', 'resume', 'complete'] as const;
type PhasedReleaseAction = (typeof phasedReleaseActions)[number];

const wantedState: Record<PhasedReleaseAction, PhasedReleaseState> = {
  pause: 'PAUSED',
  resume: 'ACTIVE',
  complete: 'COMPLETE',
};

/**
 * Plans the phased release change. `current` is the state the rollout has (or will have once the
 * planned release request is applied: ACTIVE). Asking for the state it already has writes nothing.
 */
function planPhasedAction(
  action: PhasedReleaseAction,
  current: string,
  apply: (state: PhasedReleaseState) => Promise<void>,
  describe: string,
): PlannedChange | undefined {
  const wanted = wantedState[action];
  if (current === wanted) return undefined;
  if (current === 'COMPLETE') {
    if (action === 'resume') return undefined;
    throw new InputError(
      'phased-release-action',
      `the phased release of version ${describe} is already complete; it cannot be ${action}d`,
    );
  }
  if (current === 'INACTIVE') {
    throw new InputError(
      'phased-release-action',
      `the phased release of version ${describe} has not started (the version is not released yet)`,
    );
  }
  return {
    kind: 'update',
    target: `phased release of version ${describe}`,
    detail: `${current} → ${wanted}`,
    apply: () => apply(wanted),
  };
}

/** Releases a version waiting for its developer, and steers its phased release. */
export const releaseAppStore = defineOperation({
  name: 'release-app-store',
  parse: (inputs) => ({
    app: parseAppInput(inputs),
    version: parseVersionString(inputs),
    platform: parsePlatform(inputs),
    phasedReleaseAction: inputs.choice('phased-release-action', phasedReleaseActions),
  }),
  async run(context, inputs) {
    const { client, log, dryRun } = context;
    const app = await resolveApp(client, inputs.app);
    const [version] = await readStoreVersions(client, app, inputs.platform, inputs.version);
    if (!version) {
      const all = await readStoreVersions(client, app, inputs.platform);
      const known = all.slice(0, 5).map((v) => `${v.versionString} (${v.state})`);
      throw new InputError(
        'version',
        `${app.bundleId || app.id} has no ${inputs.platform} App Store version ${inputs.version}${known.length > 0 ? `; its newest versions: ${known.join(', ')}` : ''}`,
      );
    }
    const describe = `${version.versionString} (${readableState(version.platform || inputs.platform)})`;
    const plan = new Plan();
    const pending = version.state === 'PENDING_DEVELOPER_RELEASE';
    if (pending) {
      const body: AppStoreVersionReleaseRequestCreateRequest = {
        data: {
          type: 'appStoreVersionReleaseRequests',
          relationships: {
            appStoreVersion: { data: { type: 'appStoreVersions', id: version.id } },
          },
        },
      };
      plan.step({
        kind: 'create',
        target: `release of version ${describe}`,
        detail: version.phasedRelease ? 'phased over 7 days' : 'to everyone',
        apply: async () => {
          await client.post<SingleDocument<AppStoreVersionReleaseRequest>>(
            '/v1/appStoreVersionReleaseRequests',
            body,
            {
              recover: async () => {
                const [now] = await readStoreVersions(client, app, inputs.platform, inputs.version);
                return now && isReleased(now)
                  ? { data: { type: 'appStoreVersionReleaseRequests', id: '' } }
                  : undefined;
              },
            },
          );
        },
      });
    } else if (isReleased(version)) {
      log.info(`Version ${describe} is already released (${version.state}).`);
    } else {
      throw new Error(
        `version ${describe} is ${version.state}; it can be released only when it is PENDING_DEVELOPER_RELEASE (approved, waiting for its developer)`,
      );
    }
    const phasedBefore = version.phasedRelease?.attributes?.phasedReleaseState ?? null;
    let phasedChange: PlannedChange | undefined;
    if (inputs.phasedReleaseAction) {
      const phased = version.phasedRelease;
      if (!phased) {
        throw new InputError(
          'phased-release-action',
          `version ${describe} has no phased release (submit it with phased-release: true)`,
        );
      }
      const current = pending ? 'ACTIVE' : (phasedBefore ?? 'INACTIVE');
      phasedChange = planPhasedAction(
        inputs.phasedReleaseAction,
        current,
        async (state) => {
          const body: AppStoreVersionPhasedReleaseUpdateRequest = {
            data: {
              type: 'appStoreVersionPhasedReleases',
              id: phased.id,
              attributes: { phasedReleaseState: state },
            },
          };
          await client.patch(`/v1/appStoreVersionPhasedReleases/${phased.id}`, body);
        },
        describe,
      );
      plan.step(phasedChange);
    }
    context.onFailureShow([planSection(plan, false, dryRun)]);
    const applied = await applyPlan(context, plan);
    // What the rollout is now: the release starts it; a planned change moves it on.
    const phasedState: string | null = !applied
      ? phasedBefore
      : phasedChange && inputs.phasedReleaseAction
        ? wantedState[inputs.phasedReleaseAction]
        : pending && phasedBefore === 'INACTIVE'
          ? 'ACTIVE'
          : phasedBefore;
    const state = applied && pending ? 'READY_FOR_SALE' : version.state;
    return {
      result: {
        app,
        version: {
          id: version.id,
          versionString: version.versionString,
          platform: version.platform,
        },
        appStoreState: state,
        phasedReleaseState: phasedState,
        alreadyReleased: !pending && isReleased(version),
        plan: plan.records(),
        applied,
      },
      outputs: {
        'app-store-version-id': version.id,
        'app-store-state': state,
        'phased-release-state': phasedState ?? undefined,
      },
      summary: {
        title: `App Store version ${describe} of ${app.name}: ${readableState(state)}`,
        sections: [
          {
            table: {
              header: ['Version', 'State', 'Phased release'],
              rows: [[describe, stateCell(state), stateCell(phasedState)]],
            },
          },
          planSection(plan, applied, dryRun),
        ],
      },
    };
  },
});
