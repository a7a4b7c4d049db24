import { InputError } from '../../input-error.js';
import type { DeviceEntry } from '../../input-formats/devices.js';
import { throwIfProblems } from '../../input-formats/problem-list.js';
import {
  commentMarker,
  currentPullRequest,
  upsertPullRequestComment,
  type PostedComment,
} from '../../report/pull-request-comment.js';
import { githubRunFrom } from '../../report/github-run.js';
import type { StepSummary } from '../../report/step-summary.js';
import { defineOperation, type OperationContext } from '../operation.js';
import { applyPlan, Plan, planSection, type PlannedChange } from '../shared/plan.js';
import { readDevicesInput, type DevicesInput } from '../shared/read-devices-input.js';
import {
  listAllDevices,
  registerDevice,
  udidKey,
  updateDevice,
} from '../shared/resolve-devices.js';
import {
  checkDeviceCap,
  defaultDeviceLimit,
  describeUsage,
  type DeviceCapCheck,
} from './device-cap.js';
import {
  devicePlanMarkdown,
  devicePlanSections,
  type DevicePlanReport,
} from './device-plan-report.js';
import { readDeviceProfileRefresh, regeneratedProfileOutputs } from './device-profile-refresh.js';
import {
  planProfileRefresh,
  type ProfileRefreshInputs,
  type ProfileRefreshPlan,
} from './refresh-profiles.js';
import { planDeviceSync, type DeviceSync } from './device-sync.js';

/** The hidden marker that finds this operation's earlier comment on a pull request. */
export const registerDevicesMarker = commentMarker('app-store-connect-action:register-devices');

export interface RegisterDevicesInputs {
  devices: DevicesInput;
  rename: boolean;
  disableMissing: boolean;
  /** Apple's registered-device limit per product family (100). */
  deviceLimit: number;
  refresh?: ProfileRefreshInputs;
  githubToken?: string;
}

function deviceLabel(device: { name: string; udid: string }): string {
  return `device '${device.name}' (${device.udid})`;
}

/** The writes of a device sync; `ids` learns the id of each device registered. */
export function deviceChanges(
  context: OperationContext,
  sync: DeviceSync,
  ids: Map<string, string>,
): PlannedChange[] {
  const { client } = context;
  return [
    ...sync.register.map((entry): PlannedChange => ({
      kind: 'create',
      target: deviceLabel(entry),
      detail: `register (${entry.platform})`,
      apply: async () => {
        const device = await registerDevice(client, entry);
        ids.set(entry.udidKey, device.id);
      },
    })),
    ...sync.enable.map(({ device, newName }): PlannedChange => ({
      kind: 'update',
      target: deviceLabel(device),
      detail: newName === undefined ? 're-enable' : `re-enable and rename to '${newName}'`,
      apply: () =>
        updateDevice(client, device.id, {
          status: 'ENABLED',
          ...(newName === undefined ? {} : { name: newName }),
        }),
    })),
    ...sync.rename.map(({ device, entry }): PlannedChange => ({
      kind: 'update',
      target: deviceLabel(device),
      detail: `rename to '${entry.name}'`,
      apply: () => updateDevice(client, device.id, { name: entry.name }),
    })),
    ...sync.disable.map((device): PlannedChange => ({
      kind: 'update',
      target: deviceLabel(device),
      detail: 'disable (not in the list)',
      apply: () => updateDevice(client, device.id, { status: 'DISABLED' }),
    })),
  ];
}

function capFailure(cap: DeviceCapCheck, inputName: string): InputError | undefined {
  if (cap.exceeded.length === 0 && !cap.unknownDoNotFit) return undefined;
  const over = cap.exceeded.map(describeUsage);
  if (cap.unknownDoNotFit) over.push(`${cap.unknown} new iOS devices fit in no product family`);
  return new InputError(
    inputName,
    `registering these devices would exceed Apple's limit of registered devices per product family for this membership year (${over.join('; ')}); remove devices from the list, or wait for the membership renewal to free places`,
  );
}

function deviceRecord(
  device: { udid: string; name: string; platform: string | null },
  id?: string,
) {
  return { udid: device.udid, name: device.name, platform: device.platform, ...(id ? { id } : {}) };
}

export const registerDevices = defineOperation({
  name: 'register-devices',
  parse: (inputs): RegisterDevicesInputs => {
    const devices = readDevicesInput(inputs);
    const refresh = readDeviceProfileRefresh(inputs);
    const githubToken = inputs.secret('github-token');
    return {
      devices,
      rename: inputs.boolean('rename', false),
      disableMissing: inputs.boolean('disable-missing', false),
      deviceLimit: inputs.integer('device-limit', defaultDeviceLimit, { min: 1, max: 100_000 }),
      ...(refresh ? { refresh } : {}),
      ...(githubToken ? { githubToken } : {}),
    };
  },
  async run(context, inputs) {
    const { client, log, dryRun } = context;
    const { devices } = inputs;
    const inputName = devices.sources.includes('the devices input') ? 'devices' : 'devices-file';
    const pullRequest = inputs.githubToken
      ? await currentPullRequest(githubRunFrom(context.env), inputs.githubToken)
      : undefined;
    const invalid = devices.reports.filter(({ problems }) => !problems.isEmpty);
    // Bad lines fail before anything is read, except for the plan of a pull request, which shows
    // them next to the rest of the plan and fails after posting it.
    const reportInvalidFirst = dryRun && pullRequest !== undefined;
    if (invalid.length > 0 && !reportInvalidFirst) throwIfProblems(devices.reports);

    const account = await log.group('Read the registered devices', async () => {
      const listed = await listAllDevices(client);
      log.info(`${listed.length} registered device(s); ${devices.devices.length} in the list`);
      return listed;
    });
    const sync = planDeviceSync(devices.devices, account, inputs);
    const cap = checkDeviceCap(account, sync.register, inputs.deviceLimit);
    for (const family of cap.atRisk) {
      log.warning(
        `The new devices may exceed Apple's device limit if their family is ${family.family}: ${describeUsage(family)}. A new iOS device's family (iPhone, iPad, Watch, TV, Vision) is known only once registered.`,
      );
    }
    for (const { device, entry } of sync.namesKept) {
      log.info(
        `${deviceLabel(device)} is named '${entry.name}' in ${entry.source}; kept (rename: true renames it)`,
      );
    }

    const ids = new Map<string, string>(account.map((d) => [udidKey(d.udid), d.id]));
    const plan = new Plan().stage(deviceChanges(context, sync, ids));
    let refreshPlan: ProfileRefreshPlan | undefined;
    if (inputs.refresh) {
      refreshPlan = await planProfileRefresh(context, inputs.refresh, {
        addedDevices: [...sync.register, ...sync.enable.map(({ entry }) => entry)].map(
          ({ udid, platform }: DeviceEntry) => ({ udid, platform }),
        ),
        removedDeviceIds: sync.disable.map((device) => device.id),
        accountDevices: account,
      });
      for (const stage of refreshPlan.plan.orderedStages) plan.stage(stage);
    }

    const failure = invalidLinesError(devices) ?? capFailure(cap, inputName);
    const report = (state: DevicePlanReport['state']): DevicePlanReport => ({
      sync,
      sources: devices.sources,
      registeredCount: account.length,
      invalid: invalid.map(({ label, problems }) => ({
        source: label,
        problems: problems.describe(),
      })),
      cap,
      profiles: refreshPlan?.profiles ?? [],
      state,
    });
    const postComment = async (state: DevicePlanReport['state']) =>
      pullRequest && inputs.githubToken
        ? tryPostComment(
            context,
            inputs.githubToken,
            pullRequest,
            devicePlanMarkdown(report(state)),
          )
        : undefined;

    if (failure) {
      const comment = await postComment('planned');
      context.onFailureShow(summaryOf(report('planned'), plan, false, dryRun, comment).sections);
      throw failure;
    }
    const applied = await applyPlan(context, plan);
    const comment = await postComment(applied ? 'applied' : 'planned');

    const listedIds = devices.devices
      .map((entry) => ids.get(entry.udidKey))
      .filter((id): id is string => id !== undefined);
    return {
      result: {
        devices: { listed: devices.devices.length, registeredBefore: account.length },
        plan: plan.records(),
        applied,
        registered: sync.register.map((e) => deviceRecord(e, ids.get(e.udidKey))),
        enabled: sync.enable.map(({ device, newName }) => ({
          ...deviceRecord(device, device.id),
          ...(newName === undefined ? {} : { renamedTo: newName }),
        })),
        renamed: sync.rename.map(({ device, entry }) => ({
          ...deviceRecord(device, device.id),
          renamedTo: entry.name,
        })),
        disabled: sync.disable.map((device) => deviceRecord(device, device.id)),
        namesKept: sync.namesKept.map(({ device, entry }) => ({
          ...deviceRecord(device, device.id),
          nameInList: entry.name,
        })),
        deviceLimit: cap.families,
        ...(refreshPlan ? { profiles: refreshPlan.result() } : {}),
        ...(comment ? { pullRequestComment: comment.url } : {}),
      },
      outputs: {
        'devices-registered': sync.register.length,
        'devices-enabled': sync.enable.length,
        'devices-renamed': sync.rename.length + sync.enable.filter((e) => e.newName).length,
        'devices-disabled': sync.disable.length,
        'device-ids': listedIds,
        ...(refreshPlan ? regeneratedProfileOutputs(refreshPlan) : {}),
      },
      summary: summaryOf(report(applied ? 'applied' : 'planned'), plan, applied, dryRun, comment),
    };
  },
});

/** The InputError that lists every bad line, if there are any. */
function invalidLinesError(devices: DevicesInput): InputError | undefined {
  try {
    throwIfProblems(devices.reports);
    return undefined;
  } catch (error) {
    if (error instanceof InputError) return error;
    throw error;
  }
}

function summaryOf(
  report: DevicePlanReport,
  plan: Plan,
  applied: boolean,
  dryRun: boolean,
  comment: PostedComment | undefined,
): StepSummary {
  return {
    title: 'Register devices',
    sections: [
      ...devicePlanSections(report),
      planSection(plan, applied, dryRun),
      ...(comment ? [{ lines: [`Plan posted on the pull request: ${comment.url}`] }] : []),
    ],
  };
}

/** A comment that cannot be posted (a token without pull-requests: write) only warns: the summary has the plan. */
async function tryPostComment(
  { log, env }: OperationContext,
  token: string,
  pullRequest: NonNullable<Awaited<ReturnType<typeof currentPullRequest>>>,
  body: string,
): Promise<PostedComment | undefined> {
  try {
    const posted = await upsertPullRequestComment(
      githubRunFrom(env),
      token,
      pullRequest,
      registerDevicesMarker,
      body,
    );
    log.info(
      `${posted.created ? 'Posted' : 'Updated'} the plan on pull request #${pullRequest.number}: ${posted.url}`,
    );
    return posted;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    log.warning(
      `Could not post the plan on pull request #${pullRequest.number} (${reason}); it is in the step summary. The token needs pull-requests: write (or issues: write).`,
    );
    return undefined;
  }
}
