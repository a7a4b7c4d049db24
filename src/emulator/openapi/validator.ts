import { appleErrors, type ErrorAnswer } from '../apple-errors.js';
import { BodyValidator, unparsableEntity } from './body-validator.js';
import {
  HTTP_METHODS,
  readOpenApiDocument,
  type HttpMethod,
  type OpenApiDocument,
  type OperationObject,
  type SchemaObject,
} from './openapi-document.js';
import { PathIndex } from './path-index.js';
import { QueryRules } from './query-validator.js';
import { ResourceIndex, type RelationshipInfo, type ResourceInfo } from './resource-index.js';

export type { RelationshipInfo, ResourceInfo };
export { unparsableEntity };

export interface MatchedOperation {
  operationId: string;
  method: HttpMethod;
  pathTemplate: string;
  pathParams: Record<string, string>;
}

interface IndexedOperation {
  operationId: string;
  method: HttpMethod;
  pathTemplate: string;
  operation: OperationObject;
  queryRules?: QueryRules;
}

export function isErrorAnswer(x: unknown): x is ErrorAnswer {
  if (typeof x !== 'object' || x === null) return false;
  const candidate = x as Partial<ErrorAnswer>;
  return typeof candidate.status === 'number' && Array.isArray(candidate.errors);
}

let bundled: OpenApiValidator | undefined;

/** Checks requests against Apple's OpenAPI document as strictly as App Store Connect does. */
export class OpenApiValidator {
  private readonly paths = new PathIndex<IndexedOperation>();
  private readonly operations = new Map<string, IndexedOperation>();
  private readonly bodies: BodyValidator;
  private readonly resources: ResourceIndex;

  /** Loads and indexes the bundled document once; later calls return the same instance. */
  static load(): OpenApiValidator {
    return (bundled ??= new OpenApiValidator(readOpenApiDocument()));
  }

  constructor(readonly document: OpenApiDocument) {
    for (const [pathTemplate, item] of Object.entries(document.paths)) {
      for (const method of HTTP_METHODS) {
        const operation = item[method.toLowerCase() as Lowercase<HttpMethod>];
        if (!operation) continue;
        const indexed = { operationId: operation.operationId, method, pathTemplate, operation };
        this.paths.add(pathTemplate, method, indexed);
        this.operations.set(operationKey(method, pathTemplate), indexed);
      }
    }
    this.bodies = new BodyValidator(document);
    this.resources = new ResourceIndex(document);
  }

  /** Unknown path: 404 NOT_FOUND. Known path, undeclared method: 405 METHOD_NOT_ALLOWED. */
  match(method: string, pathname: string): MatchedOperation | ErrorAnswer {
    const found = this.paths.lookup(method.toUpperCase(), pathname);
    if (found.kind === 'not-found') return appleErrors.pathNotFound(pathname);
    if (found.kind === 'wrong-method') return appleErrors.methodNotAllowed(method.toUpperCase());
    const { operationId, pathTemplate } = found.operation;
    return { operationId, method: found.method, pathTemplate, pathParams: found.pathParams };
  }

  /** Undefined when every query parameter is declared and valid; else Apple's 400 answer. */
  validateQuery(op: MatchedOperation, query: URLSearchParams): ErrorAnswer | undefined {
    const indexed = this.indexed(op);
    indexed.queryRules ??= new QueryRules(indexed.method, indexed.operation);
    return indexed.queryRules.validate(query);
  }

  /**
   * Undefined when the body fits the operation's request schema; else Apple's 409 answer with
   * `source.pointer`. `body` is the parsed JSON (undefined when the request had none); raw text is
   * parsed here too, and text that is not JSON gets 400 ENTITY_UNPARSABLE. Operations without a
   * request body (every GET) ignore whatever body was sent.
   */
  validateBody(op: MatchedOperation, body: unknown): ErrorAnswer | undefined {
    const { operation, method, pathTemplate } = this.indexed(op);
    const schema = requestSchema(operation);
    if (!schema) return undefined;
    const parsed = parseIfText(body);
    if (isErrorAnswer(parsed)) return parsed;
    if (parsed === undefined) {
      return operation.requestBody?.required === false
        ? undefined
        : unparsableEntity('The request requires a JSON:API document in the body');
    }
    return this.bodies.validate(schema, parsed) ?? idMismatch(method, pathTemplate, op, parsed);
  }

  /** The resource schema of a JSON:API type, e.g. 'betaGroups'. */
  resource(type: string): ResourceInfo | undefined {
    return this.resources.get(type);
  }

  /** Every JSON:API type that has a resource schema. */
  resourceTypes(): string[] {
    return this.resources.types();
  }

  /** Compiles every request-body schema now (compilation is otherwise lazy); for tests and warm-up. */
  compileAllBodies(): number {
    let count = 0;
    for (const { operation } of this.operations.values()) {
      const schema = requestSchema(operation);
      if (schema) {
        this.bodies.compile(schema);
        count++;
      }
    }
    return count;
  }

  private indexed(op: MatchedOperation): IndexedOperation {
    const indexed = this.operations.get(operationKey(op.method, op.pathTemplate));
    if (!indexed)
      throw new Error(`Not an operation of this document: ${op.method} ${op.pathTemplate}`);
    return indexed;
  }
}

function operationKey(method: string, pathTemplate: string): string {
  return `${method} ${pathTemplate}`;
}

function requestSchema(operation: OperationObject): SchemaObject | undefined {
  return operation.requestBody?.content['application/json']?.schema;
}

function parseIfText(body: unknown): unknown {
  const text =
    typeof body === 'string'
      ? body
      : body instanceof Uint8Array
        ? Buffer.from(body).toString('utf8')
        : null;
  if (text === null) return body;
  if (text.trim() === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    return unparsableEntity(`The request body is not valid JSON: ${(error as Error).message}`);
  }
}

/** Updating `/v1/things/{id}` with a body about another id is refused, as Apple does. */
function idMismatch(
  method: HttpMethod,
  pathTemplate: string,
  op: MatchedOperation,
  body: unknown,
): ErrorAnswer | undefined {
  if (method !== 'PATCH' || !pathTemplate.endsWith('/{id}')) return undefined;
  const bodyId = (body as { data?: { id?: unknown } }).data?.id;
  const pathId = op.pathParams.id;
  if (typeof bodyId !== 'string' || pathId === undefined || bodyId === pathId) return undefined;
  return appleErrors.conflict(
    'ENTITY_ERROR.ID.INVALID',
    'The provided entity id is invalid',
    `The id '${bodyId}' in the request body does not match the id '${pathId}' in the path`,
    '/data/id',
  );
}
