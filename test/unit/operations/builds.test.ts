import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { BetaGroup } from '../../../src/asc/generated/app-store-connect.js';
import { InputReader } from '../../../src/input-reader.js';
import { reviewDetailChanges } from '../../../src/operations/shared/beta-review.js';
import {
  parseBuildSelector,
  type ResolvedBuild,
} from '../../../src/operations/shared/resolve-build.js';
import { pollDelays } from '../../../src/operations/shared/wait-for-processing.js';
import { parseWhatsNew } from '../../../src/operations/shared/whats-new.js';
import { classifyGroups } from '../../../src/operations/testflight/distribute.js';
import {
  chooseBuildsToExpire,
  parseExpireInputs,
  pickKeptBuild,
} from '../../../src/operations/testflight/expire-builds.js';

const reader = (values: Record<string, string>, secrets: string[] = []) =>
  new InputReader((name) => values[name] ?? '', { mask: (secret) => void secrets.push(secret) });

const DAY = 24 * 60 * 60 * 1000;
const now = Date.parse('2025-06-01T00:00:00Z');

function build(number: string, ageDays: number, extra: Partial<ResolvedBuild> = {}): ResolvedBuild {
  return {
    id: `b${number}`,
    number,
    version: '1.0',
    platform: 'IOS',
    processingState: 'VALID',
    expired: false,
    uploadedDate: new Date(now - ageDays * DAY).toISOString(),
    usesNonExemptEncryption: false,
    betaDetail: undefined,
    groupIds: [],
    localizations: [],
    reviewSubmission: undefined,
    ...extra,
  };
}

describe('parseBuildSelector', () => {
  it('reads a build number or latest, a marketing version and a platform', () => {
    expect(parseBuildSelector(reader({ build: 'LATEST' }))).toEqual({
      build: 'latest',
      platform: 'IOS',
    });
    expect(
      parseBuildSelector(reader({ build: '1.2.3', version: '2.0', platform: 'mac_os' })),
    ).toEqual({ build: '1.2.3', version: '2.0', platform: 'MAC_OS' });
  });

  it('names the input that is wrong', () => {
    expect(() => parseBuildSelector(reader({}))).toThrow("Input 'build' is invalid: it is empty");
    expect(() => parseBuildSelector(reader({ build: 'v1' }))).toThrow("Input 'build' is invalid");
    expect(() => parseBuildSelector(reader({ build: '1', version: 'one' }))).toThrow(
      "Input 'version' is invalid",
    );
    expect(() => parseBuildSelector(reader({ build: '1', platform: 'android' }))).toThrow(
      "Input 'platform' is invalid",
    );
  });
});

describe('pollDelays', () => {
  it('backs off from 15 s to 60 s and stops at the budget', () => {
    expect(pollDelays(3 * 60_000)).toEqual([15_000, 22_500, 33_750, 50_625, 58_125]);
    const thirty = pollDelays(30 * 60_000);
    expect(thirty.reduce((a, b) => a + b, 0)).toBe(30 * 60_000);
    expect(Math.max(...thirty)).toBe(60_000);
    expect(thirty.length).toBeLessThan(35);
  });
});

describe('parseWhatsNew', () => {
  it('reads text or a file, normalising line endings', () => {
    expect(parseWhatsNew(reader({}))).toBeUndefined();
    expect(parseWhatsNew(reader({ 'whats-new': 'Hi  ' }))).toEqual({
      text: 'Hi',
      locale: 'en-US',
      warnings: [],
    });
    const file = join(mkdtempSync(join(tmpdir(), 'wn-')), 'notes.md');
    writeFileSync(file, 'a\r\nb\r\n');
    expect(
      parseWhatsNew(reader({ 'whats-new-file': file, 'whats-new-locale': 'zh-Hans' })),
    ).toEqual({ text: 'a\nb', locale: 'zh-Hans', warnings: [] });
  });

  it('refuses conflicting, empty, too long and badly localised text', () => {
    expect(() => parseWhatsNew(reader({ 'whats-new': 'a', 'whats-new-file': 'b' }))).toThrow(
      "Input 'whats-new-file' is invalid: give either",
    );
    expect(() => parseWhatsNew(reader({ 'whats-new': 'a', 'whats-new-locale': 'en_US' }))).toThrow(
      "Input 'whats-new-locale' is invalid",
    );
    expect(() => parseWhatsNew(reader({ 'whats-new': 'x'.repeat(4001) }))).toThrow('at most 4000');
  });
});

describe('classifyGroups', () => {
  const group = (id: string, attributes: BetaGroup['attributes']): BetaGroup => ({
    type: 'betaGroups',
    id,
    attributes,
  });
  it('skips groups that have the build and internal groups that get every build', () => {
    const groups = [
      group('in', { name: 'Internal', isInternalGroup: true, hasAccessToAllBuilds: true }),
      group('in2', { name: 'Internal picked', isInternalGroup: true, hasAccessToAllBuilds: false }),
      group('ext', {
        name: 'External',
        isInternalGroup: false,
        publicLinkEnabled: true,
        publicLink: 'https://testflight.apple.com/join/x',
      }),
      group('had', { name: 'Had it', isInternalGroup: false }),
    ];
    const classified = classifyGroups(build('1', 0, { groupIds: ['had'] }), groups);
    expect(classified.map((g) => [g.id, g.change, g.publicLink])).toEqual([
      ['in', 'all-builds', null],
      ['in2', 'add', null],
      ['ext', 'add', 'https://testflight.apple.com/join/x'],
      ['had', 'already-added', null],
    ]);
  });
});

describe('reviewDetailChanges', () => {
  it('keeps only the fields that differ', () => {
    const current = {
      type: 'betaAppReviewDetails' as const,
      id: 'app',
      attributes: { contactFirstName: 'Ada', demoAccountRequired: false },
    };
    expect(
      reviewDetailChanges(current, {
        contactFirstName: 'Ada',
        demoAccountRequired: true,
        notes: 'n',
      }),
    ).toEqual({ demoAccountRequired: true, notes: 'n' });
  });
});

describe('expire-builds choices', () => {
  // Newest first, as listed.
  const builds = [
    build('6', 0, { processingState: 'PROCESSING' }),
    build('5', 2),
    build('4', 10),
    build('3', 40),
    build('2', 60),
    build('1', 90),
  ];
  const ids = (list: ResolvedBuild[]) => list.map((b) => b.number);

  it('keeps the newest N', () => {
    expect(ids(chooseBuildsToExpire(builds, { keepLatest: 3 }, now))).toEqual(['3', '2', '1']);
  });
  it('expires builds older than D days', () => {
    expect(ids(chooseBuildsToExpire(builds, { olderThanDays: 30 }, now))).toEqual(['3', '2', '1']);
  });
  it('needs both rules when both are given, and never the kept or a processing build', () => {
    expect(
      ids(chooseBuildsToExpire(builds, { keepLatest: 4, olderThanDays: 5 }, now, 'b2')),
    ).toEqual(['1']);
    expect(ids(chooseBuildsToExpire(builds, { keepLatest: 0, olderThanDays: 0 }, now))).toEqual([
      '5',
      '4',
      '3',
      '2',
      '1',
    ]);
  });
  it('picks the kept build by number, version, or latest', () => {
    expect(pickKeptBuild(builds, { build: 'latest', platform: 'IOS' }).number).toBe('6');
    expect(pickKeptBuild(builds, { build: '3', platform: 'IOS' }).id).toBe('b3');
    expect(() => pickKeptBuild(builds, { build: '9', platform: 'IOS' })).toThrow(
      "Input 'build' is invalid: no unexpired build number 9; the newest builds are 1.0 (6), 1.0 (5)",
    );
  });
  it('refuses rules that would expire everything, or no rule at all', () => {
    expect(() => parseExpireInputs(reader({ app: 'com.x', 'keep-latest': '0' }))).toThrow(
      "Input 'keep-latest' is invalid: 0 with no older-than-days",
    );
    expect(() => parseExpireInputs(reader({ app: 'com.x' }))).toThrow(
      "Input 'keep-latest' is invalid: it is empty, and so is older-than-days",
    );
    expect(parseExpireInputs(reader({ app: 'com.x', 'older-than-days': '30' }))).toEqual({
      app: 'com.x',
      rules: { olderThanDays: 30 },
      platform: 'IOS',
    });
  });
});
