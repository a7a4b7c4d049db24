/**
 * A client that is not this action, `appstore-connect-sdk` from npm (generated from Apple's
 * document; signs tokens without `iat`), run against the emulator: every one of its requests is
 * accepted and every answer fits the response schemas of Apple's document.
 */
import {
  appsBuildsGetToManyRelated,
  appsGetCollection,
  betaGroupsBetaTestersGetToManyRelated,
  betaGroupsGetCollection,
  betaTestersCreateInstance,
  buildsGetCollection,
  createClient,
  devicesCreateInstance,
  devicesGetCollection,
} from 'appstore-connect-sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiKey, seedDemoAccount, startEmulator } from '../../src/emulator/index.js';
import type { ApiKey, DemoAccount, RunningEmulator } from '../../src/emulator/index.js';
import { ResponseValidator } from './openapi/response-validator.js';
import type { Json } from './helpers.js';

interface Exchange {
  method: string;
  url: string;
  status: number;
  body: unknown;
}

let emulator: RunningEmulator;
let key: ApiKey;
let demo: DemoAccount;
let client: ReturnType<typeof createClient>;
const exchanges: Exchange[] = [];

beforeAll(async () => {
  emulator = await startEmulator();
  key = createApiKey();
  emulator.registerKey(key);
  demo = seedDemoAccount(emulator.store);
  client = createClient({
    issuerId: key.issuerId,
    privateKeyId: key.keyId,
    privateKey: key.privateKeyPem,
    baseUrl: emulator.baseUrl,
  });
  // Every answer the client receives, kept for the schema check.
  client.setConfig({
    fetch: async (input: Request | string | URL, init?: RequestInit) => {
      const request = new Request(input, init);
      const response = await fetch(request);
      const text = await response.clone().text();
      exchanges.push({
        method: request.method,
        url: request.url,
        status: response.status,
        body: text ? JSON.parse(text) : undefined,
      });
      return response;
    },
  });
});

afterAll(() => emulator.close());

describe('appstore-connect-sdk against the emulator', () => {
  it('lists apps, builds, groups and devices, and follows links.next', async () => {
    const apps = await appsGetCollection({
      client,
      query: { 'filter[bundleId]': ['com.example.demo'] },
    });
    expect(apps.error).toBeUndefined();
    expect(apps.data?.data.map((a) => a.attributes?.name)).toContain('Demo App');

    const builds = await buildsGetCollection({
      client,
      query: { 'filter[app]': [demo.app.id], include: ['preReleaseVersion'], limit: 2 },
    });
    expect(builds.error).toBeUndefined();
    expect(builds.data?.data).toHaveLength(2);
    const next = builds.data?.links.next;
    expect(next).toMatch(new RegExp(`^${emulator.baseUrl}/v1/builds\\?`));
    // Followed as a user of the SDK follows it: the raw client, with the SDK's bearer security.
    const nextPage = await client.get({
      url: next!.slice(emulator.baseUrl.length),
      security: [{ scheme: 'bearer', type: 'http' }],
    });
    expect((nextPage.data as Json).data.length).toBeGreaterThan(0);

    const related = await appsBuildsGetToManyRelated({ client, path: { id: demo.app.id } });
    expect(related.data?.data.length).toBe(demo.builds.length);

    const groups = await betaGroupsGetCollection({
      client,
      query: { 'filter[app]': [demo.app.id] },
    });
    expect(groups.data?.data.map((g) => g.attributes?.name)).toContain('Internal QA');
    const members = await betaGroupsBetaTestersGetToManyRelated({
      client,
      path: { id: demo.betaGroups.internal.id },
    });
    expect(members.data?.data.length).toBeGreaterThan(0);

    const devices = await devicesGetCollection({ client, query: { 'filter[platform]': ['IOS'] } });
    expect(devices.data?.data.length).toBeGreaterThan(0);
  });

  it('creates a tester in a group and registers a device', async () => {
    const tester = await betaTestersCreateInstance({
      client,
      body: {
        data: {
          type: 'betaTesters',
          attributes: { email: 'sdk-tester@example.com', firstName: 'Sdk', lastName: 'Tester' },
          relationships: {
            betaGroups: { data: [{ type: 'betaGroups', id: demo.betaGroups.external.id }] },
          },
        },
      },
    });
    expect(tester.error).toBeUndefined();
    expect(tester.response.status).toBe(201);
    expect(tester.data?.data.attributes?.email).toBe('sdk-tester@example.com');

    const device = await devicesCreateInstance({
      client,
      body: {
        data: {
          type: 'devices',
          attributes: { name: 'SDK iPhone', platform: 'IOS', udid: '00008120-00112233445566AA' },
        },
      },
    });
    expect(device.error).toBeUndefined();
    expect(device.response.status).toBe(201);
    expect(device.data?.data.attributes?.status).toBe('ENABLED');
  });

  it('had every request accepted and every answer fit the response schemas of the document', () => {
    expect(exchanges).toHaveLength(9);
    // The emulator refuses what does not match the document with 4xx; none of these was refused.
    expect(exchanges.filter((e) => e.status >= 400)).toEqual([]);
    expect(emulator.requests.filter((r) => r.status >= 400)).toEqual([]);
    const validator = new ResponseValidator();
    const problems = exchanges
      .map((e) => validator.check(e.method, e.url, e.status, e.body))
      .filter((problem) => problem !== undefined);
    expect(problems).toEqual([]);
    // The check itself catches an answer that strays from the document.
    const stray = { data: [{ type: 'apps', id: '1', attributes: { bogus: 1 } }], links: {} };
    expect(validator.check('GET', `${emulator.baseUrl}/v1/apps`, 200, stray)).toContain(
      'must NOT have additional properties',
    );
  });
});
