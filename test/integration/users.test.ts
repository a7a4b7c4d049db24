import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { acceptInvitation } from '../../src/emulator/resources/users.js';
import { visibleLog } from '../../scripts/lib/run-action.js';
import {
  errorLines,
  resultOf,
  startTestAccount,
  type TestAccount,
  writeRequests,
} from './harness.js';

let t: TestAccount;
const started: TestAccount[] = [];

beforeEach(async () => {
  t = await startTestAccount();
  started.push(t);
});
afterAll(async () => {
  await Promise.all(started.map((account) => account.emulator.close()));
});

const writes = () => writeRequests(t.emulator);
const invitations = () => t.emulator.store.list('userInvitations');
const invitationOf = (email: string) =>
  invitations().find((i) => String(i.attributes.email).toLowerCase() === email.toLowerCase());
const userOf = (email: string) =>
  t.emulator.store.list('users').find((u) => u.attributes.username === email);
const visibleApps = (type: string, id: string) => t.emulator.store.related(type, id, 'visibleApps');

function usersFile(lines: string[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'users-file-'));
  const path = join(dir, 'team.csv');
  writeFileSync(path, lines.join('\n') + '\n');
  return path;
}

const ada = {
  operation: 'invite-user',
  email: 'ada@example.com',
  'first-name': 'Ada',
  'last-name': 'Lovelace',
  roles: 'developer, app-manager',
};

describe('invite-user', () => {
  it('invites once, with roles and visible apps; a re-run sends nothing', async () => {
    const run = await t.run({ ...ada, 'visible-apps': 'com.example.demo' });
    expect(run.exitCode, visibleLog(run)).toBe(0);
    const invitation = invitationOf('ada@example.com');
    expect(invitation?.attributes).toMatchObject({
      firstName: 'Ada',
      lastName: 'Lovelace',
      roles: ['APP_MANAGER', 'DEVELOPER'],
      allAppsVisible: false,
      provisioningAllowed: false,
    });
    expect(visibleApps('userInvitations', invitation!.id)).toEqual([t.account.app.id]);
    expect(run.outputs['invitation-id']).toBe(invitation!.id);
    const result = resultOf(run);
    expect(result).toMatchObject({ status: 'invited', applied: true });
    expect(result.plan).toEqual([
      expect.objectContaining({ kind: 'create', target: 'invitation ada@example.com' }),
    ]);
    expect(run.summary).toContain('invitation ada@example.com');

    t.emulator.clearRequests();
    const again = await t.run({ ...ada, 'visible-apps': t.account.app.id });
    expect(again.exitCode, visibleLog(again)).toBe(0);
    expect(writes()).toEqual([]);
    expect(resultOf(again)).toMatchObject({ status: 'already-invited', plan: [] });
    expect(again.outputs['invitation-id']).toBe(invitation!.id);
  });

  it('replaces a pending invitation that has other settings', async () => {
    await t.run(ada);
    const first = invitationOf('ada@example.com')!;
    expect(first.attributes.allAppsVisible).toBe(true);
    t.emulator.clearRequests();
    const run = await t.run({ ...ada, roles: 'ADMIN' });
    expect(run.exitCode, visibleLog(run)).toBe(0);
    expect(writes().map((r) => `${r.method} ${r.path}`)).toEqual([
      `DELETE /v1/userInvitations/${first.id}`,
      'POST /v1/userInvitations',
    ]);
    const replaced = invitationOf('ada@example.com')!;
    expect(replaced.id).not.toBe(first.id);
    expect(replaced.attributes.roles).toEqual(['ADMIN']);
    expect(invitations().filter((i) => i.attributes.email === 'ada@example.com')).toHaveLength(1);
    expect(resultOf(run).status).toBe('invitation-replaced');
    expect(run.outputs['invitation-id']).toBe(replaced.id);
  });

  it('sends nothing for an existing user unless update-existing is true', async () => {
    const dev = userOf('dev@example.com')!;
    const asked = {
      ...ada,
      email: 'dev@example.com',
      'first-name': 'Devin',
      'last-name': 'Developer',
      roles: 'DEVELOPER,MARKETING',
    };
    const run = await t.run(asked);
    expect(run.exitCode, visibleLog(run)).toBe(0);
    expect(writes()).toEqual([]);
    expect(resultOf(run)).toMatchObject({ status: 'already-user' });
    expect(run.outputs['user-id']).toBe(dev.id);
    expect(run.stdout).toContain('update-existing');

    const update = await t.run({ ...asked, 'update-existing': 'true' });
    expect(update.exitCode, visibleLog(update)).toBe(0);
    expect(userOf('dev@example.com')!.attributes).toMatchObject({
      roles: ['MARKETING', 'DEVELOPER'],
      allAppsVisible: true,
    });
    expect(visibleApps('users', dev.id)).toEqual([]);
    expect(resultOf(update).status).toBe('user-updated');
    t.emulator.clearRequests();
    const again = await t.run({ ...asked, 'update-existing': 'true' });
    expect(resultOf(again).status).toBe('user-up-to-date');
    expect(writes()).toEqual([]);
  });

  it('refuses an unknown role before any request, listing the valid ones', async () => {
    const run = await t.run({ ...ada, roles: 'DEVELOPER, DEV_OPS' });
    expect(run.exitCode).toBe(1);
    const [line] = errorLines(run);
    expect(line).toContain("Input 'roles' is invalid: 'DEV_OPS' is not a role");
    expect(line).toContain('APP_MANAGER');
    expect(t.emulator.requests).toEqual([]);
  });

  it('refuses visible apps when all apps are visible, and an unknown app, before any write', async () => {
    const both = await t.run({ ...ada, 'all-apps-visible': 'true', 'visible-apps': 'com.x' });
    expect(errorLines(both)[0]).toContain("Input 'visible-apps' is invalid");
    const unknown = await t.run({ ...ada, 'visible-apps': 'com.example.nope' });
    expect(unknown.exitCode).toBe(1);
    expect(errorLines(unknown)[0]).toContain("'com.example.nope'");
    expect(writes()).toEqual([]);
  });

  it('plans but writes nothing on dry-run', async () => {
    const run = await t.run({ ...ada, 'dry-run': 'true' });
    expect(run.exitCode, visibleLog(run)).toBe(0);
    expect(writes()).toEqual([]);
    expect(resultOf(run)).toMatchObject({ applied: false, dryRun: true });
    expect((resultOf(run).plan as unknown[]).length).toBe(1);
    expect(run.summary).toContain('planned (dry run)');
  });

  it('invites exactly once under 5xx, 429, drops and lost answers', async () => {
    t.emulator.setFaults({
      retryAfterSeconds: 0,
      rules: [
        { method: 'GET', path: '/v1/userInvitations', fault: '503', times: 1 },
        { method: 'GET', path: '/v1/users', fault: '429', times: 1 },
        { method: 'POST', path: '/v1/userInvitations', fault: 'drop-after-write', times: 1 },
      ],
    });
    const run = await t.run({ ...ada, 'max-retries': '10' });
    expect(run.exitCode, visibleLog(run)).toBe(0);
    expect(invitations().filter((i) => i.attributes.email === 'ada@example.com')).toHaveLength(1);
    expect(run.outputs['invitation-id']).toBe(invitationOf('ada@example.com')!.id);
    expect(t.emulator.requests.filter((r) => r.fault).length).toBe(3);
  });
});

describe('update-user', () => {
  it('changes roles and visible apps with one PATCH; a re-run writes nothing', async () => {
    const dev = userOf('dev@example.com')!;
    const inputs = {
      operation: 'update-user',
      email: 'DEV@example.com',
      roles: 'DEVELOPER,CUSTOMER_SUPPORT',
      'visible-apps': `com.example.demo\n${t.account.widgetApp.bundleId}`,
      'provisioning-allowed': 'false',
    };
    const run = await t.run(inputs);
    expect(run.exitCode, visibleLog(run)).toBe(0);
    expect(writes().map((r) => `${r.method} ${r.path}`)).toEqual([`PATCH /v1/users/${dev.id}`]);
    expect(userOf('dev@example.com')!.attributes).toMatchObject({
      roles: ['DEVELOPER', 'CUSTOMER_SUPPORT'],
      provisioningAllowed: false,
      allAppsVisible: false,
    });
    expect(visibleApps('users', dev.id).sort()).toEqual(
      [t.account.app.id, t.account.widgetApp.id].sort(),
    );
    expect(run.outputs['user-id']).toBe(dev.id);
    t.emulator.clearRequests();
    const again = await t.run(inputs);
    expect(again.exitCode).toBe(0);
    expect(writes()).toEqual([]);
  });

  it('never takes the Account Holder role away', async () => {
    const owner = userOf('owner@example.com')!;
    const run = await t.run({
      operation: 'update-user',
      'user-id': owner.id,
      roles: 'ADMIN,FINANCE',
    });
    expect(run.exitCode, visibleLog(run)).toBe(0);
    expect(userOf('owner@example.com')!.attributes.roles).toEqual([
      'ADMIN',
      'FINANCE',
      'ACCOUNT_HOLDER',
    ]);
  });

  it('replaces a pending invitation with the new access', async () => {
    await t.run(ada);
    const run = await t.run({ operation: 'update-user', email: 'ada@example.com', roles: 'SALES' });
    expect(run.exitCode, visibleLog(run)).toBe(0);
    const invitation = invitationOf('ada@example.com')!;
    expect(invitation.attributes).toMatchObject({ roles: ['SALES'], firstName: 'Ada' });
    expect(run.outputs['invitation-id']).toBe(invitation.id);
  });

  it('names the input when there is no such person, before any write', async () => {
    const run = await t.run({
      operation: 'update-user',
      email: 'nobody@example.com',
      roles: 'SALES',
    });
    expect(run.exitCode).toBe(1);
    expect(errorLines(run)[0]).toContain("Input 'email' is invalid: no user or pending invitation");
    expect(writes()).toEqual([]);
  });
});

describe('remove-user', () => {
  it('removes a user, then finds nothing to remove', async () => {
    const dev = userOf('dev@example.com')!;
    const run = await t.run({ operation: 'remove-user', email: 'dev@example.com' });
    expect(run.exitCode, visibleLog(run)).toBe(0);
    expect(userOf('dev@example.com')).toBeUndefined();
    expect(resultOf(run)).toMatchObject({ found: true, removed: true });
    expect(run.outputs['user-id']).toBe(dev.id);
    t.emulator.clearRequests();
    const again = await t.run({ operation: 'remove-user', email: 'dev@example.com' });
    expect(again.exitCode).toBe(0);
    expect(writes()).toEqual([]);
    expect(resultOf(again)).toMatchObject({ found: false, removed: false });
  });

  it('withdraws a pending invitation by ID, surviving a lost answer', async () => {
    await t.run(ada);
    const invitation = invitationOf('ada@example.com')!;
    t.emulator.setFaults({
      rules: [{ method: 'DELETE', path: /userInvitations/, fault: 'drop-after-write', times: 1 }],
    });
    const run = await t.run({
      operation: 'remove-user',
      'user-id': invitation.id,
      'max-retries': '10',
    });
    expect(run.exitCode, visibleLog(run)).toBe(0);
    expect(invitationOf('ada@example.com')).toBeUndefined();
  });

  it('refuses to remove the Account Holder', async () => {
    const run = await t.run({ operation: 'remove-user', email: 'owner@example.com' });
    expect(run.exitCode).toBe(1);
    expect(errorLines(run)[0]).toContain('Account Holder');
    expect(writes()).toEqual([]);
  });
});

describe('list-users', () => {
  it('lists users and pending invitations, filtered by role', async () => {
    await t.run({ ...ada, roles: 'DEVELOPER' });
    const all = await t.run({ operation: 'list-users' });
    expect(all.exitCode, visibleLog(all)).toBe(0);
    const result = resultOf(all);
    expect((result.users as { email: string }[]).map((u) => u.email)).toEqual([
      'dev@example.com',
      'owner@example.com',
    ]);
    const dev = (result.users as { email: string; visibleApps: string[] }[])[0]!;
    expect(dev.visibleApps).toEqual(['com.example.demo']);
    expect((result.invitations as { email: string }[]).map((u) => u.email)).toEqual([
      'ada@example.com',
    ]);
    expect(all.outputs['user-count']).toBe('2');
    expect(all.summary).toContain('ada@example.com');

    const developers = await t.run({ operation: 'list-users', roles: 'developer' });
    const filtered = resultOf(developers);
    expect((filtered.users as { email: string }[]).map((u) => u.email)).toEqual([
      'dev@example.com',
    ]);
    expect(filtered.invitationCount).toBe(1);
    expect(
      t.emulator.requests.some(
        (r) =>
          r.query.includes('filter%5Broles%5D=DEVELOPER') ||
          r.query.includes('filter[roles]=DEVELOPER'),
      ),
    ).toBe(true);
  });
});

describe('sync-users', () => {
  it('invites, changes roles and removes the missing; a re-run writes nothing', async () => {
    await t.run({ ...ada, email: 'old@example.com', roles: 'SALES' });
    t.emulator.clearRequests();
    const file = usersFile([
      'email,first,last,roles',
      '# the team',
      'owner@example.com,Olivia,Owner,ADMIN',
      'dev@example.com,Devin,Developer,DEVELOPER;APP_MANAGER',
      'grace@example.com,Grace,Hopper,FINANCE;SALES',
      `linus@example.com,Linus,Torvalds,DEVELOPER,${t.account.app.bundleId}`,
    ]);
    const inputs = { operation: 'sync-users', 'users-file': file, 'remove-missing': 'true' };
    const dry = await t.run({ ...inputs, 'dry-run': 'true' });
    expect(dry.exitCode, visibleLog(dry)).toBe(0);
    expect(writes()).toEqual([]);
    expect(dry.summary).toContain('grace@example.com');
    expect(dry.summary).toContain('planned (dry run)');

    const run = await t.run(inputs);
    expect(run.exitCode, visibleLog(run)).toBe(0);
    const result = resultOf(run);
    expect(result).toMatchObject({ invited: 2, updated: 1, removed: 1, unchanged: 1 });
    expect(userOf('dev@example.com')!.attributes.roles).toEqual(['APP_MANAGER', 'DEVELOPER']);
    expect(userOf('owner@example.com')!.attributes.roles).toEqual(['ACCOUNT_HOLDER', 'ADMIN']);
    expect(invitationOf('old@example.com')).toBeUndefined();
    expect(invitationOf('grace@example.com')!.attributes).toMatchObject({
      roles: ['FINANCE', 'SALES'],
      allAppsVisible: true,
    });
    const linus = invitationOf('linus@example.com')!;
    expect(visibleApps('userInvitations', linus.id)).toEqual([t.account.app.id]);
    expect(run.outputs['users-invited']).toBe('2');

    acceptInvitation(t.emulator.store, linus.id);
    t.emulator.clearRequests();
    const again = await t.run(inputs);
    expect(again.exitCode, visibleLog(again)).toBe(0);
    expect(writes()).toEqual([]);
    expect(resultOf(again)).toMatchObject({ plan: [], unchanged: 4 });
  });

  it('leaves people who are not in the file alone without remove-missing', async () => {
    await t.run({ ...ada, email: 'old@example.com' });
    t.emulator.clearRequests();
    const file = usersFile(['dev@example.com,Devin,Developer,DEVELOPER']);
    const run = await t.run({ operation: 'sync-users', 'users-file': file });
    expect(run.exitCode, visibleLog(run)).toBe(0);
    expect(writes()).toEqual([]);
    expect(userOf('owner@example.com')).toBeDefined();
    expect(invitationOf('old@example.com')).toBeDefined();
    expect(resultOf(run).unmanaged).toEqual(['old@example.com']);
  });

  it('reports every bad line of the file at once, before any request', async () => {
    const file = usersFile([
      'ada@example.com,Ada,Lovelace,DEVELOPER',
      'bob@,Bob,B,DEVELOPER',
      'carol@example.com,Carol,C,WIZARD',
      'ada@example.com,Ada,Again,ADMIN',
    ]);
    const run = await t.run({ operation: 'sync-users', 'users-file': file });
    expect(run.exitCode).toBe(1);
    const [line] = errorLines(run);
    expect(line).toContain("Input 'users-file' is invalid: 3 bad lines");
    expect(line).toContain("line 2: 'bob@' is not an email address");
    expect(line).toContain("line 3: 'WIZARD' is not a role");
    expect(line).toContain('line 4: ada@example.com is already on line 1');
    expect(t.emulator.requests).toEqual([]);
  });

  it('ends exactly as listed under injected faults', async () => {
    const file = usersFile([
      'owner@example.com,Olivia,Owner,ADMIN',
      'dev@example.com,Devin,Developer,ADMIN',
      ...Array.from({ length: 8 }, (_, i) => `p${i}@example.com,P,${i},DEVELOPER`),
    ]);
    t.emulator.setFaults({
      seed: 7,
      serverErrorRate: 0.15,
      rateLimitRate: 0.1,
      dropConnectionRate: 0.05,
      dropResponseAfterWriteRate: 0.15,
      retryAfterSeconds: 0,
    });
    const run = await t.run({
      operation: 'sync-users',
      'users-file': file,
      'remove-missing': 'true',
      'max-retries': '10',
    });
    expect(run.exitCode, visibleLog(run)).toBe(0);
    expect(t.emulator.requests.some((r) => r.fault)).toBe(true);
    t.emulator.setFaults({});
    const emails = invitations()
      .map((i) => String(i.attributes.email))
      .sort();
    expect(emails).toEqual(Array.from({ length: 8 }, (_, i) => `p${i}@example.com`).sort());
    expect(userOf('dev@example.com')!.attributes.roles).toEqual(['ADMIN']);
  });
});
