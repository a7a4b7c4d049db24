import type { DevicePlatform, DeviceStatus } from '../../asc/generated/app-store-connect.js';
import { stateCell } from '../../report/step-summary.js';
import { defineOperation } from '../operation.js';
import { listAllDevices, type AccountDevice } from '../shared/resolve-devices.js';

const platforms: readonly DevicePlatform[] = ['IOS', 'MAC_OS', 'UNIVERSAL'];
const statuses: readonly DeviceStatus[] = ['ENABLED', 'DISABLED'];

/** A registered device as `result` lists it. */
export type DeviceSummary = AccountDevice;

export const listDevices = defineOperation({
  name: 'list-devices',
  parse: (inputs) => ({
    platform: inputs.choice('platform', platforms),
    status: inputs.choice('device-status', statuses),
  }),
  async run({ client, log }, inputs) {
    const devices: DeviceSummary[] = await listAllDevices(client, {
      ...(inputs.platform ? { platform: inputs.platform } : {}),
      ...(inputs.status ? { status: inputs.status } : {}),
    });
    const enabled = devices.filter((device) => device.status === 'ENABLED').length;
    log.info(`${devices.length} device(s), ${enabled} enabled`);
    return {
      result: { devices, count: devices.length, enabled },
      outputs: { 'device-ids': devices.map((device) => device.id), 'device-count': devices.length },
      summary: {
        title: 'Registered devices',
        sections: [
          {
            lines: [`${devices.length} devices, ${enabled} enabled.`],
            table: {
              header: ['Name', 'UDID', 'Platform', 'Class', 'Status'],
              rows: devices.map((d) => [
                d.name,
                d.udid,
                stateCell(d.platform),
                stateCell(d.deviceClass),
                stateCell(d.status),
              ]),
            },
          },
        ],
      },
    };
  },
});
