import type { AscClient } from '../../asc/client.js';
import { relatedIds, type Resource } from '../../asc/json-api.js';
import { collectAll } from '../../asc/pagination.js';
import type { ListQuery } from '../../asc/query.js';

/** What every listing asks in `limit[<relationship>]`: Apple's cap for included relationships. */
export const includedRelationshipLimit = 50;

/** The limits to ask for a listing's included to-many relationships: 50 each. */
export function includedLimits(relationships: readonly string[]): Record<string, number> {
  return Object.fromEntries(relationships.map((name) => [name, includedRelationshipLimit]));
}

export interface CompleteRelationshipOptions {
  /** The `limit[<relationship>]` the listing asked for (default 50). */
  limit?: number;
  /**
   * Reads every id of the relationship, when the included ones may be cut; by default its
   * relationship endpoint `/v1/<type>/<id>/relationships/<relationship>`, paginated.
   */
  readAll?: () => Promise<string[]>;
}

/**
 * Every id of `resource`'s to-many `relationship`, from an answer that included it with
 * `limit[relationship]`. Apple's `meta.paging` beside included data is not a count (it reads
 * `{"total": 0, "limit": 2147483647}` beside non-empty data), so it is never read: data shorter than
 * the limit is complete, as it is in the common case, at no extra request; data as long as the limit
 * may have been cut, and the whole relationship is read.
 *
 * Every listing that includes a to-many relationship goes through here.
 */
export async function completeRelatedIds(
  client: Pick<AscClient, 'get'>,
  resource: Resource,
  relationship: string,
  options: CompleteRelationshipOptions = {},
): Promise<string[]> {
  const ids = relatedIds(resource, relationship);
  if (ids.length < (options.limit ?? includedRelationshipLimit)) return ids;
  if (options.readAll) return options.readAll();
  const { data } = await collectAll(
    client,
    `/v1/${resource.type}/${encodeURIComponent(resource.id)}/relationships/${relationship}`,
  );
  return data.map((identifier) => identifier.id);
}

/**
 * The related resources of `resource`'s to-many `relationship`, from an answer that included them
 * (`fromIncluded`), completed from the related endpoint `/v1/<type>/<id>/<relationship>` (with
 * `query`, e.g. its fields) when the included data is as long as the limit asked.
 */
export async function completeRelated<R extends Resource>(
  client: Pick<AscClient, 'get'>,
  resource: Resource,
  relationship: string,
  fromIncluded: R[],
  options: { limit?: number; query?: ListQuery } = {},
): Promise<R[]> {
  if (relatedIds(resource, relationship).length < (options.limit ?? includedRelationshipLimit)) {
    return fromIncluded;
  }
  const { data } = await collectAll<R>(
    client,
    `/v1/${resource.type}/${encodeURIComponent(resource.id)}/${relationship}`,
    options.query ?? {},
  );
  return data;
}
