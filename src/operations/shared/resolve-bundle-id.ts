import type { AscClient } from '../../asc/client.js';
import { collectAll } from '../../asc/pagination.js';
import type { BundleId, BundleIdPlatform } from '../../asc/generated/app-store-connect.js';
import { InputError } from '../../input-error.js';
import { InputReader } from '../../input-reader.js';

export interface BundleIdSummary {
  id: string;
  identifier: string;
  name: string;
  platform: BundleIdPlatform | null;
  seedId: string | null;
}

const bundleIdentifierPattern = /^(\*|[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*(\.\*)?)$/;

/**
 * Reads a bundle identifier from `name` (default `bundle-id`), falling back to `app` when that holds
 * a bundle ID rather than a numeric app ID.
 */
export function parseBundleIdentifier(
  inputs: InputReader,
  options: { name?: string; required: boolean },
): string | undefined {
  const name = options.name ?? 'bundle-id';
  const direct = inputs.optional(name);
  const fromApp = inputs.optional('app');
  const value = direct ?? (fromApp && !/^\d+$/.test(fromApp) ? fromApp : undefined);
  if (value === undefined) {
    if (options.required) {
      throw InputReader.empty(name, 'it names the bundle ID (com.example.app)');
    }
    return undefined;
  }
  if (!bundleIdentifierPattern.test(value)) {
    throw new InputError(
      direct !== undefined ? name : 'app',
      `'${value}' is not a bundle ID (letters, digits, hyphens and dots, like com.example.app)`,
    );
  }
  return value;
}

export function toBundleIdSummary(bundleId: BundleId): BundleIdSummary {
  const a = bundleId.attributes ?? {};
  return {
    id: bundleId.id,
    identifier: a.identifier ?? '',
    name: a.name ?? '',
    platform: a.platform ?? null,
    seedId: a.seedId ?? null,
  };
}

/**
 * The registered bundle ID with exactly this identifier, or undefined. Apple's
 * `filter[identifier]` also returns longer identifiers that start with it, so only an exact match counts.
 */
export async function findBundleId(
  client: AscClient,
  identifier: string,
): Promise<BundleIdSummary | undefined> {
  const { data } = await collectAll<BundleId>(client, '/v1/bundleIds', {
    filter: { identifier },
    fields: { bundleIds: ['name', 'identifier', 'platform', 'seedId'] },
  });
  const exact = data.find((bundleId) => bundleId.attributes?.identifier === identifier);
  return exact ? toBundleIdSummary(exact) : undefined;
}

/** Like `findBundleId`, but a missing bundle ID is bad input, named after `input`. */
export async function resolveBundleId(
  client: AscClient,
  identifier: string,
  input = 'bundle-id',
): Promise<BundleIdSummary> {
  const found = await findBundleId(client, identifier);
  if (!found) {
    throw new InputError(
      input,
      `no bundle ID '${identifier}' is registered on this team; register it first (operation: register-bundle-id)`,
    );
  }
  return found;
}
