import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { seedTesters, type FaultKind } from '../../src/emulator/index.js';
import {
  errorLines,
  resultOf,
  startTestAccount,
  type TestAccount,
  writeRequests,
} from './harness.js';

const app = 'com.example.demo';
let t: TestAccount;
afterEach(async () => {
  await t?.emulator.close();
});

async function start(): Promise<TestAccount> {
  t = await startTestAccount();
  return t;
}

const store = () => t.emulator.store;
const writes = () => writeRequests(t.emulator);
const groupId = (name: string) =>
  store()
    .list('betaGroups')
    .find((g) => g.attributes.name === name)!.id;
/** A user of the team in App Store Connect (who may be an internal tester). */
const addTeamUser = (email: string) =>
  store().create('users', {
    username: email,
    firstName: 'Team',
    lastName: 'Member',
    roles: ['DEVELOPER'],
    allAppsVisible: true,
    provisioningAllowed: false,
  });
const testersWithEmail = (email: string) =>
  store()
    .list('betaTesters')
    .filter((x) => String(x.attributes.email).toLowerCase() === email.toLowerCase());
/** The lower-cased emails of a group's members. */
const memberEmails = (group: string) =>
  store()
    .related('betaGroups', groupId(group), 'betaTesters')
    .map((id) => String(store().get('betaTesters', id)?.attributes.email).toLowerCase())
    .sort();

describe('add-testers', () => {
  it('adds existing testers in batches, creates the missing ones in all groups, matching emails case-insensitively', async () => {
    await start();
    const before = store().list('betaTesters').length;
    const run = await t.run({
      operation: 'add-testers',
      app,
      group: 'External Testers\nPublic Beta',
      testers: [
        'Ada Lovelace <ada@example.com>',
        'TESTER1@Example.com', // exists (Internal QA), other case
        'tester2@example.com, tester3@example.com', // tester3 is in Public Beta already
        'Grace,Hopper,grace@example.com',
      ].join('\n'),
    });
    expect(run.exitCode, run.stdout).toBe(0);

    for (const group of ['External Testers', 'Public Beta']) {
      expect(memberEmails(group)).toEqual(
        expect.arrayContaining([
          'ada@example.com',
          'grace@example.com',
          'tester1@example.com',
          'tester2@example.com',
          'tester3@example.com',
        ]),
      );
    }
    expect(store().list('betaTesters').length).toBe(before + 2);
    const ada = testersWithEmail('ada@example.com');
    expect(ada).toHaveLength(1);
    expect(ada[0]!.attributes).toMatchObject({ firstName: 'Ada', lastName: 'Lovelace' });
    expect(testersWithEmail('grace@example.com')[0]!.attributes).toMatchObject({
      firstName: 'Grace',
      lastName: 'Hopper',
    });
    expect(testersWithEmail('tester1@example.com')).toHaveLength(1);

    // tester2 is in External Testers (seed: index 1), tester3 in Public Beta (index 2).
    const result = resultOf(run);
    expect(result).toMatchObject({ requested: 5, applied: true });
    expect((result.created as { email: string }[]).map((x) => x.email).sort()).toEqual([
      'ada@example.com',
      'grace@example.com',
    ]);
    expect((result.added as { email: string }[]).map((x) => x.email).sort()).toEqual([
      'TESTER1@Example.com',
      'tester2@example.com',
      'tester3@example.com',
    ]);
    expect(result.alreadyPresent).toEqual([]);
    expect(run.outputs['testers-added']).toBe('5');
    expect(run.outputs['testers-created']).toBe('2');
    expect(run.outputs['testers-already-present']).toBe('0');
    expect(run.outputs['group-ids']?.split(',')).toEqual([
      groupId('External Testers'),
      groupId('Public Beta'),
    ]);

    // Requests: one lookup for all unknown addresses, one member listing per group,
    // one create per new tester (with both groups), one linkage POST per group.
    const requests = t.emulator.requests.map((r) => `${r.method} ${r.path}`);
    expect(requests.filter((r) => r === 'GET /v1/betaTesters')).toHaveLength(1);
    expect(requests.filter((r) => r === 'POST /v1/betaTesters')).toHaveLength(2);
    expect(
      requests.filter((r) => /^POST \/v1\/betaGroups\/.*\/relationships\/betaTesters$/.test(r)),
    ).toHaveLength(2);
    expect(requests.filter((r) => /^GET \/v1\/betaGroups\/.*\/betaTesters$/.test(r))).toHaveLength(
      2,
    );
    expect(writes()).toHaveLength(4);
    const creates = t.emulator.requests.filter(
      (r) => r.method === 'POST' && r.path === '/v1/betaTesters',
    );
    for (const create of creates) {
      const body = create.body as { data: { relationships: { betaGroups: { data: unknown[] } } } };
      expect(body.data.relationships.betaGroups.data).toHaveLength(2);
    }
    expect(run.summary).toContain('External Testers');
    expect(run.summary).toContain('<table>');

    // A second run writes nothing and reports everyone as present.
    t.emulator.clearRequests();
    const again = await t.run({
      operation: 'add-testers',
      app,
      group: 'External Testers\nPublic Beta',
      testers:
        'ada@example.com, TESTER1@Example.com, tester2@example.com, tester3@example.com, grace@EXAMPLE.com',
    });
    expect(again.exitCode, again.stdout).toBe(0);
    expect(writes()).toEqual([]);
    expect(again.outputs['testers-added']).toBe('0');
    expect(again.outputs['testers-already-present']).toBe('5');
    expect(t.emulator.requests.some((r) => r.path === '/v1/betaTesters')).toBe(false);
  });

  it('dry-run prints the plan and writes nothing', async () => {
    await start();
    const run = await t.run({
      operation: 'add-testers',
      app,
      group: 'External Testers',
      testers: 'new@example.com, tester1@example.com',
      'dry-run': 'true',
    });
    expect(run.exitCode, run.stdout).toBe(0);
    expect(writes()).toEqual([]);
    expect(run.stdout).toContain('create tester new@example.com');
    expect(run.stdout).toContain('link 1 tester(s): tester1@example.com');
    expect(testersWithEmail('new@example.com')).toEqual([]);
    const result = resultOf(run);
    expect(result).toMatchObject({ dryRun: true, applied: false });
    expect((result.plan as unknown[]).length).toBe(2);
    expect(run.summary).toContain('dry run');
  });

  it('reads a fastlane CSV file with a groups column, relative to the workspace', async () => {
    await start();
    // Internal QA takes only users of the team.
    for (const email of ['ada@example.com', 'alan@example.com']) addTeamUser(email);
    const workspace = mkdtempSync(join(tmpdir(), 'testers-ws-'));
    writeFileSync(
      join(workspace, 'testers.csv'),
      [
        'First,Last,Email,Groups',
        'Ada,Lovelace,ada@example.com,External Testers;Public Beta',
        'Alan,Turing,alan@example.com,',
        'Linus,T,tester1@example.com,Public Beta',
        'Ada,Lovelace,ADA@example.com,',
      ].join('\n'),
    );
    const run = await t.run(
      { operation: 'add-testers', app, group: 'Internal QA', 'testers-file': 'testers.csv' },
      { cwd: workspace },
    );
    expect(run.exitCode, run.stdout).toBe(0);
    expect(memberEmails('Internal QA')).toEqual(
      expect.arrayContaining(['ada@example.com', 'alan@example.com', 'tester1@example.com']),
    );
    expect(memberEmails('External Testers')).toContain('ada@example.com');
    expect(memberEmails('External Testers')).not.toContain('alan@example.com');
    expect(memberEmails('Public Beta')).toEqual(
      expect.arrayContaining(['ada@example.com', 'tester1@example.com']),
    );
    expect(memberEmails('Public Beta')).not.toContain('alan@example.com');
    expect(testersWithEmail('ada@example.com')).toHaveLength(1);
    // The duplicate is a warning and part of the result.
    expect(run.stdout).toMatch(/::warning::Tester listed more than once.*ada@example.com/i);
    expect(resultOf(run).duplicates).toEqual([
      { email: 'ada@example.com', sources: ['testers.csv line 2', 'testers.csv line 5'] },
    ]);
  });

  it('batches the look-ups of many testers', async () => {
    await start();
    const existing = seedTesters(store(), t.account.app.id, 120, undefined, { emailPrefix: 'old' });
    const external = groupId('External Testers');
    seedTesters(store(), t.account.app.id, 30, external, { emailPrefix: 'member' });
    const emails = [
      ...Array.from({ length: 120 }, (_, i) => `old-${i + 1}@example.com`),
      ...Array.from({ length: 30 }, (_, i) => `member-${i + 1}@example.com`),
      ...Array.from({ length: 50 }, (_, i) => `fresh-${i + 1}@example.com`),
    ];
    const run = await t.run({
      operation: 'add-testers',
      app,
      group: 'External Testers',
      testers: emails.join('\n'),
      'max-concurrency': '8',
    });
    expect(run.exitCode, run.stdout).toBe(0);
    const gets = t.emulator.requests.filter((r) => r.method === 'GET');
    expect(gets.filter((r) => r.path === '/v1/betaTesters').length).toBeLessThanOrEqual(2);
    expect(writes().filter((r) => r.path === '/v1/betaTesters')).toHaveLength(50);
    const links = writes().filter((r) => r.path.endsWith('/relationships/betaTesters'));
    expect(links).toHaveLength(2); // 120 existing testers, 100 per request
    expect(t.emulator.requests.length).toBeLessThanOrEqual(50 + 8);
    expect(memberEmails('External Testers')).toEqual(
      expect.arrayContaining(emails.map((e) => e.toLowerCase())),
    );
    expect(store().related('betaGroups', external, 'betaTesters')).toEqual(
      expect.arrayContaining(existing),
    );
    expect(resultOf(run)).toMatchObject({ requested: 200 });
    expect(run.outputs['testers-added']).toBe('170');
    expect(run.outputs['testers-already-present']).toBe('30');
  });

  const faults: FaultKind[] = ['500', '503', '429', 'drop', 'drop-after-write'];
  it.each(faults)(
    'ends exactly as asked, with no duplicate tester, under %s on every write',
    async (fault) => {
      await start();
      t.emulator.setFaults({
        retryAfterSeconds: 0,
        rules: [
          { method: 'POST', path: '/v1/betaTesters', fault, times: 2 },
          { method: 'POST', path: /\/relationships\/betaTesters$/, fault, times: 1 },
          {
            method: 'GET',
            path: '/v1/betaTesters',
            fault: fault === 'drop-after-write' ? '500' : fault,
            times: 1,
          },
        ],
      });
      const run = await t.run({
        operation: 'add-testers',
        app,
        group: 'External Testers, Public Beta',
        testers: 'a@example.com, b@example.com, tester1@example.com, tester4@example.com',
        'max-retries': '10',
      });
      expect(run.exitCode, run.stdout).toBe(0);
      const faulted = t.emulator.requests.filter((r) => r.fault === fault);
      expect(
        faulted.filter((r) => r.method === 'POST' && r.path === '/v1/betaTesters'),
      ).toHaveLength(2);
      expect(faulted.filter((r) => r.path.endsWith('/relationships/betaTesters'))).toHaveLength(1);
      for (const email of ['a@example.com', 'b@example.com', 'tester1@example.com']) {
        expect(testersWithEmail(email)).toHaveLength(1);
        for (const group of ['External Testers', 'Public Beta']) {
          expect(memberEmails(group)).toContain(email);
        }
      }
      expect(memberEmails('External Testers').filter((e) => e === 'a@example.com')).toHaveLength(1);

      t.emulator.setFaults({});
      t.emulator.clearRequests();
      const again = await t.run({
        operation: 'add-testers',
        app,
        group: 'External Testers, Public Beta',
        testers: 'a@example.com, b@example.com, tester1@example.com, tester4@example.com',
      });
      expect(again.exitCode).toBe(0);
      expect(writes()).toEqual([]);
    },
  );

  it('survives random 5xx, 429, drops and lost write answers', async () => {
    await start();
    const emails = Array.from({ length: 40 }, (_, i) => `random-${i}@example.com`);
    seedTesters(store(), t.account.app.id, 10, undefined, { emailPrefix: 'random' });
    t.emulator.setFaults({
      serverErrorRate: 0.1,
      rateLimitRate: 0.1,
      dropConnectionRate: 0.05,
      dropResponseAfterWriteRate: 0.2,
      retryAfterSeconds: 0,
      seed: 11,
    });
    const run = await t.run({
      operation: 'add-testers',
      app,
      group: 'External Testers',
      testers: emails.join(','),
      'max-retries': '10',
    });
    expect(run.exitCode, run.stdout).toBe(0);
    expect(t.emulator.requests.some((r) => r.fault === 'drop-after-write')).toBe(true);
    for (const email of emails) expect(testersWithEmail(email)).toHaveLength(1);
    expect(memberEmails('External Testers')).toEqual(expect.arrayContaining(emails));
  });

  const badInputs: [string, Record<string, string>, RegExp][] = [
    [
      'unknown group',
      { group: 'Nope', testers: 'a@example.com' },
      /^Input 'group' is invalid: no beta group named 'Nope'.*its groups are/,
    ],
    [
      'malformed email',
      { group: 'External Testers', testers: 'a@example.com\nbob@' },
      /^Input 'testers' is invalid: .*line 2.*'bob@' is not an email address/,
    ],
    [
      'no testers',
      { group: 'External Testers' },
      /^Input 'testers' is invalid: it names no tester/,
    ],
    [
      'no group and no groups column',
      { testers: 'a@example.com' },
      /^Input 'group' is invalid: it is empty, but 1 tester\(s\) have no groups column/,
    ],
    [
      'missing testers-file',
      { group: 'External Testers', 'testers-file': 'nope/testers.csv' },
      /^Input 'testers-file' is invalid: cannot read 'nope\/testers.csv'/,
    ],
    [
      'unknown group in the groups column',
      { testers: 'Ada,L,ada@example.com,Nope;Public Beta' },
      /^Input 'testers' is invalid: its groups column names a group that does not exist \(testers line 1\): no beta group named 'Nope'/,
    ],
  ];
  it.each(badInputs)(
    '%s: one line naming the input, nothing written',
    async (_name, inputs, message) => {
      await start();
      const run = await t.run({ operation: 'add-testers', app, ...inputs });
      expect(run.exitCode).toBe(1);
      const errors = errorLines(run);
      expect(errors).toHaveLength(1);
      expect(errors[0]).toMatch(message);
      expect(writes()).toEqual([]);
      expect(resultOf(run)).toMatchObject({ failed: true });
    },
  );
});

describe('remove-testers', () => {
  it('removes testers from the named groups only, reporting the unknown ones', async () => {
    await start();
    // tester2 (External Testers), tester3 (Public Beta), tester1 (Internal QA only).
    const run = await t.run({
      operation: 'remove-testers',
      app,
      group: 'External Testers, Public Beta',
      testers: 'TESTER2@example.com, tester3@example.com, tester1@example.com, ghost@example.com',
    });
    expect(run.exitCode, run.stdout).toBe(0);
    expect(memberEmails('External Testers')).not.toContain('tester2@example.com');
    expect(memberEmails('Public Beta')).not.toContain('tester3@example.com');
    expect(memberEmails('Internal QA')).toContain('tester1@example.com');
    expect(testersWithEmail('tester2@example.com')).toHaveLength(1); // still a tester of the team
    expect(run.outputs['testers-removed']).toBe('2');
    const result = resultOf(run);
    expect(result).toMatchObject({
      scope: 'groups',
      removed: ['tester2@example.com', 'tester3@example.com'],
      notInGroups: ['tester1@example.com'],
      unknown: ['ghost@example.com'],
    });
    expect(run.stdout).toMatch(
      /::warning::1 address\(es\) are not beta testers of com.example.demo: ghost@example.com/,
    );
    const deletes = writes();
    expect(deletes.map((r) => r.method)).toEqual(['DELETE', 'DELETE']);
    expect(deletes.every((r) => r.path.endsWith('/relationships/betaTesters'))).toBe(true);

    t.emulator.clearRequests();
    const again = await t.run({
      operation: 'remove-testers',
      app,
      group: 'External Testers, Public Beta',
      testers: 'TESTER2@example.com, tester3@example.com',
    });
    expect(again.exitCode).toBe(0);
    expect(writes()).toEqual([]);
    expect(again.outputs['testers-removed']).toBe('0');
  });

  it('without group, removes testers from the app’s beta testing altogether', async () => {
    await start();
    const run = await t.run({
      operation: 'remove-testers',
      app,
      testers: 'tester1@example.com\ntester2@example.com',
    });
    expect(run.exitCode, run.stdout).toBe(0);
    const appId = t.account.app.id;
    expect(writes().map((r) => `${r.method} ${r.path}`)).toEqual([
      `DELETE /v1/apps/${appId}/relationships/betaTesters`,
    ]);
    for (const email of ['tester1@example.com', 'tester2@example.com']) {
      const [tester] = testersWithEmail(email);
      expect(store().related('betaTesters', tester!.id, 'apps')).not.toContain(appId);
      expect(store().related('betaTesters', tester!.id, 'betaGroups')).toEqual([]);
    }
    expect(run.outputs['testers-removed']).toBe('2');
    expect(resultOf(run)).toMatchObject({ scope: 'app', unknown: [] });
  });

  it('fail-on-missing makes an unknown tester fatal before any write', async () => {
    await start();
    const run = await t.run({
      operation: 'remove-testers',
      app,
      group: 'External Testers',
      testers: 'tester2@example.com, ghost@example.com',
      'fail-on-missing': 'true',
    });
    expect(run.exitCode).toBe(1);
    expect(errorLines(run)).toEqual([
      expect.stringMatching(
        /^Input 'testers' is invalid: 1 address\(es\) are not beta testers of com.example.demo: ghost@example.com/,
      ),
    ]);
    expect(writes()).toEqual([]);
    expect(memberEmails('External Testers')).toContain('tester2@example.com');
  });

  it('dry-run writes nothing', async () => {
    await start();
    const run = await t.run({
      operation: 'remove-testers',
      app,
      testers: 'tester1@example.com',
      'dry-run': 'true',
    });
    expect(run.exitCode).toBe(0);
    expect(writes()).toEqual([]);
    expect(run.stdout).toContain(
      'unlink 1 tester(s): tester1@example.com from app com.example.demo',
    );
  });

  it.each(['500', 'drop', 'drop-after-write', '429'] as FaultKind[])(
    'removes exactly the testers under %s',
    async (fault) => {
      await start();
      t.emulator.setFaults({
        retryAfterSeconds: 0,
        rules: [{ method: 'DELETE', fault, times: 2 }],
      });
      const run = await t.run({
        operation: 'remove-testers',
        app,
        group: 'External Testers',
        testers: 'tester2@example.com, tester5@example.com',
        'max-retries': '10',
      });
      expect(run.exitCode, run.stdout).toBe(0);
      expect(memberEmails('External Testers')).not.toContain('tester2@example.com');
      expect(memberEmails('External Testers')).not.toContain('tester5@example.com');
      expect(memberEmails('External Testers')).toContain('tester8@example.com');
    },
  );
});

describe('add-testers to an internal group', () => {
  it('refuses, before any write, testers who are not users of the team, by address and naming the group', async () => {
    await start();
    addTeamUser('member@example.com');
    t.emulator.clearRequests();
    const run = await t.run({
      operation: 'add-testers',
      app,
      group: 'Internal QA, External Testers',
      testers: 'member@example.com\nstranger@example.org\nNobody@Example.org',
    });
    expect(run.exitCode).toBe(1);
    expect(writes()).toEqual([]);
    const [cause] = errorLines(run);
    expect(cause).toContain("Input 'testers'");
    expect(cause).toContain('stranger@example.org');
    expect(cause).toContain('Nobody@Example.org');
    expect(cause).not.toContain('member@example.com');
    expect(cause).toContain("internal group 'Internal QA'");
    // One filtered read of the team's users for all the addresses.
    const userReads = t.emulator.requests.filter((r) => r.path === '/v1/users');
    expect(userReads).toHaveLength(1);
    expect(decodeURIComponent(userReads[0]!.query)).toContain('filter[username]=');
  });

  it('adds team users, matched by address in any case', async () => {
    await start();
    addTeamUser('Member@Example.com');
    const run = await t.run({
      operation: 'add-testers',
      app,
      group: 'Internal QA',
      testers: 'member@example.com',
    });
    expect(run.exitCode, run.stdout).toBe(0);
    expect(memberEmails('Internal QA')).toContain('member@example.com');
  });

  it('reads no users when no internal group takes a tester', async () => {
    await start();
    t.emulator.clearRequests();
    const run = await t.run({
      operation: 'add-testers',
      app,
      group: 'External Testers',
      testers: 'stranger@example.org',
    });
    expect(run.exitCode, run.stdout).toBe(0);
    expect(t.emulator.requests.filter((r) => r.path === '/v1/users')).toEqual([]);
  });

  it("goes on when the key may not read users (403), and explains Apple's refusal in the same terms", async () => {
    await start();
    t.emulator.setFaults({ rules: [{ method: 'GET', path: '/v1/users', fault: '403', times: 1 }] });
    const run = await t.run({
      operation: 'add-testers',
      app,
      group: 'Internal QA',
      testers: 'stranger@example.org',
    });
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toMatch(/::warning::The API key may not read the team's users \(403\)/);
    const [cause] = errorLines(run);
    expect(cause).toContain('stranger@example.org is not a user of the team');
    expect(cause).toContain("internal group 'Internal QA'");
    expect(cause).toContain('Apple answered');
    expect(writes().map((r) => r.path)).toEqual(['/v1/betaTesters']);
  });
});
