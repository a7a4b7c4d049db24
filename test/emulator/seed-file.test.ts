import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiKey, startEmulator } from '../../src/emulator/index.js';
import type { ApiKey, RunningEmulator } from '../../src/emulator/index.js';
import { applySeedFile, parseSeedFile } from '../../src/emulator/seed-file.js';
import type { SeedFile } from '../../src/emulator/seed-file.js';
import { signToken, type Json } from './helpers.js';

/** The example of INTERFACE.md ("The emulator as a product"). */
const EXAMPLE: SeedFile = {
  apps: [
    {
      bundleId: 'com.example.app',
      name: 'Example',
      platform: 'IOS',
      betaGroups: [
        { name: 'QA', internal: true },
        { name: 'Public', publicLinkEnabled: true, builds: ['56'] },
      ],
      builds: [
        { version: '1.2', number: '56', processingState: 'VALID' },
        { version: '1.2', number: '57', processingState: 'PROCESSING', processingSeconds: 3600 },
      ],
      testers: [
        { email: 'a@example.com', firstName: 'A', lastName: 'B', groups: ['QA'] },
        { email: 'c@example.com' },
      ],
    },
  ],
  devices: [{ udid: '00008030-001A2B3C4D5E6F70', name: "A's iPhone", platform: 'IOS' }],
  users: [{ email: 'a@example.com', firstName: 'A', lastName: 'B', roles: ['ADMIN'] }],
};

function problemWith(seed: unknown): string {
  try {
    parseSeedFile(JSON.stringify(seed));
  } catch (error) {
    return (error as Error).message;
  }
  return 'no problem';
}

describe('seed file checks', () => {
  it('accepts the documented example and an empty file', () => {
    expect(parseSeedFile(JSON.stringify(EXAMPLE))).toEqual(EXAMPLE);
    expect(parseSeedFile('{}')).toEqual({});
  });

  it.each<[string, unknown, string]>([
    [
      'a processing state Apple does not have',
      {
        apps: [
          {
            bundleId: 'a.b',
            builds: [
              { version: '1', number: '1' },
              { version: '1', number: '2' },
              { version: '1', number: '3', processingState: 'DONE' },
            ],
          },
        ],
      },
      "apps[0].builds[2].processingState: 'DONE' is not one of PROCESSING, FAILED, INVALID, VALID",
    ],
    ['a missing bundleId', { apps: [{ name: 'x' }] }, 'apps[0].bundleId: is required'],
    [
      'a misspelt field',
      { apps: [{ bundleID: 'a.b' }] },
      'apps[0].bundleID: unknown field (expected one of',
    ],
    ['a list that is not one', { devices: {} }, 'devices: {} is not a list'],
    [
      'a role Apple does not have',
      { users: [{ email: 'a@b.c', roles: ['ADMIN', 'BOSS'] }] },
      "users[0].roles[1]: 'BOSS' is not one of ADMIN,",
    ],
    [
      'a tester in a group the app lacks',
      {
        apps: [
          {
            bundleId: 'a.b',
            betaGroups: [{ name: 'QA' }],
            testers: [{ email: 'a@b.c', groups: ['Beta'] }],
          },
        ],
      },
      "apps[0].testers[0].groups[0]: 'Beta' is not a beta group of this app (QA)",
    ],
    [
      'a device platform Apple does not have',
      { devices: [{ udid: '1', name: 'x', platform: 'ANDROID' }] },
      "devices[0].platform: 'ANDROID' is not one of IOS, MAC_OS",
    ],
    [
      'the same UDID twice, with and without its dash',
      {
        devices: [
          { udid: '00008030-001A2B3C4D5E6F70', name: 'a' },
          { udid: '00008030001A2B3C4D5E6F70', name: 'b' },
        ],
      },
      "devices[1].udid: '00008030001A2B3C4D5E6F70' appears twice",
    ],
    [
      'an internal group with a public link',
      {
        apps: [
          {
            bundleId: 'a.b',
            betaGroups: [{ name: 'QA', internal: true, publicLinkEnabled: true }],
          },
        ],
      },
      'apps[0].betaGroups[0].publicLinkEnabled: an internal group cannot have a public link',
    ],
    ['text that is not JSON', undefined, 'not valid JSON'],
  ])('names the path of %s', (_name, seed, message) => {
    const problem =
      seed === undefined
        ? (() => {
            try {
              parseSeedFile('{ apps: [');
              return 'no problem';
            } catch (error) {
              return (error as Error).message;
            }
          })()
        : problemWith(seed);
    expect(problem).toContain(message);
    expect(problem).not.toContain('\n');
  });
});

describe('an emulator seeded from a file', () => {
  let emulator: RunningEmulator;
  let key: ApiKey;
  beforeAll(async () => {
    emulator = await startEmulator();
    key = createApiKey();
    emulator.registerKey(key);
    applySeedFile(emulator.store, parseSeedFile(JSON.stringify(EXAMPLE)));
  });
  afterAll(() => emulator.close());

  async function get(path: string): Promise<Json> {
    const response = await fetch(emulator.baseUrl + path, {
      headers: { Authorization: `Bearer ${await signToken(key)}` },
    });
    expect(response.status).toBe(200);
    return response.json();
  }

  it('serves the apps, groups, builds, testers, devices and users of the file, nothing else', async () => {
    const apps = await get('/v1/apps');
    expect(apps.data.map((a: Json) => a.attributes.bundleId)).toEqual(['com.example.app']);
    const appId = apps.data[0].id;

    const groups = await get(`/v1/apps/${appId}/betaGroups`);
    const byName = Object.fromEntries(groups.data.map((g: Json) => [g.attributes.name, g]));
    expect(byName.QA.attributes.isInternalGroup).toBe(true);
    expect(byName.Public.attributes.publicLink).toMatch(
      /^https:\/\/testflight\.apple\.com\/join\//,
    );

    const builds = await get(`/v1/builds?filter[app]=${appId}&include=preReleaseVersion`);
    const states = Object.fromEntries(
      builds.data.map((b: Json) => [b.attributes.version, b.attributes.processingState]),
    );
    expect(states).toEqual({ '56': 'VALID', '57': 'PROCESSING' });
    expect(builds.included.map((v: Json) => v.attributes.version)).toEqual(['1.2']);
    const publicBuilds = await get(`/v1/betaGroups/${byName.Public.id}/builds`);
    expect(publicBuilds.data.map((b: Json) => b.attributes.version)).toEqual(['56']);

    const qaTesters = await get(`/v1/betaGroups/${byName.QA.id}/betaTesters`);
    expect(qaTesters.data.map((t: Json) => t.attributes.email)).toEqual(['a@example.com']);
    const appTesters = await get(`/v1/betaTesters?filter[apps]=${appId}`);
    expect(appTesters.data.map((t: Json) => t.attributes.email).sort()).toEqual([
      'a@example.com',
      'c@example.com',
    ]);

    const devices = await get('/v1/devices');
    expect(devices.data).toHaveLength(1);
    expect(devices.data[0].attributes).toMatchObject({ name: "A's iPhone", status: 'ENABLED' });
    const users = await get('/v1/users');
    expect(users.data.map((u: Json) => u.attributes.roles)).toEqual([['ADMIN']]);
  });
});
