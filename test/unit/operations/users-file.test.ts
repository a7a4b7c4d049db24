import { describe, expect, it } from 'vitest';
import { parseUsersCsv } from '../../../src/operations/users/users-file.js';
import { mergeAccess, accessDifferences } from '../../../src/operations/shared/user-access.js';
import { parseRoles, toUserRole } from '../../../src/operations/shared/user-roles.js';

describe('roles', () => {
  it('accepts Apple names in any spelling and refuses unknown ones, listing the valid', () => {
    expect(toUserRole('app manager')).toBe('APP_MANAGER');
    expect(toUserRole('Customer-Support')).toBe('CUSTOMER_SUPPORT');
    expect(parseRoles(['developer', 'ADMIN', 'admin'], true)).toEqual({
      roles: ['ADMIN', 'DEVELOPER'],
    });
    const bad = parseRoles(['DEV', 'ADMIN', 'OPS'], true);
    expect(bad).toEqual({
      problem: expect.stringContaining(
        "'DEV', 'OPS' are not roles; valid roles are ADMIN, FINANCE, SALES",
      ),
    });
    expect(parseRoles(['ACCOUNT_HOLDER'], true)).toEqual({
      problem: expect.stringContaining('ACCOUNT_HOLDER cannot be given'),
    });
    expect(parseRoles(['ACCOUNT_HOLDER'], false)).toEqual({ roles: ['ACCOUNT_HOLDER'] });
  });
});

describe('parseUsersCsv', () => {
  it('reads people, with optional apps, skipping the header, comments and blank lines', () => {
    const { entries, problems } = parseUsersCsv(
      [
        'Email,First,Last,Roles',
        '# comment',
        '',
        'ada@example.com, Ada, Lovelace, DEVELOPER;app manager',
        '"grace@example.com",Grace,"Hopper, Jr.",ADMIN,com.example.a;123',
        'linus@example.com,Linus,Torvalds,SALES,',
      ].join('\n'),
    );
    expect(problems.isEmpty).toBe(true);
    expect(entries).toEqual([
      {
        line: 4,
        email: 'ada@example.com',
        firstName: 'Ada',
        lastName: 'Lovelace',
        roles: ['APP_MANAGER', 'DEVELOPER'],
      },
      {
        line: 5,
        email: 'grace@example.com',
        firstName: 'Grace',
        lastName: 'Hopper, Jr.',
        roles: ['ADMIN'],
        apps: ['com.example.a', '123'],
      },
      {
        line: 6,
        email: 'linus@example.com',
        firstName: 'Linus',
        lastName: 'Torvalds',
        roles: ['SALES'],
        apps: [],
      },
    ]);
  });

  it('reports each bad line with its number', () => {
    const { problems } = parseUsersCsv(
      [
        'a@example.com,A,B',
        'b@example.com,,B,ADMIN',
        'c@example.com,C,D,',
        'd@example.com,D,E,ADMIN,bad app',
      ].join('\n'),
    );
    expect(problems.describe()).toBe(
      "4 bad lines: line 1: expected email,first name,last name,roles[,apps] but found 3 field(s); line 2: the first and last names are required; line 3: no role (separate roles with ;); line 4: 'bad app' is neither a bundle ID (com.example.app) nor a numeric app ID",
    );
  });
});

describe('mergeAccess', () => {
  const user = {
    roles: ['DEVELOPER' as const],
    allAppsVisible: false,
    visibleAppIds: ['1'],
    provisioningAllowed: true,
  };

  it('keeps what was not asked, and naming apps means not all apps', () => {
    expect(mergeAccess(user, { roles: ['ADMIN'] }, 'x', 'roles')).toEqual({
      ...user,
      roles: ['ADMIN'],
    });
    expect(
      mergeAccess(
        { ...user, allAppsVisible: true, visibleAppIds: [] },
        { visibleAppIds: ['2'] },
        'x',
        'v',
      ),
    ).toMatchObject({
      allAppsVisible: false,
      visibleAppIds: ['2'],
    });
    expect(mergeAccess(user, { allAppsVisible: true }, 'x', 'v')).toMatchObject({
      allAppsVisible: true,
      visibleAppIds: [],
    });
  });

  it('keeps the Account Holder role and refuses an access with no app', () => {
    const owner = { ...user, roles: ['ACCOUNT_HOLDER' as const, 'ADMIN' as const] };
    expect(mergeAccess(owner, { roles: ['FINANCE'] }, 'x', 'r').roles).toEqual([
      'FINANCE',
      'ACCOUNT_HOLDER',
    ]);
    expect(() =>
      mergeAccess({ ...user, visibleAppIds: [] }, {}, 'ada@example.com', 'visible-apps'),
    ).toThrow("Input 'visible-apps' is invalid: ada@example.com would see no app");
  });

  it('describes differences for people', () => {
    const next = mergeAccess(
      user,
      { roles: ['ADMIN', 'DEVELOPER'], visibleAppIds: ['1', '2'] },
      'x',
      'v',
    );
    expect(accessDifferences(user, next, (id) => `app${id}`)).toEqual([
      'roles DEVELOPER → ADMIN, DEVELOPER',
      'apps app1 → app1, app2',
    ]);
  });
});
