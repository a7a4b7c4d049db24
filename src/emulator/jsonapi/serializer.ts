import { wireValue } from '../dates.js';
import type { EmulatorStore, StoredResource } from '../store.js';

/** What a request asks of the document's shape: `include`, `fields[type]`, `limit[relationship]`. */
export interface DocumentShape {
  include: string[];
  fields: Map<string, Set<string>>;
  includedLimits: Map<string, number>;
}

/** How many related items an included to-many relationship carries when `limit[rel]` is absent. */
const DEFAULT_INCLUDED_LIMIT = 50;

/**
 * The `meta.paging` Apple sends on an included to-many relationship: not a count. Recorded answers
 * show `{"total": 0, "limit": 2147483647}` beside non-empty data (fastlane's and codemagic's
 * fixtures), so a client that trusts it misses whatever the limit cut off.
 */
export const INCLUDED_RELATIONSHIP_PAGING = { total: 0, limit: 2147483647 } as const;

/** The related items an included to-many relationship carries: `limit[rel]`, never more than 50. */
function includedLimit(shape: DocumentShape, relationship: string): number {
  const asked = shape.includedLimits.get(relationship);
  if (asked === undefined || !Number.isFinite(asked) || asked < 1) return DEFAULT_INCLUDED_LIMIT;
  return Math.min(asked, DEFAULT_INCLUDED_LIMIT);
}

export function documentShape(query: URLSearchParams): DocumentShape {
  const fields = new Map<string, Set<string>>();
  const includedLimits = new Map<string, number>();
  for (const [name, value] of query) {
    const field = /^fields\[(.+)\]$/.exec(name);
    if (field?.[1]) fields.set(field[1], new Set(value.split(',')));
    const limit = /^limit\[(.+)\]$/.exec(name);
    if (limit?.[1]) includedLimits.set(limit[1], Number(value));
  }
  const include = (query.get('include') ?? '').split(',').filter((x) => x !== '');
  return { include, fields, includedLimits };
}

/**
 * Attributes Apple's live answers carry beyond its document (recorded by fastlane's fixtures):
 * sent like the documented ones, as null when unset.
 */
export const UNDOCUMENTED_ATTRIBUTES: Record<string, string[]> = {
  certificates: ['csrContent'],
  devices: ['serialNumber'],
};

export interface ResourceObject {
  type: string;
  id: string;
  attributes?: Record<string, unknown>;
  relationships?: Record<string, unknown>;
  links: { self: string };
}

/** Does `GET path` exist in Apple's API (so it may appear in links)? */
export type PathExists = (path: string) => boolean;

/** Turns stored resources into Apple's JSON:API resource objects and documents. */
export class Serializer {
  constructor(
    private readonly store: EmulatorStore,
    private readonly baseUrl: string,
    private readonly pathExists: PathExists,
  ) {}

  resourceUrl(type: string, id: string): string {
    return `${this.baseUrl}/v1/${type}/${encodeURIComponent(id)}`;
  }

  /** `data` plus `included` for primary resources, honouring include/fields/limit[...]. */
  primary(
    resources: StoredResource[],
    shape: DocumentShape,
  ): { data: ResourceObject[]; included?: ResourceObject[] } {
    const included = new Map<string, ResourceObject>();
    const primaryKeys = new Set(resources.map((r) => `${r.type}/${r.id}`));
    const data = resources.map((resource) => {
      const object = this.resourceObject(resource, shape, true);
      for (const relationship of shape.include) {
        for (const target of this.includedTargets(resource, relationship, shape)) {
          const key = `${target.type}/${target.id}`;
          if (primaryKeys.has(key) || included.has(key)) continue;
          included.set(key, this.resourceObject(target, shape, false));
        }
      }
      return object;
    });
    return included.size > 0 ? { data, included: [...included.values()] } : { data };
  }

  resourceObject(
    resource: StoredResource,
    shape: DocumentShape,
    isPrimary: boolean,
  ): ResourceObject {
    const info = this.store.schema.resource(resource.type);
    const wanted = shape.fields.get(resource.type);
    const attributes: Record<string, unknown> = {};
    // Apple sends every attribute of the schema, an unset one as an explicit null.
    const names = info
      ? [...info.attributes, ...(UNDOCUMENTED_ATTRIBUTES[resource.type] ?? [])]
      : Object.keys(resource.attributes);
    for (const name of names) {
      if (wanted && !wanted.has(name)) continue;
      attributes[name] = this.absoluteUrls(
        wireValue(resource.type, resource.attributes[name] ?? null),
      );
    }
    const relationships: Record<string, unknown> = {};
    for (const name of Object.keys(info?.relationships ?? {})) {
      const included = isPrimary && shape.include.includes(name);
      if (wanted && !wanted.has(name) && !included) continue;
      const relationship = this.relationshipObject(resource, name, included, shape);
      if (relationship) relationships[name] = relationship;
    }
    return {
      type: resource.type,
      id: resource.id,
      ...(Object.keys(attributes).length > 0 || !wanted ? { attributes } : {}),
      ...(Object.keys(relationships).length > 0 ? { relationships } : {}),
      links: { self: this.resourceUrl(resource.type, resource.id) },
    };
  }

  /**
   * A URL the emulator itself serves (stored as a path under /emulator/, such as a feedback
   * screenshot's image) is handed out absolute, on the emulator's base URL, as Apple's are.
   */
  private absoluteUrls(value: unknown): unknown {
    if (typeof value === 'string') {
      return value.startsWith('/emulator/') ? this.baseUrl + value : value;
    }
    if (Array.isArray(value)) return value.map((item) => this.absoluteUrls(item));
    if (value !== null && typeof value === 'object') {
      return Object.fromEntries(
        Object.entries(value).map(([key, item]) => [key, this.absoluteUrls(item)]),
      );
    }
    return value;
  }

  relationshipLinks(type: string, id: string, relationship: string): Record<string, string> {
    const links: Record<string, string> = {};
    const selfPath = `/v1/${type}/${encodeURIComponent(id)}/relationships/${relationship}`;
    const relatedPath = `/v1/${type}/${encodeURIComponent(id)}/${relationship}`;
    if (this.pathExists(`/v1/${type}/{id}/relationships/${relationship}`)) {
      links.self = this.baseUrl + selfPath;
    }
    if (this.pathExists(`/v1/${type}/{id}/${relationship}`))
      links.related = this.baseUrl + relatedPath;
    return links;
  }

  private relationshipObject(
    resource: StoredResource,
    name: string,
    withData: boolean,
    shape: DocumentShape,
  ): Record<string, unknown> | undefined {
    const links = this.relationshipLinks(resource.type, resource.id, name);
    const object: Record<string, unknown> = Object.keys(links).length > 0 ? { links } : {};
    if (withData) {
      const info = this.store.relationshipInfo(resource.type, name);
      const ids = resource.relationships[name] ?? [];
      if (info?.toMany) {
        const limit = includedLimit(shape, name);
        object.data = ids.slice(0, limit).map((id) => ({ type: info.targetType, id }));
        object.meta = { paging: { ...INCLUDED_RELATIONSHIP_PAGING } };
      } else {
        const id = ids[0];
        object.data = info && id !== undefined ? { type: info.targetType, id } : null;
      }
    }
    return Object.keys(object).length > 0 ? object : undefined;
  }

  private includedTargets(
    resource: StoredResource,
    relationship: string,
    shape: DocumentShape,
  ): StoredResource[] {
    const info = this.store.relationshipInfo(resource.type, relationship);
    if (!info) return [];
    let ids = resource.relationships[relationship] ?? [];
    if (info.toMany) ids = ids.slice(0, includedLimit(shape, relationship));
    return ids
      .map((id) => this.store.get(info.targetType, id))
      .filter((r): r is StoredResource => r !== undefined);
  }
}
