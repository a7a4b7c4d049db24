import type { ResourceHooks } from '../hooks.js';
import { provisioningHooks } from './provisioning.js';
import { testflightHooks } from './testflight.js';
import { userHooks } from './users.js';

/** Every area's hooks; a new area (build uploads, reports, ...) adds its list here. */
export function defaultResourceHooks(): ResourceHooks[] {
  return [...testflightHooks, ...provisioningHooks, ...userHooks];
}
