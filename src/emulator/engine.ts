import { appleErrors } from './apple-errors.js';
import { relationshipInvalid, resourceNotFound } from './entity-errors.js';
import type { ErrorAnswer } from './apple-errors.js';
import type {
  Answer,
  HookContext,
  HookRegistry,
  LinkAction,
  OperationRequest,
  ResourceDraft,
} from './hooks.js';
import { applyFilters } from './jsonapi/filtering.js';
import { nextPageUrl, paginate, selfUrl } from './jsonapi/paging.js';
import { documentShape, Serializer } from './jsonapi/serializer.js';
import { applySort } from './jsonapi/sorting.js';
import type { PathExists } from './jsonapi/serializer.js';
import { isErrorAnswer } from './openapi/validator.js';
import type { StoredResource } from './store.js';

function unknownLinkage(relationship: string, id: string, pointer: string): ErrorAnswer {
  return relationshipInvalid(
    `'${id}' is not a valid id for the relationship '${relationship}'.`,
    pointer,
  );
}

type Shape =
  | { kind: 'collection'; type: string }
  | { kind: 'instance'; type: string; id: string }
  | { kind: 'related'; type: string; id: string; relationship: string }
  | { kind: 'linkage'; type: string; id: string; relationship: string }
  | { kind: 'other' };

function shapeOf(request: OperationRequest): Shape {
  const segments = request.op.pathTemplate.split('/').filter((s) => s !== '');
  const [, type, idParam, fourth, fifth] = segments;
  const id = Object.values(request.op.pathParams)[0] ?? '';
  if (!type) return { kind: 'other' };
  if (segments.length === 2) return { kind: 'collection', type };
  if (!idParam?.startsWith('{')) return { kind: 'other' };
  if (segments.length === 3) return { kind: 'instance', type, id };
  if (segments.length === 4 && fourth) return { kind: 'related', type, id, relationship: fourth };
  if (segments.length === 5 && fourth === 'relationships' && fifth) {
    return { kind: 'linkage', type, id, relationship: fifth };
  }
  return { kind: 'other' };
}

interface Identifier {
  type: string;
  id: string;
}

/** The generic JSON:API engine: answers every matched operation from the store, through the hooks. */
export class JsonApiEngine {
  constructor(
    private readonly hooks: HookRegistry,
    private readonly ctx: HookContext,
    private readonly pathExists: PathExists,
  ) {}

  async handle(request: OperationRequest): Promise<Answer | ErrorAnswer> {
    const custom = this.hooks.operation(request.op.operationId);
    if (custom) return custom(request, this.ctx);
    const shape = shapeOf(request);
    const method = request.op.method;
    switch (shape.kind) {
      case 'collection':
        if (method === 'GET')
          return this.list(
            request,
            this.ctx.store.list(shape.type).filter((r) => !isStale(r)),
          );
        if (method === 'POST') return this.create(request, shape.type);
        break;
      case 'instance':
        if (method === 'GET') return this.read(request, shape.type, shape.id);
        if (method === 'PATCH') return this.update(request, shape.type, shape.id);
        if (method === 'DELETE') return this.remove(shape.type, shape.id);
        break;
      case 'related':
        if (method === 'GET')
          return this.related(request, shape.type, shape.id, shape.relationship);
        break;
      case 'linkage':
        if (method === 'GET')
          return this.linkages(request, shape.type, shape.id, shape.relationship);
        return this.changeLinkages(request, shape.type, shape.id, shape.relationship);
      case 'other':
        break;
    }
    if (method === 'GET') return this.list(request, []);
    return appleErrors.methodNotAllowed(method);
  }

  private serializer(request: OperationRequest): Serializer {
    return new Serializer(this.ctx.store, request.baseUrl, this.pathExists);
  }

  private list(request: OperationRequest, resources: StoredResource[]): Answer | ErrorAnswer {
    const { store } = this.ctx;
    const filtered = applyFilters(resources, request.query, store, (type, attribute) =>
      this.hooks.matcher(type, attribute),
    );
    const sorted = applySort(filtered, request.query.get('sort'), store);
    const page = paginate(sorted, request.query);
    if (isErrorAnswer(page)) return page;
    const document = this.serializer(request).primary(page.items, documentShape(request.query));
    const links: Record<string, string> = {
      self: selfUrl(request.baseUrl, request.pathname, request.query),
    };
    if (page.nextCursor) {
      links.next = nextPageUrl(request.baseUrl, request.pathname, request.query, page.nextCursor);
    }
    const paging = {
      total: page.total,
      limit: page.limit,
      ...(page.nextCursor ? { nextCursor: page.nextCursor } : {}),
    };
    return { status: 200, body: { ...document, links, meta: { paging } } };
  }

  private single(request: OperationRequest, resource: StoredResource, status = 200): Answer {
    const serializer = this.serializer(request);
    const { data, included } = serializer.primary([resource], documentShape(request.query));
    const self =
      status === 201
        ? serializer.resourceUrl(resource.type, resource.id)
        : selfUrl(request.baseUrl, request.pathname, request.query);
    return {
      status,
      body: { data: data[0], ...(included ? { included } : {}), links: { self } },
    };
  }

  private read(request: OperationRequest, type: string, id: string): Answer | ErrorAnswer {
    const resource = this.ctx.store.get(type, id);
    if (!resource || isStale(resource)) return resourceNotFound(type, id);
    const refused = this.hooks.for(type)?.refuseRead?.(resource, this.ctx);
    return refused ?? this.single(request, resource);
  }

  private create(request: OperationRequest, type: string): Answer | ErrorAnswer {
    const draft = this.draftFrom(request.body, type);
    if (isErrorAnswer(draft)) return draft;
    const hooks = this.hooks.for(type);
    const outcome = hooks?.beforeCreate?.(draft, this.ctx);
    if (isErrorAnswer(outcome)) return outcome;
    if (outcome) return this.single(request, outcome, 201);
    const resource = this.ctx.store.create(
      type,
      draft.attributes,
      draft.relationships,
      hooks?.idFor?.(draft, this.ctx),
    );
    hooks?.afterCreate?.(resource, draft, this.ctx);
    return this.single(request, resource, 201);
  }

  private update(request: OperationRequest, type: string, id: string): Answer | ErrorAnswer {
    const { store } = this.ctx;
    const resource = store.get(type, id);
    if (!resource || isStale(resource)) return resourceNotFound(type, id);
    // The validator has already refused a body whose id differs from the path's.
    const draft = this.draftFrom(request.body, type);
    if (isErrorAnswer(draft)) return draft;
    const hooks = this.hooks.for(type);
    const refused = hooks?.beforeUpdate?.(resource, draft, this.ctx);
    if (refused) return refused;
    store.update(type, id, draft.attributes);
    for (const [relationship, ids] of Object.entries(draft.relationships)) {
      store.replace(type, id, relationship, ids);
    }
    hooks?.afterUpdate?.(resource, draft, this.ctx);
    return this.single(request, resource);
  }

  private remove(type: string, id: string): Answer | ErrorAnswer {
    const resource = this.ctx.store.get(type, id);
    if (!resource || isStale(resource)) return resourceNotFound(type, id);
    const refused = this.hooks.for(type)?.beforeDelete?.(resource, this.ctx);
    if (refused) return refused;
    this.ctx.store.delete(type, id);
    return { status: 204 };
  }

  private related(
    request: OperationRequest,
    type: string,
    id: string,
    relationship: string,
  ): Answer | ErrorAnswer {
    const { store } = this.ctx;
    const parent = store.get(type, id);
    if (!parent) return resourceNotFound(type, id);
    const info = store.relationshipInfo(type, relationship);
    if (!info) return this.list(request, []);
    const targets = (parent.relationships[relationship] ?? [])
      .map((targetId) => store.get(info.targetType, targetId))
      .filter((r): r is StoredResource => r !== undefined);
    if (info.toMany) return this.list(request, targets);
    const target = targets[0];
    if (target)
      return (
        this.hooks.for(target.type)?.refuseRead?.(target, this.ctx) ?? this.single(request, target)
      );
    return {
      status: 200,
      body: {
        data: null,
        links: { self: selfUrl(request.baseUrl, request.pathname, request.query) },
      },
    };
  }

  private linkages(
    request: OperationRequest,
    type: string,
    id: string,
    relationship: string,
  ): Answer | ErrorAnswer {
    const { store } = this.ctx;
    const parent = store.get(type, id);
    if (!parent) return resourceNotFound(type, id);
    const info = store.relationshipInfo(type, relationship);
    const ids = parent.relationships[relationship] ?? [];
    const related = this.serializer(request).relationshipLinks(type, id, relationship).related;
    const links = {
      self: selfUrl(request.baseUrl, request.pathname, request.query),
      ...(related ? { related } : {}),
    };
    if (info && !info.toMany) {
      const targetId = ids[0];
      return {
        status: 200,
        body: { data: targetId ? { type: info.targetType, id: targetId } : null, links },
      };
    }
    const page = paginate(ids, request.query);
    if (isErrorAnswer(page)) return page;
    const targetType = info?.targetType ?? relationship;
    return {
      status: 200,
      body: {
        data: page.items.map((targetId) => ({ type: targetType, id: targetId })),
        links: {
          ...links,
          ...(page.nextCursor
            ? {
                next: nextPageUrl(
                  request.baseUrl,
                  request.pathname,
                  request.query,
                  page.nextCursor,
                ),
              }
            : {}),
        },
        meta: {
          paging: {
            total: page.total,
            limit: page.limit,
            ...(page.nextCursor ? { nextCursor: page.nextCursor } : {}),
          },
        },
      },
    };
  }

  private changeLinkages(
    request: OperationRequest,
    type: string,
    id: string,
    relationship: string,
  ): Answer | ErrorAnswer {
    const { store } = this.ctx;
    const parent = store.get(type, id);
    if (!parent) return resourceNotFound(type, id);
    const info = store.relationshipInfo(type, relationship);
    if (!info) return appleErrors.methodNotAllowed(request.op.method);
    const data = (request.body as { data?: unknown } | undefined)?.data;
    const identifiers: Identifier[] =
      data === null || data === undefined ? [] : Array.isArray(data) ? data : [data as Identifier];
    const ids: string[] = [];
    for (const [index, identifier] of identifiers.entries()) {
      const pointer = Array.isArray(data) ? `/data/${index}/id` : '/data/id';
      if (identifier.type !== info.targetType || !store.get(info.targetType, identifier.id)) {
        return unknownLinkage(relationship, String(identifier.id), pointer);
      }
      ids.push(identifier.id);
    }
    const action: LinkAction =
      request.op.method === 'POST' ? 'add' : request.op.method === 'DELETE' ? 'remove' : 'replace';
    const hooks = this.hooks.for(type);
    const refused = hooks?.beforeLink?.(parent, relationship, ids, action, this.ctx);
    if (refused) return refused;
    if (action === 'add') store.link(type, id, relationship, ids);
    else if (action === 'remove') store.unlink(type, id, relationship, ids);
    else store.replace(type, id, relationship, ids);
    hooks?.afterLink?.(parent, relationship, ids, action, this.ctx);
    return { status: 204 };
  }

  /** Reads attributes and relationship ids from a create/update body, checking that targets exist. */
  private draftFrom(body: unknown, type: string): ResourceDraft | ErrorAnswer {
    const data = (body as { data?: Record<string, unknown> } | undefined)?.data ?? {};
    const attributes = { ...((data.attributes as Record<string, unknown> | undefined) ?? {}) };
    const relationships: Record<string, string[]> = {};
    const bodyRelationships = (data.relationships ?? {}) as Record<string, { data?: unknown }>;
    for (const [relationship, value] of Object.entries(bodyRelationships)) {
      const info = this.ctx.store.relationshipInfo(type, relationship);
      const linkage = value?.data;
      const identifiers: Identifier[] =
        linkage === null || linkage === undefined
          ? []
          : Array.isArray(linkage)
            ? linkage
            : [linkage as Identifier];
      if (!info) continue;
      relationships[relationship] = [];
      for (const identifier of identifiers) {
        if (!this.ctx.store.get(info.targetType, identifier.id)) {
          return unknownLinkage(
            relationship,
            String(identifier.id),
            `/data/relationships/${relationship}`,
          );
        }
        relationships[relationship].push(identifier.id);
      }
    }
    return { attributes, relationships };
  }
}

/**
 * A stale resource: deleted on Apple's side but still listed by a parent's relationship (a bundle
 * ID's profiles); reading, changing or deleting it answers 404, and its own collection omits it.
 */
function isStale(resource: StoredResource): boolean {
  return resource.internal.stale === true;
}
