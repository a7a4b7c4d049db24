import { InputError } from '../../input-error.js';
import { defineOperation } from '../operation.js';
import { applyPlan, Plan, planSection } from '../shared/plan.js';
import { describeMember, findTeamMember } from '../shared/resolve-users.js';
import { resolveAppReferences } from '../shared/resolve-visible-apps.js';
import {
  accessDifferences,
  mergeAccess,
  planInvitation,
  planUserUpdate,
  type AccessRequest,
} from '../shared/user-access.js';
import { readRoles } from '../shared/user-roles.js';
import { readAppVisibility, readMemberReference } from './user-inputs.js';

export const updateUser = defineOperation({
  name: 'update-user',
  parse: (inputs) => {
    const reference = readMemberReference(inputs);
    const roles = readRoles(inputs, 'roles', true);
    const visibility = readAppVisibility(inputs);
    const provisioningAllowed = inputs.optionalBoolean('provisioning-allowed');
    if (
      !roles &&
      visibility.allAppsVisible === undefined &&
      visibility.visibleApps.length === 0 &&
      provisioningAllowed === undefined
    ) {
      throw new InputError(
        'roles',
        'nothing to change: give roles, all-apps-visible, visible-apps or provisioning-allowed',
      );
    }
    return { reference, roles, ...visibility, provisioningAllowed };
  },
  async run(context, inputs) {
    const { client, log } = context;
    const [apps, found] = await Promise.all([
      resolveAppReferences(client, inputs.visibleApps, 'visible-apps'),
      findTeamMember(client, inputs.reference),
    ]);
    const { member, appLabels } = found;
    const referenceInput = 'email' in inputs.reference ? 'email' : 'user-id';
    if (!member) {
      const named = 'email' in inputs.reference ? inputs.reference.email : inputs.reference.id;
      throw new InputError(referenceInput, `no user or pending invitation ${named} on this team`);
    }
    for (const app of apps.values()) appLabels.set(app.id, app.bundleId);
    const appLabel = (id: string) => appLabels.get(id) ?? id;

    const request: AccessRequest = {
      ...(inputs.roles ? { roles: inputs.roles } : {}),
      ...(inputs.allAppsVisible === undefined ? {} : { allAppsVisible: inputs.allAppsVisible }),
      ...(apps.size > 0 ? { visibleAppIds: [...apps.values()].map((app) => app.id) } : {}),
      ...(inputs.provisioningAllowed === undefined
        ? {}
        : { provisioningAllowed: inputs.provisioningAllowed }),
    };
    const next = mergeAccess(member, request, member.email, 'visible-apps');
    const differences = accessDifferences(member, next, appLabel);
    const plan = new Plan();
    let invitationId = member.kind === 'invitation' ? member.id : undefined;
    if (member.kind === 'user') {
      plan.step(planUserUpdate(client, member, next, appLabel));
    } else {
      log.info(
        `${member.email} has not accepted the invitation yet; it is replaced if it differs.`,
      );
      const spec = {
        ...next,
        email: member.email,
        firstName: member.firstName,
        lastName: member.lastName,
      };
      const planned = planInvitation(client, spec, member, appLabel, (id) => {
        invitationId = id;
      });
      plan.step(planned.withdraw).step(planned.create);
    }

    const applied = await applyPlan(context, plan);
    return {
      result: {
        member,
        kind: member.kind,
        access: next,
        differences,
        plan: plan.records(),
        applied,
      },
      outputs: {
        'user-id': member.kind === 'user' ? member.id : undefined,
        'invitation-id': invitationId,
      },
      summary: {
        title: `Access of ${describeMember(member)}`,
        sections: [
          {
            lines: [
              differences.length > 0
                ? `Changes: ${differences.join('; ')}.`
                : 'Already as asked: nothing to change.',
            ],
          },
          planSection(plan, applied, context.dryRun),
        ],
      },
    };
  },
});
