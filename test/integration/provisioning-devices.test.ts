import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { seedDevices, type StoredResource } from '../../src/emulator/index.js';
import { visibleLog } from '../../scripts/lib/run-action.js';
import { startGitHubStandIn, type GitHubStandIn } from './github-stand-in.js';
import {
  errorLines,
  resultOf,
  startTestAccount,
  type TestAccount,
  writeRequests,
} from './harness.js';

const iosUdid = () => `00008101-${randomBytes(8).toString('hex').toUpperCase()}`;
const legacyUdid = () => randomBytes(20).toString('hex');
const macUdid = () => randomUUID().toUpperCase();

let t: TestAccount;
let dir: string;
beforeAll(async () => {
  t = await startTestAccount();
  dir = mkdtempSync(join(tmpdir(), 'devices-test-'));
});
afterAll(async () => {
  await t.emulator.close();
  rmSync(dir, { recursive: true, force: true });
});
beforeEach(() => {
  t.emulator.setFaults({});
  t.emulator.clearRequests();
});

function file(name: string, content: string): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

function deviceByUdid(udid: string): StoredResource | undefined {
  return t.emulator.store
    .list('devices')
    .find((d) => String(d.attributes.udid).toLowerCase() === udid.toLowerCase());
}

function devicesWithUdid(udid: string): StoredResource[] {
  return t.emulator.store
    .list('devices')
    .filter((d) => String(d.attributes.udid).toLowerCase() === udid.toLowerCase());
}

const writes = () => writeRequests(t.emulator);

describe('register-devices reads every file format', () => {
  it("Apple's tab-separated upload file with its header", async () => {
    const [a, b, c] = [iosUdid(), legacyUdid(), macUdid()];
    const path = file(
      'apple.txt',
      `Device ID\tDevice Name\tDevice Platform\n${a}\tAnn's iPhone 15\tios\n${b}\tOld iPad\tios\n${c}\tBuild Mac\tmac\n`,
    );
    const run = await t.run({ operation: 'register-devices', 'devices-file': path });
    expect(run.exitCode, visibleLog(run)).toBe(0);
    expect(deviceByUdid(a)?.attributes).toMatchObject({ name: "Ann's iPhone 15", platform: 'IOS' });
    expect(deviceByUdid(b)?.attributes).toMatchObject({ name: 'Old iPad', deviceClass: 'IPAD' });
    expect(deviceByUdid(c)?.attributes).toMatchObject({ name: 'Build Mac', platform: 'MAC_OS' });
    expect(run.outputs['devices-registered']).toBe('3');
    expect(run.outputs['device-ids']?.split(',').sort()).toEqual(
      [a, b, c].map((u) => deviceByUdid(u)!.id).sort(),
    );
    const result = resultOf(run);
    expect(result.applied).toBe(true);
    expect((result.registered as { udid: string; id: string }[]).map((d) => d.udid)).toEqual([
      a,
      b,
      c,
    ]);
    expect(run.summary).toContain('Register devices');
    expect(run.summary).toContain('Ann&#39;s iPhone 15'.replace('&#39;', "'"));
  });

  it("Apple's older two-column form", async () => {
    const [a, b] = [iosUdid(), iosUdid()];
    const path = file('two.txt', `Device ID\tDevice Name\n${a}\tTwo Col A\n${b}\tTwo Col B\n`);
    const run = await t.run({ operation: 'register-devices', 'devices-file': path });
    expect(run.exitCode, visibleLog(run)).toBe(0);
    expect(deviceByUdid(a)?.attributes.name).toBe('Two Col A');
    expect(deviceByUdid(b)?.attributes.platform).toBe('IOS');
  });

  it("Apple's .deviceids property list", async () => {
    const [a, b] = [iosUdid(), macUdid()];
    const entry = (udid: string, name: string, platform: string) =>
      `<dict><key>deviceIdentifier</key><string>${udid}</string><key>deviceName</key><string>${name}</string><key>devicePlatform</key><string>${platform}</string></dict>`;
    const path = file(
      'team.deviceids',
      `<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">\n<plist version="1.0"><dict><key>Device UDIDs</key><array>${entry(a, 'Plist Phone', 'ios')}${entry(b, 'Plist Mac', 'mac')}</array></dict></plist>\n`,
    );
    const run = await t.run({ operation: 'register-devices', 'devices-file': path });
    expect(run.exitCode, visibleLog(run)).toBe(0);
    expect(deviceByUdid(a)?.attributes.name).toBe('Plist Phone');
    expect(deviceByUdid(b)?.attributes.platform).toBe('MAC_OS');
  });

  it('simple lines inline, with comments, blank lines, spaces and an optional platform', async () => {
    const [a, b, c] = [iosUdid(), macUdid(), iosUdid()];
    const run = await t.run({
      operation: 'register-devices',
      devices:
        `# the QA team\n${a}   QA phone one\n\n${b} QA Mac mac\n${c}\tQA phone\twith spaces\tios\n`.replace(
          '\tQA phone\twith spaces\tios',
          '\tQA phone with spaces\tios',
        ),
    });
    expect(run.exitCode, visibleLog(run)).toBe(0);
    expect(deviceByUdid(a)?.attributes.name).toBe('QA phone one');
    expect(deviceByUdid(b)?.attributes).toMatchObject({ name: 'QA Mac', platform: 'MAC_OS' });
    expect(deviceByUdid(c)?.attributes.name).toBe('QA phone with spaces');
  });
});

describe('register-devices plans against the account', () => {
  it('takes a UDID without its dash as the device registered with it (Apple answers 409)', async () => {
    const dashed = iosUdid();
    const first = await t.run({ operation: 'register-devices', devices: `${dashed} Dash Phone` });
    expect(first.exitCode, visibleLog(first)).toBe(0);
    t.emulator.clearRequests();
    const undashed = dashed.replace('-', '').toLowerCase();
    const again = await t.run({ operation: 'register-devices', devices: `${undashed} Dash Phone` });
    expect(again.exitCode, visibleLog(again)).toBe(0);
    expect(writes()).toHaveLength(0);
    expect(resultOf(again).plan).toHaveLength(0);
  });

  it('dry-run writes nothing; the run registers; a re-run writes nothing and reads one listing', async () => {
    const [a, b] = [iosUdid(), iosUdid()];
    const devices = `${a} Dry Run A\n${b} Dry Run B`;
    const dry = await t.run({ operation: 'register-devices', devices, 'dry-run': 'true' });
    expect(dry.exitCode, visibleLog(dry)).toBe(0);
    expect(writes()).toHaveLength(0);
    expect(deviceByUdid(a)).toBeUndefined();
    expect(resultOf(dry).plan).toHaveLength(2);
    expect(resultOf(dry).applied).toBe(false);
    expect(dry.summary).toContain('planned (dry run)');

    const first = await t.run({ operation: 'register-devices', devices });
    expect(first.exitCode, visibleLog(first)).toBe(0);
    expect(devicesWithUdid(a)).toHaveLength(1);

    t.emulator.clearRequests();
    const again = await t.run({ operation: 'register-devices', devices });
    expect(again.exitCode, visibleLog(again)).toBe(0);
    expect(writes()).toHaveLength(0);
    // One paginated listing, no look-up per device.
    expect(
      t.emulator.requests.every((r) => r.path === '/v1/devices' && !r.query.includes('filter')),
    );
    expect(t.emulator.requests.length).toBeLessThanOrEqual(1);
    expect(again.outputs['devices-registered']).toBe('0');
    expect(again.outputs['device-ids']?.split(',')).toHaveLength(2);
    expect(again.summary).toContain('Nothing to change');
  });

  it('re-enables a disabled device, renames only with rename: true, disables the missing with disable-missing', async () => {
    const [a, b] = [iosUdid(), iosUdid()];
    const setup = await t.run({
      operation: 'register-devices',
      devices: `${a} Keep Me\n${b} Old Name`,
    });
    expect(setup.exitCode, visibleLog(setup)).toBe(0);
    t.emulator.store.update('devices', deviceByUdid(a)!.id, { status: 'DISABLED' });

    t.emulator.clearRequests();
    const kept = await t.run({
      operation: 'register-devices',
      devices: `${a} Keep Me\n${b} New Name`,
    });
    expect(kept.exitCode, visibleLog(kept)).toBe(0);
    expect(deviceByUdid(a)?.attributes.status).toBe('ENABLED');
    expect(deviceByUdid(b)?.attributes.name).toBe('Old Name');
    expect(kept.outputs['devices-enabled']).toBe('1');
    expect(kept.outputs['devices-renamed']).toBe('0');
    expect(writes().map((r) => r.method)).toEqual(['PATCH']);
    expect(kept.stdout).toContain("named 'New Name'");

    const renamed = await t.run({
      operation: 'register-devices',
      devices: `${a} Keep Me\n${b} New Name`,
      rename: 'true',
    });
    expect(renamed.exitCode, visibleLog(renamed)).toBe(0);
    expect(deviceByUdid(b)?.attributes.name).toBe('New Name');
    expect(renamed.outputs['devices-renamed']).toBe('1');

    // Full sync: every other enabled device of the team gets disabled.
    const before = t.emulator.store
      .list('devices')
      .filter((d) => d.attributes.status === 'ENABLED');
    const dry = await t.run({
      operation: 'register-devices',
      devices: `${a} Keep Me\n${b} New Name`,
      'disable-missing': 'true',
      'dry-run': 'true',
    });
    expect(dry.exitCode, visibleLog(dry)).toBe(0);
    expect(dry.outputs['devices-disabled']).toBe(String(before.length - 2));
    const sync = await t.run({
      operation: 'register-devices',
      devices: `${a} Keep Me\n${b} New Name`,
      'disable-missing': 'true',
    });
    expect(sync.exitCode, visibleLog(sync)).toBe(0);
    const enabled = t.emulator.store
      .list('devices')
      .filter((d) => d.attributes.status === 'ENABLED');
    expect(enabled.map((d) => d.attributes.udid).sort()).toEqual([a, b].sort());
    // Put the team back for the other tests.
    for (const device of before)
      t.emulator.store.update('devices', device.id, { status: 'ENABLED' });
  });
});

describe('register-devices refuses bad lines before any request', () => {
  const cases: [string, string, RegExp][] = [
    [
      'a UDID of no known shape',
      `not-a-udid Somebody`,
      /line 1: 'not-a-udid' is not a device UDID/,
    ],
    ['a Mac UDID on iOS', `${macUdid()}\tWrong\tios`, /line 1: .* is not an iOS UDID/],
    ['an unknown platform', `${iosUdid()}\tPhone\twindows`, /line 1: unknown platform 'windows'/],
    ['a name over 50 characters', `${iosUdid()}\t${'x'.repeat(51)}`, /has 51 characters/],
    ['a missing name', `${iosUdid()}`, /line 1: missing device name/],
  ];
  it.each(cases)('%s', async (_label, devices, message) => {
    const run = await t.run({ operation: 'register-devices', devices });
    expect(run.exitCode).toBe(1);
    const [error] = errorLines(run);
    expect(error).toMatch(/^Input 'devices' is invalid: 1 bad line: /);
    expect(error).toMatch(message);
    expect(t.emulator.requests).toHaveLength(0);
  });

  it('a UDID given twice, with both line numbers, in a file', async () => {
    const udid = iosUdid();
    const path = file(
      'dupes.txt',
      `# team\n${udid} First\n${iosUdid()} Fine\n${udid.toLowerCase()} Again\n`,
    );
    const run = await t.run({ operation: 'register-devices', 'devices-file': path });
    expect(run.exitCode).toBe(1);
    expect(errorLines(run)[0]).toMatch(
      /^Input 'devices-file' is invalid: 1 bad line: line 4: UDID .* repeats line 2/,
    );
    expect(t.emulator.requests).toHaveLength(0);
  });
});

describe('register-devices on a pull request', () => {
  let github: GitHubStandIn;
  let eventPath: string;
  beforeAll(async () => {
    github = await startGitHubStandIn();
    eventPath = file('event.json', JSON.stringify({ pull_request: { number: 42 } }));
  });
  afterAll(async () => {
    await github.close();
  });
  const prEnv = () => ({
    GITHUB_API_URL: github.apiUrl,
    GITHUB_REPOSITORY: 'owner/repo',
    GITHUB_EVENT_NAME: 'pull_request',
    GITHUB_EVENT_PATH: eventPath,
  });

  it('posts the plan once, then updates that comment; invalid lines are shown and fail the step after', async () => {
    const [a, b] = [iosUdid(), iosUdid()];
    const existing = t.emulator.store
      .list('devices')
      .find((d) => d.attributes.status === 'ENABLED')!;
    const path = file('pr-devices.txt', `${a}\tPR Phone A\tios\n`);
    const first = await t.run(
      {
        operation: 'register-devices',
        'devices-file': path,
        'dry-run': 'true',
        'github-token': 'ghs_test',
      },
      { env: prEnv() },
    );
    expect(first.exitCode, visibleLog(first)).toBe(0);
    expect(writes()).toHaveLength(0);
    expect(github.comments).toHaveLength(1);
    const [comment] = github.comments;
    expect(comment!.issueNumber).toBe(42);
    expect(comment!.body).toContain('<!-- app-store-connect-action:register-devices -->');
    expect(comment!.body).toContain('Devices to register (1)');
    expect(comment!.body).toContain(a);
    expect(github.requests.every((r) => r.authorization === 'token ghs_test')).toBe(true);
    expect(resultOf(first).pullRequestComment).toContain('#issuecomment-');

    // The pull request changes: one more device, a rename, a bad line.
    writeFileSync(
      path,
      `${a}\tPR Phone A\tios\n${b}\tPR Phone B\tios\n${String(existing.attributes.udid)}\tRenamed In PR\nbad-udid\tBroken\n`,
    );
    t.emulator.clearRequests();
    const second = await t.run(
      {
        operation: 'register-devices',
        'devices-file': path,
        'dry-run': 'true',
        rename: 'true',
        'github-token': 'ghs_test',
      },
      { env: prEnv() },
    );
    expect(second.exitCode).toBe(1);
    expect(errorLines(second)[0]).toMatch(
      /Input 'devices-file' is invalid: 1 bad line: line 4: 'bad-udid'/,
    );
    expect(writes()).toHaveLength(0);
    expect(github.comments).toHaveLength(1);
    const body = github.comments[0]!.body;
    expect(body).toContain('Devices to register (2)');
    expect(body).toContain('Devices to rename (1)');
    expect(body).toContain('Renamed In PR');
    expect(body).toContain('Invalid lines');
    expect(body).toContain('line 4');
    expect(github.requests.filter((r) => r.method === 'POST')).toHaveLength(1);
    expect(github.requests.filter((r) => r.method === 'PATCH')).toHaveLength(1);
    expect(second.summary).toContain('Invalid lines');
    expect(second.summary).toContain('PR Phone B');
  });

  it('on the merge (a push), applies the plan and marks the merged pull request’s comment applied', async () => {
    const a = iosUdid();
    const path = file('merge-devices.txt', `${a}\tMerged Phone\tios\n`);
    const planned = await t.run(
      {
        operation: 'register-devices',
        'devices-file': path,
        'dry-run': 'true',
        'github-token': 'ghs_test',
      },
      {
        env: {
          ...prEnv(),
          GITHUB_EVENT_PATH: file('event-7.json', JSON.stringify({ pull_request: { number: 7 } })),
        },
      },
    );
    expect(planned.exitCode, visibleLog(planned)).toBe(0);
    const plannedBody = github.comments.find((c) => c.issueNumber === 7)!.body;
    expect(plannedBody).toContain('Merged Phone');
    expect(plannedBody).toContain('Planned only');

    github.commitPulls['abc123'] = [{ number: 7, merged_at: '2026-11-25T10:00:00Z' }];
    const merged = await t.run(
      { operation: 'register-devices', 'devices-file': path, 'github-token': 'ghs_test' },
      {
        env: {
          GITHUB_API_URL: github.apiUrl,
          GITHUB_REPOSITORY: 'owner/repo',
          GITHUB_EVENT_NAME: 'push',
          GITHUB_SHA: 'abc123',
          GITHUB_EVENT_PATH: file('push.json', JSON.stringify({ after: 'abc123' })),
        },
      },
    );
    expect(merged.exitCode, visibleLog(merged)).toBe(0);
    expect(devicesWithUdid(a)).toHaveLength(1);
    expect(github.comments.filter((c) => c.issueNumber === 7)).toHaveLength(1);
    const appliedBody = github.comments.find((c) => c.issueNumber === 7)!.body;
    expect(appliedBody).toContain('These changes were applied.');
    expect(appliedBody).toContain('Merged Phone');
    expect(github.requests.some((r) => r.path === '/repos/owner/repo/commits/abc123/pulls')).toBe(
      true,
    );
  });

  it('on a push with no merged pull request, applies the plan and posts nothing', async () => {
    const a = iosUdid();
    const before = github.comments.length;
    const run = await t.run(
      {
        operation: 'register-devices',
        devices: `${a}\tDirect Push Phone\tios`,
        'github-token': 'ghs_test',
      },
      {
        env: {
          GITHUB_API_URL: github.apiUrl,
          GITHUB_REPOSITORY: 'owner/repo',
          GITHUB_EVENT_NAME: 'push',
          GITHUB_SHA: 'def456',
          GITHUB_EVENT_PATH: file('push-2.json', JSON.stringify({ after: 'def456' })),
        },
      },
    );
    expect(run.exitCode, visibleLog(run)).toBe(0);
    expect(devicesWithUdid(a)).toHaveLength(1);
    expect(github.comments.length).toBe(before);
    // The default token (github.token) is always there: a push without a pull request is quiet.
    expect(run.stdout).not.toContain('::warning::');
    expect(run.stdout).not.toMatch(/pull request/i);
  });

  it('without a token the plan still goes to the step summary', async () => {
    const a = iosUdid();
    const before = github.requests.length;
    const run = await t.run(
      { operation: 'register-devices', devices: `${a} No Token Phone`, 'dry-run': 'true' },
      { env: prEnv() },
    );
    expect(run.exitCode, visibleLog(run)).toBe(0);
    expect(github.requests.length).toBe(before);
    expect(run.summary).toContain('No Token Phone');
    expect(run.summary).toContain('planned (dry run)');
  });

  it('a token without permission only warns; the plan is in the summary', async () => {
    github.failWith = 403;
    try {
      const run = await t.run(
        {
          operation: 'register-devices',
          devices: `${iosUdid()} Forbidden Phone`,
          'dry-run': 'true',
          'github-token': 'ghs_readonly',
        },
        { env: prEnv() },
      );
      expect(run.exitCode, visibleLog(run)).toBe(0);
      expect(run.stdout).toMatch(/::warning::Could not post the plan on pull request #42/);
      expect(run.summary).toContain('Forbidden Phone');
      // The default token of a pull_request run (read-only, e.g. from a fork) warns once, applied too.
      const applied = await t.run(
        {
          operation: 'register-devices',
          devices: `${iosUdid()} Forbidden Phone 2`,
          'github-token': 'ghs_readonly',
        },
        { env: prEnv() },
      );
      expect(applied.exitCode, visibleLog(applied)).toBe(0);
      const warnings = applied.stdout
        .split('\n')
        .filter((line) => line.startsWith('::warning::') && /pull request/.test(line));
      expect(warnings).toHaveLength(1);
    } finally {
      delete github.failWith;
    }
  });
});

describe('register-devices under faults', () => {
  it('a create whose answer is lost is recovered by its UDID, never duplicated', async () => {
    const udids = [iosUdid(), iosUdid(), iosUdid()];
    t.emulator.setFaults({
      retryAfterSeconds: 0,
      rules: [{ method: 'POST', path: '/v1/devices', fault: 'drop-after-write', times: 3 }],
    });
    const run = await t.run({
      operation: 'register-devices',
      devices: udids.map((u, i) => `${u} Lost Answer ${i}`).join('\n'),
      'max-retries': '10',
    });
    expect(run.exitCode, visibleLog(run)).toBe(0);
    for (const udid of udids) expect(devicesWithUdid(udid)).toHaveLength(1);
    expect(t.emulator.requests.filter((r) => r.fault === 'drop-after-write')).toHaveLength(3);
    expect(run.outputs['device-ids']?.split(',')).toHaveLength(3);
  });

  it('random 5xx, 429, drops and lost answers leave exactly the asked state', async () => {
    const udids = Array.from({ length: 12 }, iosUdid);
    const disabled = t.emulator.store
      .list('devices')
      .find((d) => d.attributes.status === 'ENABLED')!;
    t.emulator.store.update('devices', disabled.id, { status: 'DISABLED' });
    t.emulator.setFaults({
      seed: 7,
      serverErrorRate: 0.15,
      rateLimitRate: 0.1,
      dropConnectionRate: 0.1,
      dropResponseAfterWriteRate: 0.2,
      retryAfterSeconds: 0,
    });
    const devices = [
      ...udids.map((u, i) => `${u} Faulty ${i}`),
      `${String(disabled.attributes.udid)} ${String(disabled.attributes.name)}`,
    ].join('\n');
    const run = await t.run({ operation: 'register-devices', devices, 'max-retries': '10' });
    expect(run.exitCode, visibleLog(run)).toBe(0);
    expect(t.emulator.requests.some((r) => r.fault)).toBe(true);
    for (const udid of udids) expect(devicesWithUdid(udid)).toHaveLength(1);
    expect(t.emulator.store.get('devices', disabled.id)?.attributes.status).toBe('ENABLED');

    t.emulator.setFaults({});
    t.emulator.clearRequests();
    const again = await t.run({ operation: 'register-devices', devices });
    expect(again.exitCode, visibleLog(again)).toBe(0);
    expect(writes()).toHaveLength(0);
  });
});

describe("Apple's per-minute quota", () => {
  it('warns before the first write when the plan needs more requests than remain', async () => {
    const fresh = await startTestAccount({ conditions: { rateLimitPerMinute: 20 } });
    try {
      const devices = Array.from({ length: 25 }, (_, i) => `${iosUdid()} Quota ${i}`).join('\n');
      const run = await fresh.run({ operation: 'register-devices', devices, 'dry-run': 'true' });
      expect(run.exitCode, visibleLog(run)).toBe(0);
      const warning = run.stdout
        .split('\n')
        .find((line) => line.startsWith('::warning::The plan needs at least 25 request'));
      expect(warning).toMatch(/of 20 requests left this minute/);
      expect(writeRequests(fresh.emulator)).toEqual([]);
    } finally {
      await fresh.emulator.close();
    }
  });
});

describe('the device limit', () => {
  it('fails before any write when a family would exceed it, and warns when it might', async () => {
    const capped = await startTestAccount({ deviceLimitPerFamily: 10 });
    try {
      const used = capped.emulator.store
        .list('devices')
        .filter((d) => d.attributes.deviceClass === 'IPHONE').length;
      seedDevices(capped.emulator.store, 9 - used);
      capped.emulator.clearRequests();
      const over = await capped.run({
        operation: 'register-devices',
        devices: `${iosUdid()} Lab iPhone 1\n${iosUdid()} Lab iPhone 2`,
        'device-limit': '10',
      });
      expect(over.exitCode).toBe(1);
      expect(errorLines(over)[0]).toMatch(
        /^Input 'devices' is invalid: registering these devices would exceed Apple's limit .*iPhone: 9 registered \+ 2 new of 10/,
      );
      expect(capped.emulator.requests.filter((r) => r.method !== 'GET')).toHaveLength(0);
      expect(over.summary).toContain('device limit');

      // Two devices whose family the names do not tell: a warning, then Apple's own answer decides.
      const maybe = await capped.run({
        operation: 'register-devices',
        devices: `${iosUdid()} Lab device 1\n${iosUdid()} Lab device 2`,
        'device-limit': '10',
        'dry-run': 'true',
      });
      expect(maybe.exitCode, visibleLog(maybe)).toBe(0);
      expect(maybe.stdout).toMatch(
        /::warning::The new devices may exceed Apple's device limit if their family is iPhone/,
      );
    } finally {
      await capped.emulator.close();
    }
  });
});

describe('disable-devices', () => {
  it('disables by UDID and by name, refuses unknown devices, and a re-run writes nothing', async () => {
    const [a, b] = [iosUdid(), iosUdid()];
    const setup = await t.run({
      operation: 'register-devices',
      devices: `${a} Disable Me A\n${b} Disable Me B`,
    });
    expect(setup.exitCode, visibleLog(setup)).toBe(0);

    t.emulator.clearRequests();
    const unknown = await t.run({ operation: 'disable-devices', devices: `${a}, Nobody's Phone` });
    expect(unknown.exitCode).toBe(1);
    expect(errorLines(unknown)[0]).toMatch(
      /^Input 'devices' is invalid: no registered device has the UDID, id or name 'Nobody's Phone'/,
    );
    expect(writes()).toHaveLength(0);

    const run = await t.run({
      operation: 'disable-devices',
      devices: `${a.toLowerCase()}\nDisable Me B`,
    });
    expect(run.exitCode, visibleLog(run)).toBe(0);
    expect(deviceByUdid(a)?.attributes.status).toBe('DISABLED');
    expect(deviceByUdid(b)?.attributes.status).toBe('DISABLED');
    expect(run.outputs['devices-disabled']).toBe('2');

    t.emulator.clearRequests();
    const again = await t.run({ operation: 'disable-devices', devices: `${a}\n${b}` });
    expect(again.exitCode, visibleLog(again)).toBe(0);
    expect(writes()).toHaveLength(0);
    expect(again.outputs['devices-disabled']).toBe('0');
  });
});

describe('register-devices with refresh-profiles', () => {
  it('plans the regeneration on the pull request, then registers and regenerates, then writes nothing', async () => {
    const fresh = await startTestAccount();
    const github = await startGitHubStandIn();
    try {
      const store = fresh.emulator.store;
      // The demo's ad hoc profile is signed with a development certificate, which the emulator
      // refuses to re-create; the development profile is the one regenerated here.
      const profileNames = ['Demo App Development'];
      const profilesBefore = store
        .list('profiles')
        .filter((p) => profileNames.includes(String(p.attributes.name)));
      expect(profilesBefore).toHaveLength(1);
      const udid = iosUdid();
      const devices = `${udid}\tNew Tester iPhone\tios`;
      const env = {
        GITHUB_API_URL: github.apiUrl,
        GITHUB_REPOSITORY: 'owner/repo',
        GITHUB_EVENT_NAME: 'pull_request',
        GITHUB_EVENT_PATH: file(
          'refresh-event.json',
          JSON.stringify({ pull_request: { number: 7 } }),
        ),
      };
      const inputs = {
        operation: 'register-devices',
        devices,
        'refresh-profiles': 'true',
        profiles: 'Demo App Development',
      };

      const planned = await fresh.run(
        { ...inputs, 'dry-run': 'true', 'github-token': 'ghs_x' },
        { env },
      );
      expect(planned.exitCode, visibleLog(planned)).toBe(0);
      expect(fresh.emulator.requests.filter((r) => r.method !== 'GET')).toHaveLength(0);
      const body = github.comments[0]?.body ?? '';
      expect(body).toContain('Profiles to regenerate (1)');
      for (const name of profileNames) expect(body).toContain(name);

      const applied = await fresh.run(inputs);
      expect(applied.exitCode, visibleLog(applied)).toBe(0);
      const device = store.list('devices').find((d) => d.attributes.udid === udid)!;
      for (const name of profileNames) {
        const now = store.list('profiles').filter((p) => p.attributes.name === name);
        expect(now).toHaveLength(1);
        expect(profilesBefore.map((p) => p.id)).not.toContain(now[0]!.id);
        expect(store.related('profiles', now[0]!.id, 'devices')).toContain(device.id);
      }
      expect(applied.outputs['profile-uuids']?.split(',')).toHaveLength(1);
      // The devices are registered before the profiles are regenerated.
      const writes = fresh.emulator.requests.filter((r) => r.method !== 'GET');
      expect(writes[0]).toMatchObject({ method: 'POST', path: '/v1/devices' });

      fresh.emulator.clearRequests();
      const again = await fresh.run(inputs);
      expect(again.exitCode, visibleLog(again)).toBe(0);
      expect(fresh.emulator.requests.filter((r) => r.method !== 'GET')).toHaveLength(0);
    } finally {
      await github.close();
      await fresh.emulator.close();
    }
  });
});

describe('disable-devices with refresh-profiles', () => {
  it('regenerates the profile without the disabled device, then writes nothing on a re-run', async () => {
    const fresh = await startTestAccount();
    try {
      const store = fresh.emulator.store;
      const profile = store
        .list('profiles')
        .find((p) => p.attributes.name === 'Demo App Development')!;
      const [deviceId] = store.related('profiles', profile.id, 'devices');
      const udid = String(store.get('devices', deviceId!)!.attributes.udid);
      const inputs = {
        operation: 'disable-devices',
        devices: udid,
        'refresh-profiles': 'true',
        profiles: 'Demo App Development',
      };
      const run = await fresh.run(inputs);
      expect(run.exitCode, visibleLog(run)).toBe(0);
      expect(store.get('devices', deviceId!)?.attributes.status).toBe('DISABLED');
      const [replacement] = store
        .list('profiles')
        .filter((p) => p.attributes.name === 'Demo App Development');
      expect(replacement!.id).not.toBe(profile.id);
      expect(store.related('profiles', replacement!.id, 'devices')).not.toContain(deviceId);
      expect(run.outputs['profile-ids']).toBe(replacement!.id);

      fresh.emulator.clearRequests();
      const again = await fresh.run(inputs);
      expect(again.exitCode, visibleLog(again)).toBe(0);
      expect(fresh.emulator.requests.filter((r) => r.method !== 'GET')).toHaveLength(0);
    } finally {
      await fresh.emulator.close();
    }
  });
});
