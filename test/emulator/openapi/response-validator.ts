/**
 * Checks the emulator's answers against the response schemas of Apple's document: the declared
 * schema of the operation and status (ErrorResponse for errors), with every object closed as for
 * requests and every attribute allowed to be null (Apple sends unset attributes as null even where
 * its document does not say `nullable`).
 */
import { Ajv, type ValidateFunction } from 'ajv';
import { UNDOCUMENTED_ATTRIBUTES } from '../../../src/emulator/jsonapi/serializer.js';
import { closedSchema } from '../../../src/emulator/openapi/closed-schema.js';
import type { SchemaObject } from '../../../src/emulator/openapi/openapi-document.js';
import { OpenApiValidator, isErrorAnswer } from '../../../src/emulator/openapi/validator.js';

/** Also allows the undocumented attributes Apple's live service sends (serializer.ts lists them). */
function allowNullAttributes(schema: SchemaObject): SchemaObject {
  const walk = (node: unknown, nullable: boolean): unknown => {
    if (Array.isArray(node)) return node.map((item) => walk(item, false));
    if (typeof node !== 'object' || node === null) return node;
    const out: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(node as Record<string, unknown>)) {
      // The document has one `"format": null` (a deepLink); it describes nothing.
      if (key === 'format' && typeof value !== 'string') continue;
      if (key === 'properties') {
        const properties = value as Record<string, unknown>;
        out.properties = Object.fromEntries(
          Object.entries(properties).map(([name, sub]) => [name, walk(sub, name === 'attributes')]),
        );
      } else out[key] = walk(value, false);
    }
    // A resource object: the attributes Apple's live answers carry beyond its document are allowed.
    const props = out.properties as
      Record<string, { enum?: unknown[]; properties?: object }> | undefined;
    const resourceType = props?.type?.enum?.length === 1 ? String(props.type.enum[0]) : undefined;
    const extra = resourceType ? UNDOCUMENTED_ATTRIBUTES[resourceType] : undefined;
    if (extra && props?.attributes?.properties) {
      const attributes = props.attributes.properties as Record<string, unknown>;
      for (const name of extra) attributes[name] ??= { type: 'string', nullable: true };
    }
    if (nullable && out.properties) {
      const properties = out.properties as Record<string, Record<string, unknown>>;
      for (const property of Object.values(properties)) {
        property.nullable = true;
        if (Array.isArray(property.enum) && !property.enum.includes(null)) {
          property.enum = [...property.enum, null];
        }
      }
    }
    return out;
  };
  return walk(schema, false) as SchemaObject;
}

export interface ResponseProblem {
  method: string;
  path: string;
  status: number;
  problem: string;
}

export class ResponseValidator {
  private readonly validator = OpenApiValidator.load();
  private readonly ajv = new Ajv({
    strict: false,
    allErrors: false,
    logger: false,
    validateFormats: false,
  });
  private readonly compiled = new Map<string, ValidateFunction>();

  /** Undefined when `body` fits the document's schema for this answer, else what is wrong. */
  check(method: string, url: string, status: number, body: unknown): string | undefined {
    const { pathname } = new URL(url);
    const op = this.validator.match(method, pathname);
    if (isErrorAnswer(op)) return `${method} ${pathname} is not an operation of the document`;
    const operation =
      this.validator.document.paths[op.pathTemplate]?.[op.method.toLowerCase() as 'get'];
    const response = operation?.responses[String(status)];
    if (!response) return `the document declares no ${status} answer for ${op.operationId}`;
    const schema = response.content?.['application/json']?.schema;
    if (!schema)
      return body === undefined ? undefined : `${status} of ${op.operationId} has no body`;
    const key = `${op.operationId} ${status}`;
    let validate = this.compiled.get(key);
    if (!validate) {
      validate = this.ajv.compile(
        allowNullAttributes(closedSchema(this.validator.document, schema)),
      );
      this.compiled.set(key, validate);
    }
    if (validate(body)) return undefined;
    const error = validate.errors?.[0];
    return `${op.operationId} ${status}: ${error?.instancePath || '/'} ${error?.message ?? ''} ${JSON.stringify(error?.params ?? {})}`;
  }
}
