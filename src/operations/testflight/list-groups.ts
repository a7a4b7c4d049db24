import type { BetaGroup } from '../../asc/generated/app-store-connect.js';
import { linkCell } from '../../report/step-summary.js';
import { defineOperation } from '../operation.js';
import { parseAppInput, resolveApp } from '../shared/resolve-app.js';
import { listBetaGroups, pickGroupsByName } from '../shared/resolve-groups.js';

/** A group as Apple describes it; null where Apple sent no value (unknown, never taken as off). */
export interface GroupSummary {
  id: string;
  name: string;
  internal: boolean;
  hasAccessToAllBuilds: boolean | null;
  publicLinkEnabled: boolean | null;
  publicLink: string | null;
  publicLinkLimit: number | null;
  feedbackEnabled: boolean | null;
  createdDate: string | null;
}

/** on, off, or unknown when Apple sent no value. */
export function onOff(value: boolean | null | undefined): string {
  return value === true ? 'on' : value === false ? 'off' : 'unknown';
}

export function describeGroup(group: BetaGroup): GroupSummary {
  const a = group.attributes ?? {};
  return {
    id: group.id,
    name: a.name ?? '',
    internal: a.isInternalGroup ?? false,
    hasAccessToAllBuilds: a.hasAccessToAllBuilds ?? null,
    publicLinkEnabled: a.publicLinkEnabled ?? null,
    publicLink: a.publicLinkEnabled ? (a.publicLink ?? null) : null,
    publicLinkLimit: a.publicLinkLimitEnabled ? (a.publicLinkLimit ?? null) : null,
    feedbackEnabled: a.feedbackEnabled ?? null,
    createdDate: a.createdDate ?? null,
  };
}

export const listGroups = defineOperation({
  name: 'list-groups',
  parse: (inputs) => ({ app: parseAppInput(inputs), groups: inputs.list('group') }),
  async run({ client, log }, inputs) {
    const app = await resolveApp(client, inputs.app);
    const all = await listBetaGroups(client, app);
    const groups = (inputs.groups.length > 0 ? pickGroupsByName(all, inputs.groups, app) : all).map(
      describeGroup,
    );
    log.info(`${groups.length} beta group(s) in ${app.name} (${app.bundleId}):`);
    for (const group of groups) {
      log.info(
        `  ${group.name} [${group.internal ? 'internal' : 'external'}] ${group.publicLink ?? ''}`.trimEnd(),
      );
    }
    return {
      result: { app, groups, count: groups.length },
      outputs: {
        'app-id': app.id,
        'group-ids': groups.map((group) => group.id),
        'group-count': groups.length,
      },
      summary: {
        title: `Beta groups of ${app.name} (${app.bundleId})`,
        sections: [
          {
            table: {
              header: ['Group', 'Type', 'Public link', 'Feedback', 'Created'],
              rows: groups.map((group) => [
                group.name,
                group.internal ? 'internal' : 'external',
                linkCell(group.publicLink ?? '—', group.publicLink),
                onOff(group.feedbackEnabled),
                group.createdDate?.slice(0, 10) ?? '—',
              ]),
            },
          },
        ],
      },
    };
  },
});
