import type { AnyOperation } from './operation.js';

type AreaLoader = () => Promise<{ operations: AnyOperation[] }>;

/**
 * Each area's operations are loaded when one of them runs (ncc makes a chunk per area), so that
 * start-up does not grow with the number of operations.
 */
const areas = {
  testflight: () => import('./testflight/index.js'),
  upload: () => import('./testflight/upload-build/index.js'),
  provisioning: () => import('./provisioning/index.js'),
  users: () => import('./users/index.js'),
  reports: () => import('./reports/index.js'),
  feedback: () => import('./feedback/index.js'),
  'app-store': () => import('./app-store/index.js'),
} satisfies Record<string, AreaLoader>;

type Area = keyof typeof areas;

const areaOf: Record<string, Area> = {
  'list-groups': 'testflight',
  'list-testers': 'testflight',
  distribute: 'testflight',
  'wait-for-build': 'testflight',
  'submit-beta-review': 'testflight',
  'expire-builds': 'testflight',
  'set-whats-new': 'testflight',
  'add-testers': 'testflight',
  'remove-testers': 'testflight',
  'create-group': 'testflight',
  'update-group': 'testflight',
  'delete-group': 'testflight',
  'next-build-number': 'testflight',
  'download-feedback': 'feedback',
  'upload-build': 'upload',
  'list-devices': 'provisioning',
  'register-devices': 'provisioning',
  'disable-devices': 'provisioning',
  'register-bundle-id': 'provisioning',
  'create-certificate': 'provisioning',
  'list-certificates': 'provisioning',
  'revoke-certificate': 'provisioning',
  'create-profile': 'provisioning',
  'download-profiles': 'provisioning',
  'delete-profile': 'provisioning',
  'refresh-profiles': 'provisioning',
  'invite-user': 'users',
  'update-user': 'users',
  'remove-user': 'users',
  'list-users': 'users',
  'sync-users': 'users',
  'download-sales-report': 'reports',
  'download-finance-report': 'reports',
  'submit-app-store': 'app-store',
  'release-app-store': 'app-store',
};

/** Every operation's name, known without loading any of them. */
export const operationNames: readonly string[] = Object.keys(areaOf);

/** The operation of this name (one of `operationNames`), loaded with the rest of its area. */
export async function loadOperation(name: string): Promise<AnyOperation> {
  const area = areaOf[name];
  if (!area) throw new Error(`'${name}' is not an operation of this action`);
  const { operations } = await areas[area]();
  const operation = operations.find((candidate) => candidate.name === name);
  if (!operation) throw new Error(`the ${area} operations do not include '${name}'`);
  return operation;
}

/** Every operation, loaded (for tests and documentation checks). */
export async function loadAllOperations(): Promise<AnyOperation[]> {
  return Promise.all(operationNames.map(loadOperation));
}
