import { newIdFor } from './ids.js';
import { OpenApiValidator } from './openapi/validator.js';
import type { RelationshipInfo, ResourceInfo } from './openapi/validator.js';
import { EXTRA_RELATIONSHIPS, inverseRelationship } from './relationship-table.js';

export interface StoredResource {
  type: string;
  id: string;
  attributes: Record<string, unknown>;
  /** Linked ids per relationship; a to-one relationship holds at most one id. */
  relationships: Record<string, string[]>;
  /** When the emulator created it (ms, from the store's clock). */
  createdAt: number;
  /** Emulator-only state (e.g. how long a build processes); never sent to clients. */
  internal: Record<string, unknown>;
}

/** Where the store learns relationship targets: the OpenAPI validator in practice. */
export interface ResourceSchemaSource {
  resource(type: string): ResourceInfo | undefined;
}

/**
 * Account-wide conditions of Apple's service that a test can set on `store.conditions` (or through
 * the emulator's `conditions` option) to rehearse them.
 */
export interface AccountConditions {
  /** The account holder has not accepted the current agreements: every request answers 403. */
  agreementsMissing: boolean;
  /** Requests per minute per key; when set, answers carry `user-minute-lim`/`user-minute-rem`. */
  rateLimitPerMinute: number | undefined;
}

export interface EmulatorStoreOptions {
  schema?: ResourceSchemaSource;
  now?: () => number;
}

/** Brings a resource up to date before it is read (e.g. a PROCESSING build whose time is up). */
export type ReadHook = (resource: StoredResource, store: EmulatorStore) => void;

/** In-memory JSON:API resources with inverse relationships kept in sync. */
export class EmulatorStore {
  readonly schema: ResourceSchemaSource;
  readonly now: () => number;
  readonly conditions: AccountConditions = {
    agreementsMissing: false,
    rateLimitPerMinute: undefined,
  };
  private readonly tables = new Map<string, Map<string, StoredResource>>();
  private readonly readHooks = new Map<string, ReadHook>();
  private settling = false;

  constructor(options: EmulatorStoreOptions = {}) {
    this.schema = options.schema ?? OpenApiValidator.load();
    this.now = options.now ?? Date.now;
  }

  setReadHook(type: string, hook: ReadHook): void {
    this.readHooks.set(type, hook);
  }

  relationshipInfo(type: string, relationship: string): RelationshipInfo | undefined {
    return (
      this.schema.resource(type)?.relationships[relationship] ??
      EXTRA_RELATIONSHIPS[type]?.[relationship]
    );
  }

  create(
    type: string,
    attributes: Record<string, unknown>,
    relationships: Record<string, string | string[] | null | undefined> = {},
    id: string = newIdFor(type),
  ): StoredResource {
    const table = this.table(type);
    if (table.has(id)) throw new Error(`${type} ${id} already exists`);
    const resource: StoredResource = {
      type,
      id,
      attributes: { ...attributes },
      relationships: {},
      createdAt: this.now(),
      internal: {},
    };
    table.set(id, resource);
    for (const [relationship, ids] of Object.entries(relationships)) {
      if (ids === null || ids === undefined) continue;
      this.link(type, id, relationship, Array.isArray(ids) ? ids : [ids]);
    }
    return resource;
  }

  get(type: string, id: string): StoredResource | undefined {
    const resource = this.tables.get(type)?.get(id);
    if (resource) this.settle(resource);
    return resource;
  }

  list(type: string): StoredResource[] {
    const resources = [...(this.tables.get(type)?.values() ?? [])];
    for (const resource of resources) this.settle(resource);
    return resources;
  }

  count(type: string): number {
    return this.tables.get(type)?.size ?? 0;
  }

  update(type: string, id: string, attributes: Record<string, unknown>): StoredResource {
    const resource = this.require(type, id);
    Object.assign(resource.attributes, attributes);
    return resource;
  }

  delete(type: string, id: string): boolean {
    const resource = this.tables.get(type)?.get(id);
    if (!resource) return false;
    for (const [relationship, ids] of Object.entries(resource.relationships)) {
      for (const targetId of [...ids]) this.removeEdge(type, id, relationship, targetId);
    }
    this.tables.get(type)?.delete(id);
    // One-directional links (e.g. profiles.devices) have no inverse to follow: sweep them.
    for (const [otherType, table] of this.tables) {
      for (const other of table.values()) {
        for (const [relationship, ids] of Object.entries(other.relationships)) {
          if (!ids.includes(id)) continue;
          if (this.relationshipInfo(otherType, relationship)?.targetType !== type) continue;
          other.relationships[relationship] = ids.filter((x) => x !== id);
        }
      }
    }
    return true;
  }

  /** The resource a to-one relationship of `owner` (stored, or a draft) points to, if any. */
  toOne(
    type: string,
    owner: { relationships: Record<string, string[] | undefined> },
    relationship: string,
  ): StoredResource | undefined {
    const id = owner.relationships[relationship]?.[0];
    return id === undefined ? undefined : this.get(type, id);
  }

  related(type: string, id: string, relationship: string): string[] {
    return [...(this.require(type, id).relationships[relationship] ?? [])];
  }

  /** Adds links; a to-one relationship is replaced by the (single) id given. */
  link(type: string, id: string, relationship: string, ids: string[]): void {
    const info = this.requireRelationship(type, relationship);
    this.require(type, id);
    for (const targetId of ids) {
      if (!this.tables.get(info.targetType)?.has(targetId)) {
        throw new Error(`${info.targetType} ${targetId} does not exist`);
      }
      this.addEdge(type, id, relationship, targetId);
    }
  }

  unlink(type: string, id: string, relationship: string, ids: string[]): void {
    this.requireRelationship(type, relationship);
    this.require(type, id);
    for (const targetId of ids) this.removeEdge(type, id, relationship, targetId);
  }

  /** Makes the relationship hold exactly `ids` (PATCH on a relationship endpoint). */
  replace(type: string, id: string, relationship: string, ids: string[]): void {
    const keep = new Set(ids);
    const current = this.related(type, id, relationship);
    this.unlink(
      type,
      id,
      relationship,
      current.filter((x) => !keep.has(x)),
    );
    this.link(
      type,
      id,
      relationship,
      ids.filter((x) => !current.includes(x)),
    );
  }

  clear(): void {
    this.tables.clear();
  }

  private table(type: string): Map<string, StoredResource> {
    let table = this.tables.get(type);
    if (!table) {
      table = new Map();
      this.tables.set(type, table);
    }
    return table;
  }

  private require(type: string, id: string): StoredResource {
    const resource = this.tables.get(type)?.get(id);
    if (!resource) throw new Error(`${type} ${id} does not exist`);
    return resource;
  }

  private requireRelationship(type: string, relationship: string): RelationshipInfo {
    const info = this.relationshipInfo(type, relationship);
    if (!info) throw new Error(`${type} has no relationship ${relationship}`);
    return info;
  }

  private settle(resource: StoredResource): void {
    const hook = this.readHooks.get(resource.type);
    if (!hook || this.settling) return;
    this.settling = true;
    try {
      hook(resource, this);
    } finally {
      this.settling = false;
    }
  }

  private addEdge(type: string, id: string, relationship: string, targetId: string): void {
    const info = this.requireRelationship(type, relationship);
    const resource = this.require(type, id);
    const current = resource.relationships[relationship] ?? [];
    if (current.includes(targetId)) return;
    if (!info.toMany && current[0] !== undefined) {
      this.removeEdge(type, id, relationship, current[0]);
    }
    resource.relationships[relationship] = [
      ...(resource.relationships[relationship] ?? []),
      targetId,
    ];

    const inverse = inverseRelationship(type, relationship);
    if (!inverse) return;
    const target = this.require(info.targetType, targetId);
    const inverseInfo = this.requireRelationship(info.targetType, inverse);
    const inverseIds = target.relationships[inverse] ?? [];
    if (inverseIds.includes(id)) return;
    if (!inverseInfo.toMany && inverseIds[0] !== undefined) {
      this.removeEdge(info.targetType, targetId, inverse, inverseIds[0]);
    }
    target.relationships[inverse] = [...(target.relationships[inverse] ?? []), id];
  }

  private removeEdge(type: string, id: string, relationship: string, targetId: string): void {
    const resource = this.tables.get(type)?.get(id);
    if (resource?.relationships[relationship]) {
      resource.relationships[relationship] = resource.relationships[relationship].filter(
        (x) => x !== targetId,
      );
    }
    const inverse = inverseRelationship(type, relationship);
    const targetType = this.relationshipInfo(type, relationship)?.targetType;
    if (!inverse || !targetType) return;
    const target = this.tables.get(targetType)?.get(targetId);
    if (target?.relationships[inverse]) {
      target.relationships[inverse] = target.relationships[inverse].filter((x) => x !== id);
    }
  }
}
