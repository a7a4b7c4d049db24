import { isoDate } from '../dates.js';
import { relationshipConflict } from '../entity-errors.js';
import type { ResourceHooks } from '../hooks.js';

/**
 * Build beta notifications: Apple emails the build's testers. It refuses a build that testers
 * cannot install (not processed, expired) and one whose testers are notified automatically.
 */
const buildBetaNotifications: ResourceHooks = {
  type: 'buildBetaNotifications',
  beforeCreate(draft, ctx) {
    const buildId = draft.relationships.build?.[0] ?? '';
    const build = ctx.store.get('builds', buildId);
    if (!build) return undefined;
    if (build.attributes.processingState !== 'VALID' || build.attributes.expired) {
      return relationshipConflict(
        'build',
        `Build '${buildId}' is not available for testing, so its testers cannot be notified.`,
      );
    }
    const detailId = build.relationships.buildBetaDetail?.[0];
    const detail = detailId ? ctx.store.get('buildBetaDetails', detailId) : undefined;
    if (detail?.attributes.autoNotifyEnabled) {
      // Apple's words ("Auto-notify already enabled"), with the attribute that says so.
      return relationshipConflict(
        'build',
        `Auto-notify already enabled: build '${buildId}' notifies its testers itself (autoNotifyEnabled is true).`,
      );
    }
    Object.assign(draft.attributes, { sentDate: isoDate(ctx.now()) });
  },
};

export const buildHooks: ResourceHooks[] = [buildBetaNotifications];
