import type { InputReader } from '../../input-reader.js';
import {
  parseProfileRefreshInputs,
  type ProfileRefreshInputs,
  type ProfileRefreshPlan,
} from './refresh-profiles.js';

/**
 * `refresh-profiles: true` on a device operation: the profiles to regenerate once the devices have
 * changed, read as the `refresh-profiles` operation reads them (`profiles`, else `bundle-id`/`app`).
 */
export function readDeviceProfileRefresh(inputs: InputReader): ProfileRefreshInputs | undefined {
  return inputs.boolean('refresh-profiles', false) ? parseProfileRefreshInputs(inputs) : undefined;
}

/** The regenerated profiles' ids and UUIDs, as the refresh-profiles operation outputs them. */
export function regeneratedProfileOutputs(refresh: ProfileRefreshPlan): Record<string, string[]> {
  const regenerated = (refresh.result().regenerated ?? []) as { id: string; uuid: string }[];
  return {
    'profile-ids': regenerated.map((p) => p.id),
    'profile-uuids': regenerated.map((p) => p.uuid),
  };
}
