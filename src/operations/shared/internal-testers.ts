import type { AscClient } from '../../asc/client.js';
import { AscApiError } from '../../asc/errors.js';
import { collectAll } from '../../asc/pagination.js';
import type { BetaGroup, User } from '../../asc/generated/app-store-connect.js';
import { InputError } from '../../input-error.js';
import type { TesterEntry } from '../../input-formats/testers.js';
import type { ActionLog } from '../../log.js';
import { briefList } from './brief-list.js';
import { emailFilterChunks } from './resolve-testers.js';
import { groupName, testerInputName } from './tester-groups.js';

/**
 * Apple's internal groups take only users of the team (App Store Connect users): anyone else is
 * refused. Testers bound for an internal group are checked against the team's users before any
 * write, in as few filtered reads of /v1/users as the addresses need (none when no internal group
 * takes a tester).
 */

export interface InternalPlacement {
  tester: TesterEntry;
  /** The groups the tester is added to in this run. */
  missing: BetaGroup[];
}

export const isInternalGroup = (group: BetaGroup): boolean =>
  group.attributes?.isInternalGroup === true;

/** The team's users among `emails`, by lower-cased address; undefined when the key may not read users (403). */
async function findTeamUsers(
  client: AscClient,
  emails: readonly string[],
): Promise<Set<string> | undefined> {
  try {
    const pages = await Promise.all(
      emailFilterChunks([...new Set(emails)]).map((chunk) =>
        collectAll<User>(client, '/v1/users', {
          filter: { username: chunk },
          fields: { users: ['username'] },
        }),
      ),
    );
    return new Set(
      pages
        .flatMap((page) => page.data)
        .map((user) => (user.attributes?.username ?? '').toLowerCase()),
    );
  } catch (error) {
    if (error instanceof AscApiError && error.status === 403) return undefined;
    throw error;
  }
}

function notTeamUsersMessage(group: BetaGroup, emails: string[]): string {
  return (
    `${briefList(emails, 5)} ${emails.length === 1 ? 'is not a user' : 'are not users'} of the team in App Store Connect, ` +
    `and the internal group '${groupName(group)}' takes only team users (Apple refuses anyone else); ` +
    'invite them first (operation: invite-user), or add them to an external group'
  );
}

/**
 * Refuses, before any write, testers bound for an internal group who are not users of the team,
 * by address and naming the group. Returns whether the check could be made: a key that may not
 * read users (403) goes on, and `explainInternalRefusal` explains Apple's refusal if it comes.
 */
export async function checkInternalTesters(
  client: AscClient,
  log: ActionLog,
  placements: readonly InternalPlacement[],
): Promise<boolean> {
  const bound = placements.filter((p) => p.missing.some(isInternalGroup));
  if (bound.length === 0) return true;
  const users = await findTeamUsers(
    client,
    bound.map((p) => p.tester.email),
  );
  if (!users) {
    log.warning(
      `The API key may not read the team's users (403), so the ${bound.length} tester(s) for internal groups could not be checked beforehand; Apple refuses any who is not a user of the team.`,
    );
    return false;
  }
  const strangers = bound.filter((p) => !users.has(p.tester.emailKey));
  const [first] = strangers;
  if (!first) return true;
  const group = first.missing.find(isInternalGroup)!;
  const inGroup = strangers
    .filter((p) => p.missing.some((g) => g.id === group.id))
    .map((p) => p.tester.email);
  throw new InputError(testerInputName(first.tester), notTeamUsersMessage(group, inGroup));
}

/**
 * Runs a write that puts testers into `group`; when the group is internal and Apple refuses it
 * (409/422), the refusal is explained in the terms of `checkInternalTesters`.
 */
export async function explainInternalRefusal<T>(
  group: BetaGroup | undefined,
  emails: string[],
  write: () => Promise<T>,
): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (group && error instanceof AscApiError && (error.status === 409 || error.status === 422)) {
      throw new Error(`${notTeamUsersMessage(group, emails)}. Apple answered: ${error.message}`, {
        cause: error,
      });
    }
    throw error;
  }
}
