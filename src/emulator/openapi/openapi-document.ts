import { readFileSync } from 'node:fs';

/** The parts of an OpenAPI 3.0 document the emulator reads; everything else is ignored. */
export interface SchemaObject {
  $ref?: string;
  type?: string;
  enum?: unknown[];
  items?: SchemaObject;
  properties?: Record<string, SchemaObject>;
  required?: string[];
  additionalProperties?: boolean | SchemaObject;
  oneOf?: SchemaObject[];
  nullable?: boolean;
  format?: string;
  maximum?: number;
  minimum?: number;
  deprecated?: boolean;
  [keyword: string]: unknown;
}

export interface ParameterObject {
  name: string;
  in: 'query' | 'path' | 'header' | 'cookie';
  required?: boolean;
  style?: string;
  explode?: boolean;
  schema: SchemaObject;
}

export interface MediaTypeObject {
  schema?: SchemaObject;
}

export interface OperationObject {
  operationId: string;
  parameters?: ParameterObject[];
  requestBody?: { required?: boolean; content: Record<string, MediaTypeObject> };
  responses: Record<string, { content?: Record<string, MediaTypeObject> }>;
  deprecated?: boolean;
}

export type HttpMethod = 'GET' | 'POST' | 'PATCH' | 'DELETE';
export const HTTP_METHODS: readonly HttpMethod[] = ['GET', 'POST', 'PATCH', 'DELETE'];

export type PathItemObject = Partial<Record<Lowercase<HttpMethod>, OperationObject>> & {
  parameters?: ParameterObject[];
};

export interface OpenApiDocument {
  openapi: string;
  info: { title: string; version: string };
  paths: Record<string, PathItemObject>;
  components: { schemas: Record<string, SchemaObject> };
}

/** Apple's App Store Connect API document, bundled next to this module. */
export const BUNDLED_DOCUMENT_URL = new URL('./app-store-connect-api.json', import.meta.url);

export function readOpenApiDocument(
  location: URL | string = BUNDLED_DOCUMENT_URL,
): OpenApiDocument {
  return JSON.parse(readFileSync(location, 'utf8')) as OpenApiDocument;
}

const SCHEMA_REF_PREFIX = '#/components/schemas/';

/** The component name a `$ref` points to, e.g. 'BetaGroup' for '#/components/schemas/BetaGroup'. */
export function refName(ref: string): string {
  if (!ref.startsWith(SCHEMA_REF_PREFIX)) throw new Error(`Unsupported $ref '${ref}'`);
  return ref.slice(SCHEMA_REF_PREFIX.length);
}

/** Follows a `$ref` (if any) to the component schema it names. */
export function deref(
  doc: OpenApiDocument,
  schema: SchemaObject | undefined,
): SchemaObject | undefined {
  if (!schema?.$ref) return schema;
  return doc.components.schemas[refName(schema.$ref)];
}
