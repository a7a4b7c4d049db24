import { deref, type OpenApiDocument, type SchemaObject } from './openapi-document.js';

export interface RelationshipInfo {
  targetType: string;
  toMany: boolean;
}

export interface ResourceInfo {
  type: string;
  schemaName: string;
  attributes: string[];
  relationships: Record<string, RelationshipInfo>;
}

/** JSON:API resources by type, read from the document's resource schemas. */
export class ResourceIndex {
  private readonly schemaNameByType = new Map<string, string>();
  private readonly cache = new Map<string, ResourceInfo>();

  constructor(private readonly doc: OpenApiDocument) {
    for (const [name, schema] of Object.entries(doc.components.schemas)) {
      const type = singleTypeOf(schema);
      if (type === undefined || name.endsWith('InlineCreate')) continue;
      const current = this.schemaNameByType.get(type);
      if (current === undefined || prefer(doc, name, current))
        this.schemaNameByType.set(type, name);
    }
  }

  private relatedPathByKey?: Map<string, string>;

  /** '/v1/betaGroups/{id}/app' indexed as 'betaGroups/app' (the newest version wins). */
  private relatedPaths(): Map<string, string> {
    if (!this.relatedPathByKey) {
      this.relatedPathByKey = new Map();
      for (const path of Object.keys(this.doc.paths).sort()) {
        const match = /^\/v\d+\/([^/]+)\/\{id\}\/([^/{}]+)$/.exec(path);
        if (match) this.relatedPathByKey.set(`${match[1]}/${match[2]}`, path);
      }
    }
    return this.relatedPathByKey;
  }

  types(): string[] {
    return [...this.schemaNameByType.keys()];
  }

  get(type: string): ResourceInfo | undefined {
    const cached = this.cache.get(type);
    if (cached) return cached;
    const schemaName = this.schemaNameByType.get(type);
    if (schemaName === undefined) return undefined;
    const schema = this.doc.components.schemas[schemaName] as SchemaObject;
    const relationships: Record<string, RelationshipInfo> = {};
    for (const [name, relationship] of Object.entries(
      schema.properties?.relationships?.properties ?? {},
    )) {
      const info =
        relationshipFromLinkage(relationship) ?? this.relationshipFromRelatedPath(type, name);
      if (info) relationships[name] = info;
    }
    const info: ResourceInfo = {
      type,
      schemaName,
      attributes: Object.keys(schema.properties?.attributes?.properties ?? {}),
      relationships,
    };
    this.cache.set(type, info);
    return info;
  }

  /** A relationship that only has links: read the target from the related endpoint's 200 response. */
  private relationshipFromRelatedPath(type: string, name: string): RelationshipInfo | undefined {
    const relatedPath = this.relatedPaths().get(`${type}/${name}`);
    const responses = relatedPath ? this.doc.paths[relatedPath]?.get?.responses : undefined;
    const response = responses?.['200']?.content?.['application/json']?.schema;
    const data = deref(this.doc, response)?.properties?.data;
    if (!data) return undefined;
    const toMany = data.type === 'array';
    const target = deref(this.doc, toMany ? data.items : data);
    const targetType = target ? singleTypeOf(target) : undefined;
    return targetType === undefined ? undefined : { targetType, toMany };
  }
}

function singleTypeOf(schema: SchemaObject): string | undefined {
  const values = schema.properties?.type?.enum;
  return values?.length === 1 && typeof values[0] === 'string' ? values[0] : undefined;
}

function relationshipFromLinkage(relationship: SchemaObject): RelationshipInfo | undefined {
  const data = relationship.properties?.data;
  if (!data) return undefined;
  const toMany = data.type === 'array';
  const targetType = singleTypeOf((toMany ? data.items : data) ?? {});
  return targetType === undefined ? undefined : { targetType, toMany };
}

/** Two schemas share a type (e.g. InAppPurchase and InAppPurchaseV2): keep the current, non-deprecated one. */
function prefer(doc: OpenApiDocument, candidate: string, current: string): boolean {
  const deprecated = (name: string) => doc.components.schemas[name]?.deprecated === true;
  if (deprecated(candidate) !== deprecated(current)) return deprecated(current);
  return /V\d+$/.test(candidate) && !/V\d+$/.test(current);
}
