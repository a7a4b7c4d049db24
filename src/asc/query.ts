/** Builds App Store Connect query strings: `filter[...]`, `fields[...]`, `include`, `sort`, `limit`. */

export type QueryValue = string | number | boolean | readonly (string | number)[] | undefined;

export interface ListQuery {
  /** `filter[name]=a,b`: several values are a comma-separated list (any of them matches). */
  filter?: Record<string, QueryValue>;
  /** `fields[type]=a,b`: the attributes and relationships to return for that type. */
  fields?: Record<string, readonly string[]>;
  include?: readonly string[];
  sort?: readonly string[];
  limit?: number;
  /** `limit[relationship]=n`: how many related resources to include per resource. */
  limits?: Record<string, number>;
  /** Any other parameter, sent as given. */
  extra?: Record<string, QueryValue>;
}

function formatValue(value: Exclude<QueryValue, undefined>): string {
  return Array.isArray(value) ? value.join(',') : String(value);
}

/** Percent-encodes a value but keeps the commas that separate list items readable. */
function encodeValue(value: string): string {
  return encodeURIComponent(value).replace(/%2C/gi, ',');
}

/** Keeps the brackets of `filter[email]` literal, as App Store Connect documents them. */
function encodeName(name: string): string {
  return encodeURIComponent(name).replace(/%5B/gi, '[').replace(/%5D/gi, ']');
}

export function toQueryPairs(query: ListQuery = {}): [string, string][] {
  const pairs: [string, string][] = [];
  const push = (name: string, value: QueryValue): void => {
    if (value === undefined) return;
    if (Array.isArray(value) && value.length === 0) return;
    pairs.push([name, formatValue(value as Exclude<QueryValue, undefined>)]);
  };
  for (const [name, value] of Object.entries(query.filter ?? {})) push(`filter[${name}]`, value);
  for (const [type, names] of Object.entries(query.fields ?? {})) push(`fields[${type}]`, names);
  push('include', query.include);
  push('sort', query.sort);
  push('limit', query.limit);
  for (const [relationship, limit] of Object.entries(query.limits ?? {})) {
    push(`limit[${relationship}]`, limit);
  }
  for (const [name, value] of Object.entries(query.extra ?? {})) push(name, value);
  return pairs;
}

export function toQueryString(query: ListQuery = {}): string {
  const pairs = toQueryPairs(query);
  if (pairs.length === 0) return '';
  return '?' + pairs.map(([name, value]) => `${encodeName(name)}=${encodeValue(value)}`).join('&');
}
