import { describe, expect, it } from 'vitest';
import { InputReader } from '../../../src/input-reader.js';
import { compareVersionStrings } from '../../../src/operations/app-store/store-versions.js';
import {
  parseEarliestReleaseDate,
  submitAppStore,
} from '../../../src/operations/app-store/submit-app-store.js';
import { failure } from '../input-formats/expect-input-error.js';

const reader = (values: Record<string, string>) => new InputReader((name) => values[name] ?? '');
const now = Date.parse('2030-01-01T12:00:00Z');

describe('compareVersionStrings', () => {
  it('compares part by part, numerically', () => {
    expect(compareVersionStrings('1.10', '1.9')).toBeGreaterThan(0);
    expect(compareVersionStrings('1.2', '1.2.0')).toBe(0);
    expect(compareVersionStrings('2', '10')).toBeLessThan(0);
  });
});

describe('parseEarliestReleaseDate', () => {
  it('takes a future date for SCHEDULED and normalises it', () => {
    expect(
      parseEarliestReleaseDate(
        reader({ 'earliest-release-date': '2030-02-01T16:00:00+01:00' }),
        'SCHEDULED',
        now,
      ),
    ).toBe('2030-02-01T15:00:00.000Z');
  });

  it('refuses it without SCHEDULED, misses it with SCHEDULED, and refuses the past', () => {
    const date = { 'earliest-release-date': '2030-02-01T16:00:00Z' };
    expect(failure(() => parseEarliestReleaseDate(reader(date), 'MANUAL', now)).input).toBe(
      'earliest-release-date',
    );
    expect(failure(() => parseEarliestReleaseDate(reader({}), 'SCHEDULED', now)).problem).toMatch(
      /SCHEDULED needs/,
    );
    expect(
      failure(() =>
        parseEarliestReleaseDate(
          reader({ 'earliest-release-date': '2029-12-31T00:00:00Z' }),
          'SCHEDULED',
          now,
        ),
      ).problem,
    ).toMatch(/in the past/);
    expect(
      failure(() =>
        parseEarliestReleaseDate(
          reader({ 'earliest-release-date': 'next week' }),
          'SCHEDULED',
          now,
        ),
      ).problem,
    ).toMatch(/not a date/);
  });
});

describe('submit-app-store inputs', () => {
  it('defaults to the latest build, AFTER_APPROVAL, no phased release, submitted', () => {
    expect(submitAppStore.parse(reader({ app: 'com.example.app', version: '1.2' }))).toMatchObject({
      build: 'latest',
      platform: 'IOS',
      releaseType: 'AFTER_APPROVAL',
      phasedRelease: false,
      submitForReview: true,
    });
  });

  it('names the bad input', () => {
    const parse = (values: Record<string, string>) => () =>
      submitAppStore.parse(reader({ app: 'com.example.app', version: '1.2', ...values }));
    expect(failure(parse({ version: 'v1.2' })).input).toBe('version');
    expect(failure(parse({ build: 'newest' })).input).toBe('build');
    expect(failure(parse({ 'release-type': 'LATER' })).input).toBe('release-type');
    expect(failure(parse({ 'phased-release': 'maybe' })).input).toBe('phased-release');
  });
});
