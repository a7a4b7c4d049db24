import { defineOperation } from '../operation.js';
import { applyPlan, Plan, planSection, type PlannedChange } from '../shared/plan.js';
import { readTeam, type TeamMember } from '../shared/resolve-users.js';
import { resolveAppReferences } from '../shared/resolve-visible-apps.js';
import {
  mergeAccess,
  planInvitation,
  planUserUpdate,
  removeMemberChange,
  type AccessRequest,
} from '../shared/user-access.js';
import { accountHolderRole } from '../shared/user-roles.js';
import { readUsersFile, type UserEntry } from './users-file.js';

function visibilityRequest(entry: UserEntry, appIds: Map<string, string>): AccessRequest {
  if (entry.apps === undefined) return {};
  if (entry.apps.length === 0) return { allAppsVisible: true };
  return { allAppsVisible: false, visibleAppIds: entry.apps.map((app) => appIds.get(app) ?? app) };
}

const noAccess = { roles: [], allAppsVisible: true, visibleAppIds: [], provisioningAllowed: false };

/** Brings the team to what `users-file` lists: invitations, access changes and, optionally, removals. */
export const syncUsers = defineOperation({
  name: 'sync-users',
  parse: (inputs) => ({
    ...readUsersFile(inputs),
    removeMissing: inputs.boolean('remove-missing', false),
  }),
  async run(context, inputs) {
    const { client, log } = context;
    const references = [...new Set(inputs.entries.flatMap((entry) => entry.apps ?? []))];
    const [apps, team] = await Promise.all([
      resolveAppReferences(client, references, 'users-file'),
      readTeam(client),
    ]);
    const appIds = new Map([...apps].map(([reference, app]) => [reference, app.id]));
    for (const app of apps.values()) team.appLabels.set(app.id, app.bundleId);
    const appLabel = (id: string) => team.appLabels.get(id) ?? id;
    const byEmail = (members: TeamMember[]) =>
      new Map(members.map((member) => [member.email.toLowerCase(), member]));
    const users = byEmail(team.users);
    const invitations = byEmail(team.invitations);

    const first: PlannedChange[] = [];
    const invites: PlannedChange[] = [];
    const counts = { invite: 0, reinvite: 0, update: 0, remove: 0, unchanged: 0 };
    for (const entry of inputs.entries) {
      const key = entry.email.toLowerCase();
      const request: AccessRequest = { roles: entry.roles, ...visibilityRequest(entry, appIds) };
      const who = `line ${entry.line} (${entry.email})`;
      const user = users.get(key);
      if (user) {
        const update = planUserUpdate(
          client,
          user,
          mergeAccess(user, request, who, 'users-file'),
          appLabel,
        );
        if (update) first.push(update);
        counts[update ? 'update' : 'unchanged']++;
        continue;
      }
      const pending = invitations.get(key);
      const access = mergeAccess(pending ?? noAccess, request, who, 'users-file');
      const spec = {
        ...access,
        email: entry.email,
        firstName: entry.firstName,
        lastName: entry.lastName,
      };
      const planned = planInvitation(client, spec, pending, appLabel);
      if (planned.withdraw) first.push(planned.withdraw);
      if (planned.create) invites.push(planned.create);
      counts[!pending ? 'invite' : planned.create ? 'reinvite' : 'unchanged']++;
    }

    const listed = new Set(inputs.entries.map((entry) => entry.email.toLowerCase()));
    const missing = [...team.users, ...team.invitations].filter(
      (member) => !listed.has(member.email.toLowerCase()),
    );
    const keptHolders = missing.filter((member) => member.roles.includes(accountHolderRole));
    for (const holder of keptHolders) {
      log.warning(`${holder.email} is the Account Holder and is not in the users file; kept.`);
    }
    const removable = missing.filter((member) => !keptHolders.includes(member));
    if (inputs.removeMissing) {
      first.push(...removable.map((member) => removeMemberChange(client, member)));
      counts.remove = removable.length;
    } else if (removable.length > 0) {
      log.info(
        `${removable.length} team member(s) not in the users file are left alone (remove-missing is false): ${removable.map((m) => m.email).join(', ')}`,
      );
    }

    const plan = new Plan().stage(first).stage(invites);
    const applied = await applyPlan(context, plan);
    const unmanaged = inputs.removeMissing ? [] : removable.map((member) => member.email);
    return {
      result: {
        file: inputs.path,
        listed: inputs.entries.length,
        invited: counts.invite,
        reinvited: counts.reinvite,
        updated: counts.update,
        removed: counts.remove,
        unchanged: counts.unchanged,
        unmanaged,
        plan: plan.records(),
        applied,
      },
      outputs: {
        'users-invited': counts.invite + counts.reinvite,
        'users-updated': counts.update,
        'users-removed': counts.remove,
        'changes-planned': plan.changes.length,
      },
      summary: {
        title: `Team sync from ${inputs.path}`,
        sections: [
          {
            lines: [
              `${inputs.entries.length} people listed: ${counts.invite} to invite, ${counts.reinvite} invitations to replace, ${counts.update} to update, ${counts.unchanged} already as listed; ${counts.remove} to remove.`,
              ...(unmanaged.length > 0
                ? [
                    `Not in the file and left alone (remove-missing is false): ${unmanaged.join(', ')}.`,
                  ]
                : []),
            ],
          },
          planSection(plan, applied, context.dryRun),
        ],
      },
    };
  },
});
