import { describe, expect, it } from 'vitest';
import { udidKey } from '../../../src/input-formats/device-identity.js';
import type { DeviceEntry } from '../../../src/input-formats/devices.js';
import { checkDeviceCap, guessFamily } from '../../../src/operations/provisioning/device-cap.js';
import { devicePlanMarkdown } from '../../../src/operations/provisioning/device-plan-report.js';
import { planDeviceSync } from '../../../src/operations/provisioning/device-sync.js';
import { pickDevices } from '../../../src/operations/provisioning/disable-devices.js';
import type { AccountDevice } from '../../../src/operations/shared/resolve-devices.js';
import { markdownCell } from '../../../src/report/pull-request-comment.js';

function entry(udid: string, name: string, platform: 'IOS' | 'MAC_OS' = 'IOS'): DeviceEntry {
  return { udid, udidKey: udidKey(udid), name, platform, source: 'devices line 1' };
}

function registered(
  id: string,
  udid: string,
  name: string,
  extra: Partial<AccountDevice> = {},
): AccountDevice {
  return {
    id,
    udid,
    name,
    platform: 'IOS',
    deviceClass: 'IPHONE',
    model: null,
    status: 'ENABLED',
    addedDate: null,
    ...extra,
  };
}

const account = [
  registered('D1', 'AAAA', 'Same'),
  registered('D2', 'BBBB', 'Old name'),
  registered('D3', 'CCCC', 'Disabled', { status: 'DISABLED' }),
  registered('D4', 'DDDD', 'Not listed'),
  registered('D5', 'EEEE', 'Not listed, disabled', { status: 'DISABLED' }),
];

describe('planDeviceSync', () => {
  const wanted = [
    entry('aaaa', 'Same'),
    entry('BBBB', 'New name'),
    entry('CCCC', 'Disabled renamed'),
    entry('FFFF', 'Brand new'),
  ];

  it('registers the new, re-enables the disabled, keeps differing names without rename', () => {
    const sync = planDeviceSync(wanted, account, { rename: false, disableMissing: false });
    expect(sync.register.map((e) => e.udid)).toEqual(['FFFF']);
    expect(sync.enable.map((e) => [e.device.id, e.newName])).toEqual([['D3', undefined]]);
    expect(sync.rename).toEqual([]);
    expect(sync.disable).toEqual([]);
    expect(sync.unchanged.map((m) => m.device.id)).toEqual(['D1', 'D2']);
    expect(sync.namesKept.map((m) => m.device.id)).toEqual(['D2', 'D3']);
  });

  it('renames with rename, in the same change as a re-enable', () => {
    const sync = planDeviceSync(wanted, account, { rename: true, disableMissing: false });
    expect(sync.rename.map((m) => [m.device.id, m.entry.name])).toEqual([['D2', 'New name']]);
    expect(sync.enable.map((e) => [e.device.id, e.newName])).toEqual([['D3', 'Disabled renamed']]);
    expect(sync.namesKept).toEqual([]);
  });

  it('disables only enabled devices absent from the list with disableMissing', () => {
    const sync = planDeviceSync(wanted, account, { rename: false, disableMissing: true });
    expect(sync.disable.map((d) => d.id)).toEqual(['D4']);
  });

  it('takes a chip-id UDID with or without its dash, in any case, as the registered device', () => {
    const plan = planDeviceSync(
      [entry('00008030001a2b3c4d5e6f70', 'Ann')],
      [registered('D9', '00008030-001A2B3C4D5E6F70', 'Ann')],
      { rename: false, disableMissing: false },
    );
    expect(plan.register).toEqual([]);
  });

  it('plans nothing when the account already matches', () => {
    const sync = planDeviceSync([entry('AAAA', 'Same')], account, {
      rename: true,
      disableMissing: false,
    });
    expect([sync.register, sync.enable, sync.rename, sync.disable].flat()).toEqual([]);
  });
});

describe('checkDeviceCap', () => {
  const phones = (count: number, status: 'ENABLED' | 'DISABLED' = 'ENABLED') =>
    Array.from({ length: count }, (_, i) =>
      registered(`P${status}${i}`, `P${status}${i}`, `Phone ${i}`, { status }),
    );

  it('counts disabled devices, since they keep their place for the membership year', () => {
    const cap = checkDeviceCap(
      [...phones(95), ...phones(4, 'DISABLED')],
      [
        { name: 'Lab iPhone', platform: 'IOS' },
        { name: 'Lab iPhone 2', platform: 'IOS' },
      ],
    );
    expect(cap.exceeded.map((f) => [f.family, f.used, f.adding])).toEqual([['iPhone', 99, 2]]);
  });

  it('counts APPLE_SILICON_MAC and INTEL_MAC devices as Macs', () => {
    const macs = Array.from({ length: 100 }, (_, i) =>
      registered(`M${i}`, `M${i}`, `Mac ${i}`, {
        platform: 'MAC_OS',
        deviceClass: (i % 2 === 0
          ? 'APPLE_SILICON_MAC'
          : 'INTEL_MAC') as AccountDevice['deviceClass'],
      }),
    );
    const cap = checkDeviceCap(macs, [{ name: 'Build Mac', platform: 'MAC_OS' }]);
    expect(cap.exceeded.map((f) => [f.family, f.used, f.adding])).toEqual([['Mac', 100, 1]]);
  });

  it('counts a new device of unknown family against every iOS family, as a risk only', () => {
    const cap = checkDeviceCap(phones(99), [
      { name: 'Lab device', platform: 'IOS' },
      { name: 'Other device', platform: 'IOS' },
    ]);
    expect(cap.exceeded).toEqual([]);
    expect(cap.atRisk.map((f) => f.family)).toEqual(['iPhone']);
    expect(cap.unknown).toBe(2);
    expect(cap.unknownDoNotFit).toBe(false);
  });

  it('fails unknown devices that fit in no iOS family', () => {
    const full = ['IPHONE', 'IPAD', 'APPLE_WATCH', 'APPLE_TV', 'APPLE_VISION_PRO'].flatMap((c) =>
      Array.from({ length: 2 }, (_, i) =>
        registered(`${c}${i}`, `${c}${i}`, 'x', { deviceClass: c as never }),
      ),
    );
    const cap = checkDeviceCap(full, [{ name: 'Mystery', platform: 'IOS' }], 2);
    expect(cap.unknownDoNotFit).toBe(true);
  });

  it('tells Macs by platform and iOS families by the name', () => {
    expect(guessFamily({ name: 'Build box', platform: 'MAC_OS' })).toBe('Mac');
    expect(guessFamily({ name: "Ann's iPad mini", platform: 'IOS' })).toBe('iPad');
    expect(guessFamily({ name: 'Living room Apple TV', platform: 'IOS' })).toBe('Apple TV');
    expect(guessFamily({ name: 'Apple Watch Ultra', platform: 'IOS' })).toBe('Apple Watch');
    expect(guessFamily({ name: 'iPhone 15', platform: 'IOS' })).toBe('iPhone');
    expect(guessFamily({ name: 'QA device 3', platform: 'IOS' })).toBeUndefined();
  });
});

describe('devicePlanMarkdown', () => {
  it('lists each kind of change, the invalid lines and the profiles, escaping names', () => {
    const sync = planDeviceSync(
      [entry('FFFF', 'Pipe | <b>bold</b>'), entry('BBBB', 'New name'), entry('CCCC', 'Disabled')],
      account,
      { rename: true, disableMissing: true },
    );
    const markdown = devicePlanMarkdown({
      sync,
      sources: ['devices.txt'],
      registeredCount: account.length,
      invalid: [
        { source: 'devices.txt', problems: "1 bad line: line 9: 'x' is not a device UDID" },
      ],
      cap: checkDeviceCap(account, sync.register),
      profiles: [{ name: 'App Dev', id: 'P1', reason: '1 device to add' }],
      state: 'planned',
    });
    expect(markdown).toContain('#### Devices to register (1)');
    expect(markdown).toContain('Pipe \\| &#60;b&#62;bold&#60;/b&#62;');
    expect(markdown).toContain('#### Devices to re-enable (1)');
    expect(markdown).toContain('#### Devices to rename (1)');
    expect(markdown).toContain('#### Devices to disable (not in the list) (2)');
    expect(markdown).toContain('#### Profiles to regenerate (1)');
    expect(markdown).toContain('line 9');
    expect(markdown).toContain('Planned only');
  });

  it('says when there is nothing to change', () => {
    const sync = planDeviceSync([entry('AAAA', 'Same')], account, {
      rename: false,
      disableMissing: false,
    });
    const markdown = devicePlanMarkdown({
      sync,
      sources: ['devices.txt'],
      registeredCount: 5,
      invalid: [],
      cap: checkDeviceCap(account, []),
      profiles: [],
      state: 'planned',
    });
    expect(markdown).toContain('Nothing to change');
    expect(markdown).not.toContain('####');
  });
});

describe('pickDevices', () => {
  const twins = [...account, registered('D9', 'ZZZZ', 'Same')];
  it('finds devices by UDID in any case, by id and by a unique name', () => {
    expect(pickDevices(account, ['aaaa', 'D2', 'Not listed']).map((d) => d.id)).toEqual([
      'D1',
      'D2',
      'D4',
    ]);
  });
  it('names unknown and ambiguous items in one input error', () => {
    expect(() => pickDevices(twins, ['Same', 'Nobody'])).toThrow(
      /Input 'devices' is invalid: no registered device has the UDID, id or name 'Nobody'; several devices are named 'Same' \(AAAA, ZZZZ\)/,
    );
  });
});

describe('markdownCell', () => {
  it('keeps table cells on one line and out of markup', () => {
    expect(markdownCell('a|b\nc `d` *e*')).toBe('a\\|b c &#96;d&#96; &#42;e&#42;');
  });
});
