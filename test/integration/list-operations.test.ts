import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addTestersToGroup } from '../../src/emulator/index.js';
import { visibleLog } from '../../scripts/lib/run-action.js';
import { errorLines, resultOf, startTestAccount, type TestAccount } from './harness.js';

let t: TestAccount;
beforeAll(async () => {
  t = await startTestAccount();
});
afterAll(async () => {
  await t.emulator.close();
});

function appTesters(appId: string) {
  return t.emulator.store
    .list('betaTesters')
    .filter((tester) => t.emulator.store.related('betaTesters', tester.id, 'apps').includes(appId));
}

describe('list operations', () => {
  it('list-groups lists every beta group of the app', async () => {
    const run = await t.run({ operation: 'list-groups', app: 'com.example.demo' });
    expect(run.exitCode, run.stdout + run.stderr).toBe(0);
    const result = resultOf(run);
    const expected = t.emulator.store
      .list('betaGroups')
      .filter((g) =>
        t.emulator.store.related('betaGroups', g.id, 'app').includes(t.account.app.id),
      );
    const groups = result.groups as { id: string; name: string }[];
    expect(groups.map((g) => g.id).sort()).toEqual(expected.map((g) => g.id).sort());
    expect(run.outputs['group-ids']?.split(',').sort()).toEqual(expected.map((g) => g.id).sort());
    expect(run.outputs['app-id']).toBe(t.account.app.id);
    expect(run.outputs['rate-limit-remaining']).toMatch(/^\d+$/);
    expect(run.summary).toContain('<table>');
    for (const group of groups) expect(run.summary).toContain(group.name);
  });

  it('list-testers lists all testers of the app, with their groups', async () => {
    const run = await t.run({ operation: 'list-testers', app: t.account.app.id });
    expect(run.exitCode, run.stdout + run.stderr).toBe(0);
    const result = resultOf(run);
    const testers = result.testers as { email: string; groups: string[] }[];
    const expected = appTesters(t.account.app.id);
    expect(testers.map((x) => x.email).sort()).toEqual(
      expected.map((x) => String(x.attributes.email)).sort(),
    );
    expect(run.outputs['tester-count']).toBe(String(expected.length));
    expect(testers.some((x) => x.groups.length > 0)).toBe(true);
  });

  it('shows what Apple sends as null as unknown, never as off or an empty name', async () => {
    const { store } = t.emulator;
    const groupId = t.account.betaGroups.external.id;
    const feedback = store.get('betaGroups', groupId)!.attributes.feedbackEnabled;
    delete store.get('betaGroups', groupId)!.attributes.feedbackEnabled;
    const nameless = store.create('betaTesters', { email: 'nameless@example.com' });
    store.link('betaTesters', nameless.id, 'apps', [t.account.app.id]);
    try {
      const groups = await t.run({ operation: 'list-groups', app: 'com.example.demo' });
      const group = (resultOf(groups).groups as { id: string; feedbackEnabled: unknown }[]).find(
        (g) => g.id === groupId,
      );
      expect(group?.feedbackEnabled).toBeNull();
      expect(groups.summary).toMatch(/External Testers<\/td>.*?<td>unknown<\/td>/s);

      const testers = await t.run({ operation: 'list-testers', app: 'com.example.demo' });
      const tester = (resultOf(testers).testers as { email: string; firstName: unknown }[]).find(
        (x) => x.email === 'nameless@example.com',
      );
      expect(tester?.firstName).toBeNull();
      expect(testers.summary).toMatch(/nameless@example.com<\/td>\s*<td>unknown<\/td>/);
    } finally {
      store.update('betaGroups', groupId, { feedbackEnabled: feedback });
      store.delete('betaTesters', nameless.id);
    }
  });
});

describe('list-testers of named groups', () => {
  it('lists only the members of those groups', async () => {
    const [first, second] = t.emulator.store
      .list('betaGroups')
      .filter((g) =>
        t.emulator.store.related('betaGroups', g.id, 'app').includes(t.account.app.id),
      );
    const names = [first!, second!].map((g) => String(g.attributes.name));
    t.emulator.clearRequests();
    const run = await t.run({
      operation: 'list-testers',
      app: 'com.example.demo',
      group: names.join('\n'),
    });
    expect(run.exitCode, run.stdout).toBe(0);
    const members = new Set(
      [first!, second!].flatMap((g) => t.emulator.store.related('betaGroups', g.id, 'betaTesters')),
    );
    const result = resultOf(run);
    expect((result.testers as { id: string }[]).map((x) => x.id).sort()).toEqual(
      [...members].sort(),
    );
    expect(run.outputs['group-ids']?.split(',')).toEqual([first!.id, second!.id]);
    // Apple takes one relationship filter per tester listing: the groups, not the app as well.
    const listings = t.emulator.requests.filter((r) => r.path === '/v1/betaTesters');
    expect(listings.length).toBeGreaterThan(0);
    for (const listing of listings) {
      const query = new URLSearchParams(listing.query);
      expect(query.get('filter[betaGroups]')).toBe(`${first!.id},${second!.id}`);
      expect(query.has('filter[apps]')).toBe(false);
    }
  });

  it("shows only the app's groups of a tester who also tests another app", async () => {
    const widgetGroup = t.emulator.store.create(
      'betaGroups',
      {
        name: 'Widget QA',
        createdDate: new Date().toISOString(),
        isInternalGroup: false,
        hasAccessToAllBuilds: false,
        publicLinkEnabled: false,
        publicLinkLimitEnabled: false,
        feedbackEnabled: true,
      },
      { app: t.account.widgetApp.id },
    );
    const tester = t.account.testers[0]!;
    addTestersToGroup(t.emulator.store, widgetGroup.id, [tester.id]);
    const run = await t.run({ operation: 'list-testers', app: 'com.example.demo' });
    expect(run.exitCode, run.stdout).toBe(0);
    const listed = (resultOf(run).testers as { id: string; groups: string[] }[]).find(
      (x) => x.id === tester.id,
    );
    const demoGroupName = t.emulator.store.get('betaGroups', tester.groupId)!.attributes.name;
    expect(listed?.groups).toEqual([demoGroupName]);
  });

  it('names the groups that exist when a group is unknown, before any write', async () => {
    t.emulator.clearRequests();
    const run = await t.run({ operation: 'list-testers', app: 'com.example.demo', group: 'Nope' });
    expect(run.exitCode).toBe(1);
    const [line] = errorLines(run);
    expect(line).toMatch(
      /^Input 'group' is invalid: no beta group named 'Nope' in com.example.demo.*its groups are /,
    );
    expect(t.emulator.requests.every((r) => r.method === 'GET')).toBe(true);
  });
});

describe('list-devices', () => {
  it('lists every device, and filters by platform and status', async () => {
    const all = await t.run({ operation: 'list-devices' });
    expect(all.exitCode, all.stdout).toBe(0);
    const devices = t.emulator.store.list('devices');
    expect(all.outputs['device-count']).toBe(String(devices.length));
    expect(all.outputs['device-ids']?.split(',').sort()).toEqual(devices.map((d) => d.id).sort());

    const enabledMac = await t.run({
      operation: 'list-devices',
      platform: 'mac_os',
      'device-status': 'ENABLED',
    });
    const expected = devices.filter(
      (d) => d.attributes.platform === 'MAC_OS' && d.attributes.status === 'ENABLED',
    );
    expect(enabledMac.outputs['device-ids']?.split(',').filter(Boolean).sort()).toEqual(
      expected.map((d) => d.id).sort(),
    );
  });
});

describe('keys', () => {
  it('works with an individual key (sub: user, no issuer)', async () => {
    const { createApiKey } = await import('../../src/emulator/index.js');
    const individual = createApiKey({ issuerId: null });
    t.emulator.registerKey(individual);
    const run = await t.run({
      operation: 'list-devices',
      'key-id': individual.keyId,
      'issuer-id': '',
      'private-key': individual.privateKeyPem,
    });
    expect(run.exitCode, run.stdout).toBe(0);
  });

  it('accepts the key as base64 and as a path', async () => {
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const dir = mkdtempSync(join(tmpdir(), 'p8-'));
    const path = join(dir, `AuthKey_${t.key.keyId}.p8`);
    writeFileSync(path, t.key.privateKeyPem);
    for (const form of [Buffer.from(t.key.privateKeyPem).toString('base64'), path]) {
      const run = await t.run({ operation: 'list-devices', 'private-key': form });
      expect(run.exitCode, run.stdout).toBe(0);
    }
  });
});

describe('bad input', () => {
  const cases: [string, Record<string, string>, RegExp][] = [
    ['no operation', { operation: '' }, /^Input 'operation' is invalid: it is empty/],
    [
      'unknown operation',
      { operation: 'list-everything' },
      /^Input 'operation' is invalid: 'list-everything' is not an operation/,
    ],
    ['no key id', { operation: 'list-devices', 'key-id': '' }, /^Input 'key-id' is invalid/],
    [
      'not a key',
      { operation: 'list-devices', 'private-key': 'hello' },
      /^Input 'private-key' is invalid/,
    ],
    ['missing app', { operation: 'list-groups' }, /^Input 'app' is invalid: it is empty/],
    [
      'bad platform',
      { operation: 'list-devices', platform: 'android' },
      /^Input 'platform' is invalid: 'android' is not one of IOS, MAC_OS, UNIVERSAL/,
    ],
    [
      'bad concurrency',
      { operation: 'list-devices', 'max-concurrency': '0' },
      /^Input 'max-concurrency' is invalid: 0 is out of range/,
    ],
    [
      'unknown app',
      { operation: 'list-groups', app: 'com.example' },
      /^Input 'app' is invalid: no app with bundle ID 'com.example'.*similar bundle IDs: com.example.demo/,
    ],
  ];
  it.each(cases)(
    '%s: one line naming the input, exit 1, nothing written',
    async (_name, inputs, message) => {
      t.emulator.clearRequests();
      const run = await t.run(inputs);
      expect(run.exitCode).toBe(1);
      const errors = errorLines(run);
      expect(errors).toHaveLength(1);
      expect(errors[0]).toMatch(message);
      expect(errors[0]).not.toContain('%0A');
      expect(t.emulator.requests.filter((r) => r.method !== 'GET')).toEqual([]);
      expect(resultOf(run)).toMatchObject({ failed: true });
    },
  );

  it('refuses an unregistered key with Apple’s 401, after one fresh token', async () => {
    const { createApiKey } = await import('../../src/emulator/index.js');
    const stranger = createApiKey();
    t.emulator.clearRequests();
    const run = await t.run({
      operation: 'list-devices',
      'key-id': stranger.keyId,
      'private-key': stranger.privateKeyPem,
      'issuer-id': stranger.issuerId ?? '',
    });
    expect(run.exitCode).toBe(1);
    expect(errorLines(run).join('\n')).toContain('GET /v1/devices');
    expect(errorLines(run).join('\n')).toContain('401 NOT_AUTHORIZED');
    expect(t.emulator.requests).toHaveLength(2);
    // Apple's body never says which part is wrong: the first error line names what to check.
    const [cause] = errorLines(run);
    expect(cause).toContain(`\`key-id\` (${stranger.keyId})`);
    expect(cause).toContain('`issuer-id` is given, so the key must be a team key');
    expect(cause).toContain('`private-key`');
    expect(cause).toContain("the runner's clock");
  });

  it('explains a 401 for an individual key: issuer-id left out', async () => {
    const run = await t.run({ operation: 'list-devices', 'issuer-id': '' });
    // The emulator knows this key as a team key, so a token without iss is refused.
    expect(run.exitCode).toBe(1);
    expect(errorLines(run)[0]).toContain(
      '`issuer-id` is not given, so the key is taken as an individual key',
    );
  });

  it('says to accept the agreements in App Store Connect on 403 REQUIRED_AGREEMENTS_MISSING_OR_EXPIRED', async () => {
    t.emulator.store.conditions.agreementsMissing = true;
    try {
      const run = await t.run({ operation: 'list-devices' });
      expect(run.exitCode).toBe(1);
      const [cause] = errorLines(run);
      expect(cause).toContain('REQUIRED_AGREEMENTS_MISSING_OR_EXPIRED');
      expect(cause).toContain(
        'the Account Holder must sign in to App Store Connect and accept them',
      );
      expect(t.emulator.requests.filter((r) => r.method !== 'GET')).toEqual([]);
    } finally {
      t.emulator.store.conditions.agreementsMissing = false;
    }
  });
});

describe('secrets', () => {
  it('never prints the key or a token, even with step debug logging on', async () => {
    const run = await t.run(
      { operation: 'list-testers', app: 'com.example.demo' },
      { debug: true },
    );
    expect(run.exitCode).toBe(0);
    const log = visibleLog(run);
    expect(log).toContain('::debug::GET /v1/betaTesters');
    expect(log).not.toMatch(/eyJ[\w-]+\.eyJ[\w-]+\.[\w-]+/);
    const keyLines = t.key.privateKeyPem
      .split('\n')
      .filter((line) => line.length > 8 && !line.startsWith('-----'));
    for (const line of keyLines) expect(log).not.toContain(line);
    expect(log).not.toContain(Buffer.from(t.key.privateKeyPem).toString('base64').slice(0, 40));
    const masks = run.stdout.split('\n').filter((l) => l.startsWith('::add-mask::'));
    expect(masks.length).toBeGreaterThanOrEqual(keyLines.length + 1);
  });
});

describe('under injected faults', () => {
  it('still lists exactly the testers with 30% 5xx, 429 and dropped connections', async () => {
    const { seedTesters } = await import('../../src/emulator/index.js');
    seedTesters(t.emulator.store, t.account.app.id, 450);
    const expected = appTesters(t.account.app.id)
      .map((x) => String(x.attributes.email))
      .sort();
    t.emulator.setFaults({
      serverErrorRate: 0.1,
      rateLimitRate: 0.1,
      dropConnectionRate: 0.1,
      retryAfterSeconds: 0,
      seed: 7,
    });
    t.emulator.clearRequests();
    try {
      const run = await t.run({
        operation: 'list-testers',
        app: 'com.example.demo',
        'max-retries': '10',
      });
      expect(run.exitCode, run.stdout).toBe(0);
      const testers = resultOf(run).testers as { email: string }[];
      expect(testers.map((x) => x.email).sort()).toEqual(expected);
      expect(t.emulator.requests.some((r) => r.fault)).toBe(true);
    } finally {
      t.emulator.setFaults({});
    }
  });
});
