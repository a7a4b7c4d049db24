import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBuild } from '../../src/emulator/index.js';
import {
  compareBuildNumbers,
  incrementBuildNumber,
} from '../../src/operations/testflight/next-build-number.js';
import { errorLines, resultOf, startTestAccount, type TestAccount } from './harness.js';

let t: TestAccount;
beforeAll(async () => {
  t = await startTestAccount();
});
afterAll(async () => {
  await t.emulator.close();
});

const app = 'com.example.demo';
const DAY_MS = 24 * 60 * 60 * 1000;

describe('next-build-number', () => {
  it('answers one past the highest number, expired builds included, in at most 3 reads', async () => {
    // The highest number is an expired build of the older version, uploaded long ago: neither the
    // newest upload nor a live build.
    createBuild(t.emulator.store, {
      appId: t.account.app.id,
      preReleaseVersionId: t.account.preReleaseVersions[0]!.id,
      version: '10',
      expired: true,
      uploadedAt: Date.now() - 200 * DAY_MS,
    });
    t.emulator.clearRequests();
    const run = await t.run({ operation: 'next-build-number', app });
    expect(errorLines(run)).toEqual([]);
    expect(run.outputs['build-number']).toBe('11');
    expect(run.outputs['latest-build-number']).toBe('10');
    expect(run.outputs['latest-version']).toBe('1.0');
    expect(t.emulator.requests.length).toBeLessThanOrEqual(3);
    expect(t.emulator.requests.every((request) => request.method === 'GET')).toBe(true);
    expect(resultOf(run)).toMatchObject({ buildNumber: '11', latest: { expired: true } });
    expect(run.summary).toContain('11');
  });

  it('narrows to one marketing version with version', async () => {
    const run = await t.run({ operation: 'next-build-number', app, version: '1.1' });
    expect(errorLines(run)).toEqual([]);
    expect(run.outputs['build-number']).toBe('5');
    expect(run.outputs['latest-build-number']).toBe('4');
    expect(run.outputs['latest-version']).toBe('1.1');
  });

  it('starts at 1 on a platform with no build', async () => {
    const run = await t.run({ operation: 'next-build-number', app, platform: 'TV_OS' });
    expect(errorLines(run)).toEqual([]);
    expect(run.outputs['build-number']).toBe('1');
    expect(run.outputs['latest-build-number']).toBe('');
  });

  it('refuses a bad version by name before any request', async () => {
    t.emulator.clearRequests();
    const run = await t.run({ operation: 'next-build-number', app, version: 'one' });
    expect(run.exitCode).toBe(1);
    expect(errorLines(run).join('\n')).toContain('version');
    expect(t.emulator.requests).toEqual([]);
  });
});

describe('build numbers', () => {
  it('compare by dotted parts as numbers', () => {
    expect(compareBuildNumbers('10', '9')).toBeGreaterThan(0);
    expect(compareBuildNumbers('1.10', '1.9')).toBeGreaterThan(0);
    expect(compareBuildNumbers('1.2', '1.2.0')).toBeLessThan(0);
    expect(compareBuildNumbers('2', '1.9.9')).toBeGreaterThan(0);
  });
  it('increment the last part', () => {
    expect(incrementBuildNumber('41')).toBe('42');
    expect(incrementBuildNumber('1.2.9')).toBe('1.2.10');
    expect(incrementBuildNumber('99999999999999999999')).toBe('100000000000000000000');
  });
});
