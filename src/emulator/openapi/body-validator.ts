import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import { errorAnswer, type ErrorAnswer } from '../apple-errors.js';
import { closedSchema } from './closed-schema.js';
import { deref, type OpenApiDocument, type SchemaObject } from './openapi-document.js';

/**
 * Answer for a body that is not JSON at all (or missing where the operation requires one).
 * Apple's exact code for this case is not documented; the emulator consistently uses this one.
 */
export function unparsableEntity(detail: string): ErrorAnswer {
  return errorAnswer(400, 'ENTITY_UNPARSABLE', 'The request entity is not parsable.', detail);
}

const isEmail = (value: string) => /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value);
const isDateTime = (value: string) =>
  /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/.test(value) &&
  !Number.isNaN(Date.parse(value));
const isDate = (value: string) =>
  /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(value));
const isUri = (value: string) => URL.canParse(value);

/** Small checks for the formats Apple's document uses; the rest are descriptive only. */
const FORMATS = {
  email: isEmail,
  'date-time': isDateTime,
  date: isDate,
  uri: isUri,
  'uri-reference': true,
  duration: true,
  number: true,
  int64: true,
  binary: true,
} as const;

/** Validates request bodies against the document's schemas, compiled lazily and cached per schema. */
export class BodyValidator {
  private readonly ajv = new Ajv({
    allErrors: false,
    strict: false,
    verbose: true,
    logger: false,
    formats: FORMATS,
  });
  /** Keyed by `$ref` when there is one, so operations sharing a request schema share its code. */
  private readonly compiled = new Map<string | SchemaObject, ValidateFunction>();

  constructor(private readonly doc: OpenApiDocument) {}

  /** Undefined when the parsed body matches the schema, else Apple's 409 answer for the first problem. */
  validate(schema: SchemaObject, body: unknown): ErrorAnswer | undefined {
    const validateFn = this.compile(schema);
    if (validateFn(body)) return undefined;
    const wrongType = wrongResourceType(schema, body, this.doc);
    if (wrongType) return wrongType;
    const errors = validateFn.errors ?? [];
    const last = errors[errors.length - 1];
    // A failed oneOf lists every branch's error first; the oneOf error itself explains the problem.
    const error = last?.keyword === 'oneOf' ? last : errors[0];
    return error
      ? describeError(error, resourceTypeOf(body))
      : entityError('The request entity is not valid.', '');
  }

  compile(schema: SchemaObject): ValidateFunction {
    const key = schema.$ref ?? schema;
    let validateFn = this.compiled.get(key);
    if (!validateFn) {
      validateFn = this.ajv.compile(closedSchema(this.doc, schema));
      this.compiled.set(key, validateFn);
    }
    return validateFn;
  }
}

/** Apple looks at `data.type` before anything else in the entity. */
function wrongResourceType(
  schema: SchemaObject,
  body: unknown,
  doc: OpenApiDocument,
): ErrorAnswer | undefined {
  const data = deref(doc, deref(doc, schema)?.properties?.data);
  const isList = data?.type === 'array';
  const expected = deref(doc, isList ? data?.items : data)?.properties?.type?.enum;
  const actual = (body as { data?: unknown } | null)?.data;
  const items = isList ? (Array.isArray(actual) ? actual : []) : [actual];
  for (const [index, item] of items.entries()) {
    const type = (item as { type?: unknown } | null)?.type;
    if (!expected || typeof type !== 'string' || expected.includes(type)) continue;
    const pointer = isList ? `/data/${index}/type` : '/data/type';
    const allowed = expected.map((value) => `'${String(value)}'`).join(', ');
    return entityError(
      `'${type}' is not a valid resource type for this request. Expected ${allowed}`,
      pointer,
    );
  }
  return undefined;
}

function resourceTypeOf(body: unknown): string | undefined {
  const data = (body as { data?: { type?: unknown } } | null)?.data;
  return typeof data?.type === 'string' ? data.type : undefined;
}

/** Where in a JSON:API document a pointer lands: the attribute or relationship it belongs to. */
interface Location {
  pointer: string;
  zone: 'attributes' | 'relationships' | 'other';
  /** The attribute or relationship name, when the pointer is at or below one. */
  member?: string;
  /** True when the pointer is exactly the member (not nested inside it). */
  isMember: boolean;
}

function locate(pointer: string): Location {
  const match = /^\/(?:data|included\/\d+)\/(attributes|relationships)(?:\/([^/]+)(\/.*)?)?$/.exec(
    pointer,
  );
  if (!match) return { pointer, zone: 'other', isMember: false };
  const member = match[2] === undefined ? undefined : unescapePointer(match[2]);
  return {
    pointer,
    zone: match[1] as Location['zone'],
    member,
    isMember: member !== undefined && match[3] === undefined,
  };
}

function unescapePointer(segment: string): string {
  return segment.replace(/~1/g, '/').replace(/~0/g, '~');
}

function escapePointer(segment: string): string {
  return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}

function entityError(detail: string, pointer: string): ErrorAnswer {
  return errorAnswer(409, 'ENTITY_ERROR', 'The request entity is not valid.', detail, { pointer });
}

function attributeInvalid(detail: string, pointer: string): ErrorAnswer {
  return errorAnswer(
    409,
    'ENTITY_ERROR.ATTRIBUTE.INVALID',
    'An attribute value is invalid.',
    detail,
    {
      pointer,
    },
  );
}

function relationshipInvalid(detail: string, pointer: string): ErrorAnswer {
  return errorAnswer(
    409,
    'ENTITY_ERROR.RELATIONSHIP.INVALID',
    'The provided relationship is invalid.',
    detail,
    { pointer },
  );
}

function attributeRequired(name: string, pointer: string): ErrorAnswer {
  return errorAnswer(
    409,
    'ENTITY_ERROR.ATTRIBUTE.REQUIRED',
    'The provided entity is missing a required attribute',
    `You must provide a value for the attribute '${name}' with this request`,
    { pointer },
  );
}

function relationshipRequired(name: string, pointer: string): ErrorAnswer {
  return errorAnswer(
    409,
    'ENTITY_ERROR.RELATIONSHIP.REQUIRED',
    'The provided entity is missing a required relationship',
    `You must provide a value for the relationship '${name}' with this request`,
    { pointer },
  );
}

function describeError(error: ErrorObject, resourceType: string | undefined): ErrorAnswer {
  const onResource = resourceType ? ` on the resource '${resourceType}'` : '';
  if (error.keyword === 'additionalProperties') {
    const name = String((error.params as { additionalProperty: string }).additionalProperty);
    const location = locate(`${error.instancePath}/${escapePointer(name)}`);
    if (location.zone === 'attributes' && location.isMember) {
      return errorAnswer(
        409,
        'ENTITY_ERROR.ATTRIBUTE.UNKNOWN',
        'The provided entity includes an unknown attribute',
        `'${name}' is not an attribute${onResource}`,
        { pointer: location.pointer },
      );
    }
    if (location.zone === 'relationships' && location.isMember) {
      return errorAnswer(
        409,
        'ENTITY_ERROR.RELATIONSHIP.UNKNOWN',
        'The provided entity includes an unknown relationship',
        `'${name}' is not a relationship${onResource}`,
        { pointer: location.pointer },
      );
    }
    return problemAt(
      location,
      `includes the unknown member '${name}'`,
      `'${name}' is not allowed here`,
    );
  }

  if (error.keyword === 'required') {
    const name = String((error.params as { missingProperty: string }).missingProperty);
    const location = locate(`${error.instancePath}/${escapePointer(name)}`);
    if (location.zone === 'attributes' && location.isMember)
      return attributeRequired(name, location.pointer);
    if (location.zone === 'relationships' && location.isMember) {
      return relationshipRequired(name, location.pointer);
    }
    if (location.member === undefined && (name === 'attributes' || name === 'relationships')) {
      // The whole container is missing: name its first required member, as Apple does.
      const container = (error.parentSchema as SchemaObject | undefined)?.properties?.[name];
      const first = container?.required?.[0];
      if (first) {
        return name === 'attributes'
          ? attributeRequired(first, location.pointer)
          : relationshipRequired(first, location.pointer);
      }
    }
    const parent = error.instancePath ? ` at '${error.instancePath}'` : '';
    return problemAt(
      location,
      `is missing the required member '${name}'`,
      `The request entity is missing the required member '${name}'${parent}`,
    );
  }

  const location = locate(error.instancePath);
  const value = describeValue(error.data);
  if (
    location.zone === 'other' &&
    /^\/(data|included\/\d+)(\/\d+)?\/type$/.test(location.pointer)
  ) {
    return entityError(
      `${value} is not a valid resource type for this request. Expected ${expectedValues(error)}`,
      location.pointer,
    );
  }
  if (
    location.zone === 'relationships' &&
    /\/type$/.test(location.pointer) &&
    error.keyword === 'enum'
  ) {
    return relationshipInvalid(
      `${value} is not a valid type for the relationship '${location.member}'. Expected ${expectedValues(error)}`,
      location.pointer,
    );
  }
  if (location.zone === 'attributes' && location.isMember && error.keyword === 'enum') {
    return attributeInvalid(
      `${value} is not a valid value for the attribute '${location.member}'. Expected ${expectedValues(error)}`,
      location.pointer,
    );
  }
  return problemAt(
    location,
    `is invalid: ${explain(error)}`,
    `${location.pointer || 'The entity'} ${explain(error)}`,
  );
}

/** An error inside an attribute or relationship names it; elsewhere it is a plain ENTITY_ERROR. */
function problemAt(location: Location, memberProblem: string, otherDetail: string): ErrorAnswer {
  const nested = location.isMember ? '' : ` (at ${location.pointer})`;
  if (location.zone === 'attributes' && location.member) {
    return attributeInvalid(
      `The attribute '${location.member}'${nested} ${memberProblem}`,
      location.pointer,
    );
  }
  if (location.zone === 'relationships' && location.member) {
    return relationshipInvalid(
      `The relationship '${location.member}'${nested} ${memberProblem}`,
      location.pointer,
    );
  }
  return entityError(otherDetail, location.pointer);
}

function explain(error: ErrorObject): string {
  const value = describeValue(error.data);
  switch (error.keyword) {
    case 'enum':
      return `${value} is not ${expectedValues(error)}`;
    case 'type': {
      const schema = error.parentSchema as SchemaObject | undefined;
      const nullable = schema?.nullable ? ' or null' : '';
      return `${value} is not of type '${String((error.params as { type: string }).type)}'${nullable}`;
    }
    case 'format':
      return `${value} is not a valid '${String((error.params as { format: string }).format)}'`;
    case 'oneOf':
      return 'it does not match exactly one of the resource shapes allowed for this request';
    default:
      return error.message ?? 'it does not match the schema';
  }
}

function expectedValues(error: ErrorObject): string {
  const allowed = (error.params as { allowedValues?: unknown[] }).allowedValues?.filter(
    (value) => value !== null,
  );
  if (!allowed) return `a value of type '${String((error.params as { type?: string }).type)}'`;
  return `${allowed.length > 1 ? 'one of: ' : ''}${allowed.map((v) => `'${String(v)}'`).join(', ')}`;
}

function describeValue(value: unknown): string {
  if (typeof value === 'string') return `'${value}'`;
  if (value === null || typeof value !== 'object') return String(value);
  return Array.isArray(value) ? 'an array' : 'an object';
}
