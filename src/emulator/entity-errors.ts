import { appleErrors, errorAnswer } from './apple-errors.js';
import type { ErrorAnswer } from './apple-errors.js';

/** Apple's 404 for an id that names nothing. */
export function resourceNotFound(type: string, id: string): ErrorAnswer {
  return appleErrors.notFound(`There is no resource of type '${type}' with id '${id}'`);
}

/** Apple's 409 for an attribute whose value clashes with an existing resource. */
export function attributeConflict(attribute: string, detail: string): ErrorAnswer {
  return appleErrors.entityInvalid(detail, `/data/attributes/${attribute}`);
}

/** Apple's 409 for a linkage that names a missing or unsuitable resource. */
export function relationshipInvalid(detail: string, pointer: string): ErrorAnswer {
  return errorAnswer(
    409,
    'ENTITY_ERROR.RELATIONSHIP.INVALID',
    'The provided entity includes a relationship with an invalid value',
    detail,
    { pointer },
  );
}

/** Apple's 409 for a relationship that cannot hold the given resource. */
export function relationshipConflict(relationship: string, detail: string): ErrorAnswer {
  return relationshipInvalid(detail, `/data/relationships/${relationship}`);
}

export function relationshipRequired(relationship: string, detail: string): ErrorAnswer {
  return errorAnswer(
    409,
    'ENTITY_ERROR.RELATIONSHIP.REQUIRED',
    'The provided entity is missing a required relationship',
    detail,
    { pointer: `/data/relationships/${relationship}` },
  );
}
