import type { ResourceHooks } from '../hooks.js';
import { caseInsensitiveMatch } from '../jsonapi/filtering.js';
import { DAY_MS, isoDate } from '../dates.js';
import { attributeConflict } from '../entity-errors.js';

const INVITATION_LIFETIME_MS = 30 * DAY_MS;

const users: ResourceHooks = {
  type: 'users',
  filterMatchers: { username: caseInsensitiveMatch },
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
};

export const userHooks: ResourceHooks[] = [users, userInvitations];
