import { afterEach, describe, expect, it } from 'vitest';
import type { FaultKind } from '../../src/emulator/index.js';
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

const writes = () => writeRequests(t.emulator);
const groupsNamed = (name: string) =>
  t.emulator.store
    .list('betaGroups')
    .filter((g) => g.attributes.name === name && g.relationships.app?.[0] === t.account.app.id);

describe('create-group', () => {
  it('creates the group with its public link, and a second run changes nothing', async () => {
    await start();
    const inputs = {
      operation: 'create-group',
      app,
      group: 'Friends',
      'public-link-enabled': 'true',
      'public-link-limit': '250',
      'feedback-enabled': 'false',
    };
    const run = await t.run(inputs);
    expect(run.exitCode, run.stdout).toBe(0);
    const [group, ...others] = groupsNamed('Friends');
    expect(others).toEqual([]);
    expect(group!.attributes).toMatchObject({
      isInternalGroup: false,
      publicLinkEnabled: true,
      publicLinkLimitEnabled: true,
      publicLinkLimit: 250,
      feedbackEnabled: false,
    });
    expect(run.outputs['group-id']).toBe(group!.id);
    expect(run.outputs['public-link']).toBe(group!.attributes.publicLink);
    expect(run.outputs['public-link']).toMatch(/^https:\/\/testflight\.apple\.com\/join\//);
    expect(writes().map((r) => `${r.method} ${r.path}`)).toEqual(['POST /v1/betaGroups']);
    const body = writes()[0]!.body as { data: { attributes: Record<string, unknown> } };
    expect(body.data.attributes).toEqual({
      name: 'Friends',
      publicLinkEnabled: true,
      publicLinkLimitEnabled: true,
      publicLinkLimit: 250,
      feedbackEnabled: false,
    });
    expect(resultOf(run)).toMatchObject({ action: 'created', applied: true });
    // A public link needs a build in the group: said in the log and the summary.
    expect(run.stdout).toMatch(/no build yet: the link is usable only once a build/);
    expect(run.summary).toMatch(/no build yet/);
    expect(run.summary).toContain(String(group!.attributes.publicLink));

    t.emulator.clearRequests();
    const again = await t.run(inputs);
    expect(again.exitCode, again.stdout).toBe(0);
    expect(writes()).toEqual([]);
    expect(resultOf(again)).toMatchObject({ action: 'unchanged', plan: [] });
    expect(again.outputs['group-id']).toBe(group!.id);
    expect(again.outputs['public-link']).toBe(group!.attributes.publicLink);
  });

  it('updates an existing group whose settings differ, patching only what differs', async () => {
    await start();
    const run = await t.run({
      operation: 'create-group',
      app,
      group: 'Public Beta',
      'public-link-enabled': 'true',
      'public-link-limit': '500',
    });
    expect(run.exitCode, run.stdout).toBe(0);
    expect(writes().map((r) => r.method)).toEqual(['PATCH']);
    expect(writes()[0]!.body).toEqual({
      data: {
        type: 'betaGroups',
        id: t.account.betaGroups.publicBeta.id,
        attributes: { publicLinkLimit: 500 },
      },
    });
    expect(groupsNamed('Public Beta')[0]!.attributes.publicLinkLimit).toBe(500);
    expect(resultOf(run)).toMatchObject({
      action: 'updated',
      changes: [{ name: 'publicLinkLimit', from: 1000, to: 500 }],
    });
    // The group has a build, so the link is usable.
    expect(run.outputs['public-link']).toBe(t.account.betaGroups.publicBeta.publicLink);
    expect(run.stdout).not.toMatch(/no build yet/);
  });

  it('refuses to change internal-group on an existing group, before any write', async () => {
    await start();
    const run = await t.run({
      operation: 'create-group',
      app,
      group: 'External Testers',
      'internal-group': 'true',
      'feedback-enabled': 'false',
    });
    expect(run.exitCode).toBe(1);
    expect(errorLines(run)).toEqual([
      expect.stringMatching(
        /^Input 'internal-group' is invalid: 'External Testers' is an external group and Apple does not allow changing that/,
      ),
    ]);
    expect(writes()).toEqual([]);
  });

  it('creates an internal group', async () => {
    await start();
    const run = await t.run({
      operation: 'create-group',
      app,
      group: 'Staff',
      'internal-group': 'true',
    });
    expect(run.exitCode, run.stdout).toBe(0);
    expect(groupsNamed('Staff')[0]!.attributes.isInternalGroup).toBe(true);
    expect(run.outputs['public-link']).toBeUndefined();
  });

  it('dry-run writes nothing and says what it would create', async () => {
    await start();
    const run = await t.run({
      operation: 'create-group',
      app,
      group: 'Friends',
      'public-link-enabled': 'true',
      'dry-run': 'true',
    });
    expect(run.exitCode, run.stdout).toBe(0);
    expect(writes()).toEqual([]);
    expect(groupsNamed('Friends')).toEqual([]);
    expect(run.stdout).toContain("create group 'Friends' publicLinkEnabled: true");
    expect(run.summary).toContain('will be created (dry run)');
    expect(run.summary).toContain(
      'A public link will be created; it is usable once a build is in the group.',
    );
  });

  it.each(['drop-after-write', '500', 'drop', '429'] as FaultKind[])(
    'never creates a second group when the create meets %s',
    async (fault) => {
      await start();
      t.emulator.setFaults({
        retryAfterSeconds: 0,
        rules: [
          { method: 'POST', path: '/v1/betaGroups', fault, times: 2 },
          {
            method: 'GET',
            path: '/v1/betaGroups',
            fault: fault === 'drop-after-write' ? '503' : fault,
            times: 1,
          },
        ],
      });
      const run = await t.run({
        operation: 'create-group',
        app,
        group: 'Friends',
        'public-link-enabled': 'true',
        'max-retries': '10',
      });
      expect(run.exitCode, run.stdout).toBe(0);
      expect(
        t.emulator.requests.filter((r) => r.fault === fault && r.method === 'POST'),
      ).toHaveLength(fault === 'drop-after-write' ? 1 : 2);
      const groups = groupsNamed('Friends');
      expect(groups).toHaveLength(1);
      expect(run.outputs['group-id']).toBe(groups[0]!.id);
      expect(run.outputs['public-link']).toBe(groups[0]!.attributes.publicLink);
    },
  );
});

describe('update-group', () => {
  it('changes the settings asked for, and a second run writes nothing', async () => {
    await start();
    const inputs = {
      operation: 'update-group',
      app,
      group: 'External Testers',
      'feedback-enabled': 'false',
      'public-link-enabled': 'true',
    };
    const run = await t.run(inputs);
    expect(run.exitCode, run.stdout).toBe(0);
    const [group] = groupsNamed('External Testers');
    expect(group!.attributes).toMatchObject({ feedbackEnabled: false, publicLinkEnabled: true });
    expect(run.outputs['group-id']).toBe(group!.id);
    expect(run.outputs['public-link']).toBe(group!.attributes.publicLink);
    expect(run.summary).toContain('feedbackEnabled');
    // External Testers has builds: the note says the link works.
    expect(run.stdout).toMatch(/Public link of 'External Testers': https:/);

    t.emulator.clearRequests();
    const again = await t.run(inputs);
    expect(again.exitCode).toBe(0);
    expect(writes()).toEqual([]);
    expect(resultOf(again)).toMatchObject({ action: 'unchanged' });
  });

  it('turns the public link limit off', async () => {
    await start();
    const run = await t.run({
      operation: 'update-group',
      app,
      group: 'Public Beta',
      'public-link-limit-enabled': 'false',
    });
    expect(run.exitCode, run.stdout).toBe(0);
    expect(groupsNamed('Public Beta')[0]!.attributes.publicLinkLimitEnabled).toBe(false);
  });

  it('refuses a public link on an internal group, before any write', async () => {
    await start();
    const run = await t.run({
      operation: 'update-group',
      app,
      group: 'Internal QA',
      'public-link-enabled': 'true',
    });
    expect(run.exitCode).toBe(1);
    expect(errorLines(run)[0]).toMatch(
      /^Input 'public-link-enabled' is invalid: 'Internal QA' is an internal group, and internal groups cannot have a public link/,
    );
    expect(writes()).toEqual([]);
  });

  it('retries its PATCH under faults', async () => {
    await start();
    t.emulator.setFaults({
      retryAfterSeconds: 0,
      rules: [
        { method: 'PATCH', fault: 'drop-after-write', times: 1 },
        { method: 'PATCH', fault: '503', times: 1 },
      ],
    });
    const run = await t.run({
      operation: 'update-group',
      app,
      group: 'External Testers',
      'feedback-enabled': 'false',
      'max-retries': '10',
    });
    expect(run.exitCode, run.stdout).toBe(0);
    expect(groupsNamed('External Testers')[0]!.attributes.feedbackEnabled).toBe(false);
  });
});

describe('delete-group', () => {
  it('deletes the group; deleting it again is a no-op success with a notice', async () => {
    await start();
    const id = t.account.betaGroups.external.id;
    const run = await t.run({ operation: 'delete-group', app, group: 'External Testers' });
    expect(run.exitCode, run.stdout).toBe(0);
    expect(writes().map((r) => `${r.method} ${r.path}`)).toEqual([`DELETE /v1/betaGroups/${id}`]);
    expect(groupsNamed('External Testers')).toEqual([]);
    expect(run.outputs['group-id']).toBe(id);
    expect(resultOf(run)).toMatchObject({ action: 'deleted', applied: true });

    t.emulator.clearRequests();
    const again = await t.run({ operation: 'delete-group', app, group: 'External Testers' });
    expect(again.exitCode).toBe(0);
    expect(writes()).toEqual([]);
    expect(again.stdout).toMatch(
      /Notice: no beta group named 'External Testers' in com.example.demo; nothing to delete/,
    );
    expect(resultOf(again)).toMatchObject({ action: 'absent', group: null });
  });

  it('deletes exactly once when the answer is lost', async () => {
    await start();
    t.emulator.setFaults({
      retryAfterSeconds: 0,
      rules: [{ method: 'DELETE', fault: 'drop-after-write', times: 1 }],
    });
    const run = await t.run({
      operation: 'delete-group',
      app,
      group: 'Public Beta',
      'max-retries': '10',
    });
    expect(run.exitCode, run.stdout).toBe(0);
    expect(groupsNamed('Public Beta')).toEqual([]);
  });

  it('dry-run writes nothing', async () => {
    await start();
    const run = await t.run({
      operation: 'delete-group',
      app,
      group: 'Public Beta',
      'dry-run': 'true',
    });
    expect(run.exitCode).toBe(0);
    expect(writes()).toEqual([]);
    expect(groupsNamed('Public Beta')).toHaveLength(1);
    expect(run.stdout).toContain("delete group 'Public Beta'");
  });
});

describe('bad input', () => {
  const cases: [string, Record<string, string>, RegExp][] = [
    [
      'two groups',
      { operation: 'create-group', group: 'A, B' },
      /^Input 'group' is invalid: it names 2 groups \('A', 'B'\); this operation takes exactly one/,
    ],
    ['no group', { operation: 'delete-group' }, /^Input 'group' is invalid: it is empty/],
    [
      'public-link-limit 0',
      { operation: 'create-group', group: 'X', 'public-link-limit': '0' },
      /^Input 'public-link-limit' is invalid: 0 is out of range; use 1 to 10000/,
    ],
    [
      'public-link-limit too high',
      { operation: 'update-group', group: 'Public Beta', 'public-link-limit': '10001' },
      /^Input 'public-link-limit' is invalid: 10001 is out of range/,
    ],
    [
      'a limit with the link disabled',
      {
        operation: 'create-group',
        group: 'X',
        'public-link-limit': '10',
        'public-link-enabled': 'false',
      },
      /^Input 'public-link-limit' is invalid: it limits the public link, but public-link-enabled is false/,
    ],
    [
      'an internal group with a public link',
      {
        operation: 'create-group',
        group: 'X',
        'internal-group': 'true',
        'public-link-enabled': 'true',
      },
      /^Input 'public-link-enabled' is invalid: internal-group is true, and internal groups cannot have a public link/,
    ],
    [
      'a boolean that is not one',
      { operation: 'create-group', group: 'X', 'feedback-enabled': 'maybe' },
      /^Input 'feedback-enabled' is invalid: 'maybe' is not a boolean/,
    ],
    [
      'update of a missing group',
      { operation: 'update-group', group: 'Nope', 'feedback-enabled': 'true' },
      /^Input 'group' is invalid: no beta group named 'Nope' in com.example.demo; its groups are 'Internal QA', 'External Testers', 'Public Beta'/,
    ],
  ];
  it.each(cases)(
    '%s: one line naming the input, nothing written',
    async (_name, inputs, message) => {
      await start();
      const run = await t.run({ app, ...inputs });
      expect(run.exitCode).toBe(1);
      const errors = errorLines(run);
      expect(errors).toHaveLength(1);
      expect(errors[0]).toMatch(message);
      expect(writes()).toEqual([]);
      expect(resultOf(run)).toMatchObject({ failed: true });
    },
  );
});
