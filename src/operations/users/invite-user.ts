import { InputReader } from '../../input-reader.js';
import { defineOperation } from '../operation.js';
import { applyPlan, Plan, planSection } from '../shared/plan.js';
import { readTeam } from '../shared/resolve-users.js';
import { resolveAppReferences } from '../shared/resolve-visible-apps.js';
import {
  accessDifferences,
  mergeAccess,
  planInvitation,
  planUserUpdate,
  type InvitationSpec,
} from '../shared/user-access.js';
import { readRoles } from '../shared/user-roles.js';
import { readAppVisibility, readEmail } from './user-inputs.js';

type InviteStatus =
  | 'invited'
  | 'invitation-replaced'
  | 'already-invited'
  | 'already-user'
  | 'user-updated'
  | 'user-up-to-date';

export const inviteUser = defineOperation({
  name: 'invite-user',
  parse: (inputs) => {
    const email = readEmail(inputs, 'it is the address the invitation goes to');
    const firstName = inputs.required('first-name', 'Apple needs it for the invitation');
    const lastName = inputs.required('last-name', 'Apple needs it for the invitation');
    const roles = readRoles(inputs, 'roles', true);
    if (!roles) throw InputReader.empty('roles', 'an invitation needs at least one role');
    return {
      email,
      firstName,
      lastName,
      roles,
      ...readAppVisibility(inputs),
      provisioningAllowed: inputs.optionalBoolean('provisioning-allowed'),
      updateExisting: inputs.boolean('update-existing', false),
    };
  },
  async run(context, inputs) {
    const { client, log } = context;
    const [apps, team] = await Promise.all([
      resolveAppReferences(client, inputs.visibleApps, 'visible-apps'),
      readTeam(client, { email: inputs.email }),
    ]);
    for (const app of apps.values()) team.appLabels.set(app.id, app.bundleId);
    const appLabel = (id: string) => team.appLabels.get(id) ?? id;
    const visibleAppIds = [...apps.values()].map((app) => app.id);
    const allAppsVisible = inputs.allAppsVisible ?? visibleAppIds.length === 0;

    const plan = new Plan();
    const user = team.users[0];
    const pending = team.invitations[0];
    let invitationId = pending?.id;
    let status: InviteStatus;
    let differences: string[] = [];

    if (user) {
      const next = mergeAccess(
        user,
        {
          roles: inputs.roles,
          allAppsVisible,
          visibleAppIds,
          ...(inputs.provisioningAllowed === undefined
            ? {}
            : { provisioningAllowed: inputs.provisioningAllowed }),
        },
        inputs.email,
        'visible-apps',
      );
      differences = accessDifferences(user, next, appLabel);
      if (inputs.updateExisting) {
        plan.step(planUserUpdate(client, user, next, appLabel));
        status = differences.length > 0 ? 'user-updated' : 'user-up-to-date';
      } else {
        status = 'already-user';
        log.info(
          differences.length > 0
            ? `${inputs.email} is already a user; nothing sent. Their access differs (${differences.join('; ')}): set update-existing to true to change it.`
            : `${inputs.email} is already a user with this access; nothing sent.`,
        );
      }
    } else {
      const spec: InvitationSpec = {
        email: inputs.email,
        firstName: inputs.firstName,
        lastName: inputs.lastName,
        roles: inputs.roles,
        allAppsVisible,
        visibleAppIds,
        provisioningAllowed: inputs.provisioningAllowed ?? false,
      };
      const planned = planInvitation(client, spec, pending, appLabel, (id) => {
        invitationId = id;
      });
      plan.step(planned.withdraw).step(planned.create);
      differences = planned.differences;
      status = !pending ? 'invited' : planned.create ? 'invitation-replaced' : 'already-invited';
    }

    const applied = await applyPlan(context, plan);
    const userId = user?.id;
    return {
      result: {
        email: inputs.email,
        status,
        user: user ?? null,
        invitation: pending && status === 'already-invited' ? pending : null,
        invitationId: user ? null : (invitationId ?? null),
        differences,
        plan: plan.records(),
        applied,
      },
      outputs: {
        'user-id': userId,
        'invitation-id': user ? undefined : invitationId,
        status,
      },
      summary: {
        title: `Team invitation for ${inputs.email}`,
        sections: [
          { lines: [statusLine(status, inputs.email, differences)] },
          planSection(plan, applied, context.dryRun),
        ],
      },
    };
  },
});

function statusLine(status: InviteStatus, email: string, differences: string[]): string {
  const changes = differences.length > 0 ? ` (${differences.join('; ')})` : '';
  switch (status) {
    case 'invited':
      return `${email} is invited.`;
    case 'invitation-replaced':
      return `${email}'s pending invitation had other settings${changes}; it is replaced.`;
    case 'already-invited':
      return `${email} already has a pending invitation with these settings.`;
    case 'already-user':
      return `${email} is already a user; nothing was sent${changes ? `, although their access differs${changes}` : ''}.`;
    case 'user-updated':
      return `${email} is already a user; their access is brought to what was asked${changes}.`;
    case 'user-up-to-date':
      return `${email} is already a user with this access.`;
  }
}
