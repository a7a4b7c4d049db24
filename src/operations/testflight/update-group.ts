import type { BetaGroup } from '../../asc/generated/app-store-connect.js';
import { defineOperation } from '../operation.js';
import { groupOutcome, parseGroupInputs, updateGroupChange } from '../shared/group-outcome.js';
import {
  refuseInternalChange,
  refuseInternalPublicLink,
  settingChanges,
} from '../shared/group-settings.js';
import { applyPlan, Plan } from '../shared/plan.js';
import { resolveApp } from '../shared/resolve-app.js';
import { resolveGroups } from '../shared/resolve-groups.js';

export const updateGroup = defineOperation({
  name: 'update-group',
  parse: parseGroupInputs,
  async run(context, inputs) {
    const { client, log } = context;
    const app = await resolveApp(client, inputs.app);
    // An unknown name is an input error listing the app's groups.
    let [group] = (await resolveGroups(client, app, [inputs.name])) as [BetaGroup];
    refuseInternalChange(group, inputs.internal);
    if (group.attributes?.isInternalGroup) {
      refuseInternalPublicLink(inputs.settings, `'${inputs.name}' is an internal group`);
    }
    if (Object.keys(inputs.settings).length === 0) {
      log.info(
        'No setting to change was given (public-link-enabled, public-link-limit, public-link-limit-enabled, feedback-enabled).',
      );
    }
    const changes = settingChanges(group, inputs.settings);
    const plan = new Plan().step(
      changes.length > 0
        ? updateGroupChange(client, group, changes, (updated) => (group = updated))
        : undefined,
    );
    const applied = await applyPlan(context, plan);
    return groupOutcome(context, {
      app,
      name: inputs.name,
      group,
      action: changes.length > 0 ? 'updated' : 'unchanged',
      changes,
      plan,
      applied,
    });
  },
});
