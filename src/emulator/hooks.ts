import type { ErrorAnswer } from './apple-errors.js';
import type { AttributeMatcher } from './jsonapi/filtering.js';
import type { MatchedOperation } from './openapi/validator.js';
import type { EmulatorStore, StoredResource } from './store.js';

export interface EmulatorSettings {
  /** When > 0, overrides how long every PROCESSING build stays PROCESSING. */
  processingDurationMs: number;
  /** Registered devices allowed per product family (Apple: 100 per membership year). */
  deviceLimitPerFamily: number;
  /**
   * Apple's short window right after a build finishes processing: this many requests about the
   * build (reads of its buildBetaDetail, beta review submissions) are refused before it settles.
   */
  settlingRequests: number;
  /** Beta review, on the emulator's clock: how long a submission waits, then how long it is in review. */
  betaReviewWaitMs: number;
  betaReviewDurationMs: number;
}

export interface HookContext {
  store: EmulatorStore;
  now: () => number;
  settings: EmulatorSettings;
}

/** A resource about to be created or updated, as the request body describes it. */
export interface ResourceDraft {
  attributes: Record<string, unknown>;
  /** Ids per relationship named in the body (a to-one relationship holds at most one id). */
  relationships: Record<string, string[]>;
}

export type LinkAction = 'add' | 'remove' | 'replace';

/** A JSON document answer (status 200/201) or an empty one (204). */
export interface Answer {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

export interface OperationRequest {
  op: MatchedOperation;
  pathname: string;
  query: URLSearchParams;
  body: unknown;
  baseUrl: string;
}

/** Takes over one operation entirely (for endpoints that are not plain JSON:API, such as reports). */
export type OperationHandler = (
  request: OperationRequest,
  ctx: HookContext,
) => Answer | ErrorAnswer | Promise<Answer | ErrorAnswer>;

/**
 * Per-type behaviour plugged into the generic JSON:API engine: defaults, validation, conflicts and
 * side effects. Every member is optional.
 */
export interface ResourceHooks {
  type: string;
  /** Attribute matching in list filters that differs from exact equality. */
  filterMatchers?: Record<string, AttributeMatcher>;
  /** Refuses a read (GET of the resource or of a to-one relationship to it), e.g. Apple's 404 while a build settles. */
  refuseRead?: (resource: StoredResource, ctx: HookContext) => ErrorAnswer | void;
  /** Brings a stored resource up to date before any read (lazy state changes). */
  onRead?: (resource: StoredResource, ctx: HookContext) => void;
  /** The id Apple gives a new resource of this type, when it is not a random one. */
  idFor?: (draft: ResourceDraft, ctx: HookContext) => string | undefined;
  /** Fills defaults and checks conflicts; may answer an existing resource instead of creating one. */
  beforeCreate?: (draft: ResourceDraft, ctx: HookContext) => ErrorAnswer | StoredResource | void;
  afterCreate?: (resource: StoredResource, draft: ResourceDraft, ctx: HookContext) => void;
  beforeUpdate?: (
    resource: StoredResource,
    draft: ResourceDraft,
    ctx: HookContext,
  ) => ErrorAnswer | void;
  afterUpdate?: (resource: StoredResource, draft: ResourceDraft, ctx: HookContext) => void;
  beforeDelete?: (resource: StoredResource, ctx: HookContext) => ErrorAnswer | void;
  beforeLink?: (
    resource: StoredResource,
    relationship: string,
    ids: string[],
    action: LinkAction,
    ctx: HookContext,
  ) => ErrorAnswer | void;
  afterLink?: (
    resource: StoredResource,
    relationship: string,
    ids: string[],
    action: LinkAction,
    ctx: HookContext,
  ) => void;
  /** Whole operations this area answers itself, by operationId. */
  operations?: Record<string, OperationHandler>;
}

export class HookRegistry {
  private readonly byType = new Map<string, ResourceHooks>();
  private readonly operations = new Map<string, OperationHandler>();

  constructor(hooks: ResourceHooks[] = []) {
    for (const hook of hooks) this.register(hook);
  }

  register(hooks: ResourceHooks): void {
    if (this.byType.has(hooks.type)) throw new Error(`hooks for ${hooks.type} registered twice`);
    this.byType.set(hooks.type, hooks);
    for (const [operationId, handler] of Object.entries(hooks.operations ?? {})) {
      this.operations.set(operationId, handler);
    }
  }

  for(type: string): ResourceHooks | undefined {
    return this.byType.get(type);
  }

  all(): ResourceHooks[] {
    return [...this.byType.values()];
  }

  operation(operationId: string): OperationHandler | undefined {
    return this.operations.get(operationId);
  }

  matcher(type: string, attribute: string): AttributeMatcher | undefined {
    return this.byType.get(type)?.filterMatchers?.[attribute];
  }
}
