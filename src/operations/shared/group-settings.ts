import type { AscClient } from '../../asc/client.js';
import type { LinkageDocument } from '../../asc/json-api.js';
import type { BetaGroup } from '../../asc/generated/app-store-connect.js';
import { InputError } from '../../input-error.js';
import type { InputReader } from '../../input-reader.js';
import { groupName } from './tester-groups.js';

/** The settings of a beta group that can be changed after it is created; only those given are set. */
export interface GroupSettings {
  publicLinkEnabled?: boolean;
  publicLinkLimitEnabled?: boolean;
  publicLinkLimit?: number;
  feedbackEnabled?: boolean;
}

export type GroupSettingName = keyof GroupSettings;

export interface SettingChange {
  name: GroupSettingName;
  from: boolean | number | null;
  to: boolean | number;
}

/** Apple's bounds for the number of testers a public link admits. */
export const publicLinkLimitRange = { min: 1, max: 10_000 };

/** `group`: exactly one beta group name. */
export function parseGroupName(inputs: InputReader): string {
  const names = inputs.requiredList('group', 'it names the beta group');
  const [name] = names as [string, ...string[]];
  if (names.length > 1) {
    throw new InputError(
      'group',
      `it names ${names.length} groups (${names.map((n) => `'${n}'`).join(', ')}); this operation takes exactly one`,
    );
  }
  return name;
}

/**
 * Reads `public-link-enabled`, `public-link-limit` (which turns the limit on),
 * `public-link-limit-enabled` and `feedback-enabled`, refusing combinations that contradict each
 * other or an internal group (which never has a public link).
 */
export function parseGroupSettings(inputs: InputReader, internal?: boolean): GroupSettings {
  const publicLinkEnabled = inputs.optionalBoolean('public-link-enabled');
  const publicLinkLimit = inputs.optionalInteger('public-link-limit', publicLinkLimitRange);
  let publicLinkLimitEnabled = inputs.optionalBoolean('public-link-limit-enabled');
  const feedbackEnabled = inputs.optionalBoolean('feedback-enabled');
  if (publicLinkLimit !== undefined) {
    if (publicLinkEnabled === false) {
      throw new InputError(
        'public-link-limit',
        'it limits the public link, but public-link-enabled is false; drop one of the two',
      );
    }
    if (publicLinkLimitEnabled === false) {
      throw new InputError(
        'public-link-limit',
        'it sets a limit, but public-link-limit-enabled is false; drop one of the two',
      );
    }
    publicLinkLimitEnabled = true;
  }
  if (internal === true) {
    refuseInternalPublicLink(
      { publicLinkEnabled, publicLinkLimitEnabled, publicLinkLimit },
      'internal-group is true',
    );
  }
  return {
    ...(publicLinkEnabled !== undefined ? { publicLinkEnabled } : {}),
    ...(publicLinkLimitEnabled !== undefined ? { publicLinkLimitEnabled } : {}),
    ...(publicLinkLimit !== undefined ? { publicLinkLimit } : {}),
    ...(feedbackEnabled !== undefined ? { feedbackEnabled } : {}),
  };
}

/** Internal groups (App Store Connect users only) cannot have a public link. */
export function refuseInternalPublicLink(settings: GroupSettings, why: string): void {
  if (settings.publicLinkEnabled) {
    throw new InputError(
      'public-link-enabled',
      `${why}, and internal groups cannot have a public link`,
    );
  }
  if (settings.publicLinkLimitEnabled) {
    throw new InputError(
      settings.publicLinkLimit !== undefined ? 'public-link-limit' : 'public-link-limit-enabled',
      `${why}, and internal groups cannot have a public link (nor its limit)`,
    );
  }
}

/** `internal-group` cannot change once the group exists: Apple does not allow it. */
export function refuseInternalChange(group: BetaGroup, internal: boolean | undefined): void {
  const current = group.attributes?.isInternalGroup ?? false;
  if (internal === undefined || internal === current) return;
  throw new InputError(
    'internal-group',
    `'${groupName(group)}' is ${current ? 'an internal' : 'an external'} group and Apple does not allow changing that; delete the group and create it again, or use another name`,
  );
}

/** The given settings that differ from the group's, in a stable order. */
export function settingChanges(group: BetaGroup, wanted: GroupSettings): SettingChange[] {
  const current = group.attributes ?? {};
  const changes: SettingChange[] = [];
  for (const name of [
    'publicLinkEnabled',
    'publicLinkLimitEnabled',
    'publicLinkLimit',
    'feedbackEnabled',
  ] as const) {
    const to = wanted[name];
    if (to === undefined) continue;
    const from = current[name] ?? null;
    if (from !== to) changes.push({ name, from, to });
  }
  return changes;
}

export function describeSettings(settings: GroupSettings): string {
  return Object.entries(settings)
    .map(([name, value]) => `${name}: ${String(value)}`)
    .join(', ');
}

export function describeChanges(changes: SettingChange[]): string {
  return changes.map((c) => `${c.name}: ${String(c.from)} → ${String(c.to)}`).join(', ');
}

/** The note every public link deserves: testers can join only once a build is in the group. */
export async function publicLinkNote(
  client: AscClient,
  group: { id: string | undefined; name: string; publicLink: string | null },
): Promise<string | undefined> {
  if (!group.publicLink) return undefined;
  let builds = 0;
  if (group.id) {
    const linkage = await client.get<LinkageDocument>(
      `/v1/betaGroups/${group.id}/relationships/builds?limit=1`,
    );
    builds = linkage.data.length;
  }
  return builds > 0
    ? `Public link of '${group.name}': ${group.publicLink} (testers who open it get the group's builds).`
    : `Public link of '${group.name}': ${group.publicLink}. The group has no build yet: the link is usable only once a build is distributed to the group.`;
}
