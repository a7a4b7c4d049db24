import type { AscClient } from '../../asc/client.js';
import type { BetaGroup, BetaGroupUpdateRequest } from '../../asc/generated/app-store-connect.js';
import type { SingleDocument } from '../../asc/json-api.js';
import type { InputReader } from '../../input-reader.js';
import { linkCell } from '../../report/step-summary.js';
import type { OperationContext, OperationOutcome } from '../operation.js';
import { describeGroup } from '../testflight/list-groups.js';
import {
  describeChanges,
  parseGroupName,
  parseGroupSettings,
  publicLinkNote,
  type GroupSettings,
  type SettingChange,
} from './group-settings.js';
import { planSection, type Plan, type PlannedChange } from './plan.js';
import { parseAppInput, type ResolvedApp } from './resolve-app.js';

export interface GroupInputs {
  app: string;
  name: string;
  /** `internal-group`, when given. */
  internal?: boolean;
  settings: GroupSettings;
}

/** The inputs of create-group and update-group. */
export function parseGroupInputs(inputs: InputReader): GroupInputs {
  const app = parseAppInput(inputs);
  const name = parseGroupName(inputs);
  const internal = inputs.optionalBoolean('internal-group');
  const settings = parseGroupSettings(inputs, internal);
  return { app, name, ...(internal !== undefined ? { internal } : {}), settings };
}

/** What the run did to the group. */
export type GroupAction = 'created' | 'updated' | 'unchanged' | 'deleted' | 'absent';

/** A PATCH of the settings that differ; `onUpdated` receives the group as Apple returns it. */
export function updateGroupChange(
  client: AscClient,
  group: BetaGroup,
  changes: SettingChange[],
  onUpdated: (group: BetaGroup) => void,
): PlannedChange {
  const body: BetaGroupUpdateRequest = {
    data: {
      type: 'betaGroups',
      id: group.id,
      attributes: Object.fromEntries(changes.map((change) => [change.name, change.to])),
    },
  };
  return {
    kind: 'update',
    target: `group '${group.attributes?.name ?? group.id}'`,
    detail: describeChanges(changes),
    apply: async () => {
      const document = await client.patch<SingleDocument<BetaGroup>>(
        `/v1/betaGroups/${group.id}`,
        body,
      );
      if (document?.data) onUpdated(document.data);
    },
  };
}

export function exactGroup(groups: BetaGroup[], name: string): BetaGroup | undefined {
  return groups.find((group) => group.attributes?.name === name);
}

const actionWords: Record<GroupAction, [done: string, planned: string]> = {
  created: ['was created', 'will be created (dry run)'],
  updated: ['was updated', 'will be updated (dry run)'],
  unchanged: ['already has the settings asked for', 'already has the settings asked for'],
  deleted: ['was deleted', 'will be deleted (dry run)'],
  absent: ['does not exist; nothing to delete', 'does not exist; nothing to delete'],
};

/**
 * The result, outputs and summary of create-group, update-group and delete-group. Logs the public
 * link note (a public link is usable only once a build is in the group).
 */
export async function groupOutcome(
  context: OperationContext,
  details: {
    app: ResolvedApp;
    name: string;
    /** The group as it now is (or, on a dry run, as found); undefined when there is none. */
    group: BetaGroup | undefined;
    action: GroupAction;
    changes: SettingChange[];
    plan: Plan;
    applied: boolean;
  },
): Promise<OperationOutcome> {
  const { app, name, action, changes, plan, applied } = details;
  const group = details.group && action !== 'deleted' ? describeGroup(details.group) : undefined;
  const willHaveLink =
    context.dryRun && changes.some((c) => c.name === 'publicLinkEnabled' && c.to === true);
  const note =
    group && action !== 'absent'
      ? await publicLinkNote(context.client, {
          id: action === 'created' ? undefined : group.id,
          name,
          publicLink: group.publicLink,
        })
      : undefined;
  const lines = [
    `'${name}' ${actionWords[action][context.dryRun && plan.changes.length > 0 ? 1 : 0]}.`,
  ];
  if (note) {
    context.log.info(note);
    lines.push(note);
  } else if (willHaveLink) {
    lines.push('A public link will be created; it is usable once a build is in the group.');
  }
  return {
    result: {
      app,
      group: group ?? (details.group ? { id: details.group.id, name } : null),
      action,
      changes,
      ...(note ? { note } : {}),
      plan: plan.records(),
      applied,
    },
    outputs: {
      'app-id': app.id,
      'group-id': details.group?.id,
      'group-ids': details.group ? [details.group.id] : [],
      'public-link': group?.publicLink ?? undefined,
    },
    summary: {
      title: `Beta group '${name}' (${app.bundleId || app.id})`,
      sections: [
        {
          lines,
          ...(changes.length > 0
            ? {
                table: {
                  header: ['Setting', 'Before', 'After'],
                  rows: changes.map((c) => [c.name, String(c.from ?? '—'), String(c.to)]),
                },
              }
            : {}),
        },
        ...(group?.publicLink
          ? [
              {
                heading: 'Public link',
                table: {
                  header: ['Group', 'Public link'],
                  rows: [[name, linkCell(group.publicLink, group.publicLink)]],
                },
              },
            ]
          : []),
        planSection(plan, applied, context.dryRun),
      ],
    },
  };
}
