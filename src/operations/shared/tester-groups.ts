import type { BetaGroup } from '../../asc/generated/app-store-connect.js';
import { InputError } from '../../input-error.js';
import type { TesterEntry } from '../../input-formats/testers.js';
import { briefList } from './brief-list.js';
import type { ResolvedApp } from './resolve-app.js';
import { pickGroupsByName } from './resolve-groups.js';

/** The input a tester entry came from: `testers` or `testers-file`. */
export function testerInputName(tester: TesterEntry): 'testers' | 'testers-file' {
  return tester.source.startsWith('testers line ') ? 'testers' : 'testers-file';
}

export interface TesterGroupAssignment {
  /** The groups named by `group`. */
  commonGroups: BetaGroup[];
  /** Per tester (by email key): every group it belongs in, `group` and its own CSV groups. */
  groupsOf: Map<string, BetaGroup[]>;
  /** Every group involved, each once, `group` ones first. */
  allGroups: BetaGroup[];
}

/**
 * Resolves `group` and the groups column of the testers (fastlane's CSV) against the app's groups.
 * An unknown name is an input error naming the input it came from.
 */
export function assignTesterGroups(
  groups: BetaGroup[],
  groupNames: string[],
  testers: TesterEntry[],
  app: ResolvedApp,
): TesterGroupAssignment {
  const commonGroups = pickGroupsByName(groups, groupNames, app);
  const byName = new Map(groups.map((group) => [group.attributes?.name ?? '', group]));
  const unknown = new Map<string, TesterEntry[]>();
  for (const tester of testers) {
    for (const name of tester.groups ?? []) {
      if (!byName.has(name)) unknown.set(name, [...(unknown.get(name) ?? []), tester]);
    }
  }
  const [firstUnknown] = unknown;
  if (firstUnknown) {
    const [, [firstTester]] = firstUnknown as [string, [TesterEntry]];
    try {
      pickGroupsByName(groups, [...unknown.keys()], app);
    } catch (error) {
      const sources = [...unknown.values()].flat().map((tester) => tester.source);
      const problem = error instanceof InputError ? error.problem : String(error);
      throw new InputError(
        testerInputName(firstTester),
        `its groups column names a group that does not exist (${briefList(sources, 3)}): ${problem}`,
      );
    }
  }

  const groupsOf = new Map<string, BetaGroup[]>();
  const allGroups = new Map(commonGroups.map((group) => [group.id, group]));
  for (const tester of testers) {
    const own = (tester.groups ?? []).map((name) => byName.get(name) as BetaGroup);
    const mine = new Map([...commonGroups, ...own].map((group) => [group.id, group]));
    for (const group of mine.values()) allGroups.set(group.id, group);
    groupsOf.set(tester.emailKey, [...mine.values()]);
  }
  return { commonGroups, groupsOf, allGroups: [...allGroups.values()] };
}

export function groupName(group: BetaGroup): string {
  return group.attributes?.name ?? group.id;
}
