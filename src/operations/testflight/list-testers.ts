import { collectAll } from '../../asc/pagination.js';
import type { BetaTester } from '../../asc/generated/app-store-connect.js';
import { stateCell } from '../../report/step-summary.js';
import { defineOperation } from '../operation.js';
import { parseAppInput, resolveApp } from '../shared/resolve-app.js';
import { listBetaGroups, pickGroupsByName } from '../shared/resolve-groups.js';
import { completeRelatedIds, includedLimits } from '../shared/included-relationships.js';

export interface TesterSummary {
  id: string;
  email: string;
  /** null: Apple has no name for the tester (shown as unknown, never as an empty name). */
  firstName: string | null;
  lastName: string | null;
  inviteType: string | null;
  state: string | null;
  groups: string[];
}

/** The summary table shows this many testers; `result` always has them all. */
const summaryRowLimit = 100;

export const listTesters = defineOperation({
  name: 'list-testers',
  parse: (inputs) => ({ app: parseAppInput(inputs), groups: inputs.list('group') }),
  async run({ client, log }, inputs) {
    const app = await resolveApp(client, inputs.app);
    const appGroupsRead = listBetaGroups(client, app);
    const groups =
      inputs.groups.length > 0 ? pickGroupsByName(await appGroupsRead, inputs.groups, app) : [];

    // Apple accepts one relationship filter per tester listing: the groups (which belong to the
    // app) when named, else the app.
    const testersRead = collectAll<BetaTester>(client, '/v1/betaTesters', {
      filter:
        groups.length > 0 ? { betaGroups: groups.map((group) => group.id) } : { apps: app.id },
      fields: {
        betaTesters: ['firstName', 'lastName', 'email', 'inviteType', 'state', 'betaGroups'],
        betaGroups: ['name'],
      },
      include: ['betaGroups'],
      limits: includedLimits(['betaGroups']),
      sort: ['email'],
    });
    const [{ data }, appGroups] = await Promise.all([testersRead, appGroupsRead]);
    const appGroupIds = new Set(appGroups.map((group) => group.id));

    const appGroupNames = new Map(
      appGroups.map((group) => [group.id, group.attributes?.name ?? group.id]),
    );
    const testers: TesterSummary[] = await Promise.all(
      data.map(async (tester) => {
        const a = tester.attributes ?? {};
        // A tester's groups span every app of the team; only this app's are listed.
        const groupIds = await completeRelatedIds(client, tester, 'betaGroups');
        return {
          id: tester.id,
          email: a.email ?? '',
          firstName: a.firstName ?? null,
          lastName: a.lastName ?? null,
          inviteType: a.inviteType ?? null,
          state: a.state ?? null,
          groups: groupIds
            .filter((id) => appGroupIds.has(id))
            .map((id) => appGroupNames.get(id) ?? id),
        };
      }),
    );

    const scope =
      groups.length > 0 ? groups.map((g) => g.attributes?.name).join(', ') : app.bundleId;
    log.info(`${testers.length} tester(s) in ${scope}`);
    const shown = testers.slice(0, summaryRowLimit);
    return {
      result: {
        app,
        groups: groups.map((group) => ({ id: group.id, name: group.attributes?.name ?? '' })),
        testers,
        count: testers.length,
      },
      outputs: {
        'app-id': app.id,
        'group-ids': groups.map((group) => group.id),
        'tester-count': testers.length,
      },
      summary: {
        title: `Beta testers of ${groups.length > 0 ? scope : `${app.name} (${app.bundleId})`}`,
        sections: [
          {
            lines: [
              testers.length > shown.length
                ? `${testers.length} testers; the first ${shown.length} by email are shown.`
                : `${testers.length} testers.`,
            ],
            table: {
              header: ['Email', 'Name', 'Invite', 'State', 'Groups'],
              rows: shown.map((t) => [
                t.email,
                [t.firstName, t.lastName].filter((part) => part).join(' ') || 'unknown',
                stateCell(t.inviteType),
                stateCell(t.state),
                t.groups.join(', '),
              ]),
            },
          },
        ],
      },
    };
  },
});
