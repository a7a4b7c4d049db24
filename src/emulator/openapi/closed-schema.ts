import { deref, refName, type OpenApiDocument, type SchemaObject } from './openapi-document.js';

/** Keywords that only document a schema; ajv in strict-off mode would ignore them anyway. */
const ANNOTATIONS = new Set([
  'title',
  'description',
  'deprecated',
  'discriminator',
  'example',
  'externalDocs',
]);

/**
 * A self-contained copy of a request schema for ajv: `$ref`s inlined, annotations dropped and every
 * object that lists its properties closed (`additionalProperties: false`), because Apple refuses any
 * attribute, relationship or member that its document does not declare.
 */
export function closedSchema(doc: OpenApiDocument, schema: SchemaObject): SchemaObject {
  return close(doc, schema, []);
}

function close(doc: OpenApiDocument, schema: SchemaObject, refStack: string[]): SchemaObject {
  if (schema.$ref) {
    const name = refName(schema.$ref);
    if (refStack.includes(name)) throw new Error(`Recursive schema '${name}' cannot be inlined`);
    const { $ref: _ref, ...siblings } = schema;
    const target = deref(doc, schema);
    if (!target) throw new Error(`Unknown schema '${name}'`);
    return { ...close(doc, target, [...refStack, name]), ...close(doc, siblings, refStack) };
  }
  const out: SchemaObject = {};
  for (const [keyword, value] of Object.entries(schema)) {
    if (ANNOTATIONS.has(keyword)) continue;
    if (keyword === 'properties') {
      out.properties = Object.fromEntries(
        Object.entries(value as Record<string, SchemaObject>).map(([name, sub]) => [
          name,
          close(doc, sub, refStack),
        ]),
      );
    } else if (keyword === 'items') {
      out.items = close(doc, value as SchemaObject, refStack);
    } else if (keyword === 'additionalProperties') {
      out.additionalProperties =
        typeof value === 'object'
          ? close(doc, value as SchemaObject, refStack)
          : (value as boolean);
    } else if (keyword === 'oneOf' || keyword === 'anyOf' || keyword === 'allOf') {
      out[keyword] = (value as SchemaObject[]).map((sub) => close(doc, sub, refStack));
    } else {
      out[keyword] = value;
    }
  }
  if (out.properties && out.additionalProperties === undefined) out.additionalProperties = false;
  // ajv checks `enum` on its own, so a nullable enum must list null to accept it.
  if (out.nullable && out.enum && !out.enum.includes(null)) out.enum = [...out.enum, null];
  return out;
}
