import type { AscClient } from '../../asc/client.js';
import type { BuildUpdateRequest } from '../../asc/generated/app-store-connect.js';
import type { ActionLog } from '../../log.js';
import type { PlannedChange } from './plan.js';
import { describeBuild, type ResolvedBuild } from './resolve-build.js';

export type ExportComplianceState = 'set' | 'missing' | 'will-be-set';

export interface ExportCompliancePlan {
  state: ExportComplianceState;
  change?: PlannedChange;
}

/**
 * Answers export compliance (`usesNonExemptEncryption`) when the build has no answer yet and the
 * input gives one. An existing answer is left as it is: Apple fixes it once given. A build without
 * an answer cannot reach testers, which is said as a warning when the input is absent.
 */
export function planExportCompliance(
  client: AscClient,
  log: ActionLog,
  build: ResolvedBuild,
  usesNonExemptEncryption: boolean | undefined,
): ExportCompliancePlan {
  const current = build.usesNonExemptEncryption;
  if (current !== null) {
    if (usesNonExemptEncryption !== undefined && usesNonExemptEncryption !== current) {
      log.warning(
        `Build ${describeBuild(build)} already declares usesNonExemptEncryption: ${current}; the input uses-non-exempt-encryption: ${usesNonExemptEncryption} is ignored (Apple does not change an answered build).`,
      );
    }
    return { state: 'set' };
  }
  if (usesNonExemptEncryption === undefined) {
    log.warning(
      `Build ${describeBuild(build)} is missing export compliance: testers cannot install it until it is answered. Set the input uses-non-exempt-encryption (true or false), add ITSAppUsesNonExemptEncryption to Info.plist, or answer it in App Store Connect.`,
    );
    return { state: 'missing' };
  }
  const body: BuildUpdateRequest = {
    data: { type: 'builds', id: build.id, attributes: { usesNonExemptEncryption } },
  };
  return {
    state: 'will-be-set',
    change: {
      kind: 'update',
      target: `build ${describeBuild(build)}`,
      detail: `usesNonExemptEncryption: ${usesNonExemptEncryption}`,
      apply: async () => {
        await client.patch(`/v1/builds/${build.id}`, body);
      },
    },
  };
}
