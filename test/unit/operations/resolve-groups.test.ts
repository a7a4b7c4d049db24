import { describe, expect, it } from 'vitest';
import type { BetaGroup } from '../../../src/asc/generated/app-store-connect.js';
import { pickGroupsByName } from '../../../src/operations/shared/resolve-groups.js';

const group = (id: string, name: string): BetaGroup => ({
  type: 'betaGroups',
  id,
  attributes: { name },
});
const app = { id: '1', bundleId: 'com.example.app', name: 'App' };
const groups = [group('a', 'Internal QA'), group('b', 'External Testers'), group('c', 'QA')];

describe('pickGroupsByName', () => {
  it('matches exact names, in the order asked, once each', () => {
    expect(pickGroupsByName(groups, ['QA', 'Internal QA', 'QA'], app).map((g) => g.id)).toEqual([
      'c',
      'a',
    ]);
  });

  it('refuses unknown names, listing the groups and a near spelling', () => {
    expect(() => pickGroupsByName(groups, ['external testers', 'Nope'], app)).toThrow(
      "Input 'group' is invalid: no beta group named 'external testers', 'Nope' in com.example.app (did you mean 'External Testers'?); its groups are 'Internal QA', 'External Testers', 'QA'",
    );
  });
});
