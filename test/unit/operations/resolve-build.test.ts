import { describe, expect, it } from 'vitest';
import type { AscClient } from '../../../src/asc/client.js';
import type { Build } from '../../../src/asc/generated/app-store-connect.js';
import { resolveBuild } from '../../../src/operations/shared/resolve-build.js';

const app = { id: '1', bundleId: 'com.example.app', name: 'App' };

const build = (id: string, number: string): Build => ({
  type: 'builds',
  id,
  attributes: { version: number, processingState: 'VALID', expired: false },
  relationships: { betaGroups: { data: [], meta: { paging: { total: 0, limit: 50 } } } },
});

/** A client whose build listing answers like a loose `filter[version]` would. */
function clientAnswering(builds: Build[]): { client: AscClient; targets: string[] } {
  const targets: string[] = [];
  const client = {
    get: async (target: string) => {
      targets.push(target);
      return { data: builds, included: [] };
    },
  } as unknown as AscClient;
  return { client, targets };
}

describe('resolveBuild', () => {
  it('takes only the exact build number from near matches of filter[version]', async () => {
    const { client, targets } = clientAnswering([build('b10', '10'), build('b1', '1')]);
    const resolved = await resolveBuild(client, app, { build: '1', platform: 'IOS' });
    expect(resolved.id).toBe('b1');
    expect(decodeURIComponent(targets[0]!)).toContain('filter[version]=1');
  });

  it('does not take a near match for the build asked for', async () => {
    const { client } = clientAnswering([build('b10', '10'), build('b11', '11')]);
    await expect(resolveBuild(client, app, { build: '1', platform: 'IOS' })).rejects.toThrow(
      "Input 'build' is invalid: no build number 1 for IOS",
    );
  });

  it('reads a build whose ID is known (just uploaded) directly, without searching', async () => {
    const targets: string[] = [];
    const client = {
      get: async (target: string) => {
        targets.push(target);
        return { data: build('b7', '7'), included: [] };
      },
    } as unknown as AscClient;
    const resolved = await resolveBuild(client, app, { build: '7', platform: 'IOS', id: 'b7' });
    expect(resolved.id).toBe('b7');
    expect(targets).toHaveLength(1);
    expect(targets[0]).toMatch(/^\/v1\/builds\/b7\?/);
  });
});
