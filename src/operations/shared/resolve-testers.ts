import type { AscClient } from '../../asc/client.js';
import { collectAll, maxPageSize } from '../../asc/pagination.js';
import type { BetaGroup, BetaTester } from '../../asc/generated/app-store-connect.js';

/** A tester as these operations need it: its id and the address it is matched by. */
export interface KnownTester {
  id: string;
  email: string;
  /** Lower-cased email, the key testers are matched by (Apple matches addresses case-insensitively). */
  emailKey: string;
}

/**
 * How many characters of addresses one `filter[email]` may carry: with the rest of the query the
 * URL stays near 4 KB, well under the 8 KB that proxies and servers commonly accept.
 */
export const emailFilterBudget = 4000;

const testerFields = { betaTesters: ['email'] };

export function toKnownTester(tester: BetaTester): KnownTester {
  const email = tester.attributes?.email ?? '';
  return { id: tester.id, email, emailKey: email.toLowerCase() };
}

/** Splits items into groups of at most `size`. */
export function inBatches<T>(items: readonly T[], size: number): T[][] {
  const batches: T[][] = [];
  for (let i = 0; i < items.length; i += size) batches.push(items.slice(i, i + size));
  return batches;
}

/**
 * Splits addresses into `filter[email]` lists: each at most `budget` characters once URL-encoded
 * and at most one page of answers long, so that every list is answered by one request.
 */
export function emailFilterChunks(
  emails: readonly string[],
  budget = emailFilterBudget,
): string[][] {
  const chunks: string[][] = [];
  let current: string[] = [];
  let length = 0;
  for (const email of emails) {
    const cost = encodeURIComponent(email).length + 1;
    if (current.length > 0 && (length + cost > budget || current.length >= maxPageSize)) {
      chunks.push(current);
      current = [];
      length = 0;
    }
    current.push(email);
    length += cost;
  }
  if (current.length > 0) chunks.push(current);
  return chunks;
}

/**
 * The addresses to send for the given testers: each as given and lower-cased, so that a match is
 * found whether or not Apple's filter ignores case.
 */
function filterSpellings(emails: readonly string[]): string[] {
  return [...new Set(emails.flatMap((email) => [email, email.toLowerCase()]))];
}

/**
 * Finds existing testers by email with a few bulk requests (comma-separated `filter[email]` lists,
 * sent concurrently; the client caps how many are in flight). With `appId`, only testers of that
 * app are found. Returns the testers by lower-cased email.
 */
export async function findTestersByEmail(
  client: AscClient,
  emails: readonly string[],
  scope: { appId?: string } = {},
): Promise<Map<string, KnownTester>> {
  const wanted = new Set(emails.map((email) => email.toLowerCase()));
  const pages = await Promise.all(
    emailFilterChunks(filterSpellings(emails)).map((chunk) =>
      collectAll<BetaTester>(client, '/v1/betaTesters', {
        filter: { email: chunk, apps: scope.appId },
        fields: testerFields,
      }),
    ),
  );
  const found = new Map<string, KnownTester>();
  for (const tester of pages.flatMap((page) => page.data).map(toKnownTester)) {
    // Apple's filter may answer near matches; only the exact address (any case) counts.
    if (wanted.has(tester.emailKey) && !found.has(tester.emailKey))
      found.set(tester.emailKey, tester);
  }
  return found;
}

/** Every member of a beta group (paginated listing), by lower-cased email. */
export async function listGroupMembers(
  client: AscClient,
  groupId: string,
): Promise<Map<string, KnownTester>> {
  const { data } = await collectAll<BetaTester>(client, `/v1/betaGroups/${groupId}/betaTesters`, {
    fields: testerFields,
  });
  return new Map(data.map(toKnownTester).map((tester) => [tester.emailKey, tester]));
}

/** The members of each group, read concurrently, by group id. */
export async function listMembersOfGroups(
  client: AscClient,
  groups: readonly BetaGroup[],
): Promise<Map<string, Map<string, KnownTester>>> {
  const members = await Promise.all(groups.map((group) => listGroupMembers(client, group.id)));
  return new Map(groups.map((group, index) => [group.id, members[index] ?? new Map()]));
}
