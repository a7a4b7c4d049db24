import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import forge from 'node-forge';
import { afterEach, describe, expect, it } from 'vitest';
import { visibleLog } from '../../scripts/lib/run-action.js';
import { certificateMatchesKey } from '../../src/crypto/signing-identity.js';
import { seedDevices } from '../../src/emulator/index.js';
import { issuedCertificateAttributes } from '../../src/emulator/resources/signing.js';
import { readProfileFile } from '../../src/operations/shared/profile-files.js';
import { errorLines, resultOf, startTestAccount, type TestAccount } from './harness.js';

const accounts: TestAccount[] = [];
const dirs: string[] = [];

async function account(): Promise<TestAccount> {
  const t = await startTestAccount();
  accounts.push(t);
  return t;
}

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'asc-profiles-'));
  dirs.push(dir);
  return dir;
}

afterEach(async () => {
  for (const t of accounts.splice(0)) await t.emulator.close();
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function writes(t: TestAccount) {
  return t.emulator.requests.filter((r) => r.method !== 'GET');
}

/** Profiles that exist on the team (not the demo's stale one, deleted on Apple's side). */
function liveProfileCount(t: TestAccount): number {
  return t.emulator.store.list('profiles').filter((p) => p.internal.stale !== true).length;
}

function profilesNamed(t: TestAccount, name: string) {
  return t.emulator.store.list('profiles').filter((p) => p.attributes.name === name);
}

function enabledIosDeviceIds(t: TestAccount): string[] {
  return t.emulator.store
    .list('devices')
    .filter((d) => d.attributes.platform === 'IOS' && d.attributes.status === 'ENABLED')
    .map((d) => d.id)
    .sort();
}

function addDevice(t: TestAccount, name: string, udid: string) {
  return t.emulator.store.create('devices', {
    name,
    udid,
    platform: 'IOS',
    deviceClass: 'IPHONE',
    status: 'ENABLED',
    addedDate: new Date().toISOString(),
  });
}

describe('register-bundle-id', () => {
  it('registers once, adds missing capabilities, and a re-run writes nothing', async () => {
    const t = await account();
    const inputs = {
      operation: 'register-bundle-id',
      'bundle-id': 'com.example.fresh',
      name: 'Fresh App',
      capabilities: 'PUSH_NOTIFICATIONS\nICLOUD=XCODE_6',
    };
    const first = await t.run(inputs);
    expect(first.exitCode, first.stdout).toBe(0);
    const bundle = t.emulator.store
      .list('bundleIds')
      .find((b) => b.attributes.identifier === 'com.example.fresh')!;
    expect(bundle.attributes).toMatchObject({ name: 'Fresh App', platform: 'IOS' });
    const capabilities = t.emulator.store
      .related('bundleIds', bundle.id, 'bundleIdCapabilities')
      .map((id) => t.emulator.store.get('bundleIdCapabilities', id)!.attributes);
    expect(capabilities.map((c) => c.capabilityType).sort()).toEqual([
      'ICLOUD',
      'PUSH_NOTIFICATIONS',
    ]);
    expect(capabilities.find((c) => c.capabilityType === 'ICLOUD')!.settings).toEqual([
      { key: 'ICLOUD_VERSION', options: [{ key: 'XCODE_6', enabled: true }] },
    ]);
    expect(first.outputs['bundle-id-resource-id']).toBe(bundle.id);

    t.emulator.clearRequests();
    const again = await t.run(inputs);
    expect(again.exitCode, again.stdout).toBe(0);
    expect(writes(t)).toEqual([]);
    expect(resultOf(again).created).toBe(false);

    t.emulator.clearRequests();
    const more = await t.run({
      ...inputs,
      capabilities: 'PUSH_NOTIFICATIONS, ICLOUD=XCODE_5, MAPS',
    });
    expect(more.exitCode, more.stdout).toBe(0);
    expect(
      writes(t)
        .map((r) => `${r.method} ${r.path}`)
        .sort(),
    ).toEqual([
      'PATCH /v1/bundleIdCapabilities/' +
        t.emulator.store
          .related('bundleIds', bundle.id, 'bundleIdCapabilities')
          .find(
            (id) =>
              t.emulator.store.get('bundleIdCapabilities', id)!.attributes.capabilityType ===
              'ICLOUD',
          ),
      'POST /v1/bundleIdCapabilities',
    ]);
  });

  it('refuses an unknown capability before any request', async () => {
    const t = await account();
    const run = await t.run({
      operation: 'register-bundle-id',
      'bundle-id': 'com.example.fresh',
      capabilities: 'PUSH, TELEPATHY',
    });
    expect(run.exitCode).toBe(1);
    expect(errorLines(run)[0]).toMatch(
      /^Input 'capabilities' is invalid: 'PUSH' is not a capability type/,
    );
    expect(t.emulator.requests).toEqual([]);
  });

  it('creates nothing twice when the create answer is lost', async () => {
    const t = await account();
    t.emulator.setFaults({
      retryAfterSeconds: 0,
      rules: [
        { method: 'POST', path: '/v1/bundleIds', fault: 'drop-after-write', times: 1 },
        { method: 'POST', path: '/v1/bundleIdCapabilities', fault: 'drop-after-write', times: 1 },
      ],
    });
    const run = await t.run({
      operation: 'register-bundle-id',
      'bundle-id': 'com.example.faulty',
      capabilities: 'GAME_CENTER',
      'max-retries': '10',
    });
    expect(run.exitCode, run.stdout).toBe(0);
    const bundles = t.emulator.store
      .list('bundleIds')
      .filter((b) => b.attributes.identifier === 'com.example.faulty');
    expect(bundles).toHaveLength(1);
    expect(
      t.emulator.store.related('bundleIds', bundles[0]!.id, 'bundleIdCapabilities'),
    ).toHaveLength(1);
  });
});

describe('certificates', () => {
  it('create-certificate writes a .p12 that opens with the password and holds the matching key', async () => {
    const t = await account();
    const dir = tempDir();
    const run = await t.run({
      operation: 'create-certificate',
      'certificate-type': 'DEVELOPMENT',
      'p12-path': join(dir, 'dev.p12'),
    });
    expect(run.exitCode, run.stdout).toBe(0);
    const password = run.outputs['p12-password']!;
    const base64 = run.outputs['p12-base64']!;
    expect(password.length).toBeGreaterThanOrEqual(16);
    expect(run.outputs['p12-path']).toBe(join(dir, 'dev.p12'));
    const file = readFileSync(join(dir, 'dev.p12'));
    expect(file.toString('base64')).toBe(base64);

    const p12 = forge.pkcs12.pkcs12FromAsn1(forge.asn1.fromDer(file.toString('binary')), password);
    const keyBag = p12.getBags({ bagType: forge.pki.oids.pkcs8ShroudedKeyBag! })[
      forge.pki.oids.pkcs8ShroudedKeyBag!
    ]![0]!;
    const certBag = p12.getBags({ bagType: forge.pki.oids.certBag! })[forge.pki.oids.certBag!]![0]!;
    const keyPem = forge.pki.privateKeyToPem(keyBag.key!);
    const certDer = forge.asn1.toDer(forge.pki.certificateToAsn1(certBag.cert!)).getBytes();
    expect(certificateMatchesKey(Buffer.from(certDer, 'binary').toString('base64'), keyPem)).toBe(
      true,
    );
    expect(() =>
      forge.pkcs12.pkcs12FromAsn1(forge.asn1.fromDer(file.toString('binary')), 'wrong'),
    ).toThrow();

    const id = run.outputs['certificate-id']!;
    const stored = t.emulator.store.get('certificates', id)!;
    expect(stored.attributes.certificateContent).toBe(
      Buffer.from(certDer, 'binary').toString('base64'),
    );
    expect(run.outputs['certificate-serial-number']).toBe(stored.attributes.serialNumber);
    // Derived secrets are masked before they are output, and never shown.
    expect(run.stdout).toContain(`::add-mask::${password}`);
    expect(run.stdout).toContain(`::add-mask::${base64}`);
    expect(visibleLog(run)).not.toContain(password);
  });

  it('uses the given p12-password and recovers a create whose answer was lost', async () => {
    const t = await account();
    const dir = tempDir();
    t.emulator.setFaults({
      retryAfterSeconds: 0,
      rules: [{ method: 'POST', path: '/v1/certificates', fault: 'drop-after-write', times: 1 }],
    });
    const before = t.emulator.store.count('certificates');
    const run = await t.run({
      operation: 'create-certificate',
      'certificate-type': 'IOS_DEVELOPMENT',
      'p12-password': 'correct horse battery',
      'p12-path': join(dir, 'ios.p12'),
      'max-retries': '10',
    });
    expect(run.exitCode, run.stdout).toBe(0);
    expect(t.emulator.store.count('certificates')).toBe(before + 1);
    const file = readFileSync(join(dir, 'ios.p12'));
    expect(() =>
      forge.pkcs12.pkcs12FromAsn1(
        forge.asn1.fromDer(file.toString('binary')),
        'correct horse battery',
      ),
    ).not.toThrow();
    expect(run.stdout).toContain('::add-mask::correct horse battery');
  });

  it('warns with the list when the team has the maximum, and Apple refuses', async () => {
    const t = await account();
    const extra = [1, 2].map(() =>
      t.emulator.store.create(
        'certificates',
        issuedCertificateAttributes('DISTRIBUTION', Date.now()),
      ),
    );
    const serials = [
      t.account.distributionCertificate.serialNumber,
      ...extra.map((c) => String(c.attributes.serialNumber)),
    ];
    const run = await t.run({
      operation: 'create-certificate',
      'certificate-type': 'DISTRIBUTION',
    });
    const warning = run.stdout.split('::warning::')[1] ?? '';
    expect(warning).toContain('maximum (3)');
    for (const serial of serials) expect(warning).toContain(serial);
    expect(run.exitCode).toBe(1);
    expect(errorLines(run).join('\n')).toContain('You already have a current');
    expect(t.emulator.store.count('certificates')).toBe(4);

    const list = await t.run({
      operation: 'list-certificates',
      'certificate-type': 'DISTRIBUTION',
    });
    expect(list.exitCode, list.stdout).toBe(0);
    expect(list.outputs['certificate-count']).toBe('3');
    expect(resultOf(list).atMaximum).toEqual(['DISTRIBUTION']);
  });

  it('revokes by serial number and by ID, invalidating profiles; a re-run writes nothing', async () => {
    const t = await account();
    const spare = t.emulator.store.create(
      'certificates',
      issuedCertificateAttributes('DEVELOPMENT', Date.now()),
    );
    const inputs = {
      operation: 'revoke-certificate',
      certificates: `${t.account.distributionCertificate.serialNumber.toLowerCase()}\n${spare.id}`,
    };
    const run = await t.run(inputs);
    expect(run.exitCode, run.stdout).toBe(0);
    expect(t.emulator.store.get('certificates', spare.id)).toBeUndefined();
    expect(
      t.emulator.store.get('certificates', t.account.distributionCertificate.id),
    ).toBeUndefined();
    expect(
      t.emulator.store.get('profiles', t.account.profiles.adHoc.id)!.attributes.profileState,
    ).toBe('INVALID');
    expect(run.outputs['certificate-ids']!.split(',').sort()).toEqual(
      [spare.id, t.account.distributionCertificate.id].sort(),
    );

    t.emulator.clearRequests();
    const again = await t.run(inputs);
    expect(again.exitCode, again.stdout).toBe(0);
    expect(writes(t)).toEqual([]);
    expect(again.stdout).toContain('already revoked?');
  });
});

describe('create-profile and download-profiles', () => {
  it('create-profile defaults to all valid certificates and all enabled devices; re-run writes nothing', async () => {
    const t = await account();
    const dir = tempDir();
    const inputs = {
      operation: 'create-profile',
      'profile-type': 'IOS_APP_DEVELOPMENT',
      'bundle-id': 'com.example.demo',
      'profile-name': 'CI Development',
      'profiles-dir': dir,
    };
    const run = await t.run(inputs);
    expect(run.exitCode, run.stdout).toBe(0);
    const [profile] = profilesNamed(t, 'CI Development');
    expect(profile).toBeDefined();
    expect([...profile!.relationships.devices!].sort()).toEqual(enabledIosDeviceIds(t));
    expect(profile!.relationships.certificates).toEqual([t.account.certificate.id]);
    const uuid = String(profile!.attributes.uuid);
    expect(run.outputs['profile-uuid']).toBe(uuid);
    expect(readdirSync(dir)).toEqual([`${uuid}.mobileprovision`]);
    const info = readProfileFile(readFileSync(join(dir, `${uuid}.mobileprovision`)));
    expect(info.uuid).toBe(uuid);
    expect(info.name).toBe('CI Development');

    t.emulator.clearRequests();
    const again = await t.run(inputs);
    expect(again.exitCode, again.stdout).toBe(0);
    expect(writes(t)).toEqual([]);
    expect(profilesNamed(t, 'CI Development')).toHaveLength(1);
  });

  it('create-profile refuses a certificate of the wrong type before any write', async () => {
    const t = await account();
    const run = await t.run({
      operation: 'create-profile',
      'profile-type': 'IOS_APP_STORE',
      'bundle-id': 'com.example.demo',
      'certificate-ids': t.account.certificate.id,
    });
    expect(run.exitCode).toBe(1);
    expect(errorLines(run)[0]).toMatch(/^Input 'certificate-ids' is invalid:/);
    expect(writes(t)).toEqual([]);
  });

  it('download-profiles writes <UUID>.mobileprovision files of the active profiles', async () => {
    const t = await account();
    const dir = tempDir();
    const run = await t.run({
      operation: 'download-profiles',
      'bundle-id': 'com.example.demo',
      'profiles-dir': dir,
    });
    expect(run.exitCode, run.stdout).toBe(0);
    const uuids = [t.account.profiles.development.id, t.account.profiles.adHoc.id].map((id) =>
      String(t.emulator.store.get('profiles', id)!.attributes.uuid),
    );
    expect(readdirSync(dir).sort()).toEqual(uuids.map((u) => `${u}.mobileprovision`).sort());
    expect(run.outputs['profile-uuids']!.split(',').sort()).toEqual([...uuids].sort());
    expect(run.outputs['profile-paths']!.split(',').sort()).toEqual(
      uuids.map((u) => join(dir, `${u}.mobileprovision`)).sort(),
    );
    for (const uuid of uuids) {
      expect(readProfileFile(readFileSync(join(dir, `${uuid}.mobileprovision`))).uuid).toBe(uuid);
    }
    expect(writes(t)).toEqual([]);

    const narrowed = await t.run({
      operation: 'download-profiles',
      app: 'com.example.demo',
      'profile-type': 'IOS_APP_ADHOC',
      'profiles-dir': tempDir(),
    });
    expect(narrowed.outputs['profile-names']).toBe('Demo App Ad Hoc');
  });

  it("reads only the bundle ID's profiles, skips a stale one with a warning, writes the rest", async () => {
    const t = await account();
    const other = t.emulator.store.create('bundleIds', {
      identifier: 'com.example.big',
      name: 'Big',
      platform: 'IOS',
      seedId: 'EMU7TEAM42',
    });
    for (let i = 0; i < 400; i++) {
      t.emulator.store.create(
        'profiles',
        { name: `Big ${i}`, profileType: 'IOS_APP_DEVELOPMENT', profileState: 'ACTIVE' },
        { bundleId: other.id },
      );
    }
    t.emulator.clearRequests();
    const dir = tempDir();
    const run = await t.run({
      operation: 'download-profiles',
      'bundle-id': 'com.example.demo',
      'profiles-dir': dir,
    });
    expect(run.exitCode, run.stdout).toBe(0);
    const { stale, development, adHoc } = t.account.profiles;
    expect(run.stdout).toContain(`::warning::Skipped profile '${stale.name}' (id ${stale.id})`);
    expect(run.outputs['profile-names']!.split(',').sort()).toEqual(
      [adHoc.name, development.name].sort(),
    );
    expect(readdirSync(dir)).toHaveLength(2);
    expect(resultOf(run).skipped).toEqual([
      expect.objectContaining({ id: stale.id, reason: 'unreadable (404)' }),
    ]);
    // The bundle ID, its profiles, and those profiles by id: never the team's 400 others.
    const reads = t.emulator.requests.filter((r) => r.method === 'GET');
    expect(reads.length, reads.map((r) => r.path).join(', ')).toBeLessThanOrEqual(3);
    expect(reads.filter((r) => r.path === '/v1/profiles' && !r.query.includes('filter'))).toEqual(
      [],
    );
  });

  it('create-if-missing creates the profile once', async () => {
    const t = await account();
    t.emulator.store.create('bundleIds', {
      identifier: 'com.example.other',
      name: 'Other',
      platform: 'IOS',
      seedId: 'EMU7TEAM42',
    });
    const dir = tempDir();
    const inputs = {
      operation: 'download-profiles',
      'bundle-id': 'com.example.other',
      'profile-type': 'IOS_APP_ADHOC',
      'create-if-missing': 'true',
      'profiles-dir': dir,
    };
    const run = await t.run(inputs);
    expect(run.exitCode, run.stdout).toBe(0);
    const [created] = profilesNamed(t, 'com.example.other Ad Hoc');
    expect(created).toBeDefined();
    expect(created!.relationships.certificates).toEqual([t.account.distributionCertificate.id]);
    expect(readdirSync(dir)).toEqual([`${String(created!.attributes.uuid)}.mobileprovision`]);

    t.emulator.clearRequests();
    const again = await t.run(inputs);
    expect(again.exitCode, again.stdout).toBe(0);
    expect(writes(t)).toEqual([]);
    expect(profilesNamed(t, 'com.example.other Ad Hoc')).toHaveLength(1);
  });

  it('skips expired and invalid profiles with a warning, and regenerates them with repair', async () => {
    const t = await account();
    const { development, adHoc } = t.account.profiles;
    t.emulator.store.update('profiles', development.id, {
      expirationDate: '2020-01-01T00:00:00.000+0000',
    });
    t.emulator.store.update('profiles', adHoc.id, { profileState: 'INVALID' });
    const dir = tempDir();
    const skipped = await t.run({
      operation: 'download-profiles',
      'bundle-id': 'com.example.demo',
      'profiles-dir': dir,
    });
    expect(skipped.exitCode, skipped.stdout).toBe(0);
    expect(readdirSync(dir)).toEqual([]);
    expect(skipped.stdout).toContain(`::warning::Skipped profile '${development.name}'`);
    expect(skipped.stdout).toContain(`::warning::Skipped profile '${adHoc.name}'`);
    expect(writes(t)).toEqual([]);

    const repaired = await t.run({
      operation: 'download-profiles',
      'bundle-id': 'com.example.demo',
      'profiles-dir': dir,
      repair: 'true',
    });
    expect(repaired.exitCode, repaired.stdout).toBe(0);
    for (const name of [development.name, adHoc.name]) {
      const now = profilesNamed(t, name);
      expect(now).toHaveLength(1);
      expect(now[0]!.attributes.profileState).toBe('ACTIVE');
      expect(readdirSync(dir)).toContain(`${String(now[0]!.attributes.uuid)}.mobileprovision`);
    }
    expect(t.emulator.store.get('profiles', development.id)).toBeUndefined();
  });

  it('repair re-signs a profile that expired with its certificate only with valid certificates', async () => {
    const t = await account();
    const { adHoc } = t.account.profiles;
    const expired = t.emulator.store.create(
      'certificates',
      issuedCertificateAttributes('DISTRIBUTION', Date.now() - 2 * 365 * 24 * 3600 * 1000),
    );
    t.emulator.store.link('profiles', adHoc.id, 'certificates', [expired.id]);
    t.emulator.store.update('profiles', adHoc.id, {
      expirationDate: '2020-01-01T00:00:00.000+0000',
    });
    const run = await t.run({
      operation: 'download-profiles',
      'bundle-id': 'com.example.demo',
      'profile-type': 'IOS_APP_ADHOC',
      'profiles-dir': tempDir(),
      repair: 'true',
    });
    expect(run.exitCode, run.stdout).toBe(0);
    const [now] = profilesNamed(t, adHoc.name);
    expect(now!.relationships.certificates).toEqual([t.account.distributionCertificate.id]);
    expect(resultOf(run).profiles).toEqual([
      expect.objectContaining({ name: adHoc.name, source: 'regenerated' }),
    ]);
  });

  it('delete-profile deletes by name and by ID; a re-run writes nothing', async () => {
    const t = await account();
    const inputs = {
      operation: 'delete-profile',
      profiles: `Demo App Development, ${t.account.profiles.adHoc.id}`,
    };
    const run = await t.run(inputs);
    expect(run.exitCode, run.stdout).toBe(0);
    expect(liveProfileCount(t)).toBe(0);
    t.emulator.clearRequests();
    const again = await t.run(inputs);
    expect(again.exitCode, again.stdout).toBe(0);
    expect(writes(t)).toEqual([]);
  });
});

describe('under random faults', () => {
  it.each([3, 11])('ends exactly as asked, without duplicates (seed %i)', async (seed) => {
    const t = await account();
    addDevice(t, 'Chaos iPhone', `00008101-00000000000C${String(seed).padStart(4, '0')}`);
    t.emulator.setFaults({
      serverErrorRate: 0.15,
      rateLimitRate: 0.1,
      dropConnectionRate: 0.1,
      dropResponseAfterWriteRate: 0.25,
      retryAfterSeconds: 0,
      seed,
    });
    const steps: Record<string, string>[] = [
      { operation: 'refresh-profiles', 'bundle-id': 'com.example.demo' },
      {
        operation: 'register-bundle-id',
        'bundle-id': 'com.example.chaos',
        capabilities: 'MAPS, ICLOUD',
      },
      {
        operation: 'create-profile',
        'profile-type': 'IOS_APP_DEVELOPMENT',
        'bundle-id': 'com.example.chaos',
        'profiles-dir': tempDir(),
      },
    ];
    for (const inputs of steps) {
      const run = await t.run({ ...inputs, 'max-retries': '10' });
      expect(run.exitCode, run.stdout).toBe(0);
    }
    for (const name of [
      'Demo App Development',
      'Demo App Ad Hoc',
      'com.example.chaos Development',
    ]) {
      expect(profilesNamed(t, name), name).toHaveLength(1);
      expect([...profilesNamed(t, name)[0]!.relationships.devices!].sort()).toEqual(
        enabledIosDeviceIds(t),
      );
    }
    expect(t.emulator.requests.filter((r) => r.fault).length).toBeGreaterThan(3);
    expect(liveProfileCount(t)).toBe(3);
    const chaos = t.emulator.store
      .list('bundleIds')
      .filter((b) => b.attributes.identifier === 'com.example.chaos');
    expect(chaos).toHaveLength(1);
    expect(
      t.emulator.store.related('bundleIds', chaos[0]!.id, 'bundleIdCapabilities'),
    ).toHaveLength(2);
  });
});

describe('dry-run', () => {
  it('plans every write operation without writing', async () => {
    const t = await account();
    const runs: Record<string, string>[] = [
      { operation: 'register-bundle-id', 'bundle-id': 'com.example.dry', capabilities: 'MAPS' },
      { operation: 'register-bundle-id', 'bundle-id': 'com.example.demo', capabilities: 'MAPS' },
      { operation: 'create-certificate', 'certificate-type': 'DEVELOPMENT' },
      { operation: 'revoke-certificate', certificates: t.account.certificate.serialNumber },
      {
        operation: 'create-profile',
        'profile-type': 'IOS_APP_STORE',
        'bundle-id': 'com.example.demo',
        'profiles-dir': tempDir(),
      },
      { operation: 'delete-profile', profiles: 'Demo App Ad Hoc' },
    ];
    for (const inputs of runs) {
      const run = await t.run({ ...inputs, 'dry-run': 'true' });
      expect(run.exitCode, run.stdout).toBe(0);
      expect((resultOf(run).plan as unknown[]).length, inputs.operation).toBeGreaterThan(0);
      expect(resultOf(run).applied).toBe(false);
    }
    expect(writes(t)).toEqual([]);
  });
});

describe('refresh-profiles', () => {
  it('skips profiles that already hold exactly the right devices', async () => {
    const t = await account();
    const run = await t.run({ operation: 'refresh-profiles', 'bundle-id': 'com.example.demo' });
    expect(run.exitCode, run.stdout).toBe(0);
    expect(writes(t)).toEqual([]);
    expect((resultOf(run).current as unknown[]).length).toBe(2);
  });

  it("keeps profiles of more than 50 devices as they are, whatever Apple's count says", async () => {
    const t = await account();
    seedDevices(t.emulator.store, 75, 'IOS');
    const devices = enabledIosDeviceIds(t);
    expect(devices.length).toBeGreaterThan(50);
    for (const profile of [t.account.profiles.development, t.account.profiles.adHoc]) {
      t.emulator.store.replace('profiles', profile.id, 'devices', devices);
    }
    t.emulator.clearRequests();
    const run = await t.run({ operation: 'refresh-profiles', 'bundle-id': 'com.example.demo' });
    expect(run.exitCode, run.stdout).toBe(0);
    expect(writes(t)).toEqual([]);
    expect((resultOf(run).current as unknown[]).length).toBe(2);
    // Each profile's devices are completed with one read of its relationship, no more.
    const relationshipReads = t.emulator.requests.filter((r) =>
      /^\/v1\/profiles\/[^/]+\/relationships\/devices$/.test(r.path),
    );
    expect(relationshipReads).toHaveLength(2);
  });

  it('regenerates stale profiles with the same name, type, bundle ID and certificates', async () => {
    const t = await account();
    const added = addDevice(t, 'New Tester iPhone', '00008101-000A1B2C3D4E5F60');
    const stored = t.emulator.store.get('profiles', t.account.profiles.adHoc.id)!;
    const before = { id: stored.id, relationships: structuredClone(stored.relationships) };
    const dry = await t.run({
      operation: 'refresh-profiles',
      app: 'com.example.demo',
      'dry-run': 'true',
    });
    expect(dry.exitCode, dry.stdout).toBe(0);
    expect(writes(t)).toEqual([]);
    expect(resultOf(dry).plan).toHaveLength(2);
    expect(dry.stdout).toContain('1 device to add');

    const run = await t.run({ operation: 'refresh-profiles', app: 'com.example.demo' });
    expect(run.exitCode, run.stdout).toBe(0);
    for (const name of ['Demo App Development', 'Demo App Ad Hoc']) {
      const [profile] = profilesNamed(t, name);
      expect(profilesNamed(t, name)).toHaveLength(1);
      expect([...profile!.relationships.devices!].sort()).toEqual(enabledIosDeviceIds(t));
      expect(profile!.relationships.devices).toContain(added.id);
    }
    const after = profilesNamed(t, 'Demo App Ad Hoc')[0]!;
    expect(after.id).not.toBe(before.id);
    expect(after.attributes.profileType).toBe('IOS_APP_ADHOC');
    expect(after.relationships.certificates).toEqual(before.relationships.certificates);
    expect(after.relationships.bundleId).toEqual(before.relationships.bundleId);
    const uuids = run.outputs['profile-uuids']!.split(',');
    expect(uuids).toContain(String(after.attributes.uuid));
    expect(run.outputs['profile-ids']!.split(',')).toContain(after.id);
    const content = Buffer.from(String(after.attributes.profileContent), 'base64');
    expect(readProfileFile(content).devices).toContain('00008101-000A1B2C3D4E5F60');

    t.emulator.clearRequests();
    const again = await t.run({ operation: 'refresh-profiles', app: 'com.example.demo' });
    expect(again.exitCode, again.stdout).toBe(0);
    expect(writes(t)).toEqual([]);
  });

  it('recovers a failure between delete and re-create from the plan, without duplicates', async () => {
    const t = await account();
    addDevice(t, 'Fault iPhone', '00008101-0000000000000F01');
    t.emulator.setFaults({
      retryAfterSeconds: 0,
      rules: [
        { method: 'POST', path: '/v1/profiles', fault: '500', times: 1 },
        { method: 'POST', path: '/v1/profiles', fault: 'drop-after-write', times: 1 },
        { method: 'DELETE', path: /^\/v1\/profiles\//, fault: 'drop-after-write', times: 1 },
      ],
    });
    const run = await t.run({
      operation: 'refresh-profiles',
      profiles: 'Demo App Development\nDemo App Ad Hoc',
      'max-retries': '10',
    });
    expect(run.exitCode, run.stdout).toBe(0);
    for (const name of ['Demo App Development', 'Demo App Ad Hoc']) {
      expect(profilesNamed(t, name)).toHaveLength(1);
      expect([...profilesNamed(t, name)[0]!.relationships.devices!].sort()).toEqual(
        enabledIosDeviceIds(t),
      );
    }
    expect(liveProfileCount(t)).toBe(2);
  });

  it('says which profile was deleted and the exact re-run when the re-create keeps failing', async () => {
    const t = await account();
    addDevice(t, 'Fault iPhone', '00008101-0000000000000F02');
    t.emulator.setFaults({
      retryAfterSeconds: 0,
      rules: [{ method: 'POST', path: '/v1/profiles', fault: '503', times: 100 }],
    });
    const run = await t.run({
      operation: 'refresh-profiles',
      profiles: 'Demo App Development',
      'max-retries': '2',
    });
    expect(run.exitCode).toBe(1);
    const log = run.stdout;
    expect(log).toContain(
      `Profile 'Demo App Development' (IOS_APP_DEVELOPMENT, id ${t.account.profiles.development.id}`,
    );
    expect(log).toContain('was deleted to be regenerated');
    for (const line of [
      'operation: create-profile',
      'profile-name: Demo App Development',
      'profile-type: IOS_APP_DEVELOPMENT',
      'bundle-id: com.example.demo',
      `certificate-ids: ${t.account.certificate.id}`,
    ]) {
      expect(log).toContain(line);
    }
    expect(profilesNamed(t, 'Demo App Development')).toHaveLength(0);
    expect(log).toContain(
      `Already done before the failure:%0A  - delete profile 'Demo App Development' (id ${t.account.profiles.development.id}`,
    );
    expect(resultOf(run).done).toEqual([
      expect.stringMatching(/^delete profile 'Demo App Development'/),
    ]);

    // The re-run the message gives restores it.
    t.emulator.setFaults({ rules: [] });
    const restore = await t.run({
      operation: 'create-profile',
      'profile-name': 'Demo App Development',
      'profile-type': 'IOS_APP_DEVELOPMENT',
      'bundle-id': 'com.example.demo',
      'certificate-ids': t.account.certificate.id,
      'profiles-dir': tempDir(),
    });
    expect(restore.exitCode, restore.stdout).toBe(0);
    expect([...profilesNamed(t, 'Demo App Development')[0]!.relationships.devices!].sort()).toEqual(
      enabledIosDeviceIds(t),
    );
  });

  it('refuses an unknown profile name before any write', async () => {
    const t = await account();
    const run = await t.run({ operation: 'refresh-profiles', profiles: 'No Such Profile' });
    expect(run.exitCode).toBe(1);
    expect(errorLines(run)[0]).toMatch(/^Input 'profiles' is invalid: no profile is named/);
    expect(writes(t)).toEqual([]);
  });
});
