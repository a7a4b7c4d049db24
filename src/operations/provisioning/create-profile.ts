import { InputError } from '../../input-error.js';
import { defineOperation } from '../operation.js';
import { applyPlan, Plan, planSection } from '../shared/plan.js';
import {
  defaultProfileName,
  planProfileCreation,
  type PlannedProfileCreation,
} from '../shared/plan-profile-creation.js';
import { regenerateProfile, type CreatedProfile } from '../shared/profile-creation.js';
import { readProfileDirs, saveProfile } from '../shared/profile-files.js';
import { parseBundleIdentifier, resolveBundleId } from '../shared/resolve-bundle-id.js';
import {
  listProfiles,
  profileDefect,
  profileTypes,
  readProfileContent,
  type ProfileSummary,
} from '../shared/resolve-profiles.js';

/** `create-profile`: a profile for a bundle ID, signed by its certificates, with its devices. */
export const createProfileOperation = defineOperation({
  name: 'create-profile',
  parse: (inputs) => {
    const profileType = inputs.requiredChoice(
      'profile-type',
      profileTypes,
      'it names the kind of profile',
    );
    return {
      profileType,
      bundleId: parseBundleIdentifier(inputs, { required: true }) as string,
      name: inputs.optional('profile-name'),
      certificateIds: inputs.list('certificate-ids'),
      devices: inputs.list('device-ids'),
      profileDirs: readProfileDirs(inputs),
    };
  },
  async run(context, inputs) {
    const { client, log } = context;
    const bundle = await resolveBundleId(client, inputs.bundleId);
    const name = inputs.name ?? defaultProfileName(bundle.identifier, inputs.profileType);
    const existing = (await listProfiles(client, { names: [name], withContent: true })).find(
      (profile) => profile.name === name,
    );
    if (
      existing &&
      (existing.profileType !== inputs.profileType || existing.bundleId?.id !== bundle.id)
    ) {
      throw new InputError(
        inputs.name ? 'profile-name' : 'profile-type',
        `a profile named '${name}' already exists as ${existing.profileType} for ${existing.bundleId?.identifier ?? '?'}; choose another profile-name, or delete it first (operation: delete-profile)`,
      );
    }
    const defect = existing ? profileDefect(existing) : undefined;

    const plan = new Plan();
    let planned: PlannedProfileCreation | undefined;
    let regenerated: CreatedProfile | undefined;
    if (!existing || defect) {
      planned = await planProfileCreation(client, {
        name,
        profileType: inputs.profileType,
        bundle,
        certificateIds: inputs.certificateIds,
        devices: inputs.devices,
      });
      if (existing) {
        const old: ProfileSummary = existing;
        const { spec, deviceIds } = planned;
        plan.step({
          kind: 'update',
          target: `profile '${name}'`,
          detail: `regenerate (delete and re-create): ${defect}`,
          apply: async () => {
            regenerated = await regenerateProfile(
              client,
              old,
              spec,
              async () => deviceIds,
              (description) => context.done(description),
            );
          },
        });
      } else {
        plan.step(planned.change);
      }
    } else {
      log.info(
        `Profile '${name}' (${existing.profileType}, UUID ${existing.uuid}) already exists.`,
      );
    }
    const applied = await applyPlan(context, plan);

    const created = regenerated ?? planned?.created();
    const profile = created
      ? { id: created.id, name: created.name, uuid: created.uuid, content: created.content }
      : existing && !defect
        ? { id: existing.id, name: existing.name, uuid: existing.uuid, content: existing.content }
        : undefined;
    let paths: string[] = [];
    if (profile) {
      const content = profile.content ?? (await readProfileContent(client, profile.id));
      paths = (await saveProfile(inputs.profileDirs, content)).paths;
      for (const path of paths) log.info(`Wrote ${path}`);
    }

    return {
      result: {
        bundleId: bundle,
        profile: profile
          ? {
              id: profile.id,
              name: profile.name,
              uuid: profile.uuid,
              profileType: inputs.profileType,
            }
          : null,
        alreadyExisted: existing !== undefined && !defect,
        certificateIds: planned?.spec.certificateIds ?? existing?.certificateIds ?? [],
        deviceCount: planned?.deviceIds.length ?? null,
        paths,
        plan: plan.records(),
        applied,
      },
      outputs: {
        'profile-id': profile?.id,
        'profile-uuid': profile?.uuid,
        'profile-name': name,
        'profile-paths': paths,
      },
      summary: {
        title: `Profile ${name}`,
        sections: [
          {
            lines: [
              profile
                ? `${inputs.profileType} profile for ${bundle.identifier}: id ${profile.id}, UUID ${profile.uuid}.`
                : `${inputs.profileType} profile for ${bundle.identifier} (not created: dry run).`,
            ],
          },
          planSection(plan, applied, context.dryRun),
        ],
      },
    };
  },
});
