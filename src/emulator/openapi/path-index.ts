import type { HttpMethod } from './openapi-document.js';

/** A route stored in the index: one path template of the document and the methods it declares. */
export interface Route<T> {
  pathTemplate: string;
  paramNames: string[];
  operations: Map<HttpMethod, T>;
}

export type PathLookup<T> =
  | {
      kind: 'found';
      route: Route<T>;
      operation: T;
      method: HttpMethod;
      pathParams: Record<string, string>;
    }
  | { kind: 'wrong-method' }
  | { kind: 'not-found' };

interface TrieNode<T> {
  literals: Map<string, TrieNode<T>>;
  param?: TrieNode<T>;
  route?: Route<T>;
}

const newNode = <T>(): TrieNode<T> => ({ literals: new Map() });

/**
 * A segment trie over path templates: matching walks one node per segment, trying a literal segment
 * before a `{param}` segment, so `/v1/builds/{id}/relationships/app` wins over `/v1/builds/{id}/app`.
 */
export class PathIndex<T> {
  private readonly root: TrieNode<T> = newNode();

  add(pathTemplate: string, method: HttpMethod, operation: T): void {
    let node = this.root;
    const paramNames: string[] = [];
    for (const segment of splitPath(pathTemplate)) {
      const param = /^\{(.+)\}$/.exec(segment);
      if (param) {
        paramNames.push(param[1] as string);
        node = node.param ??= newNode();
      } else {
        let next = node.literals.get(segment);
        if (!next) node.literals.set(segment, (next = newNode()));
        node = next;
      }
    }
    node.route ??= { pathTemplate, paramNames, operations: new Map() };
    if (node.route.pathTemplate !== pathTemplate) {
      throw new Error(
        `Ambiguous path templates '${node.route.pathTemplate}' and '${pathTemplate}'`,
      );
    }
    node.route.operations.set(method, operation);
  }

  lookup(method: string, pathname: string): PathLookup<T> {
    const segments = splitPath(pathname);
    if (segments.some((segment) => segment === '')) return { kind: 'not-found' };
    let pathMatched = false;
    for (const { route, values } of this.candidates(this.root, segments, 0, [])) {
      pathMatched = true;
      const operation = route.operations.get(method as HttpMethod);
      if (operation === undefined) continue;
      const pathParams: Record<string, string> = {};
      route.paramNames.forEach(
        (name, i) => (pathParams[name] = decodeSegment(values[i] as string)),
      );
      return { kind: 'found', route, operation, method: method as HttpMethod, pathParams };
    }
    return pathMatched ? { kind: 'wrong-method' } : { kind: 'not-found' };
  }

  /** Routes matching the segments, most specific (most literal segments, leftmost first) first. */
  private *candidates(
    node: TrieNode<T>,
    segments: string[],
    depth: number,
    values: string[],
  ): Generator<{ route: Route<T>; values: string[] }> {
    if (depth === segments.length) {
      if (node.route) yield { route: node.route, values };
      return;
    }
    const segment = segments[depth] as string;
    const literal = node.literals.get(segment);
    if (literal) yield* this.candidates(literal, segments, depth + 1, values);
    if (node.param) yield* this.candidates(node.param, segments, depth + 1, [...values, segment]);
  }
}

/** '/v1/apps/1' → ['v1', 'apps', '1']; a trailing or doubled slash leaves an empty segment. */
function splitPath(path: string): string[] {
  return path.startsWith('/') ? path.slice(1).split('/') : [''];
}

function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
