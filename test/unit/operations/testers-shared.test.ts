import { describe, expect, it } from 'vitest';
import type { BetaGroup } from '../../../src/asc/generated/app-store-connect.js';
import { InputError } from '../../../src/input-error.js';
import { parseTesters } from '../../../src/input-formats/testers.js';
import { InputReader } from '../../../src/input-reader.js';
import { briefList } from '../../../src/operations/shared/brief-list.js';
import {
  parseGroupName,
  parseGroupSettings,
  settingChanges,
} from '../../../src/operations/shared/group-settings.js';
import { emailFilterChunks, inBatches } from '../../../src/operations/shared/resolve-testers.js';
import { assignTesterGroups } from '../../../src/operations/shared/tester-groups.js';

const reader = (values: Record<string, string>) => new InputReader((name) => values[name] ?? '');
const group = (id: string, name: string, attributes: BetaGroup['attributes'] = {}): BetaGroup => ({
  type: 'betaGroups',
  id,
  attributes: { name, ...attributes },
});
const app = { id: '1', bundleId: 'com.example.app', name: 'App' };

describe('emailFilterChunks', () => {
  it('packs addresses into lists that fit the URL budget and one page', () => {
    const emails = Array.from({ length: 1000 }, (_, i) => `tester-${i}@example.com`);
    const chunks = emailFilterChunks(emails, 4000);
    expect(chunks.flat()).toEqual(emails);
    for (const chunk of chunks) {
      expect(chunk.map(encodeURIComponent).join(',').length).toBeLessThanOrEqual(4000);
      expect(chunk.length).toBeLessThanOrEqual(200);
    }
    expect(chunks.length).toBeLessThanOrEqual(8);
  });

  it('never returns an empty list and keeps an overlong address on its own', () => {
    expect(emailFilterChunks([])).toEqual([]);
    const long = `${'a'.repeat(100)}@example.com`;
    expect(emailFilterChunks([long, 'b@example.com'], 50)).toEqual([[long], ['b@example.com']]);
  });
});

describe('inBatches and briefList', () => {
  it('splits and abbreviates', () => {
    expect(inBatches([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
    expect(briefList(['a', 'b', 'c'], 2)).toBe('a, b and 1 more');
    expect(briefList(['a', 'b'], 2)).toBe('a, b');
  });
});

describe('assignTesterGroups', () => {
  const groups = [group('g1', 'QA'), group('g2', 'Beta'), group('g3', 'Friends')];

  it('gives every tester the `group` groups plus its own CSV groups, each once', () => {
    const { testers } = parseTesters('a@example.com\nAda,L,ada@example.com,Friends;QA');
    const { groupsOf, allGroups } = assignTesterGroups(groups, ['QA', 'Beta'], testers, app);
    expect(groupsOf.get('a@example.com')!.map((g) => g.id)).toEqual(['g1', 'g2']);
    expect(groupsOf.get('ada@example.com')!.map((g) => g.id)).toEqual(['g1', 'g2', 'g3']);
    expect(allGroups.map((g) => g.id)).toEqual(['g1', 'g2', 'g3']);
  });

  it('names the input and line of an unknown CSV group', () => {
    const { testers } = parseTesters('', {
      name: 'testers.csv',
      content: 'Ada,L,ada@example.com,Nope',
    });
    expect(() => assignTesterGroups(groups, ['QA'], testers, app)).toThrow(
      /^Input 'testers-file' is invalid: its groups column names a group that does not exist \(testers.csv line 1\): no beta group named 'Nope'/,
    );
  });
});

describe('group settings', () => {
  it('reads exactly one group name', () => {
    expect(parseGroupName(reader({ group: ' QA ' }))).toBe('QA');
    expect(() => parseGroupName(reader({ group: 'A\nB' }))).toThrow(InputError);
  });

  it('turns the limit on when a limit is given, and refuses contradictions', () => {
    expect(parseGroupSettings(reader({ 'public-link-limit': '20' }))).toEqual({
      publicLinkLimitEnabled: true,
      publicLinkLimit: 20,
    });
    expect(() =>
      parseGroupSettings(
        reader({ 'public-link-limit': '20', 'public-link-limit-enabled': 'false' }),
      ),
    ).toThrow(/^Input 'public-link-limit' is invalid/);
    expect(() => parseGroupSettings(reader({ 'public-link-limit': '20' }), true)).toThrow(
      /^Input 'public-link-limit' is invalid: internal-group is true/,
    );
    expect(parseGroupSettings(reader({}))).toEqual({});
  });

  it('lists only the given settings that differ', () => {
    const current = group('g', 'QA', {
      publicLinkEnabled: true,
      publicLinkLimitEnabled: true,
      publicLinkLimit: 10,
      feedbackEnabled: true,
    });
    expect(
      settingChanges(current, {
        publicLinkEnabled: true,
        publicLinkLimit: 20,
        feedbackEnabled: true,
      }),
    ).toEqual([{ name: 'publicLinkLimit', from: 10, to: 20 }]);
    expect(settingChanges(group('h', 'New'), { feedbackEnabled: false })).toEqual([
      { name: 'feedbackEnabled', from: null, to: false },
    ]);
  });
});
