import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clientFor } from '../support/emulator-client.js';
import type { AscClient } from '../../src/asc/client.js';
import { seedDevices } from '../../src/emulator/index.js';
import {
  findDeviceByUdid,
  registerDevice,
  updateDevice,
} from '../../src/operations/shared/resolve-devices.js';
import { startHarness, type Harness } from './helpers.js';

let h: Harness;
let client: AscClient;
beforeAll(async () => {
  h = await startHarness({ deviceLimitPerFamily: 12 });
  client = clientFor(h.emulator.baseUrl, h.key, 6);
});
afterAll(async () => {
  await h.emulator.close();
});

const create = (udid: string, name: string, platform = 'IOS') =>
  h.json('/v1/devices', {
    method: 'POST',
    body: { data: { type: 'devices', attributes: { udid, name, platform } } },
  });

describe('devices in the emulator', () => {
  it('lists an Apple TV with platform IOS and its own class, as Apple does', async () => {
    const created = await create('00008110-000A1B2C3D4E5F99', 'Living room Apple TV');
    expect(created.status).toBe(201);
    expect(created.body.data.attributes).toMatchObject({
      platform: 'IOS',
      deviceClass: 'APPLE_TV',
    });
  });

  it("refuses a second registration of a UDID, in any case, with Apple's wording", async () => {
    const udid = '00008030-00A1B2C3D4E5F601';
    expect((await create(udid, 'First')).status).toBe(201);
    const again = await create(udid.toLowerCase(), 'Second');
    expect(again.status).toBe(409);
    expect(again.body.errors[0]).toMatchObject({
      code: 'ENTITY_ERROR',
      title: 'There is a problem with the request entity',
      detail: `A device with number '${udid.toLowerCase()}' already exists on this team.`,
    });
  });

  it('sets the class from the name, the status ENABLED, and refuses names over 50 characters', async () => {
    const ipad = await create('00008103-00A1B2C3D4E5F602', "Ann's iPad Pro");
    expect(ipad.body.data.attributes).toMatchObject({ deviceClass: 'IPAD', status: 'ENABLED' });
    const watch = await create('00008301-00A1B2C3D4E5F603', 'Apple Watch Ultra');
    expect(watch.body.data.attributes.deviceClass).toBe('APPLE_WATCH');
    const long = await create('00008030-00A1B2C3D4E5F604', 'x'.repeat(51));
    expect(long.status).toBe(409);
    const rename = await h.json(`/v1/devices/${ipad.body.data.id}`, {
      method: 'PATCH',
      body: { data: { type: 'devices', id: ipad.body.data.id, attributes: { name: '' } } },
    });
    expect(rename.status).toBe(409);
  });

  it('caps each product family, counting disabled devices', async () => {
    const store = h.emulator.store;
    const iphones = store.list('devices').filter((d) => d.attributes.deviceClass === 'IPHONE');
    seedDevices(store, 12 - iphones.length);
    const [someone] = store.list('devices').filter((d) => d.attributes.deviceClass === 'IPHONE');
    store.update('devices', someone!.id, { status: 'DISABLED' });
    const refused = await create('00008030-00A1B2C3D4E5F605', 'One iPhone too many');
    expect(refused.status).toBe(409);
    expect(refused.body.errors[0].detail).toMatch(/maximum number of iPhone devices \(12\)/);
    // Other families still have room.
    expect((await create('00008103-00A1B2C3D4E5F606', 'Spare iPad')).status).toBe(201);
  });
});

describe('registerDevice', () => {
  it('resolves a 409 "already exists" to the registered device', async () => {
    const udid = '00008030-00A1B2C3D4E5F607';
    const first = await create(udid, 'Registered elsewhere iPad');
    const device = await registerDevice(client, {
      udid,
      name: 'Registered elsewhere iPad',
      platform: 'IOS',
    });
    expect(device.id).toBe(first.body.data.id);
  });

  it('resolves the 409 for the other form of a UDID (without its dash) to the registered device', async () => {
    const first = await create('00008030-00A1B2C3D4E5F609', 'Dashed iPad');
    const device = await registerDevice(client, {
      udid: '0000803000a1b2c3d4e5f609',
      name: 'Dashed iPad',
      platform: 'IOS',
    });
    expect(device.id).toBe(first.body.data.id);
  });

  it('recovers a create whose answer was lost, without a duplicate', async () => {
    const udid = '00008030-00A1B2C3D4E5F608';
    h.emulator.setFaults({
      retryAfterSeconds: 0,
      rules: [{ method: 'POST', path: '/v1/devices', fault: 'drop-after-write', times: 1 }],
    });
    const device = await registerDevice(client, { udid, name: 'Dropped iPad', platform: 'IOS' });
    h.emulator.setFaults({});
    const stored = h.emulator.store.list('devices').filter((d) => d.attributes.udid === udid);
    expect(stored.map((d) => d.id)).toEqual([device.id]);
    expect(
      h.emulator.requests.filter(
        (r) =>
          r.method === 'POST' &&
          r.path === '/v1/devices' &&
          r.body &&
          JSON.stringify(r.body).includes(udid),
      ),
    ).toHaveLength(1);
  });

  it('updates status and name with one PATCH each, and finds devices by exact UDID', async () => {
    const udid = '00008030-00A1B2C3D4E5F609';
    const { id } = await registerDevice(client, { udid, name: 'To Disable iPad', platform: 'IOS' });
    await updateDevice(client, id, { status: 'DISABLED', name: 'Disabled iPad' });
    expect(await findDeviceByUdid(client, udid.toLowerCase())).toMatchObject({
      id,
      status: 'DISABLED',
      name: 'Disabled iPad',
    });
    expect(await findDeviceByUdid(client, '00008030-00A1B2C3D4E5F6')).toBeUndefined();
  });
});
