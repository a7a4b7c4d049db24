import { InputError } from '../../input-error.js';
import { defineOperation } from '../operation.js';
import { applyPlan, Plan, planSection } from '../shared/plan.js';
import { describeMember, findTeamMember } from '../shared/resolve-users.js';
import { removeMemberChange } from '../shared/user-access.js';
import { accountHolderRole } from '../shared/user-roles.js';
import { readMemberReference } from './user-inputs.js';

export const removeUser = defineOperation({
  name: 'remove-user',
  parse: (inputs) => ({ reference: readMemberReference(inputs) }),
  async run(context, inputs) {
    const { client, log } = context;
    const { member } = await findTeamMember(client, inputs.reference);
    const named = 'email' in inputs.reference ? inputs.reference.email : inputs.reference.id;
    if (member?.roles.includes(accountHolderRole)) {
      throw new InputError(
        'email' in inputs.reference ? 'email' : 'user-id',
        `${member.email} is the Account Holder, who cannot be removed from the team`,
      );
    }
    const plan = new Plan();
    if (member) plan.step(removeMemberChange(client, member));
    else log.info(`No user or pending invitation ${named} on this team: nothing to remove.`);

    const applied = await applyPlan(context, plan);
    return {
      result: {
        found: member !== undefined,
        member: member ?? null,
        removed: applied,
        plan: plan.records(),
        applied,
      },
      outputs: {
        'user-id': member?.kind === 'user' ? member.id : undefined,
        'invitation-id': member?.kind === 'invitation' ? member.id : undefined,
      },
      summary: {
        title: `Remove ${member ? describeMember(member) : named} from the team`,
        sections: [
          {
            lines: [
              member
                ? `${member.kind === 'user' ? 'User' : 'Pending invitation'} ${member.email}.`
                : `No user or pending invitation ${named}: already gone.`,
            ],
          },
          planSection(plan, applied, context.dryRun),
        ],
      },
    };
  },
});
