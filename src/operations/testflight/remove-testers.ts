import type { AscClient } from '../../asc/client.js';
import type {
  AppBetaTestersLinkagesRequest,
  BetaGroup,
  BetaGroupBetaTestersLinkagesRequest,
} from '../../asc/generated/app-store-connect.js';
import { InputError } from '../../input-error.js';
import type { TesterEntry, TesterParseResult } from '../../input-formats/testers.js';
import type { InputReader } from '../../input-reader.js';
import { defineOperation } from '../operation.js';
import { briefList } from '../shared/brief-list.js';
import { applyPlan, Plan, planSection, type PlannedChange } from '../shared/plan.js';
import { describeDuplicates, readTestersInput } from '../shared/read-testers-input.js';
import { parseAppInput, resolveApp, type ResolvedApp } from '../shared/resolve-app.js';
import { resolveGroups } from '../shared/resolve-groups.js';
import {
  findTestersByEmail,
  inBatches,
  listMembersOfGroups,
  type KnownTester,
} from '../shared/resolve-testers.js';
import { groupName, testerInputName } from '../shared/tester-groups.js';

export interface RemoveTestersInputs {
  app: string;
  groups: string[];
  testers: TesterEntry[];
  duplicates: TesterParseResult['duplicates'];
  failOnMissing: boolean;
}

/** Testers unlinked per request (the linkage DELETE takes many ids). */
export const unlinkBatchSize = 100;

/** What to remove from where: a group, or (with no `group`) the app's beta testing. */
interface Removal {
  scope: { kind: 'group'; group: BetaGroup } | { kind: 'app'; app: ResolvedApp };
  testers: KnownTester[];
}

function parse(inputs: InputReader): RemoveTestersInputs {
  const app = parseAppInput(inputs);
  const groups = inputs.list('group');
  const { testers, duplicates } = readTestersInput(inputs);
  const failOnMissing = inputs.boolean('fail-on-missing', false);
  return { app, groups, testers, duplicates, failOnMissing };
}

function scopeName(removal: Removal): string {
  return removal.scope.kind === 'group'
    ? `'${groupName(removal.scope.group)}'`
    : `app ${removal.scope.app.bundleId || removal.scope.app.id}`;
}

function unlinkChanges(client: AscClient, removal: Removal): PlannedChange[] {
  return inBatches(removal.testers, unlinkBatchSize).map((batch) => {
    const data = batch.map((tester) => ({ type: 'betaTesters' as const, id: tester.id }));
    const path =
      removal.scope.kind === 'group'
        ? `/v1/betaGroups/${removal.scope.group.id}/relationships/betaTesters`
        : `/v1/apps/${removal.scope.app.id}/relationships/betaTesters`;
    const body: BetaGroupBetaTestersLinkagesRequest | AppBetaTestersLinkagesRequest = { data };
    return {
      kind: 'unlink' as const,
      target: `${batch.length} tester(s): ${briefList(
        batch.map((tester) => tester.email),
        3,
      )}`,
      detail: `from ${scopeName(removal)}`,
      apply: async () => {
        await client.delete(path, body);
      },
    };
  });
}

/**
 * With groups: each group's members among the testers; without: the app's testers among them.
 * Also returns the addresses found nowhere in scope.
 */
async function findRemovals(
  client: AscClient,
  app: ResolvedApp,
  groups: BetaGroup[],
  testers: TesterEntry[],
): Promise<{ removals: Removal[]; notInGroups: string[]; unknown: string[] }> {
  const emails = testers.map((tester) => tester.email);
  if (groups.length === 0) {
    const found = await findTestersByEmail(client, emails, { appId: app.id });
    const inApp = testers.flatMap((t) => found.get(t.emailKey) ?? []);
    return {
      removals: inApp.length > 0 ? [{ scope: { kind: 'app', app }, testers: inApp }] : [],
      notInGroups: [],
      unknown: testers.filter((t) => !found.has(t.emailKey)).map((t) => t.email),
    };
  }
  const members = await listMembersOfGroups(client, groups);
  const removals: Removal[] = groups
    .map((group) => {
      const groupMembers = members.get(group.id) ?? new Map<string, KnownTester>();
      const scope = { kind: 'group' as const, group };
      return { scope, testers: testers.flatMap((t) => groupMembers.get(t.emailKey) ?? []) };
    })
    .filter((removal) => removal.testers.length > 0);
  const removed = new Set(removals.flatMap((r) => r.testers.map((t) => t.emailKey)));
  const elsewhere = testers.filter((t) => !removed.has(t.emailKey));
  // Tell "not in these groups" from "no such tester in the app" for the ones found in no group.
  const inApp =
    elsewhere.length > 0
      ? await findTestersByEmail(
          client,
          elsewhere.map((t) => t.email),
          { appId: app.id },
        )
      : new Map<string, KnownTester>();
  return {
    removals,
    notInGroups: elsewhere.filter((t) => inApp.has(t.emailKey)).map((t) => t.email),
    unknown: elsewhere.filter((t) => !inApp.has(t.emailKey)).map((t) => t.email),
  };
}

export const removeTesters = defineOperation({
  name: 'remove-testers',
  parse,
  async run(context, inputs) {
    const { client, log } = context;
    const app = await resolveApp(client, inputs.app);
    const groups = inputs.groups.length > 0 ? await resolveGroups(client, app, inputs.groups) : [];
    for (const line of describeDuplicates(inputs.duplicates)) {
      log.warning(`Tester listed more than once: ${line}`);
    }
    if (inputs.testers.some((tester) => tester.groups?.length)) {
      log.info('The groups column of the tester list is not used by remove-testers; `group` is.');
    }

    const { removals, notInGroups, unknown } = await findRemovals(
      client,
      app,
      groups,
      inputs.testers,
    );
    const where = groups.length > 0 ? groups.map((g) => `'${groupName(g)}'`).join(', ') : null;
    if (unknown.length > 0) {
      const problem = `${unknown.length} address(es) are not beta testers of ${app.bundleId || app.id}: ${briefList(unknown, 10)}`;
      if (inputs.failOnMissing) {
        const first = inputs.testers.find((tester) => tester.email === unknown[0]);
        throw new InputError(
          first ? testerInputName(first) : 'testers',
          `${problem} (fail-on-missing is true)`,
        );
      }
      log.warning(problem);
    }
    if (notInGroups.length > 0) {
      log.info(
        `${notInGroups.length} tester(s) already not in ${where}: ${briefList(notInGroups)}`,
      );
    }

    const plan = new Plan().stage(removals.flatMap((removal) => unlinkChanges(client, removal)));
    const applied = await applyPlan(context, plan);

    const removedEmails = [...new Set(removals.flatMap((r) => r.testers.map((t) => t.email)))];
    const byScope = removals.map((removal) => ({
      ...(removal.scope.kind === 'group'
        ? { group: { id: removal.scope.group.id, name: groupName(removal.scope.group) } }
        : { app: removal.scope.app.id }),
      testers: removal.testers.map((tester) => ({ id: tester.id, email: tester.email })),
    }));
    return {
      result: {
        app,
        groups: groups.map((group) => ({ id: group.id, name: groupName(group) })),
        scope: groups.length > 0 ? 'groups' : 'app',
        requested: inputs.testers.length,
        removed: removedEmails,
        removals: byScope,
        notInGroups,
        unknown,
        duplicates: inputs.duplicates,
        plan: plan.records(),
        applied,
      },
      outputs: {
        'app-id': app.id,
        'group-ids': groups.map((group) => group.id),
        'testers-removed': removedEmails.length,
      },
      summary: {
        title: `Testers removed from ${where ?? `${app.name} (${app.bundleId})`}`,
        sections: [
          {
            lines: [
              `${removedEmails.length} tester(s) ${context.dryRun ? 'to remove (dry run)' : 'removed'}` +
                (notInGroups.length > 0
                  ? `, ${notInGroups.length} already not in the groups`
                  : '') +
                (unknown.length > 0 ? `, ${unknown.length} unknown: ${briefList(unknown)}` : '') +
                '.',
              ...describeDuplicates(inputs.duplicates).map(
                (line) => `Listed more than once, removed once: ${line}`,
              ),
            ],
            table: {
              header: ['From', 'Testers removed'],
              align: [undefined, 'right'],
              rows: removals.map((removal) => [scopeName(removal), String(removal.testers.length)]),
            },
          },
          planSection(plan, applied, context.dryRun),
        ],
      },
    };
  },
});
