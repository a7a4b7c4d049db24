export { startEmulator } from './server.js';
export type { EmulatorOptions, RunningEmulator } from './server.js';
export type { FaultOptions, FaultRule, FaultKind } from './faults.js';
export type { RecordedRequest } from './request-log.js';
export { createApiKey } from './api-keys.js';
export type { ApiKey } from './api-keys.js';
export { seedDemoAccount, seedTesters, seedDevices } from './seed.js';
export type { DemoAccount, SeedOptions, SeededBuild } from './seed.js';
export { EmulatorStore } from './store.js';
export type { AccountConditions, StoredResource, EmulatorStoreOptions } from './store.js';
export { HookRegistry } from './hooks.js';
export type { ResourceHooks, HookContext, ResourceDraft, OperationHandler } from './hooks.js';
export { createBuild, addTestersToGroup } from './resources/testflight.js';
export type { NewBuild } from './resources/testflight.js';
export { createFeedback, solidPng } from './resources/feedback.js';
export type { NewFeedback } from './resources/feedback.js';
export {
  advanceAppStoreReview,
  REVIEW_WAIT_MS,
  REVIEW_DURATION_MS,
} from './resources/app-store.js';
