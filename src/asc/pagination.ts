import type { AscClient } from './client.js';
import { IncludedIndex, type ListDocument, type Resource } from './json-api.js';
import { toQueryString, type ListQuery } from './query.js';

/** Apple's largest page. */
export const maxPageSize = 200;

/** Yields every page of a list, following `links.next` until there is none. */
export async function* paginate<R extends Resource>(
  client: Pick<AscClient, 'get'>,
  path: string,
  query: ListQuery = {},
): AsyncGenerator<ListDocument<R>> {
  let target: string | undefined = path + toQueryString({ limit: maxPageSize, ...query });
  const seen = new Set<string>();
  while (target) {
    if (seen.has(target)) throw new Error(`pagination loop: ${target} was already read`);
    seen.add(target);
    const page: ListDocument<R> = await client.get<ListDocument<R>>(target);
    yield page;
    target = page.links?.next;
  }
}

export interface CollectedList<R extends Resource> {
  data: R[];
  included: IncludedIndex;
  total?: number;
}

/** Reads every page of a list; `until` stops early once it returns true for a page's items. */
export async function collectAll<R extends Resource>(
  client: Pick<AscClient, 'get'>,
  path: string,
  query: ListQuery = {},
  until?: (items: R[]) => boolean,
): Promise<CollectedList<R>> {
  const data: R[] = [];
  const included = new IncludedIndex();
  let total: number | undefined;
  for await (const page of paginate<R>(client, path, query)) {
    data.push(...page.data);
    included.add(page.included ?? []);
    total ??= page.meta?.paging.total;
    if (until?.(page.data)) break;
  }
  return { data, included, total };
}
