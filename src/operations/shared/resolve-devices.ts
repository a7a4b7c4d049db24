import type { AscClient } from '../../asc/client.js';
import type { ListDocument, SingleDocument } from '../../asc/json-api.js';
import { collectAll } from '../../asc/pagination.js';
import { toQueryString } from '../../asc/query.js';
import type {
  Device,
  DeviceClass,
  DeviceCreateRequest,
  DevicePlatform,
  DeviceStatus,
  DeviceUpdateRequest,
} from '../../asc/generated/app-store-connect.js';
import { udidKey, udidSpellings } from '../../input-formats/device-identity.js';

/** A registered device as the operations use it (Apple's attributes, flattened). */
export interface AccountDevice {
  id: string;
  udid: string;
  name: string;
  platform: DevicePlatform | null;
  deviceClass: DeviceClass | null;
  model: string | null;
  status: DeviceStatus | null;
  addedDate: string | null;
}

const deviceFields = {
  devices: ['name', 'platform', 'udid', 'deviceClass', 'status', 'model', 'addedDate'],
};

export function toAccountDevice(device: Device): AccountDevice {
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
}

/** Every registered device of the team (optionally narrowed), in one paginated listing. */
export async function listAllDevices(
  client: AscClient,
  filter: { platform?: DevicePlatform; status?: DeviceStatus } = {},
): Promise<AccountDevice[]> {
  const { data } = await collectAll<Device>(client, '/v1/devices', {
    filter,
    fields: deviceFields,
    sort: ['name'],
  });
  return data.map(toAccountDevice);
}

/** Apple compares UDIDs without regard to case or the chip-id's dash (and answers in either form). */
export { udidKey };

/** The device registered with this UDID, if any (Apple's `filter[udid]`, checked for an exact match). */
export async function findDeviceByUdid(
  client: AscClient,
  udid: string,
): Promise<AccountDevice | undefined> {
  const document = await client.get<ListDocument<Device>>(
    `/v1/devices${toQueryString({ filter: { udid: udidSpellings(udid) }, fields: deviceFields, limit: 200 })}`,
  );
  const match = document.data.find(
    (device) => udidKey(device.attributes?.udid ?? '') === udidKey(udid),
  );
  return match ? toAccountDevice(match) : undefined;
}

/**
 * Registers a device. A create whose answer was lost is recovered by looking the UDID up, and
 * Apple's 409 "already exists on this team" (another run registered it meanwhile) resolves to the
 * existing device, so the device is never registered twice and a race is not a failure.
 */
export async function registerDevice(
  client: AscClient,
  device: { udid: string; name: string; platform: DevicePlatform },
): Promise<AccountDevice> {
  const body: DeviceCreateRequest = {
    data: {
      type: 'devices',
      attributes: { udid: device.udid, name: device.name, platform: device.platform },
    },
  };
  const recover = async (): Promise<SingleDocument<Device> | undefined> => {
    const found = await findDeviceByUdid(client, device.udid);
    return found ? { data: fromAccountDevice(found) } : undefined;
  };
  // A 409 (another run registered it first) is re-read by `recover` in the client.
  const created = await client.post<SingleDocument<Device>>('/v1/devices', body, { recover });
  if (!created) throw new Error(`POST /v1/devices answered without the registered device`);
  return toAccountDevice(created.data);
}

function fromAccountDevice(device: AccountDevice): Device {
  return {
    type: 'devices',
    id: device.id,
    attributes: {
      udid: device.udid,
      name: device.name,
      ...(device.platform ? { platform: device.platform } : {}),
      ...(device.deviceClass ? { deviceClass: device.deviceClass } : {}),
      ...(device.status ? { status: device.status } : {}),
      ...(device.model ? { model: device.model } : {}),
      ...(device.addedDate ? { addedDate: device.addedDate } : {}),
    },
  };
}

/** Renames and/or enables or disables a device (a PATCH, which the client retries safely). */
export async function updateDevice(
  client: AscClient,
  id: string,
  attributes: { name?: string; status?: DeviceStatus },
): Promise<void> {
  const body: DeviceUpdateRequest = { data: { type: 'devices', id, attributes } };
  await client.patch(`/v1/devices/${encodeURIComponent(id)}`, body);
}
