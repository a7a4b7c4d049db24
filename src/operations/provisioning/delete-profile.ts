import { defineOperation } from '../operation.js';
import { applyPlan, Plan, planSection } from '../shared/plan.js';
import { findProfiles } from '../shared/resolve-profiles.js';

/**
 * `delete-profile`: deletes the profiles named (or identified) in `profiles`. A profile that does
 * not exist is reported, not an error, so that a re-run after success changes nothing.
 */
export const deleteProfile = defineOperation({
  name: 'delete-profile',
  parse: (inputs) => {
    const profiles = inputs.requiredList(
      'profiles',
      'it names the profiles to delete (names or ids)',
    );
    return { profiles };
  },
  async run(context, inputs) {
    const { client, log } = context;
    const { found, missing } = await findProfiles(client, inputs.profiles);
    for (const item of missing)
      log.warning(`No profile is named (or has the id) '${item}'; nothing to delete.`);
    const plan = new Plan().stage(
      found.map((profile) => ({
        kind: 'delete' as const,
        target: `profile '${profile.name}'`,
        detail: `${profile.profileType}, id ${profile.id}, UUID ${profile.uuid}`,
        apply: () => client.delete(`/v1/profiles/${profile.id}`),
      })),
    );
    const applied = await applyPlan(context, plan);
    const deleted = found.map(({ id, name, uuid, profileType }) => ({
      id,
      name,
      uuid,
      profileType,
    }));
    return {
      result: { profiles: deleted, missing, plan: plan.records(), applied },
      outputs: {
        'profile-ids': deleted.map((profile) => profile.id),
        'profile-names': deleted.map((profile) => profile.name),
      },
      summary: {
        title: 'Delete profiles',
        sections: [
          ...(missing.length > 0
            ? [{ lines: [`Not found (nothing to delete): ${missing.join(', ')}.`] }]
            : []),
          planSection(plan, applied, context.dryRun),
        ],
      },
    };
  },
});
