import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  defaultProfileDirs,
  readProfileFile,
  saveProfile,
} from '../../../src/operations/shared/profile-files.js';

const plist = (uuid: string) =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<plist version="1.0"><dict>\n<key>ExpirationDate</key><date>2030-01-01T00:00:00Z</date>\n<key>Name</key><string>Dev</string>\n<key>UUID</key><string>${uuid}</string>\n</dict></plist>`;

describe('readProfileFile', () => {
  it('reads a bare property list', () => {
    expect(readProfileFile(Buffer.from(plist('abc-123')))).toEqual({
      uuid: 'abc-123',
      name: 'Dev',
      expirationDate: '2030-01-01T00:00:00Z',
      devices: [],
    });
  });

  it('finds the property list inside binary wrapping', () => {
    const wrapped = Buffer.concat([
      Buffer.from([0x30, 0x82, 0x0f, 0xff, 0x06, 0x09]),
      Buffer.from(plist('def-456')),
      Buffer.from([0xa0, 0x82, 0x00, 0x10, 0xff]),
    ]);
    expect(readProfileFile(wrapped).uuid).toBe('def-456');
  });

  it('refuses content without a plist or a UUID', () => {
    expect(() => readProfileFile(Buffer.from('garbage'))).toThrow(/no property list/);
    expect(() =>
      readProfileFile(Buffer.from('<?xml version="1.0"?><plist><dict></dict></plist>')),
    ).toThrow(/no UUID/);
  });
});

describe('readProfileFile on a full profile', () => {
  it('reads the fields among dates, data, nested dicts and entities', () => {
    const xml = `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
  <key>CreationDate</key><date>2029-01-01T00:00:00Z</date>
  <key>DeveloperCertificates</key><array><data>MIIB
  AAAA</data></array>
  <key>Entitlements</key><dict><key>get-task-allow</key><true/><key>Name</key><string>inner</string></dict>
  <key>ExpirationDate</key><date>2030-01-01T00:00:00Z</date>
  <key>Name</key><string>R&amp;D &lt;iOS&gt;</string>
  <key>ProvisionedDevices</key><array><string>u-1</string><string>u-2</string></array>
  <key>TimeToLive</key><integer>365</integer>
  <key>UUID</key><string>full-1</string>
</dict>
</plist>`;
    expect(readProfileFile(Buffer.from(xml))).toEqual({
      uuid: 'full-1',
      name: 'R&D <iOS>',
      expirationDate: '2030-01-01T00:00:00Z',
      devices: ['u-1', 'u-2'],
    });
  });

  it('names the line of a malformed property list', () => {
    const broken = '<?xml version="1.0"?>\n<plist><dict>\n<key>UUID</key><string>x</key>';
    expect(() => readProfileFile(Buffer.from(broken + '</dict></plist>'))).toThrow(
      "the profile's property list is malformed: line 3: expected </string> but found </key>",
    );
  });
});

describe('profile directories', () => {
  it('uses the two Xcode folders on macOS and RUNNER_TEMP/profiles elsewhere', () => {
    expect(defaultProfileDirs('darwin', {}, '/Users/ci')).toEqual([
      '/Users/ci/Library/MobileDevice/Provisioning Profiles',
      '/Users/ci/Library/Developer/Xcode/UserData/Provisioning Profiles',
    ]);
    expect(defaultProfileDirs('linux', { RUNNER_TEMP: '/tmp/runner' }, '/home/ci')).toEqual([
      '/tmp/runner/profiles',
    ]);
  });

  it('saves <UUID>.mobileprovision into every directory', async () => {
    const root = mkdtempSync(join(tmpdir(), 'profile-files-'));
    try {
      const dirs = [join(root, 'a'), join(root, 'b', 'c')];
      const saved = await saveProfile(dirs, Buffer.from(plist('9-9-9')).toString('base64'));
      expect(saved.uuid).toBe('9-9-9');
      expect(saved.paths).toEqual(dirs.map((dir) => join(dir, '9-9-9.mobileprovision')));
      expect(readFileSync(saved.paths[1]!, 'utf8')).toBe(plist('9-9-9'));
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
