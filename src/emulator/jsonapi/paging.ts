import { appleErrors } from '../apple-errors.js';
import type { ErrorAnswer } from '../apple-errors.js';

export const DEFAULT_PAGE_LIMIT = 50;

export interface Page<T> {
  items: T[];
  total: number;
  limit: number;
  nextCursor?: string;
}

export function encodeCursor(offset: number): string {
  return Buffer.from(JSON.stringify({ offset })).toString('base64url');
}

function decodeCursor(cursor: string): number | undefined {
  try {
    const parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
    const offset = (parsed as { offset?: unknown }).offset;
    return typeof offset === 'number' && Number.isInteger(offset) && offset >= 0
      ? offset
      : undefined;
  } catch {
    return undefined;
  }
}

/** Cuts one page out of `items` using `limit` and Apple's opaque `cursor`. */
export function paginate<T>(items: T[], query: URLSearchParams): Page<T> | ErrorAnswer {
  const limit = Number(query.get('limit') ?? DEFAULT_PAGE_LIMIT) || DEFAULT_PAGE_LIMIT;
  const cursor = query.get('cursor');
  let offset = 0;
  if (cursor !== null) {
    const decoded = decodeCursor(cursor);
    if (decoded === undefined) {
      return appleErrors.invalidParameter(
        'cursor',
        `'${cursor}' is not a valid cursor for this request`,
      );
    }
    offset = decoded;
  }
  const end = offset + limit;
  return {
    items: items.slice(offset, end),
    total: items.length,
    limit,
    ...(end < items.length ? { nextCursor: encodeCursor(end) } : {}),
  };
}

/** `links.next`: the request's own URL on the emulator with every parameter kept and the cursor set. */
export function nextPageUrl(
  baseUrl: string,
  pathname: string,
  query: URLSearchParams,
  cursor: string,
): string {
  const params = new URLSearchParams(query);
  params.set('cursor', cursor);
  return `${baseUrl}${pathname}?${params.toString()}`;
}

export function selfUrl(baseUrl: string, pathname: string, query: URLSearchParams): string {
  const search = query.toString();
  return `${baseUrl}${pathname}${search ? `?${search}` : ''}`;
}
