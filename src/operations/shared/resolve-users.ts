import type { AscClient } from '../../asc/client.js';
import { AscApiError } from '../../asc/errors.js';
import type { App, User, UserInvitation } from '../../asc/generated/app-store-connect.js';
import { IncludedIndex, relatedIds, type SingleDocument } from '../../asc/json-api.js';
import { collectAll } from '../../asc/pagination.js';
import { toQueryString, type ListQuery } from '../../asc/query.js';
import type { UserRole } from './user-roles.js';
import { completeRelatedIds, includedRelationshipLimit } from './included-relationships.js';

/** A person on the team: a user, or someone with a pending invitation. */
export interface TeamMember {
  kind: 'user' | 'invitation';
  id: string;
  email: string;
  firstName: string;
  lastName: string;
  roles: UserRole[];
  allAppsVisible: boolean;
  provisioningAllowed: boolean;
  /** The apps this person sees; empty when `allAppsVisible`. */
  visibleAppIds: string[];
  /** Invitations only. */
  expirationDate?: string;
}

export interface Team {
  users: TeamMember[];
  invitations: TeamMember[];
  /** Bundle ID (or name) of every app named in a member's visible apps, by app ID. */
  appLabels: Map<string, string>;
}

/** Included visible apps per person; a person with this many may have more, read separately. */
const includedAppsLimit = includedRelationshipLimit;

const userFields = [
  'username',
  'firstName',
  'lastName',
  'roles',
  'allAppsVisible',
  'provisioningAllowed',
  'visibleApps',
];
const invitationFields = [
  'email',
  'firstName',
  'lastName',
  'expirationDate',
  'roles',
  'allAppsVisible',
  'provisioningAllowed',
  'visibleApps',
];

function memberQuery(kind: TeamMember['kind']): ListQuery {
  return {
    fields:
      kind === 'user'
        ? { users: userFields, apps: ['bundleId', 'name'] }
        : { userInvitations: invitationFields, apps: ['bundleId', 'name'] },
    include: ['visibleApps'],
    limits: { visibleApps: includedAppsLimit },
  };
}

const collectionPath = (kind: TeamMember['kind']) =>
  kind === 'user' ? '/v1/users' : '/v1/userInvitations';

function toMember(resource: User | UserInvitation): TeamMember {
  const attributes = resource.attributes ?? {};
  const email =
    resource.type === 'users'
      ? ((resource.attributes?.username ?? '') as string)
      : ((resource as UserInvitation).attributes?.email ?? '');
  const allAppsVisible = attributes.allAppsVisible ?? false;
  return {
    kind: resource.type === 'users' ? 'user' : 'invitation',
    id: resource.id,
    email,
    firstName: attributes.firstName ?? '',
    lastName: attributes.lastName ?? '',
    roles: [...(attributes.roles ?? [])],
    allAppsVisible,
    provisioningAllowed: attributes.provisioningAllowed ?? false,
    visibleAppIds: allAppsVisible ? [] : relatedIds(resource, 'visibleApps'),
    ...(resource.type === 'userInvitations' && resource.attributes?.expirationDate
      ? { expirationDate: resource.attributes.expirationDate }
      : {}),
  };
}

function noteAppLabels(
  labels: Map<string, string>,
  included: IncludedIndex,
  members: TeamMember[],
) {
  for (const member of members) {
    for (const id of member.visibleAppIds) {
      const app = included.get<App>({ type: 'apps', id });
      if (app) labels.set(id, app.attributes?.bundleId ?? app.attributes?.name ?? id);
    }
  }
}

/** Reads the full list of visible apps of a member whose included list may have been cut short. */
async function completeVisibleApps(
  client: AscClient,
  resource: User | UserInvitation,
  member: TeamMember,
): Promise<void> {
  if (member.allAppsVisible) return;
  member.visibleAppIds = await completeRelatedIds(client, resource, 'visibleApps', {
    limit: includedAppsLimit,
  });
}

async function listMembers(
  client: AscClient,
  kind: TeamMember['kind'],
  labels: Map<string, string>,
  filter: ListQuery['filter'],
): Promise<TeamMember[]> {
  const { data, included } = await collectAll<User | UserInvitation>(client, collectionPath(kind), {
    ...memberQuery(kind),
    filter,
  });
  const members = data.map(toMember);
  noteAppLabels(labels, included, members);
  for (const [index, member] of members.entries()) {
    await completeVisibleApps(client, data[index]!, member);
  }
  return members;
}

export interface TeamFilter {
  /** Only this person (matched case-insensitively, as Apple matches emails). */
  email?: string;
  /** Only people with any of these roles. */
  roles?: UserRole[];
}

/** Reads the team's users and pending invitations (two listings, all pages). */
export async function readTeam(client: AscClient, filter: TeamFilter = {}): Promise<Team> {
  const appLabels = new Map<string, string>();
  const roles = filter.roles && filter.roles.length > 0 ? filter.roles : undefined;
  const [users, invitations] = await Promise.all([
    listMembers(client, 'user', appLabels, { username: filter.email, roles }),
    listMembers(client, 'invitation', appLabels, { email: filter.email, roles }),
  ]);
  const wanted = filter.email?.toLowerCase();
  const matches = (member: TeamMember) => !wanted || member.email.toLowerCase() === wanted;
  return { users: users.filter(matches), invitations: invitations.filter(matches), appLabels };
}

async function readMemberById(
  client: AscClient,
  kind: TeamMember['kind'],
  id: string,
  labels: Map<string, string>,
): Promise<TeamMember | undefined> {
  try {
    const document = await client.get<SingleDocument<User | UserInvitation>>(
      `${collectionPath(kind)}/${encodeURIComponent(id)}${toQueryString(memberQuery(kind))}`,
    );
    const member = toMember(document.data);
    noteAppLabels(labels, new IncludedIndex(document.included ?? []), [member]);
    await completeVisibleApps(client, document.data, member);
    return member;
  } catch (error) {
    if (error instanceof AscApiError && error.status === 404) return undefined;
    throw error;
  }
}

export type MemberReference = { email: string } | { id: string };

/** The user, else the pending invitation, named by email or by ID; undefined when there is none. */
export async function findTeamMember(
  client: AscClient,
  reference: MemberReference,
): Promise<{ member: TeamMember | undefined; appLabels: Map<string, string> }> {
  if ('email' in reference) {
    const team = await readTeam(client, { email: reference.email });
    return { member: team.users[0] ?? team.invitations[0], appLabels: team.appLabels };
  }
  const appLabels = new Map<string, string>();
  const member =
    (await readMemberById(client, 'user', reference.id, appLabels)) ??
    (await readMemberById(client, 'invitation', reference.id, appLabels));
  return { member, appLabels };
}

/** `Ada Lovelace <ada@example.com>` */
export function describeMember(member: TeamMember): string {
  const name = `${member.firstName} ${member.lastName}`.trim();
  return name ? `${name} <${member.email}>` : member.email;
}
