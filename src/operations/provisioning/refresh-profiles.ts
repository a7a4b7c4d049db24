import type { ProfileType } from '../../asc/generated/app-store-connect.js';
import { InputError } from '../../input-error.js';
import type { InputReader } from '../../input-reader.js';
import { defineOperation, type OperationContext } from '../operation.js';
import { applyPlan, Plan, planSection, type PlannedChange } from '../shared/plan.js';
import {
  regenerateProfile,
  type CreatedProfile,
  type ProfileSpec,
} from '../shared/profile-creation.js';
import {
  deviceFitsProfile,
  devicesForProfile,
  enabledDevicesAtApplyTime,
  listEnabledDevices,
} from '../shared/profile-devices.js';
import { parseBundleIdentifier, resolveBundleId } from '../shared/resolve-bundle-id.js';
import { validCertificatesFor } from '../shared/resolve-certificates.js';
import {
  findProfiles,
  listProfiles,
  profileDefect,
  profileTypeHoldsDevices,
  profileTypes,
  type ProfileSummary,
} from '../shared/resolve-profiles.js';
import type { AccountDevice } from '../shared/resolve-devices.js';

export interface ProfileRefreshInputs {
  /** Names or ids from the `profiles` input; empty: every development/ad hoc profile of `bundleId`. */
  profiles: string[];
  bundleId?: string;
}

/** Devices the caller's plan is about to add or remove (not yet done in the account). */
export interface DeviceChanges {
  addedDevices: { udid: string; platform: 'IOS' | 'MAC_OS' }[];
  removedDeviceIds: string[];
  /** Every registered device, when the caller has just listed them (saves listing them again). */
  accountDevices?: AccountDevice[];
}

export interface ProfileRefreshPlan {
  /** The regeneration changes, appended by the caller as later stages. */
  plan: Plan;
  /** The profiles that will be regenerated, and why. */
  profiles: { name: string; id: string; reason: string }[];
  /** What was found and done: the new profile ids and UUIDs after apply. */
  result(): Record<string, unknown>;
}

const deviceProfileTypes = profileTypes.filter(profileTypeHoldsDevices);

interface RefreshDecision {
  profile: ProfileSummary;
  /** Why it is regenerated; undefined when it is already current. */
  reason: string | undefined;
  expectedDevices: number;
}

function countLabel(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

/** Compares a profile's devices with the devices it should hold once the caller's plan is applied. */
function decide(
  profile: ProfileSummary,
  enabled: AccountDevice[],
  changes: DeviceChanges,
): RefreshDecision {
  const defect = profileDefect(profile);
  if (!profileTypeHoldsDevices(profile.profileType)) {
    return { profile, reason: defect, expectedDevices: 0 };
  }
  const removed = new Set(changes.removedDeviceIds);
  const knownUdids = new Set(enabled.map((device) => device.udid.toLowerCase()));
  const expected = devicesForProfile(profile.profileType, enabled).filter(
    (device) => !removed.has(device.id),
  );
  const added = changes.addedDevices.filter(
    (device) =>
      !knownUdids.has(device.udid.toLowerCase()) && deviceFitsProfile(profile.profileType, device),
  );
  const current = new Set(profile.deviceIds ?? []);
  const missing = expected.filter((device) => !current.has(device.id)).length + added.length;
  const expectedIds = new Set(expected.map((device) => device.id));
  const extra = [...current].filter((id) => !expectedIds.has(id)).length;
  const parts: string[] = [];
  if (defect) parts.push(defect);
  if (missing > 0) parts.push(`${countLabel(missing, 'device')} to add`);
  if (extra > 0) parts.push(`${countLabel(extra, 'device')} to remove`);
  return {
    profile,
    reason: parts.length > 0 ? parts.join('; ') : undefined,
    expectedDevices: expected.length + added.length,
  };
}

async function readCandidates(
  context: OperationContext,
  inputs: ProfileRefreshInputs,
): Promise<ProfileSummary[]> {
  const { client } = context;
  if (inputs.profiles.length > 0) {
    const { found, missing } = await findProfiles(client, inputs.profiles, { withDevices: true });
    if (missing.length > 0) {
      throw new InputError(
        'profiles',
        `no profile is named (or has the id) ${missing.map((m) => `'${m}'`).join(', ')}; to create one, use operation: create-profile`,
      );
    }
    return found;
  }
  if (!inputs.bundleId) {
    throw new InputError('profiles', 'name the profiles to regenerate, or give bundle-id');
  }
  const bundle = await resolveBundleId(client, inputs.bundleId);
  const profiles = await listProfiles(client, { types: deviceProfileTypes, withDevices: true });
  return profiles.filter((profile) => profile.bundleId?.id === bundle.id);
}

/**
 * The certificates the replacement is signed with: the old ones, or all valid ones if none is left.
 * A profile that is invalid or expired may list certificates that expired or were revoked, which
 * Apple refuses for a new profile; only its certificates that are still valid are kept.
 */
async function certificatesFor(
  context: OperationContext,
  profile: ProfileSummary,
  cache: Map<ProfileType, Promise<string[]>>,
): Promise<string[]> {
  const validIds = (): Promise<string[]> => {
    let valid = cache.get(profile.profileType);
    if (!valid) {
      valid = validCertificatesFor(context.client, profile.profileType).then((list) =>
        list.map((certificate) => certificate.id),
      );
      cache.set(profile.profileType, valid);
    }
    return valid;
  };
  if (profile.certificateIds.length > 0 && profileDefect(profile) === undefined) {
    return profile.certificateIds;
  }
  const ids = await validIds();
  const kept = profile.certificateIds.filter((id) => ids.includes(id));
  if (kept.length > 0) return kept;
  if (ids.length === 0) {
    throw new Error(
      `Profile '${profile.name}' has no valid certificate left and the team has no valid certificate to sign a ${profile.profileType} profile; create one first (operation: create-certificate)`,
    );
  }
  return ids;
}

function specOf(profile: ProfileSummary, certificateIds: string[]): ProfileSpec {
  if (!profile.bundleId) throw new Error(`Profile '${profile.name}' has no bundle ID`);
  return {
    name: profile.name,
    profileType: profile.profileType,
    bundleId: profile.bundleId,
    certificateIds,
  };
}

/**
 * Reads and plans which profiles to regenerate (delete, then re-create with the same name, type,
 * bundle ID and certificates, and every enabled device of the platform). The create reads the
 * enabled devices when it is applied, so devices registered earlier in the same plan are included.
 */
export async function planProfileRefresh(
  context: OperationContext,
  inputs: ProfileRefreshInputs,
  changes: DeviceChanges = { addedDevices: [], removedDeviceIds: [] },
): Promise<ProfileRefreshPlan> {
  const { client } = context;
  const [candidates, enabled] = await Promise.all([
    readCandidates(context, inputs),
    changes.accountDevices
      ? changes.accountDevices.filter((device) => device.status === 'ENABLED')
      : listEnabledDevices(client),
  ]);
  const decisions = candidates.map((profile) => decide(profile, enabled, changes));
  // Apple refuses a development or ad hoc profile without devices: such a profile is left as it is.
  const withoutDevices = decisions.filter(
    (d) =>
      d.reason !== undefined &&
      profileTypeHoldsDevices(d.profile.profileType) &&
      d.expectedDevices === 0,
  );
  for (const { profile } of withoutDevices) {
    context.log.warning(
      `Profile '${profile.name}' (${profile.profileType}) is not regenerated: no enabled device of its platform would be left in it, and Apple refuses such a profile.`,
    );
  }
  const stale = decisions.filter((d) => d.reason !== undefined && !withoutDevices.includes(d));
  const certificateCache = new Map<ProfileType, Promise<string[]>>();
  const specs = await Promise.all(
    stale.map(async (d) =>
      specOf(d.profile, await certificatesFor(context, d.profile, certificateCache)),
    ),
  );

  const devicesNow = enabledDevicesAtApplyTime(client);
  const regenerated: { old: ProfileSummary; created: CreatedProfile }[] = [];
  const changesToApply: PlannedChange[] = stale.map((decision, index) => {
    const spec = specs[index] as ProfileSpec;
    const old = decision.profile;
    const holdsDevices = profileTypeHoldsDevices(old.profileType);
    return {
      kind: 'update',
      target: `profile '${old.name}'`,
      detail: `regenerate (delete and re-create${holdsDevices ? ` with ${countLabel(decision.expectedDevices, 'device')}` : ''}): ${decision.reason}`,
      apply: async () => {
        const created = await regenerateProfile(
          client,
          old,
          spec,
          async () =>
            holdsDevices
              ? devicesForProfile(old.profileType, await devicesNow()).map((device) => device.id)
              : [],
          (description) => context.done(description),
        );
        regenerated.push({ old, created });
      },
    };
  });

  return {
    plan: new Plan().stage(changesToApply),
    profiles: stale.map((d) => ({
      name: d.profile.name,
      id: d.profile.id,
      reason: d.reason ?? '',
    })),
    result: () => ({
      regenerated: regenerated.map(({ old, created }) => ({
        name: created.name,
        profileType: created.profileType,
        previousId: old.id,
        previousUuid: old.uuid,
        id: created.id,
        uuid: created.uuid,
        devices: created.deviceCount,
      })),
      toRegenerate: stale.map((d) => ({
        name: d.profile.name,
        id: d.profile.id,
        reason: d.reason,
      })),
      current: decisions
        .filter((d) => d.reason === undefined)
        .map((d) => ({ name: d.profile.name, id: d.profile.id, uuid: d.profile.uuid })),
      leftWithoutDevices: withoutDevices.map((d) => ({
        name: d.profile.name,
        id: d.profile.id,
        reason: d.reason,
      })),
    }),
  };
}

export function parseProfileRefreshInputs(inputs: InputReader): ProfileRefreshInputs {
  const profiles = inputs.list('profiles');
  const bundleId = parseBundleIdentifier(inputs, { required: profiles.length === 0 });
  return { profiles, ...(bundleId ? { bundleId } : {}) };
}

export const refreshProfiles = defineOperation({
  name: 'refresh-profiles',
  parse: parseProfileRefreshInputs,
  async run(context, inputs) {
    const refresh = await planProfileRefresh(context, inputs);
    const applied = await applyPlan(context, refresh.plan);
    const result = refresh.result();
    const regenerated = result.regenerated as { id: string; uuid: string; name: string }[];
    const current = result.current as { name: string }[];
    context.log.info(
      `${countLabel(refresh.profiles.length, 'profile')} to regenerate, ${current.length} already current`,
    );
    return {
      result: { ...result, plan: refresh.plan.records(), applied },
      outputs: {
        'profile-ids': regenerated.map((p) => p.id),
        'profile-uuids': regenerated.map((p) => p.uuid),
        'profile-names': regenerated.map((p) => p.name),
      },
      summary: {
        title: 'Refresh profiles',
        sections: [
          {
            lines: [
              `${countLabel(refresh.profiles.length, 'profile')} to regenerate; already current: ${current.map((p) => p.name).join(', ') || 'none'}.`,
            ],
          },
          planSection(refresh.plan, applied, context.dryRun),
          ...(regenerated.length > 0
            ? [
                {
                  heading: 'New profiles',
                  table: {
                    header: ['Name', 'ID', 'UUID'],
                    rows: regenerated.map((p) => [p.name, p.id, p.uuid]),
                  },
                },
              ]
            : []),
        ],
      },
    };
  },
});
