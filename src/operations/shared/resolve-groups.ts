import type { AscClient } from '../../asc/client.js';
import { collectAll } from '../../asc/pagination.js';
import type { BetaGroup } from '../../asc/generated/app-store-connect.js';
import { InputError } from '../../input-error.js';
import type { ResolvedApp } from './resolve-app.js';

const groupFields = [
  'name',
  'createdDate',
  'isInternalGroup',
  'hasAccessToAllBuilds',
  'publicLinkEnabled',
  'publicLinkId',
  'publicLinkLimitEnabled',
  'publicLinkLimit',
  'publicLink',
  'feedbackEnabled',
];

/** Every beta group of the app, oldest first. */
export async function listBetaGroups(client: AscClient, app: ResolvedApp): Promise<BetaGroup[]> {
  const { data } = await collectAll<BetaGroup>(client, '/v1/betaGroups', {
    filter: { app: app.id },
    fields: { betaGroups: groupFields },
  });
  return data;
}

/**
 * Picks the groups named in `names` by exact name. An unknown name is an input error that lists the
 * groups that exist, so a typo is caught before anything is written.
 */
export function pickGroupsByName(
  groups: BetaGroup[],
  names: string[],
  app: ResolvedApp,
): BetaGroup[] {
  const picked: BetaGroup[] = [];
  const missing: string[] = [];
  for (const name of new Set(names)) {
    const group = groups.find((candidate) => candidate.attributes?.name === name);
    if (group) picked.push(group);
    else missing.push(name);
  }
  if (missing.length > 0) {
    const existing = groups.map((group) => `'${group.attributes?.name ?? group.id}'`);
    const suggestions = missing
      .map((name) => groups.find((g) => g.attributes?.name?.toLowerCase() === name.toLowerCase()))
      .filter((group): group is BetaGroup => group !== undefined)
      .map((group) => `'${group.attributes?.name}'`);
    const didYouMean = suggestions.length > 0 ? ` (did you mean ${suggestions.join(', ')}?)` : '';
    throw new InputError(
      'group',
      `no beta group named ${missing.map((n) => `'${n}'`).join(', ')} in ${app.bundleId || app.id}${didYouMean}; its groups are ${existing.join(', ') || '(none)'}`,
    );
  }
  return picked;
}

export async function resolveGroups(
  client: AscClient,
  app: ResolvedApp,
  names: string[],
): Promise<BetaGroup[]> {
  return pickGroupsByName(await listBetaGroups(client, app), names, app);
}
