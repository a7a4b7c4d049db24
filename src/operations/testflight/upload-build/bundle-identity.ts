import type { Platform } from '../../../asc/generated/app-store-connect.js';
import type { ArchiveKind } from '../../../build-archive/archive-info.js';
import type { BundleInfo } from '../../../build-archive/bundle-info.js';
import { InputError } from '../../../input-error.js';

/** What the inputs say about the build, where they say it (each overrides nothing: it must agree). */
export interface IdentityInputs {
  bundleId?: string;
  version?: string;
  buildNumber?: string;
  platform?: Platform;
}

/** The identity the upload is made under. */
export interface BundleIdentity {
  bundleId: string;
  version: string;
  buildNumber: string;
  platform: Platform;
}

const fields = [
  { key: 'bundleId', input: 'bundle-id', plistKey: 'CFBundleIdentifier' },
  { key: 'version', input: 'app-version', plistKey: 'CFBundleShortVersionString' },
  { key: 'buildNumber', input: 'build-number', plistKey: 'CFBundleVersion' },
] as const;

/**
 * Combines what the archive says with what the inputs say: an input fills a value the archive
 * lacks, and must agree with a value it has (uploading 1.2 (45) as 1.2 (46) would only fail later).
 */
export function resolveIdentity(
  archive: BundleInfo | undefined,
  inputs: IdentityInputs,
  kind: ArchiveKind,
): BundleIdentity {
  const values: Partial<Record<(typeof fields)[number]['key'], string>> = {};
  for (const { key, input, plistKey } of fields) {
    const fromArchive = archive?.[key];
    const fromInput = inputs[key];
    if (fromArchive !== undefined && fromInput !== undefined && fromArchive !== fromInput) {
      throw new InputError(
        input,
        `'${fromInput}' differs from the archive's ${plistKey} '${fromArchive}' (${archive?.source})`,
      );
    }
    const value = fromInput ?? fromArchive;
    if (value === undefined) {
      throw new InputError(
        input,
        `it is empty, and the archive does not say its ${plistKey}${archive ? ` (${archive.source})` : ''}; set ${input}`,
      );
    }
    values[key] = value;
  }
  const platform = inputs.platform ?? archive?.platform ?? (kind === 'pkg' ? 'MAC_OS' : 'IOS');
  return {
    bundleId: values.bundleId as string,
    version: values.version as string,
    buildNumber: values.buildNumber as string,
    platform,
  };
}
