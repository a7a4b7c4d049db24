import { describe, expect, it } from 'vitest';
import type { AscClient } from '../../../src/asc/client.js';
import type { Resource } from '../../../src/asc/json-api.js';
import { completeRelatedIds } from '../../../src/operations/shared/included-relationships.js';

/** A profile as Apple includes its devices: cut at the limit, with paging that is no count. */
function profileWith(deviceCount: number): Resource {
  return {
    type: 'profiles',
    id: 'P1',
    relationships: {
      devices: {
        data: Array.from({ length: deviceCount }, (_, i) => ({ type: 'devices', id: `D${i}` })),
        meta: { paging: { total: 0, limit: 2147483647 } },
      },
    },
  } as Resource;
}

function recordingClient(all: number): { client: Pick<AscClient, 'get'>; paths: string[] } {
  const paths: string[] = [];
  const client = {
    get: async <T>(path: string): Promise<T> => {
      paths.push(path);
      const data = Array.from({ length: all }, (_, i) => ({ type: 'devices', id: `D${i}` }));
      return { data, links: { self: path } } as T;
    },
  };
  return { client: client as Pick<AscClient, 'get'>, paths };
}

describe('completeRelatedIds', () => {
  it('takes data shorter than the limit as complete, without a request (whatever paging says)', async () => {
    const { client, paths } = recordingClient(49);
    expect(await completeRelatedIds(client, profileWith(49), 'devices')).toHaveLength(49);
    expect(paths).toEqual([]);
  });

  it('reads the relationship when the data is as long as the limit, ignoring paging total 0', async () => {
    const { client, paths } = recordingClient(80);
    expect(await completeRelatedIds(client, profileWith(50), 'devices')).toHaveLength(80);
    expect(paths).toHaveLength(1);
    expect(paths[0]).toMatch(/^\/v1\/profiles\/P1\/relationships\/devices\?limit=200$/);
  });

  it('honours the limit that was asked for, and a custom full read', async () => {
    const { client, paths } = recordingClient(0);
    const ids = await completeRelatedIds(client, profileWith(10), 'devices', {
      limit: 10,
      readAll: async () => ['all'],
    });
    expect(ids).toEqual(['all']);
    expect(paths).toEqual([]);
  });
});
