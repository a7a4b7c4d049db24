import { AscApiError } from '../../asc/errors.js';
import type { ProfileType } from '../../asc/generated/app-store-connect.js';
import { InputError } from '../../input-error.js';
import { stateCell } from '../../report/step-summary.js';
import { defineOperation } from '../operation.js';
import { applyPlan, Plan, planSection } from '../shared/plan.js';
import {
  defaultProfileName,
  planProfileCreation,
  type PlannedProfileCreation,
} from '../shared/plan-profile-creation.js';
import { readProfileDirs, saveProfile } from '../shared/profile-files.js';
import {
  parseBundleIdentifier,
  resolveBundleId,
  type BundleIdSummary,
} from '../shared/resolve-bundle-id.js';
import {
  listBundleIdProfiles,
  listProfiles,
  profileDefect,
  profileTypes,
  readProfileContent,
  type ProfileSummary,
  type UnreadableProfile,
} from '../shared/resolve-profiles.js';
import { planProfileRefresh, type ProfileRefreshPlan } from './refresh-profiles.js';

interface DownloadInputs {
  bundleId: string | undefined;
  profileTypes: ProfileType[];
  createIfMissing: boolean;
  profileName: string | undefined;
  repair: boolean;
  profileDirs: string[];
}

function parseProfileTypes(values: string[]): ProfileType[] {
  return values.map((value) => {
    const match = profileTypes.find((type) => type.toLowerCase() === value.toLowerCase());
    if (!match) {
      throw new InputError('profile-type', `'${value}' is not one of ${profileTypes.join(', ')}`);
    }
    return match;
  });
}

interface DownloadedProfile {
  id: string;
  name: string;
  uuid: string;
  profileType: ProfileType;
  expirationDate: string | null;
  paths: string[];
  source: 'existing' | 'created' | 'regenerated';
}

/**
 * `download-profiles`: writes `<UUID>.mobileprovision` files of the active profiles of a bundle ID
 * (and type) where Xcode reads them. Invalid or expired ones are skipped with a warning, or
 * regenerated with `repair: true`; `create-if-missing: true` creates the profile when there is none.
 */
export const downloadProfiles = defineOperation({
  name: 'download-profiles',
  parse: (inputs): DownloadInputs => {
    const createIfMissing = inputs.boolean('create-if-missing', false);
    const bundleId = parseBundleIdentifier(inputs, { required: createIfMissing });
    const types = parseProfileTypes(inputs.list('profile-type'));
    if (createIfMissing && types.length !== 1) {
      throw new InputError(
        'profile-type',
        'create-if-missing needs exactly one profile-type: the type of the profile to create',
      );
    }
    return {
      bundleId,
      profileTypes: types,
      createIfMissing,
      profileName: inputs.optional('profile-name'),
      repair: inputs.boolean('repair', false),
      profileDirs: readProfileDirs(inputs),
    };
  },
  async run(context, inputs) {
    const { client, log } = context;
    const bundle: BundleIdSummary | undefined = inputs.bundleId
      ? await resolveBundleId(client, inputs.bundleId)
      : undefined;
    const query = {
      ...(inputs.profileTypes.length > 0 ? { types: inputs.profileTypes } : {}),
      withContent: true,
    };
    // With a bundle ID, only its profiles are read (its relationship), not the whole team's.
    const { profiles: found, unreadable } = bundle
      ? await listBundleIdProfiles(client, bundle, query)
      : { profiles: await listProfiles(client, query), unreadable: [] as UnreadableProfile[] };
    for (const profile of unreadable) {
      log.warning(
        `Skipped profile '${profile.name}' (id ${profile.id}): ${bundle?.identifier ?? 'the bundle ID'} lists it, but Apple answers 404 when it is read (a deleted, stale profile).`,
      );
    }
    const usable = found.filter((profile) => profileDefect(profile) === undefined);
    const defective = found.filter((profile) => profileDefect(profile) !== undefined);
    const skipped = inputs.repair ? [] : defective;
    for (const profile of skipped) {
      log.warning(
        `Skipped profile '${profile.name}' (${profile.profileType}, id ${profile.id}): ${profileDefect(profile)}. Set repair: true to regenerate it.`,
      );
    }

    const plan = new Plan();
    let repair: ProfileRefreshPlan | undefined;
    if (inputs.repair && defective.length > 0) {
      repair = await planProfileRefresh(context, { profiles: defective.map((p) => p.id) });
      for (const stage of repair.plan.orderedStages) plan.stage(stage);
    }
    let creation: PlannedProfileCreation | undefined;
    const wantedType = inputs.profileTypes[0];
    if (inputs.createIfMissing && bundle && wantedType && found.length === 0) {
      creation = await planProfileCreation(client, {
        name: inputs.profileName ?? defaultProfileName(bundle.identifier, wantedType),
        profileType: wantedType,
        bundle,
        certificateIds: [],
        devices: [],
      });
      plan.step(creation.change);
    }
    const applied = await applyPlan(context, plan);

    const dirs = inputs.profileDirs;
    const downloaded: DownloadedProfile[] = [];
    const save = async (
      profile: Pick<ProfileSummary, 'id' | 'name' | 'profileType' | 'expirationDate'>,
      content: string | undefined,
      source: DownloadedProfile['source'],
    ): Promise<void> => {
      let text = content;
      if (!text) {
        try {
          text = await readProfileContent(client, profile.id);
        } catch (error) {
          if (!(error instanceof AscApiError && error.status === 404)) throw error;
          unreadable.push({ id: profile.id, name: profile.name });
          log.warning(
            `Skipped profile '${profile.name}' (id ${profile.id}): Apple answers 404 when it is read.`,
          );
          return;
        }
      }
      const saved = await saveProfile(dirs, text);
      const { id, name, profileType, expirationDate } = profile;
      downloaded.push({
        id,
        name,
        profileType,
        expirationDate,
        uuid: saved.uuid,
        paths: saved.paths,
        source,
      });
      for (const path of saved.paths) log.info(`Wrote ${path} (${profile.name})`);
    };
    for (const profile of usable) await save(profile, profile.content, 'existing');
    const regenerated = (repair?.result().regenerated ?? []) as {
      id: string;
      name: string;
      profileType: ProfileType;
    }[];
    for (const profile of regenerated) {
      await save({ ...profile, expirationDate: null }, undefined, 'regenerated');
    }
    const created = creation?.created();
    if (created) {
      await save(
        { ...created, expirationDate: created.expirationDate ?? null },
        created.content,
        'created',
      );
    }
    if (downloaded.length === 0 && plan.isEmpty) {
      log.warning(
        `No usable profile${bundle ? ` for ${bundle.identifier}` : ''}${inputs.profileTypes.length > 0 ? ` of type ${inputs.profileTypes.join(', ')}` : ''}; set create-if-missing: true to create one.`,
      );
    }

    const paths = downloaded.flatMap((profile) => profile.paths);
    return {
      result: {
        bundleId: bundle ?? null,
        profiles: downloaded,
        skipped: [
          ...skipped.map((p) => ({ id: p.id, name: p.name, reason: profileDefect(p) })),
          ...unreadable.map((p) => ({ id: p.id, name: p.name, reason: 'unreadable (404)' })),
        ],
        directories: dirs,
        plan: plan.records(),
        applied,
      },
      outputs: {
        'profile-paths': paths,
        'profile-uuids': downloaded.map((profile) => profile.uuid),
        'profile-names': downloaded.map((profile) => profile.name),
        'profile-ids': downloaded.map((profile) => profile.id),
      },
      summary: {
        title: 'Download profiles',
        sections: [
          {
            lines: [`Written to ${dirs.join(' and ')}.`],
            table: {
              header: ['Name', 'Type', 'UUID', 'Expires', 'Source'],
              rows: downloaded.map((p) => [
                p.name,
                stateCell(p.profileType),
                p.uuid,
                p.expirationDate?.slice(0, 10) ?? '',
                p.source,
              ]),
            },
          },
          ...(skipped.length + unreadable.length > 0
            ? [
                {
                  heading: 'Skipped',
                  lines: [
                    ...skipped.map((p) => `${p.name}: ${profileDefect(p)}`),
                    ...unreadable.map(
                      (p) => `${p.name}: Apple answers 404 when it is read (stale)`,
                    ),
                  ],
                },
              ]
            : []),
          planSection(plan, applied, context.dryRun),
        ],
      },
    };
  },
});
