import type { ErrorAnswer } from '../apple-errors.js';
import type { ResourceHooks } from '../hooks.js';
import type { EmulatorStore, StoredResource } from '../store.js';
import { caseInsensitiveMatch } from '../jsonapi/filtering.js';
import { DAY_MS, isoDate } from '../dates.js';
import { attributeConflict } from '../entity-errors.js';

const INVITATION_LIFETIME_MS = 30 * DAY_MS;

const ACCOUNT_HOLDER = 'ACCOUNT_HOLDER';

function rolesOf(resource: { attributes: Record<string, unknown> }): string[] {
  const roles = resource.attributes.roles;
  return Array.isArray(roles) ? roles.map(String) : [];
}

/** Apple's rules for roles: at least one, and the Account Holder role is never given or taken. */
function checkRoles(roles: unknown, holder: boolean): ErrorAnswer | undefined {
  if (roles === undefined || roles === null) return undefined;
  const asked = Array.isArray(roles) ? roles.map(String) : [];
  if (asked.length === 0) return attributeConflict('roles', 'At least one role is required.');
  if (asked.includes(ACCOUNT_HOLDER) !== holder) {
    return attributeConflict(
      'roles',
      holder
        ? 'The Account Holder role cannot be removed from the Account Holder.'
        : 'The Account Holder role cannot be assigned.',
    );
  }
  return undefined;
}

/** Apps are listed only for people who do not see all apps. */
function dropVisibleAppsWhenAllVisible(resource: StoredResource, store: EmulatorStore): void {
  if (resource.attributes.allAppsVisible === true) {
    store.replace(resource.type, resource.id, 'visibleApps', []);
  }
}

const users: ResourceHooks = {
  type: 'users',
  filterMatchers: { username: caseInsensitiveMatch },
  beforeUpdate(resource, draft) {
    return checkRoles(draft.attributes.roles, rolesOf(resource).includes(ACCOUNT_HOLDER));
  },
  afterUpdate(resource, _draft, ctx) {
    dropVisibleAppsWhenAllVisible(resource, ctx.store);
  },
  beforeDelete(resource) {
    if (!rolesOf(resource).includes(ACCOUNT_HOLDER)) return undefined;
    return attributeConflict('roles', 'The Account Holder cannot be removed from the team.');
  },
};

const userInvitations: ResourceHooks = {
  type: 'userInvitations',
  filterMatchers: { email: caseInsensitiveMatch },
  beforeCreate(draft, ctx) {
    const email = String(draft.attributes.email ?? '').toLowerCase();
    const isUser = ctx.store
      .list('users')
      .some((u) => String(u.attributes.username).toLowerCase() === email);
    const isInvited = ctx.store
      .list('userInvitations')
      .some((i) => String(i.attributes.email).toLowerCase() === email);
    const refused = checkRoles(draft.attributes.roles ?? [], false);
    if (refused) return refused;
    if (isUser || isInvited) {
      return attributeConflict(
        'email',
        `The email '${String(draft.attributes.email)}' ${isUser ? 'belongs to an existing user' : 'already has a pending invitation'}.`,
      );
    }
    Object.assign(draft.attributes, {
      allAppsVisible: false,
      provisioningAllowed: false,
      ...draft.attributes,
      expirationDate: isoDate(ctx.now() + INVITATION_LIFETIME_MS),
    });
  },
  afterCreate(resource, _draft, ctx) {
    dropVisibleAppsWhenAllVisible(resource, ctx.store);
  },
};

/** What happens when the invited person accepts: a user with the invitation's access replaces it. */
export function acceptInvitation(store: EmulatorStore, invitationId: string): StoredResource {
  const invitation = store.get('userInvitations', invitationId);
  if (!invitation) throw new Error(`no user invitation ${invitationId}`);
  const { email, firstName, lastName, roles, allAppsVisible, provisioningAllowed } =
    invitation.attributes;
  const visibleApps = store.related('userInvitations', invitationId, 'visibleApps');
  store.delete('userInvitations', invitationId);
  return store.create(
    'users',
    { username: email, firstName, lastName, roles, allAppsVisible, provisioningAllowed },
    { visibleApps },
  );
}

export const userHooks: ResourceHooks[] = [users, userInvitations];
