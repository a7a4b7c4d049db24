import { describe, expect, it } from 'vitest';
import { failure } from './expect-input-error.js';
import { InputError } from '../../../src/input-error.js';
import {
  detectDeviceFormat,
  parseDevices,
  type DeviceEntry,
} from '../../../src/input-formats/devices.js';

const legacyUdid = 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678';
const chipUdid = '00008030-001A2B3C4D5E6F70';
const macUuid = '12345678-90AB-CDEF-1234-567890ABCDEF';
const m1ProUdid = '00006000-000A1B2C3D4E5F60';

const brief = (devices: DeviceEntry[]) =>
  devices.map(({ udid, name, platform, source }) => [udid, name, platform, source]);

describe('parseDevices: Apple upload text', () => {
  it('reads the three-column file with its header, CRLF and a BOM', () => {
    const content =
      '\uFEFFDevice ID\tDevice Name\tDevice Platform\r\n' +
      `${legacyUdid}\tAnn's iPhone 12\tios\r\n${macUuid}\tBuild Mac\tmac\r\n`;
    expect(parseDevices('', { name: 'devices.txt', content })).toEqual([
      {
        udid: legacyUdid,
        udidKey: legacyUdid,
        name: "Ann's iPhone 12",
        platform: 'IOS',
        source: 'devices.txt line 2',
      },
      {
        udid: macUuid,
        udidKey: macUuid.replace(/-/g, '').toLowerCase(),
        name: 'Build Mac',
        platform: 'MAC_OS',
        source: 'devices.txt line 3',
      },
    ]);
  });

  it('reads the older two-column form, with a differently capitalised header or none', () => {
    const withHeader = `device id\tDEVICE NAME\t\n${chipUdid}\tTest iPad\n${macUuid}\tA Mac\n`;
    expect(brief(parseDevices('', { name: 'old.txt', content: withHeader }))).toEqual([
      [chipUdid, 'Test iPad', 'IOS', 'old.txt line 2'],
      [macUuid, 'A Mac', 'MAC_OS', 'old.txt line 3'],
    ]);
    expect(brief(parseDevices(`${chipUdid}\tTest iPad\t\n`))).toEqual([
      [chipUdid, 'Test iPad', 'IOS', 'devices line 1'],
    ]);
  });

  it('honours a reordered header', () => {
    const content = `Device Platform\tDevice Name\tDevice ID\nmac\tStudio\t${m1ProUdid}\n`;
    expect(brief(parseDevices(content))).toEqual([
      [m1ProUdid, 'Studio', 'MAC_OS', 'devices line 2'],
    ]);
  });
});

describe('parseDevices: simple lines', () => {
  it('reads space-separated lines with names with spaces and optional platform words', () => {
    const inline = [
      '# team devices',
      `${legacyUdid}   Ann's   old iPhone`,
      `${chipUdid} QA iPad ios`,
      `${m1ProUdid} Studio MAC_OS`,
      `${macUuid} Intel Mac macOS`,
      '',
      `  ${chipUdid.replace('001A', '002B')} Build Mac mac  `,
      `${macUuid.replace('1234-', '5678-')} Mac`,
    ].join('\n');
    expect(brief(parseDevices(inline))).toEqual([
      [legacyUdid, "Ann's   old iPhone", 'IOS', 'devices line 2'],
      [chipUdid, 'QA iPad', 'IOS', 'devices line 3'],
      [m1ProUdid, 'Studio', 'MAC_OS', 'devices line 4'],
      [macUuid, 'Intel Mac', 'MAC_OS', 'devices line 5'],
      [chipUdid.replace('001A', '002B'), 'Build Mac', 'MAC_OS', 'devices line 7'],
      // A lone platform word is the name: a device must have one.
      [macUuid.replace('1234-', '5678-'), 'Mac', 'MAC_OS', 'devices line 8'],
    ]);
  });

  it('keeps words that end device names (iPhone, iPad, Mac) in the name', () => {
    const inline = `${legacyUdid} Ann's iPhone\n${chipUdid} Test iPad\n${m1ProUdid} Ann's Mac`;
    expect(brief(parseDevices(inline))).toEqual([
      [legacyUdid, "Ann's iPhone", 'IOS', 'devices line 1'],
      [chipUdid, 'Test iPad', 'IOS', 'devices line 2'],
      // Without a platform word the chip-id form is taken for an iPhone/iPad.
      [m1ProUdid, "Ann's Mac", 'IOS', 'devices line 3'],
    ]);
  });

  it('accepts platform words case-insensitively in the platform column', () => {
    const inline = [`${legacyUdid}\tA\tiPhone`, `${chipUdid}\tB\tMacOS`, `${macUuid}\tC\tMAC`].join(
      '\n',
    );
    expect(parseDevices(inline).map((device) => device.platform)).toEqual([
      'IOS',
      'MAC_OS',
      'MAC_OS',
    ]);
  });

  it('reads tab-separated lines mixed with space-separated ones', () => {
    const inline = `${legacyUdid}\tPhone with  two spaces\tIOS\n${macUuid} Mac mini`;
    expect(brief(parseDevices(inline))).toEqual([
      [legacyUdid, 'Phone with  two spaces', 'IOS', 'devices line 1'],
      [macUuid, 'Mac mini', 'MAC_OS', 'devices line 2'],
    ]);
  });

  it('infers the platform from the UDID form', () => {
    const platforms = parseDevices(`${legacyUdid} a\n${chipUdid} b\n${macUuid} c`).map(
      (device) => device.platform,
    );
    expect(platforms).toEqual(['IOS', 'IOS', 'MAC_OS']);
  });

  it('accepts a chip-id UDID without its dash, as Apple does, and takes both forms as one device', () => {
    const [device] = parseDevices('00008103000A1B2C3D4E5F60 Ann iPhone ios');
    expect(device).toMatchObject({ udid: '00008103000A1B2C3D4E5F60', platform: 'IOS' });
    expect(() =>
      parseDevices('00008103000A1B2C3D4E5F60 A ios\n00008103-000a1b2c3d4e5f60 A ios'),
    ).toThrow(/repeats line 1/);
  });

  it('accepts a name of exactly 50 characters', () => {
    const name = 'n'.repeat(50);
    expect(parseDevices(`${legacyUdid}\t${name}`)[0]?.name).toBe(name);
  });
});

describe('parseDevices: .deviceids plist', () => {
  const plist = (entries: string) =>
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    '<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">\n' +
    '<plist version="1.0">\n<dict>\n  <key>Device UDIDs</key>\n  <array>\n' +
    entries +
    '  </array>\n</dict>\n</plist>\n';
  const entry = (udid: string, name: string, platform?: string) =>
    `    <dict>\n      <key>deviceIdentifier</key>\n      <string>${udid}</string>\n` +
    `      <key>deviceName</key>\n      <string>${name}</string>\n` +
    (platform === undefined
      ? ''
      : `      <key>devicePlatform</key>\n      <string>${platform}</string>\n`) +
    '    </dict>\n';

  it('reads entries, decoding entities, numbered as entries', () => {
    const content = plist(
      entry(legacyUdid, 'Ann &amp; Bob&apos;s &lt;iPhone&gt; &#233;&#x2764;', 'ios') +
        entry(macUuid, '&quot;Build&quot; Mac', 'mac') +
        entry(chipUdid, 'No platform'),
    );
    expect(detectDeviceFormat(content)).toBe('plist');
    expect(brief(parseDevices('', { name: 'team.deviceids', content }))).toEqual([
      [legacyUdid, "Ann & Bob's <iPhone> é❤", 'IOS', 'team.deviceids entry 1'],
      [macUuid, '"Build" Mac', 'MAC_OS', 'team.deviceids entry 2'],
      [chipUdid, 'No platform', 'IOS', 'team.deviceids entry 3'],
    ]);
  });

  it('reports every bad entry', () => {
    const content = plist(
      entry('zz', 'Phone', 'ios') +
        entry(legacyUdid, '', 'ios') +
        '    <string>not a dict</string>\n' +
        `    <dict><key>deviceIdentifier</key><integer>7</integer><key>deviceName</key><string>x</string></dict>\n` +
        entry(chipUdid, 'iPad', 'windows'),
    );
    expect(() => parseDevices('', { name: 'team.deviceids', content })).toThrow(
      new InputError(
        'devices-file',
        "5 bad entries: entry 1: 'zz' is not an iOS UDID (expected 40 hex digits or 00008xxx-xxxxxxxxxxxxxxxx, with or without its dash); " +
          'entry 2: missing device name; entry 3: expected a <dict>; ' +
          'entry 4: deviceIdentifier must be a <string>; ' +
          "entry 5: unknown platform 'windows' (use ios or mac)",
      ),
    );
  });

  it('reports duplicates by entry number', () => {
    const content = plist(entry(legacyUdid, 'A') + entry(legacyUdid.toUpperCase(), 'A'));
    expect(() => parseDevices(content)).toThrow(
      `Input 'devices' is invalid: 1 bad entry: entry 2: UDID '${legacyUdid.toUpperCase()}' repeats entry 1`,
    );
  });

  it.each([
    [
      plist(entry(legacyUdid, 'Ann & Bob')),
      "malformed plist: line 11: '&' must start an entity such as &amp;",
    ],
    [plist(entry(legacyUdid, '&nbsp;')), 'malformed plist: line 11: unknown entity &nbsp;'],
    [
      plist(entry(legacyUdid, 'A').replace('</string>', '</key>')),
      'malformed plist: line 9: expected </string> but found </key>',
    ],
    [plist('    <uid>1</uid>\n'), 'malformed plist: line 7: unsupported element <uid>'],
    [
      '<plist><array></array></plist>',
      "malformed plist: expected a <dict> with a 'Device UDIDs' <array>",
    ],
    [
      '<plist><dict><key>Device UDIDs</key><array>',
      'malformed plist: line 1: unexpected end of document',
    ],
    [
      '<?xml version="1.0"?>\n<html></html>',
      'malformed plist: line 2: expected <plist> but found <html>',
    ],
  ])('refuses a malformed plist (%#)', (content, problem) => {
    expect(() => parseDevices('', { name: 'x.deviceids', content })).toThrow(
      new InputError('devices-file', problem),
    );
  });
});

describe('parseDevices: refused lines', () => {
  it('reports every bad line with a specific problem', () => {
    const inline = [
      `${legacyUdid}\tGood phone\tios`,
      `${macUuid}\tA Mac in iOS clothes\tios`,
      `${legacyUdid.replace('a1', 'b1')}\tA phone in Mac clothes\tmac`,
      `nothex\tSomething`,
      `${chipUdid.replace('001A', '009A')}\t${'x'.repeat(51)}`,
      `${chipUdid.replace('001A', '008A')}`,
      `${chipUdid.replace('001A', '007A')}\tTV\tuniversal`,
      `${chipUdid.replace('001A', '006A')}\tA\tios\textra`,
      `\tNo UDID\tios`,
      `${chipUdid.replace('001A', '005A')}\t\tios`,
    ].join('\n');
    const error = failure(() => parseDevices(inline));
    expect(error.message).toBe(
      "Input 'devices' is invalid: 9 bad lines: " +
        `line 2: '${macUuid}' is not an iOS UDID (expected 40 hex digits or 00008xxx-xxxxxxxxxxxxxxxx, with or without its dash); ` +
        `line 3: '${legacyUdid.replace('a1', 'b1')}' is not a Mac UDID (expected a UUID or 00008xxx-xxxxxxxxxxxxxxxx); ` +
        "line 4: 'nothex' is not a device UDID (expected 40 hex digits, 00008xxx-xxxxxxxxxxxxxxxx with or without its dash, or a Mac UUID); " +
        `line 5: device name '${'x'.repeat(51)}' has 51 characters (Apple's limit is 50); ` +
        'line 6: missing device name; ' +
        "line 7: unknown platform 'universal' (use ios or mac); " +
        'line 8: expected UDID<tab>NAME<tab>PLATFORM but found 4 tab-separated fields; ' +
        'line 9: missing UDID; line 10: missing device name',
    );
  });

  it('reports several problems of one line together', () => {
    expect(() => parseDevices('xyz\t\tandroid')).toThrow(
      "line 1: unknown platform 'android' (use ios or mac), 'xyz' is not a device UDID " +
        '(expected 40 hex digits, 00008xxx-xxxxxxxxxxxxxxxx with or without its dash, or a Mac UUID), missing device name',
    );
  });

  it('refuses control characters in names, which the upload format cannot hold', () => {
    const content = `<plist><dict><key>Device UDIDs</key><array><dict><key>deviceIdentifier</key><string>${legacyUdid}</string><key>deviceName</key><string>two\nlines</string></dict></array></dict></plist>`;
    expect(() => parseDevices(content)).toThrow(
      "entry 1: device name 'two\\nlines' contains a tab or control character",
    );
  });

  it('names both lines of a duplicate UDID, case-insensitively', () => {
    const inline = `${legacyUdid} One\n${macUuid} Mac\n\n${legacyUdid.toUpperCase()} One`;
    expect(() => parseDevices(inline)).toThrow(
      new InputError(
        'devices',
        `1 bad line: line 4: UDID '${legacyUdid.toUpperCase()}' repeats line 1`,
      ),
    );
  });

  it('merges identical devices across inline and file, refuses differing ones', () => {
    const file = { name: 'devices.txt', content: `${legacyUdid}\tOne\tios\n${macUuid}\tMac\n` };
    expect(brief(parseDevices(`${legacyUdid} One`, file))).toEqual([
      [legacyUdid, 'One', 'IOS', 'devices line 1'],
      [macUuid, 'Mac', 'MAC_OS', 'devices.txt line 2'],
    ]);
    expect(() => parseDevices(`x Phone\n${legacyUdid} Other name`, file)).toThrow(
      new InputError(
        'devices',
        "1 bad line: line 1: 'x' is not a device UDID (expected 40 hex digits, 00008xxx-xxxxxxxxxxxxxxxx with or without its dash, or a Mac UUID); " +
          `input 'devices-file': 1 bad line: line 1: UDID '${legacyUdid}' is also in devices line 2 with a different name or platform`,
      ),
    );
  });

  it('caps the list at 10 lines', () => {
    const inline = Array.from({ length: 12 }, (_, index) => `bad${index} Phone`).join('\n');
    const error = failure(() => parseDevices(inline));
    expect(error.message).toMatch(/^Input 'devices' is invalid: 12 bad lines: line 1: 'bad0'/);
    expect(error.message).toMatch(/line 10: 'bad9' [^;]*; and 2 more$/);
  });
});

describe('detectDeviceFormat', () => {
  it.each([
    ['<?xml version="1.0"?><plist/>', 'plist'],
    ['\uFEFF\n  <plist version="1.0"></plist>', 'plist'],
    ['Device ID\tDevice Name\tDevice Platform\n', 'apple-tsv'],
    ['# comment\nDEVICE ID   DEVICE NAME\nabc def', 'apple-tsv'],
    [`${legacyUdid}\tPhone\n${macUuid}\tMac`, 'apple-tsv'],
    [`${legacyUdid} Phone\n${macUuid}\tMac`, 'lines'],
    ['', 'lines'],
  ] as const)('detects %j as %s', (content, format) => {
    expect(detectDeviceFormat(content)).toBe(format);
  });
});
