import { collectAll } from '../../asc/pagination.js';
import type { Device, DevicePlatform, DeviceStatus } from '../../asc/types.js';
import { defineOperation } from '../operation.js';

const platforms: readonly DevicePlatform[] = ['IOS', 'MAC_OS', 'UNIVERSAL'];
const statuses: readonly DeviceStatus[] = ['ENABLED', 'DISABLED'];

export interface DeviceSummary {
  id: string;
  udid: string;
  name: string;
  platform: string | null;
  deviceClass: string | null;
  model: string | null;
  status: string | null;
  addedDate: string | null;
}

export const listDevices = defineOperation({
  name: 'list-devices',
  parse: (inputs) => ({
    platform: inputs.choice('platform', platforms),
    status: inputs.choice('device-status', statuses),
  }),
  async run({ client, log }, inputs) {
    const { data } = await collectAll<Device>(client, '/v1/devices', {
      filter: { platform: inputs.platform, status: inputs.status },
      fields: {
        devices: ['name', 'platform', 'udid', 'deviceClass', 'status', 'model', 'addedDate'],
      },
      sort: ['name'],
    });
    const devices: DeviceSummary[] = data.map((device: Device) => {
      const a = device.attributes ?? {};
      return {
        id: device.id,
        udid: a.udid ?? '',
        name: a.name ?? '',
        platform: a.platform ?? null,
        deviceClass: a.deviceClass ?? null,
        model: a.model ?? null,
        status: a.status ?? null,
        addedDate: a.addedDate ?? null,
      };
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
                d.platform ?? '',
                d.deviceClass ?? '',
                d.status ?? '',
              ]),
            },
          },
        ],
      },
    };
  },
});
