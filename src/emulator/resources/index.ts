import type { ResourceHooks } from '../hooks.js';
import { appStoreHooks } from './app-store.js';
import { buildUploadHooks } from './build-uploads.js';
import { buildHooks } from './builds.js';
import { feedbackHooks } from './feedback.js';
import { provisioningHooks } from './provisioning.js';
import { reportHooks } from './reports.js';
import { signingHooks } from './signing.js';
import { testflightHooks } from './testflight.js';
import { userHooks } from './users.js';

/** Every area's hooks; a new area (build uploads, reports, ...) adds its list here. */
export function defaultResourceHooks(): ResourceHooks[] {
  return [
    ...testflightHooks,
    ...provisioningHooks,
    ...signingHooks,
    ...userHooks,
    ...buildUploadHooks,
    ...reportHooks,
    ...buildHooks,
    ...feedbackHooks,
    ...appStoreHooks,
  ];
}
