import type { UserRole } from '../../asc/generated/app-store-connect.js';
import { InputError } from '../../input-error.js';
import type { InputReader } from '../../input-reader.js';

export type { UserRole };

/** Apple's `UserRole` values, in the document's order. */
export const userRoles = [
  'ADMIN',
  'FINANCE',
  'ACCOUNT_HOLDER',
  'SALES',
  'MARKETING',
  'APP_MANAGER',
  'DEVELOPER',
  'ACCESS_TO_REPORTS',
  'CUSTOMER_SUPPORT',
  'CREATE_APPS',
  'CLOUD_MANAGED_DEVELOPER_ID',
  'CLOUD_MANAGED_APP_DISTRIBUTION',
  'GENERATE_INDIVIDUAL_KEYS',
] as const satisfies readonly UserRole[];

// Fails to compile when Apple's document gains a role that the list above lacks.
const everyRoleListed: Exclude<UserRole, (typeof userRoles)[number]> extends never ? true : never =
  true;
void everyRoleListed;

/** Held by one person, the team's owner; never given or taken through the API. */
export const accountHolderRole: UserRole = 'ACCOUNT_HOLDER';
const assignableRoles = userRoles.filter((role) => role !== accountHolderRole);

/** A role as people write it: `app manager`, `App-Manager` and `APP_MANAGER` are the same. */
export function toUserRole(text: string): UserRole | undefined {
  const normalised = text
    .trim()
    .toUpperCase()
    .replace(/[\s-]+/g, '_');
  return userRoles.find((role) => role === normalised);
}

/**
 * Turns role names into roles; the problem names every unknown value and lists the valid ones.
 * `ACCOUNT_HOLDER` is refused where roles are assigned (`assignable`).
 */
export function parseRoles(
  texts: string[],
  assignable: boolean,
): { roles: UserRole[] } | { problem: string } {
  const roles: UserRole[] = [];
  const unknown: string[] = [];
  for (const text of texts) {
    const role = toUserRole(text);
    if (role === undefined) unknown.push(text);
    else if (!roles.includes(role)) roles.push(role);
  }
  const valid = assignable ? assignableRoles : userRoles;
  if (unknown.length > 0) {
    const names = unknown.map((text) => `'${text}'`).join(', ');
    return {
      problem: `${names} ${unknown.length === 1 ? 'is not a role' : 'are not roles'}; valid roles are ${valid.join(', ')}`,
    };
  }
  if (assignable && roles.includes(accountHolderRole)) {
    return {
      problem: `ACCOUNT_HOLDER cannot be given to anyone (it belongs to the team's owner); valid roles are ${valid.join(', ')}`,
    };
  }
  return { roles: sortRoles(roles) };
}

/** Reads a list input of roles (commas or newlines); undefined when it is empty. */
export function readRoles(
  inputs: InputReader,
  name: string,
  assignable: boolean,
): UserRole[] | undefined {
  const texts = inputs.list(name);
  if (texts.length === 0) return undefined;
  const parsed = parseRoles(texts, assignable);
  if ('problem' in parsed) throw new InputError(name, parsed.problem);
  return parsed.roles;
}

export function sameRoles(a: readonly UserRole[], b: readonly UserRole[]): boolean {
  return a.length === b.length && a.every((role) => b.includes(role));
}

/** Roles in the document's order, for stable messages and requests. */
export function sortRoles(roles: readonly UserRole[]): UserRole[] {
  return userRoles.filter((role) => roles.includes(role));
}
