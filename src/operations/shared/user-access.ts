import type { AscClient } from '../../asc/client.js';
import type {
  UserInvitation,
  UserInvitationCreateRequest,
  UserUpdateRequest,
} from '../../asc/generated/app-store-connect.js';
import type { ListDocument, SingleDocument } from '../../asc/json-api.js';
import { toQueryString } from '../../asc/query.js';
import { InputError } from '../../input-error.js';
import type { PlannedChange } from './plan.js';
import type { TeamMember } from './resolve-users.js';
import { accountHolderRole, sameRoles, sortRoles, type UserRole } from './user-roles.js';

/** What a person may do and see on the team. */
export interface Access {
  roles: UserRole[];
  allAppsVisible: boolean;
  /** Only meaningful when not `allAppsVisible`. */
  visibleAppIds: string[];
  provisioningAllowed: boolean;
}

/** The parts of an access that were asked for; the others stay as they are. */
export type AccessRequest = Partial<Access>;

export interface InvitationSpec extends Access {
  email: string;
  firstName: string;
  lastName: string;
}

/** How to show an app in plans and messages (its bundle ID when known). */
export type AppLabel = (appId: string) => string;

/**
 * The access a person ends up with: the request applied to what they have. Naming apps implies
 * that not all apps are visible; the Account Holder keeps that role whatever roles are asked.
 * `inputName` is blamed when the person would end up seeing no app at all.
 */
export function mergeAccess(
  current: Access,
  request: AccessRequest,
  who: string,
  inputName: string,
): Access {
  const allAppsVisible =
    request.allAppsVisible ??
    (request.visibleAppIds && request.visibleAppIds.length > 0 ? false : current.allAppsVisible);
  const keepsHolder = current.roles.includes(accountHolderRole);
  const roles = sortRoles([
    ...(request.roles ?? current.roles),
    ...(keepsHolder ? [accountHolderRole] : []),
  ]);
  const visibleAppIds = allAppsVisible
    ? []
    : [...new Set(request.visibleAppIds ?? current.visibleAppIds)];
  if (!allAppsVisible && visibleAppIds.length === 0) {
    throw new InputError(
      inputName,
      `${who} would see no app: name the apps (visible-apps) or set all-apps-visible to true`,
    );
  }
  return {
    roles,
    allAppsVisible,
    visibleAppIds,
    provisioningAllowed: request.provisioningAllowed ?? current.provisioningAllowed,
  };
}

const sameSet = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((item) => b.includes(item));

function describeApps(access: Access, appLabel: AppLabel): string {
  if (access.allAppsVisible) return 'all apps';
  return access.visibleAppIds.map(appLabel).sort().join(', ');
}

/** What differs between two accesses, for people: `roles DEVELOPER → ADMIN`. */
export function accessDifferences(from: Access, to: Access, appLabel: AppLabel): string[] {
  const differences: string[] = [];
  if (!sameRoles(from.roles, to.roles)) {
    differences.push(`roles ${sortRoles(from.roles).join(', ')} → ${to.roles.join(', ')}`);
  }
  if (
    from.allAppsVisible !== to.allAppsVisible ||
    (!to.allAppsVisible && !sameSet(from.visibleAppIds, to.visibleAppIds))
  ) {
    differences.push(`apps ${describeApps(from, appLabel)} → ${describeApps(to, appLabel)}`);
  }
  if (from.provisioningAllowed !== to.provisioningAllowed) {
    differences.push(`provisioning ${from.provisioningAllowed} → ${to.provisioningAllowed}`);
  }
  return differences;
}

/** The PATCH that brings a user to `next`, or undefined when the user already has it. */
export function planUserUpdate(
  client: AscClient,
  user: TeamMember,
  next: Access,
  appLabel: AppLabel,
): PlannedChange | undefined {
  const differences = accessDifferences(user, next, appLabel);
  if (differences.length === 0) return undefined;
  const attributes: NonNullable<UserUpdateRequest['data']['attributes']> = {};
  if (!sameRoles(user.roles, next.roles)) attributes.roles = next.roles;
  if (user.allAppsVisible !== next.allAppsVisible) attributes.allAppsVisible = next.allAppsVisible;
  if (user.provisioningAllowed !== next.provisioningAllowed) {
    attributes.provisioningAllowed = next.provisioningAllowed;
  }
  const appsChange =
    !next.allAppsVisible &&
    (user.allAppsVisible || !sameSet(user.visibleAppIds, next.visibleAppIds));
  const body: UserUpdateRequest = {
    data: {
      type: 'users',
      id: user.id,
      ...(Object.keys(attributes).length > 0 ? { attributes } : {}),
      ...(appsChange
        ? {
            relationships: {
              visibleApps: { data: next.visibleAppIds.map((id) => ({ type: 'apps', id })) },
            },
          }
        : {}),
    },
  };
  return {
    kind: 'update',
    target: `user ${user.email}`,
    detail: differences.join('; '),
    apply: async () => {
      await client.patch(`/v1/users/${user.id}`, body);
    },
  };
}

/** What differs between a pending invitation and the one asked for (names included). */
export function invitationDifferences(
  invitation: TeamMember,
  spec: InvitationSpec,
  appLabel: AppLabel,
): string[] {
  const differences = accessDifferences(invitation, spec, appLabel);
  if (invitation.firstName !== spec.firstName || invitation.lastName !== spec.lastName) {
    differences.unshift(
      `name ${invitation.firstName} ${invitation.lastName} → ${spec.firstName} ${spec.lastName}`,
    );
  }
  return differences;
}

function describeInvitation(spec: InvitationSpec, appLabel: AppLabel): string {
  const parts = [`roles ${spec.roles.join(', ')}`, describeApps(spec, appLabel)];
  if (spec.provisioningAllowed) parts.push('provisioning allowed');
  return parts.join('; ');
}

/** Finds the pending invitation for an email (Apple matches emails case-insensitively). */
async function findInvitation(
  client: AscClient,
  email: string,
): Promise<UserInvitation | undefined> {
  const document = await client.get<ListDocument<UserInvitation>>(
    `/v1/userInvitations${toQueryString({ filter: { email }, limit: 200 })}`,
  );
  return document.data.find(
    (invitation) => invitation.attributes?.email?.toLowerCase() === email.toLowerCase(),
  );
}

export function createInvitationChange(
  client: AscClient,
  spec: InvitationSpec,
  appLabel: AppLabel,
  onCreated: (invitationId: string) => void = () => undefined,
): PlannedChange {
  const body: UserInvitationCreateRequest = {
    data: {
      type: 'userInvitations',
      attributes: {
        email: spec.email,
        firstName: spec.firstName,
        lastName: spec.lastName,
        roles: spec.roles,
        allAppsVisible: spec.allAppsVisible,
        provisioningAllowed: spec.provisioningAllowed,
      },
      ...(spec.allAppsVisible
        ? {}
        : {
            relationships: {
              visibleApps: { data: spec.visibleAppIds.map((id) => ({ type: 'apps', id })) },
            },
          }),
    },
  };
  return {
    kind: 'create',
    target: `invitation ${spec.email}`,
    detail: describeInvitation(spec, appLabel),
    apply: async () => {
      const created = await client.post<SingleDocument<UserInvitation>>(
        '/v1/userInvitations',
        body,
        {
          recover: async () => {
            const invitation = await findInvitation(client, spec.email);
            return invitation ? { data: invitation, links: { self: '' } } : undefined;
          },
        },
      );
      if (created) onCreated(created.data.id);
    },
  };
}

/** Removes a user from the team, or withdraws a pending invitation. */
export function removeMemberChange(client: AscClient, member: TeamMember): PlannedChange {
  const path = member.kind === 'user' ? '/v1/users' : '/v1/userInvitations';
  return {
    kind: 'delete',
    target: `${member.kind} ${member.email}`,
    detail: member.kind === 'user' ? `roles ${member.roles.join(', ')}` : 'pending invitation',
    apply: async () => {
      await client.delete(`${path}/${member.id}`);
    },
  };
}

/**
 * What leaves exactly the invitation asked for: nothing when a pending invitation already matches;
 * otherwise withdraw the different one (Apple cannot edit invitations), then invite again.
 */
export function planInvitation(
  client: AscClient,
  spec: InvitationSpec,
  pending: TeamMember | undefined,
  appLabel: AppLabel,
  onCreated?: (invitationId: string) => void,
): { withdraw?: PlannedChange; create?: PlannedChange; differences: string[] } {
  if (!pending) {
    return { create: createInvitationChange(client, spec, appLabel, onCreated), differences: [] };
  }
  const differences = invitationDifferences(pending, spec, appLabel);
  if (differences.length === 0) return { differences };
  const withdraw = removeMemberChange(client, pending);
  withdraw.detail = `to invite again with ${differences.join('; ')}`;
  return {
    withdraw,
    create: createInvitationChange(client, spec, appLabel, onCreated),
    differences,
  };
}
