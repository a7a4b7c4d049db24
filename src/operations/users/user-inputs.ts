import { InputError } from '../../input-error.js';
import { isEmail } from '../../input-formats/email.js';
import { InputReader } from '../../input-reader.js';
import type { MemberReference } from '../shared/resolve-users.js';
import { readAppReferences } from '../shared/resolve-visible-apps.js';

export function readEmail(inputs: InputReader, why: string): string {
  const email = inputs.required('email', why);
  if (!isEmail(email)) throw new InputError('email', `'${email}' is not an email address`);
  return email;
}

/** `email`, or `user-id` (the ID of a user or of a pending invitation): exactly one of them. */
export function readMemberReference(inputs: InputReader): MemberReference {
  const email = inputs.optional('email');
  const id = inputs.optional('user-id');
  if (email !== undefined && id !== undefined) {
    throw new InputError('user-id', 'give either email or user-id, not both');
  }
  if (id !== undefined) {
    if (!/^[A-Za-z0-9-]+$/.test(id)) throw new InputError('user-id', `'${id}' is not an ID`);
    return { id };
  }
  return { email: readEmail(inputs, 'it names the person (or use user-id)') };
}

export interface AppVisibilityInput {
  allAppsVisible: boolean | undefined;
  /** Bundle IDs or app IDs, as given. */
  visibleApps: string[];
}

/** `all-apps-visible` and `visible-apps`, which only go together when apps are not all visible. */
export function readAppVisibility(inputs: InputReader): AppVisibilityInput {
  const allAppsVisible = inputs.optionalBoolean('all-apps-visible');
  const visibleApps = readAppReferences(inputs, 'visible-apps');
  if (allAppsVisible === true && visibleApps.length > 0) {
    throw new InputError(
      'visible-apps',
      'it only applies when all-apps-visible is false (all apps are visible otherwise)',
    );
  }
  if (allAppsVisible === false && visibleApps.length === 0) {
    throw InputReader.empty(
      'visible-apps',
      'all-apps-visible is false: name the apps (bundle IDs or app IDs)',
    );
  }
  return { allAppsVisible, visibleApps };
}
