import type { AscClient } from '../../asc/client.js';
import type {
  BetaGroup,
  BetaGroupBetaTestersLinkagesRequest,
  BetaTester,
  BetaTesterCreateRequest,
} from '../../asc/generated/app-store-connect.js';
import type { SingleDocument } from '../../asc/json-api.js';
import type { TesterEntry, TesterParseResult } from '../../input-formats/testers.js';
import { InputReader } from '../../input-reader.js';
import { defineOperation } from '../operation.js';
import { briefList } from '../shared/brief-list.js';
import { applyPlan, Plan, planSection, type PlannedChange } from '../shared/plan.js';
import { describeDuplicates, readTestersInput } from '../shared/read-testers-input.js';
import { parseAppInput, resolveApp } from '../shared/resolve-app.js';
import { listBetaGroups } from '../shared/resolve-groups.js';
import {
  findTestersByEmail,
  inBatches,
  listMembersOfGroups,
  type KnownTester,
} from '../shared/resolve-testers.js';
import {
  checkInternalTesters,
  explainInternalRefusal,
  isInternalGroup,
} from '../shared/internal-testers.js';
import { assignTesterGroups, groupName } from '../shared/tester-groups.js';

export interface AddTestersInputs {
  app: string;
  groups: string[];
  testers: TesterEntry[];
  duplicates: TesterParseResult['duplicates'];
}

/** Testers linked to a group per request (the linkage POST takes many ids). */
export const linkBatchSize = 100;

/** Where one tester stands: the groups it should be in, those it is missing, its id if it exists. */
interface Placement {
  tester: TesterEntry;
  groups: BetaGroup[];
  missing: BetaGroup[];
  existing?: KnownTester;
}

function parse(inputs: InputReader): AddTestersInputs {
  const app = parseAppInput(inputs);
  const groups = inputs.list('group');
  const { testers, duplicates } = readTestersInput(inputs);
  if (groups.length === 0) {
    const withoutGroup = testers.filter((tester) => !tester.groups?.length);
    if (withoutGroup.length > 0) {
      throw InputReader.empty(
        'group',
        `${withoutGroup.length} tester(s) have no groups column to say where they go (${briefList(
          withoutGroup.map((tester) => `${tester.email} from ${tester.source}`),
          3,
        )}); name the beta group(s)`,
      );
    }
  }
  return { app, groups, testers, duplicates };
}

/** The member found for this address in any of the groups read. */
function memberAnywhere(
  members: Map<string, Map<string, KnownTester>>,
  emailKey: string,
): KnownTester | undefined {
  for (const groupMembers of members.values()) {
    const member = groupMembers.get(emailKey);
    if (member) return member;
  }
  return undefined;
}

async function placeTesters(
  client: AscClient,
  testers: TesterEntry[],
  groupsOf: Map<string, BetaGroup[]>,
  members: Map<string, Map<string, KnownTester>>,
): Promise<Placement[]> {
  const placements: Placement[] = testers.map((tester) => {
    const groups = groupsOf.get(tester.emailKey) ?? [];
    const missing = groups.filter((group) => !members.get(group.id)?.has(tester.emailKey));
    const existing = memberAnywhere(members, tester.emailKey);
    return { tester, groups, missing, ...(existing ? { existing } : {}) };
  });
  const unknown = placements.filter((p) => p.missing.length > 0 && !p.existing);
  if (unknown.length > 0) {
    const found = await findTestersByEmail(
      client,
      unknown.map((p) => p.tester.email),
    );
    for (const placement of unknown) {
      const existing = found.get(placement.tester.emailKey);
      if (existing) placement.existing = existing;
    }
  }
  return placements;
}

function groupLinkage(groups: BetaGroup[]) {
  return { data: groups.map((group) => ({ type: 'betaGroups' as const, id: group.id })) };
}

function createTesterChange(
  client: AscClient,
  placement: Placement,
  created: Map<string, string>,
  internalUnchecked: boolean,
): PlannedChange {
  const { tester, missing } = placement;
  const body: BetaTesterCreateRequest = {
    data: {
      type: 'betaTesters',
      attributes: {
        email: tester.email,
        ...(tester.firstName !== undefined ? { firstName: tester.firstName } : {}),
        ...(tester.lastName !== undefined ? { lastName: tester.lastName } : {}),
      },
      relationships: { betaGroups: groupLinkage(missing) },
    },
  };
  // Creating the tester with its groups adds it to all of them in one request.
  // A tester found by its e-mail (a lost answer, or a racing run that created it first) is made a
  // member of the groups asked for: linking is idempotent, so a member already there stays so.
  const recover = async (): Promise<SingleDocument<BetaTester> | undefined> => {
    const found = (await findTestersByEmail(client, [tester.email])).get(tester.emailKey);
    if (!found) return undefined;
    for (const group of missing) {
      const linkage: BetaGroupBetaTestersLinkagesRequest = {
        data: [{ type: 'betaTesters', id: found.id }],
      };
      await client.post(`/v1/betaGroups/${group.id}/relationships/betaTesters`, linkage);
    }
    return { data: { type: 'betaTesters', id: found.id } };
  };
  return {
    kind: 'create',
    target: `tester ${tester.email}`,
    detail: `in ${missing.map((group) => `'${groupName(group)}'`).join(', ')}`,
    apply: async () => {
      const document = await explainInternalRefusal(
        internalUnchecked ? missing.find(isInternalGroup) : undefined,
        [tester.email],
        () => client.post<SingleDocument<BetaTester>>('/v1/betaTesters', body, { recover }),
      );
      if (document?.data.id) created.set(tester.emailKey, document.data.id);
    },
  };
}

function linkChanges(
  client: AscClient,
  placements: Placement[],
  internalUnchecked: boolean,
): PlannedChange[] {
  const byGroup = new Map<string, { group: BetaGroup; testers: KnownTester[] }>();
  for (const { existing, missing } of placements) {
    if (!existing) continue;
    for (const group of missing) {
      const entry = byGroup.get(group.id) ?? { group, testers: [] };
      entry.testers.push(existing);
      byGroup.set(group.id, entry);
    }
  }
  return [...byGroup.values()].flatMap(({ group, testers }) =>
    inBatches(testers, linkBatchSize).map((batch) => {
      const body: BetaGroupBetaTestersLinkagesRequest = {
        data: batch.map((tester) => ({ type: 'betaTesters', id: tester.id })),
      };
      return {
        kind: 'link' as const,
        target: `${batch.length} tester(s): ${briefList(
          batch.map((tester) => tester.email),
          3,
        )}`,
        detail: `to '${groupName(group)}'`,
        apply: async () => {
          await explainInternalRefusal(
            internalUnchecked && isInternalGroup(group) ? group : undefined,
            batch.map((tester) => tester.email),
            () => client.post(`/v1/betaGroups/${group.id}/relationships/betaTesters`, body),
          );
        },
      };
    }),
  );
}

interface GroupTally {
  id: string;
  name: string;
  added: number;
  created: number;
  alreadyMembers: number;
}

function tallyGroups(groups: BetaGroup[], placements: Placement[]): GroupTally[] {
  return groups.map((group) => {
    const assigned = placements.filter((p) => p.groups.some((g) => g.id === group.id));
    const adding = assigned.filter((p) => p.missing.some((g) => g.id === group.id));
    return {
      id: group.id,
      name: groupName(group),
      added: adding.filter((p) => p.existing).length,
      created: adding.filter((p) => !p.existing).length,
      alreadyMembers: assigned.length - adding.length,
    };
  });
}

export const addTesters = defineOperation({
  name: 'add-testers',
  parse,
  async run(context, inputs) {
    const { client, log } = context;
    const app = await resolveApp(client, inputs.app);
    const { groupsOf, allGroups } = assignTesterGroups(
      await listBetaGroups(client, app),
      inputs.groups,
      inputs.testers,
      app,
    );
    for (const line of describeDuplicates(inputs.duplicates)) {
      log.warning(`Tester listed more than once, added once: ${line}`);
    }

    const members = await listMembersOfGroups(client, allGroups);
    const placements = await placeTesters(client, inputs.testers, groupsOf, members);
    // Internal groups take only users of the team: checked before any write.
    const internalChecked = await checkInternalTesters(client, log, placements);
    const toCreate = placements.filter((p) => p.missing.length > 0 && !p.existing);
    const toLink = placements.filter((p) => p.missing.length > 0 && p.existing);
    const alreadyPresent = placements.filter((p) => p.missing.length === 0);
    log.info(
      `${inputs.testers.length} tester(s) for ${allGroups.map((g) => `'${groupName(g)}'`).join(', ')}: ` +
        `${toLink.length} to add, ${toCreate.length} to create, ${alreadyPresent.length} already there`,
    );

    const created = new Map<string, string>();
    const plan = new Plan().stage([
      ...toCreate.map((placement) =>
        createTesterChange(client, placement, created, !internalChecked),
      ),
      ...linkChanges(client, toLink, !internalChecked),
    ]);
    const applied = await applyPlan(context, plan);

    const describe = (p: Placement, id: string | undefined) => ({
      email: p.tester.email,
      id: id ?? null,
      groups: p.missing.map(groupName),
    });
    const tallies = tallyGroups(allGroups, placements);
    const addedCount = toLink.length + toCreate.length;
    return {
      result: {
        app,
        groups: allGroups.map((group) => ({ id: group.id, name: groupName(group) })),
        requested: inputs.testers.length,
        added: toLink.map((p) => describe(p, p.existing?.id)),
        created: toCreate.map((p) => describe(p, created.get(p.tester.emailKey))),
        alreadyPresent: alreadyPresent.map((p) => p.tester.email),
        duplicates: inputs.duplicates,
        byGroup: tallies,
        plan: plan.records(),
        applied,
      },
      outputs: {
        'app-id': app.id,
        'group-ids': allGroups.map((group) => group.id),
        'testers-added': addedCount,
        'testers-created': toCreate.length,
        'testers-already-present': alreadyPresent.length,
      },
      summary: {
        title: `Testers for ${allGroups.map(groupName).join(', ')} (${app.bundleId})`,
        sections: [
          {
            // The same words as the table's columns, so that the counts agree: existing testers
            // added to a group, new testers created in it, and those already members.
            lines: [
              `${addedCount} tester(s) ${context.dryRun ? 'to add (dry run)' : 'added'}: ` +
                `${toLink.length} existing tester(s) added to groups, ${toCreate.length} new tester(s) created; ` +
                `${alreadyPresent.length} already in every group asked.`,
              ...describeDuplicates(inputs.duplicates).map(
                (line) => `Listed more than once, added once: ${line}`,
              ),
            ],
            table: {
              header: ['Group', 'Existing testers added', 'New testers created', 'Already members'],
              align: [undefined, 'right', 'right', 'right'],
              rows: tallies.map((t) => [
                t.name,
                String(t.added),
                String(t.created),
                String(t.alreadyMembers),
              ]),
            },
          },
          planSection(plan, applied, context.dryRun),
        ],
      },
    };
  },
});
