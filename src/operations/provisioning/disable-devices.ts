import { InputError } from '../../input-error.js';
import { defineOperation } from '../operation.js';
import { applyPlan, Plan, planSection, type PlannedChange } from '../shared/plan.js';
import {
  listAllDevices,
  udidKey,
  updateDevice,
  type AccountDevice,
} from '../shared/resolve-devices.js';
import { readDeviceProfileRefresh, regeneratedProfileOutputs } from './device-profile-refresh.js';
import { planProfileRefresh, type ProfileRefreshInputs } from './refresh-profiles.js';

export interface DisableDevicesInputs {
  /** UDIDs, device ids or exact device names. */
  devices: string[];
  refresh?: ProfileRefreshInputs;
}

/**
 * Finds the device each item names: a UDID (any case), a device id, or an exact name that only one
 * device has. Unknown and ambiguous items are one input error, naming them all.
 */
export function pickDevices(account: AccountDevice[], items: string[]): AccountDevice[] {
  const picked = new Map<string, AccountDevice>();
  const unknown: string[] = [];
  const ambiguous: string[] = [];
  for (const item of items) {
    const byUdidOrId = account.find(
      (device) => udidKey(device.udid) === udidKey(item) || device.id === item,
    );
    const byName = account.filter((device) => device.name === item);
    if (byUdidOrId) picked.set(byUdidOrId.id, byUdidOrId);
    else if (byName.length === 1) picked.set(byName[0]!.id, byName[0]!);
    else if (byName.length > 1)
      ambiguous.push(`'${item}' (${byName.map((d) => d.udid).join(', ')})`);
    else unknown.push(`'${item}'`);
  }
  const problems = [
    ...(unknown.length > 0
      ? [`no registered device has the UDID, id or name ${unknown.join(', ')}`]
      : []),
    ...(ambiguous.length > 0
      ? [`several devices are named ${ambiguous.join('; ')}: give their UDIDs`]
      : []),
  ];
  if (problems.length > 0) throw new InputError('devices', problems.join('; '));
  return [...picked.values()];
}

export const disableDevices = defineOperation({
  name: 'disable-devices',
  parse: (inputs): DisableDevicesInputs => {
    const devices = inputs.requiredList(
      'devices',
      'it names the devices to disable (UDIDs, ids or names)',
    );
    const refresh = readDeviceProfileRefresh(inputs);
    return { devices, ...(refresh ? { refresh } : {}) };
  },
  async run(context, inputs) {
    const { client, log, dryRun } = context;
    const account = await log.group('Read the registered devices', () => listAllDevices(client));
    const devices = pickDevices(account, inputs.devices);
    const toDisable = devices.filter((device) => device.status !== 'DISABLED');
    const plan = new Plan().stage(
      toDisable.map((device): PlannedChange => ({
        kind: 'update',
        target: `device '${device.name}' (${device.udid})`,
        detail: 'disable',
        apply: () => updateDevice(client, device.id, { status: 'DISABLED' }),
      })),
    );
    const refresh = inputs.refresh
      ? await planProfileRefresh(context, inputs.refresh, {
          addedDevices: [],
          removedDeviceIds: toDisable.map((device) => device.id),
          accountDevices: account,
        })
      : undefined;
    for (const stage of refresh?.plan.orderedStages ?? []) plan.stage(stage);
    const applied = await applyPlan(context, plan);
    const already = devices.length - toDisable.length;
    if (already > 0) log.info(`${already} of the named device(s) were already disabled.`);
    return {
      result: {
        devices: devices.map((d) => ({
          id: d.id,
          udid: d.udid,
          name: d.name,
          platform: d.platform,
        })),
        alreadyDisabled: devices.filter((d) => d.status === 'DISABLED').map((d) => d.id),
        plan: plan.records(),
        applied,
        disabled: toDisable.map((d) => d.id),
        ...(refresh ? { profiles: refresh.result() } : {}),
      },
      outputs: {
        'devices-disabled': toDisable.length,
        'device-ids': devices.map((d) => d.id),
        ...(refresh ? regeneratedProfileOutputs(refresh) : {}),
      },
      summary: {
        title: 'Disable devices',
        sections: [
          {
            lines: [
              `${devices.length} device(s) named; ${toDisable.length} to disable, ${already} already disabled.`,
            ],
          },
          planSection(plan, applied, dryRun),
        ],
      },
    };
  },
});
