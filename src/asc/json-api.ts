/** The JSON:API envelope App Store Connect uses for every document. */

export interface ResourceIdentifier<TType extends string = string> {
  type: TType;
  id: string;
}

export interface Relationship {
  data?: ResourceIdentifier | ResourceIdentifier[] | null;
  links?: { self?: string; related?: string };
  meta?: { paging?: PagingInformation['paging'] };
}

export interface Resource<TType extends string = string, TAttributes = Record<string, unknown>> {
  type: TType;
  id: string;
  attributes?: TAttributes;
  relationships?: Record<string, Relationship | undefined>;
  links?: { self?: string };
}

export interface PagingInformation {
  paging: { total?: number; limit: number; nextCursor?: string };
}

export interface SingleDocument<R extends Resource = Resource> {
  data: R;
  included?: Resource[];
  links?: { self: string };
}

export interface ListDocument<R extends Resource = Resource> {
  data: R[];
  included?: Resource[];
  links?: { self: string; first?: string; next?: string };
  meta?: PagingInformation;
}

export interface LinkageDocument<TType extends string = string> {
  data: ResourceIdentifier<TType>[];
  links?: { self: string; next?: string };
  meta?: PagingInformation;
}

/** Looks up `included` resources by type and id, and follows relationships through them. */
export class IncludedIndex {
  private readonly byKey = new Map<string, Resource>();

  constructor(included: Iterable<Resource> = []) {
    this.add(included);
  }

  add(included: Iterable<Resource>): void {
    for (const resource of included) this.byKey.set(`${resource.type}/${resource.id}`, resource);
  }

  get<R extends Resource>(identifier: ResourceIdentifier | null | undefined): R | undefined {
    if (!identifier) return undefined;
    return this.byKey.get(`${identifier.type}/${identifier.id}`) as R | undefined;
  }

  /** The resource a to-one relationship points at, when it was included. */
  one<R extends Resource>(resource: Resource, relationship: string): R | undefined {
    const data = resource.relationships?.[relationship]?.data;
    return Array.isArray(data) ? undefined : this.get<R>(data);
  }

  /** The included resources a to-many relationship points at. */
  many<R extends Resource>(resource: Resource, relationship: string): R[] {
    const data = resource.relationships?.[relationship]?.data;
    if (!Array.isArray(data)) return [];
    return data.map((identifier) => this.get<R>(identifier)).filter((r): r is R => r !== undefined);
  }
}

/** The id a to-one relationship points at (present when the relationship was included or requested). */
export function relatedId(resource: Resource, relationship: string): string | undefined {
  const data = resource.relationships?.[relationship]?.data;
  return data && !Array.isArray(data) ? data.id : undefined;
}

/** The ids a to-many relationship points at. */
export function relatedIds(resource: Resource, relationship: string): string[] {
  const data = resource.relationships?.[relationship]?.data;
  return Array.isArray(data) ? data.map((identifier) => identifier.id) : [];
}
