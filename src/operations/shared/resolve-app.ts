import type { AscClient } from '../../asc/client.js';
import { AscApiError } from '../../asc/errors.js';
import type { ListDocument, SingleDocument } from '../../asc/json-api.js';
import { toQueryString } from '../../asc/query.js';
import type { App } from '../../asc/generated/app-store-connect.js';
import { InputError } from '../../input-error.js';
import type { InputReader } from '../../input-reader.js';

export interface ResolvedApp {
  id: string;
  bundleId: string;
  name: string;
}

const appFields = { apps: ['name', 'bundleId'] };

/** Reads `app`: a numeric App Store Connect app ID or a bundle ID. */
export function parseAppInput(inputs: InputReader): string {
  const app = inputs.required('app', 'it names the app (bundle ID or numeric app ID)');
  if (!/^\d+$/.test(app) && !/^[A-Za-z0-9][A-Za-z0-9.-]*$/.test(app)) {
    throw new InputError(
      'app',
      `'${app}' is neither a bundle ID (com.example.app) nor a numeric app ID`,
    );
  }
  return app;
}

function toResolvedApp(app: App): ResolvedApp {
  return { id: app.id, bundleId: app.attributes?.bundleId ?? '', name: app.attributes?.name ?? '' };
}

/**
 * Finds the app by numeric ID or by bundle ID. Apple's `filter[bundleId]` also returns near matches
 * (`com.example.app.widget` for `com.example.app`), so only an exact match counts.
 */
export async function resolveApp(client: AscClient, app: string): Promise<ResolvedApp> {
  if (/^\d+$/.test(app)) {
    try {
      const document = await client.get<SingleDocument<App>>(
        `/v1/apps/${app}${toQueryString({ fields: appFields })}`,
      );
      return toResolvedApp(document.data);
    } catch (error) {
      if (error instanceof AscApiError && error.status === 404) {
        throw new InputError('app', `no app with ID ${app} is visible to this API key`);
      }
      throw error;
    }
  }
  const document = await client.get<ListDocument<App>>(
    `/v1/apps${toQueryString({ filter: { bundleId: app }, fields: appFields, limit: 200 })}`,
  );
  const exact = document.data.find((candidate) => candidate.attributes?.bundleId === app);
  if (exact) return toResolvedApp(exact);
  const near = document.data.map((candidate) => candidate.attributes?.bundleId).filter(Boolean);
  const hint = near.length > 0 ? `; similar bundle IDs: ${near.slice(0, 5).join(', ')}` : '';
  throw new InputError('app', `no app with bundle ID '${app}' is visible to this API key${hint}`);
}
