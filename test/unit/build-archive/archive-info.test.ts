import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { archiveKindOf, readBundleInfo } from '../../../src/build-archive/archive-info.js';
import { parseInfoPlist } from '../../../src/build-archive/info-plist.js';
import { bundleFromPackageXml } from '../../../src/build-archive/pkg-archive.js';
import {
  binaryInfoPlist,
  distributionXml,
  writeIpa,
  writePkg,
  xmlInfoPlist,
} from '../../fixtures/build-archives.js';

const dir = mkdtempSync(join(tmpdir(), 'archive-info-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('parseInfoPlist', () => {
  it('reads a binary plist', () => {
    const plist = parseInfoPlist(binaryInfoPlist);
    expect(plist.CFBundleIdentifier).toBe('com.example.demo');
    expect(plist.CFBundleVersion).toBe('45');
    expect(plist.CFBundleSupportedPlatforms).toEqual(['iPhoneOS']);
  });

  it('reads an XML plist, even with elements the device-list parser does not know', () => {
    const plist = parseInfoPlist(
      xmlInfoPlist({
        bundleId: 'com.a.b',
        version: '2.0',
        buildNumber: '7',
        platform: 'AppleTVOS',
      }),
    );
    expect(plist).toMatchObject({
      CFBundleIdentifier: 'com.a.b',
      CFBundleShortVersionString: '2.0',
      CFBundleVersion: '7',
      CFBundleSupportedPlatforms: ['AppleTVOS'],
    });
  });

  it('refuses what is not a dictionary', () => {
    expect(() =>
      parseInfoPlist(Buffer.from('<plist version="1.0"><string>x</string></plist>')),
    ).toThrow(/not a dictionary/);
  });
});

describe('readBundleInfo', () => {
  it('reads the app Info.plist of an .ipa, not a framework one', async () => {
    const path = join(dir, 'Demo.ipa');
    await writeIpa(path, binaryInfoPlist, { payloadBytes: 200_000 });
    expect(await readBundleInfo(path, 'ipa')).toEqual({
      bundleId: 'com.example.demo',
      version: '1.2',
      buildNumber: '45',
      platform: 'IOS',
      source: 'Payload/Demo.app/Info.plist',
    });
  });

  it('tells the platform from CFBundleSupportedPlatforms', async () => {
    const path = join(dir, 'Tv.ipa');
    await writeIpa(
      path,
      xmlInfoPlist({
        bundleId: 'com.a.tv',
        version: '3.1',
        buildNumber: '12',
        platform: 'AppleTVOS',
      }),
    );
    expect(await readBundleInfo(path, 'ipa')).toMatchObject({
      platform: 'TV_OS',
      buildNumber: '12',
    });
  });

  it('says so when a zip has no app', async () => {
    const path = join(dir, 'Empty.ipa');
    writeFileSync(path, Buffer.from('504b0506000000000000000000000000000000000000', 'hex'));
    await expect(readBundleInfo(path, 'ipa')).rejects.toThrow(/Payload\/<App>\.app\/Info\.plist/);
  });

  it('reads the app bundle from the Distribution of a .pkg', async () => {
    const path = join(dir, 'Mac.pkg');
    writePkg(
      path,
      distributionXml({ bundleId: 'com.example.mac', version: '4.0', buildNumber: '88' }),
    );
    expect(await readBundleInfo(path, 'pkg')).toEqual({
      bundleId: 'com.example.mac',
      version: '4.0',
      buildNumber: '88',
      platform: 'MAC_OS',
      source: 'Distribution',
    });
  });

  it('refuses a .pkg that is not a xar archive', async () => {
    const path = join(dir, 'Fake.pkg');
    writeFileSync(path, 'not a package at all, just text');
    await expect(readBundleInfo(path, 'pkg')).rejects.toThrow(/not a xar archive/);
  });
});

describe('bundleFromPackageXml', () => {
  it('prefers the outermost .app over nested helpers', () => {
    const xml = distributionXml({ bundleId: 'com.x.app', version: '1.0', buildNumber: '3' });
    expect(bundleFromPackageXml(xml, 'Distribution')?.bundleId).toBe('com.x.app');
  });

  it('reads a PackageInfo bundle', () => {
    const xml =
      '<pkg-info><bundle path="./Demo.app" id="com.x.pi" CFBundleShortVersionString="2.1" CFBundleVersion="9"/></pkg-info>';
    expect(bundleFromPackageXml(xml, 'PackageInfo')).toMatchObject({
      bundleId: 'com.x.pi',
      version: '2.1',
      buildNumber: '9',
    });
  });
});

describe('archiveKindOf', () => {
  it('knows .ipa and .pkg, case-insensitively', () => {
    expect(archiveKindOf('a/b/App.IPA')).toBe('ipa');
    expect(archiveKindOf('App.pkg')).toBe('pkg');
    expect(archiveKindOf('App.zip')).toBeUndefined();
  });
});
