import type { EmulatorStore, StoredResource } from '../store.js';

/** Decides whether a stored attribute value matches one wanted filter value. */
export type AttributeMatcher = (value: unknown, wanted: string) => boolean;

/** Per type and attribute, matching that differs from exact equality (e.g. Apple's near matches). */
export type MatcherLookup = (type: string, attribute: string) => AttributeMatcher | undefined;

export const exactMatch: AttributeMatcher = (value, wanted) => {
  if (Array.isArray(value)) return value.some((item) => exactMatch(item, wanted));
  if (value === null || value === undefined) return false;
  return String(value) === wanted;
};

export const caseInsensitiveMatch: AttributeMatcher = (value, wanted) =>
  typeof value === 'string' && value.toLowerCase() === wanted.toLowerCase();

/** Apple answers `filter[bundleId]=com.example.app` with `com.example.app.widget` too. */
export const prefixMatch: AttributeMatcher = (value, wanted) =>
  typeof value === 'string' && value.startsWith(wanted);

interface FilterTerm {
  path: string[];
  values: string[];
  exists: boolean;
}

/** Applies every `filter[...]` and `exists[...]` parameter; comma-separated values mean OR. */
export function applyFilters(
  resources: StoredResource[],
  query: URLSearchParams,
  store: EmulatorStore,
  matchers: MatcherLookup,
): StoredResource[] {
  const terms = filterTerms(query);
  if (terms.length === 0) return resources;
  return resources.filter((resource) =>
    terms.every((term) =>
      term.exists
        ? existsMatches(resource, term.path, term.values[0] !== 'false', store)
        : filterMatches(resource, term.path, term.values, store, matchers),
    ),
  );
}

function filterTerms(query: URLSearchParams): FilterTerm[] {
  const terms: FilterTerm[] = [];
  for (const [name, value] of query) {
    const match = /^(filter|exists)\[(.+)\]$/.exec(name);
    if (!match?.[1] || !match[2]) continue;
    terms.push({
      path: match[2].split('.'),
      values: value.split(',').filter((v) => v !== ''),
      exists: match[1] === 'exists',
    });
  }
  return terms;
}

function isAttribute(store: EmulatorStore, type: string, name: string): boolean {
  const info = store.schema.resource(type);
  if (info?.attributes.includes(name)) return true;
  return !store.relationshipInfo(type, name);
}

function relatedResources(
  resource: StoredResource,
  relationship: string,
  store: EmulatorStore,
): StoredResource[] {
  const targetType = store.relationshipInfo(resource.type, relationship)?.targetType;
  if (!targetType) return [];
  return (resource.relationships[relationship] ?? [])
    .map((id) => store.get(targetType, id))
    .filter((r): r is StoredResource => r !== undefined);
}

function filterMatches(
  resource: StoredResource,
  path: string[],
  values: string[],
  store: EmulatorStore,
  matchers: MatcherLookup,
): boolean {
  const [head, ...rest] = path;
  if (head === undefined) return false;
  if (rest.length > 0) {
    return relatedResources(resource, head, store).some((target) =>
      filterMatches(target, rest, values, store, matchers),
    );
  }
  if (head === 'id') return values.includes(resource.id);
  if (!isAttribute(store, resource.type, head)) {
    const ids = resource.relationships[head] ?? [];
    return ids.some((id) => values.includes(id));
  }
  const matcher = matchers(resource.type, head) ?? exactMatch;
  const value = resource.attributes[head];
  return values.some((wanted) => matcher(value, wanted));
}

function existsMatches(
  resource: StoredResource,
  path: string[],
  wanted: boolean,
  store: EmulatorStore,
): boolean {
  const [head, ...rest] = path;
  if (head === undefined) return false;
  if (rest.length > 0) {
    return relatedResources(resource, head, store).some((target) =>
      existsMatches(target, rest, wanted, store),
    );
  }
  const present = isAttribute(store, resource.type, head)
    ? resource.attributes[head] !== null && resource.attributes[head] !== undefined
    : (resource.relationships[head] ?? []).length > 0;
  return present === wanted;
}
