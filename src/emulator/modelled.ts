import { errorAnswer } from './apple-errors.js';
import type { ErrorAnswer } from './apple-errors.js';
import type { HookRegistry } from './hooks.js';
import type { MatchedOperation } from './openapi/validator.js';
import type { EmulatorStore } from './store.js';

/**
 * Resource types the generic engine keeps without hooks of their own (created by the seed, by
 * another type's hooks, or plainly by clients). Every type with hooks is modelled too, and so is
 * any type the store holds: a new area is modelled as soon as it registers hooks.
 */
const MODELLED_WITHOUT_HOOKS = new Set([
  'preReleaseVersions',
  'buildBetaDetails',
  'betaAppReviewDetails',
  'betaAppLocalizations',
  'betaLicenseAgreements',
  'appEncryptionDeclarations',
]);

export interface ModelledTypes {
  hooks: HookRegistry;
  store: EmulatorStore;
}

function isModelledType(type: string, { hooks, store }: ModelledTypes): boolean {
  return MODELLED_WITHOUT_HOOKS.has(type) || hooks.for(type) !== undefined || store.count(type) > 0;
}

/**
 * The type an operation reads or writes: the path's own type for `/v1/{type}` and
 * `/v1/{type}/{id}`, the relationship's target for `/v1/{type}/{id}/{relationship}` and
 * `/v1/{type}/{id}/relationships/{relationship}`; undefined for any other shape (metrics, ...).
 */
function servedType(op: MatchedOperation, store: EmulatorStore): string | undefined {
  const segments = op.pathTemplate.split('/').filter((s) => s !== '');
  const [, type, idParam, fourth, fifth] = segments;
  if (!type) return undefined;
  if (segments.length === 2) return type;
  if (!idParam?.startsWith('{')) return undefined;
  if (segments.length === 3) return type;
  const relationship = segments.length === 4 ? fourth : fourth === 'relationships' ? fifth : '';
  if (!relationship || segments.length > 5) return undefined;
  if (!isTypeKnown(type, store)) return undefined;
  return store.relationshipInfo(type, relationship)?.targetType;
}

function isTypeKnown(type: string, store: EmulatorStore): boolean {
  return store.schema.resource(type) !== undefined || store.count(type) > 0;
}

/**
 * An operation of Apple's document that the emulator does not model answers 404 NOT_FOUND saying
 * so, never an empty list (which a client would read as "there are none"). 404 rather than 501:
 * clients retry 5xx answers, and a 4xx error stops them at once with this detail in hand.
 */
export function unmodelledOperation(
  op: MatchedOperation,
  pathname: string,
  modelled: ModelledTypes,
): ErrorAnswer | undefined {
  if (modelled.hooks.operation(op.operationId)) return undefined;
  const type = servedType(op, modelled.store);
  const parent = op.pathTemplate.split('/').filter((s) => s !== '')[1];
  if (type && isModelledType(type, modelled) && (!parent || isModelledType(parent, modelled))) {
    return undefined;
  }
  return errorAnswer(
    404,
    'NOT_FOUND',
    'The App Store Connect emulator does not model this endpoint',
    `The App Store Connect emulator does not model ${op.method} ${op.pathTemplate} ` +
      `(${op.operationId}; requested ${pathname}). Apple's API has this endpoint; ` +
      'the emulator answers this error instead of an invented result.',
  );
}
