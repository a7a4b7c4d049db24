import { describe, expect, it } from 'vitest';
import type { AscClient } from '../../../src/asc/client.js';
import { readTeam } from '../../../src/operations/shared/resolve-users.js';

const apps = (from: number, count: number) =>
  Array.from({ length: count }, (_, i) => ({ type: 'apps', id: String(from + i) }));

describe('readTeam', () => {
  it('reads the full list of visible apps when the included list may be cut short', async () => {
    const asked: string[] = [];
    const client = {
      get: async (target: string) => {
        asked.push(decodeURIComponent(target));
        if (target.startsWith('/v1/users/u1/relationships/visibleApps')) {
          return target.includes('cursor')
            ? { data: apps(200, 20) }
            : {
                data: apps(0, 200),
                links: { self: '', next: '/v1/users/u1/relationships/visibleApps?cursor=2' },
              };
        }
        if (target.startsWith('/v1/users')) {
          return {
            data: [
              {
                type: 'users',
                id: 'u1',
                attributes: {
                  username: 'Ada@Example.com',
                  roles: ['DEVELOPER'],
                  allAppsVisible: false,
                },
                relationships: { visibleApps: { data: apps(0, 50) } },
              },
              {
                type: 'users',
                id: 'u2',
                attributes: {
                  username: 'grace@example.com',
                  roles: ['ADMIN'],
                  allAppsVisible: true,
                },
                relationships: { visibleApps: { data: [] } },
              },
            ],
            included: [{ type: 'apps', id: '0', attributes: { bundleId: 'com.example.zero' } }],
          };
        }
        return { data: [] };
      },
    } as unknown as AscClient;

    const team = await readTeam(client, { email: 'ada@example.com' });
    expect(team.users.map((u) => u.id)).toEqual(['u1']); // exact (case-insensitive) email match
    expect(team.users[0]!.visibleAppIds).toHaveLength(220);
    expect(team.users[0]!.email).toBe('Ada@Example.com');
    expect(team.appLabels.get('0')).toBe('com.example.zero');
    expect(asked.find((a) => a.startsWith('/v1/users?'))).toContain(
      'filter[username]=ada@example.com',
    );
    expect(asked.find((a) => a.startsWith('/v1/users?'))).toContain('limit[visibleApps]=50');
    expect(asked.filter((a) => a.includes('relationships/visibleApps'))).toHaveLength(2);
  });
});
