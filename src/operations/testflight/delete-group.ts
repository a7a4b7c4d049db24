import { defineOperation } from '../operation.js';
import { exactGroup, groupOutcome } from '../shared/group-outcome.js';
import { parseGroupName } from '../shared/group-settings.js';
import { applyPlan, Plan } from '../shared/plan.js';
import { parseAppInput, resolveApp } from '../shared/resolve-app.js';
import { listBetaGroups } from '../shared/resolve-groups.js';

export const deleteGroup = defineOperation({
  name: 'delete-group',
  parse: (inputs) => ({ app: parseAppInput(inputs), name: parseGroupName(inputs) }),
  async run(context, inputs) {
    const { client, log } = context;
    const app = await resolveApp(client, inputs.app);
    const group = exactGroup(await listBetaGroups(client, app), inputs.name);
    if (!group) {
      log.info(
        `Notice: no beta group named '${inputs.name}' in ${app.bundleId || app.id}; nothing to delete.`,
      );
    }
    const plan = new Plan().step(
      group && {
        kind: 'delete',
        target: `group '${inputs.name}'`,
        detail: `(${group.id})`,
        // The client treats a 404 after a lost answer as the delete having happened.
        apply: () => client.delete(`/v1/betaGroups/${group.id}`),
      },
    );
    const applied = await applyPlan(context, plan);
    return groupOutcome(context, {
      app,
      name: inputs.name,
      group,
      action: group ? 'deleted' : 'absent',
      changes: [],
      plan,
      applied,
    });
  },
});
