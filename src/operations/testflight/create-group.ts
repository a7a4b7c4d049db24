import type { AscClient } from '../../asc/client.js';
import type { BetaGroup, BetaGroupCreateRequest } from '../../asc/generated/app-store-connect.js';
import type { SingleDocument } from '../../asc/json-api.js';
import { defineOperation } from '../operation.js';
import {
  exactGroup,
  groupOutcome,
  parseGroupInputs,
  updateGroupChange,
  type GroupAction,
  type GroupInputs,
} from '../shared/group-outcome.js';
import {
  describeSettings,
  refuseInternalChange,
  refuseInternalPublicLink,
  settingChanges,
  type SettingChange,
} from '../shared/group-settings.js';
import { applyPlan, Plan, type PlannedChange } from '../shared/plan.js';
import { resolveApp, type ResolvedApp } from '../shared/resolve-app.js';
import { listBetaGroups } from '../shared/resolve-groups.js';

async function findGroupByName(
  client: AscClient,
  app: ResolvedApp,
  name: string,
): Promise<BetaGroup | undefined> {
  return exactGroup(await listBetaGroups(client, app), name);
}

function createGroupChange(
  client: AscClient,
  app: ResolvedApp,
  inputs: GroupInputs,
  onCreated: (group: BetaGroup) => void,
): PlannedChange {
  const attributes = {
    name: inputs.name,
    ...(inputs.internal !== undefined ? { isInternalGroup: inputs.internal } : {}),
    ...inputs.settings,
  };
  const body: BetaGroupCreateRequest = {
    data: {
      type: 'betaGroups',
      attributes,
      relationships: { app: { data: { type: 'apps', id: app.id } } },
    },
  };
  // A create whose answer was lost is recognised by the group's name, unique within the app.
  const recover = async (): Promise<SingleDocument<BetaGroup> | undefined> => {
    const group = await findGroupByName(client, app, inputs.name);
    return group ? { data: group } : undefined;
  };
  const { name: _name, ...shown } = attributes;
  return {
    kind: 'create',
    target: `group '${inputs.name}'`,
    ...(Object.keys(shown).length > 0 ? { detail: describeSettings(shown) } : {}),
    apply: async () => {
      const document = await client.post<SingleDocument<BetaGroup>>('/v1/betaGroups', body, {
        recover,
      });
      if (document?.data) onCreated(document.data);
    },
  };
}

export const createGroup = defineOperation({
  name: 'create-group',
  parse: parseGroupInputs,
  async run(context, inputs) {
    const { client } = context;
    const app = await resolveApp(client, inputs.app);
    let group = await findGroupByName(client, app, inputs.name);
    let action: GroupAction;
    let changes: SettingChange[];
    const plan = new Plan();
    const keep = (updated: BetaGroup) => (group = updated);
    if (!group) {
      action = 'created';
      changes = Object.entries(inputs.settings).map(([name, to]) => ({
        name: name as SettingChange['name'],
        from: null,
        to: to as boolean | number,
      }));
      plan.step(createGroupChange(client, app, inputs, keep));
    } else {
      refuseInternalChange(group, inputs.internal);
      if (group.attributes?.isInternalGroup) {
        refuseInternalPublicLink(inputs.settings, `'${inputs.name}' is an internal group`);
      }
      changes = settingChanges(group, inputs.settings);
      action = changes.length > 0 ? 'updated' : 'unchanged';
      if (changes.length > 0) plan.step(updateGroupChange(client, group, changes, keep));
    }
    if (action === 'unchanged') {
      context.log.info(`'${inputs.name}' already exists with the settings asked for.`);
    }
    const applied = await applyPlan(context, plan);
    return groupOutcome(context, { app, name: inputs.name, group, action, changes, plan, applied });
  },
});
