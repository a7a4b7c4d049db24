/** `403`: the key may not make this request (a key whose role does not allow it), by rule only. */
export type FaultKind = '500' | '503' | '429' | '403' | 'drop' | 'drop-after-write';

export interface FaultRule {
  method?: string;
  /** A string matches the request path exactly; a RegExp is tested against it. */
  path?: string | RegExp;
  fault: FaultKind;
  /** How many matching requests get the fault. */
  times: number;
}

export interface FaultOptions {
  latencyMs?: number;
  serverErrorRate?: number;
  rateLimitRate?: number;
  retryAfterSeconds?: number;
  dropConnectionRate?: number;
  dropResponseAfterWriteRate?: number;
  seed?: number;
  rules?: FaultRule[];
}

const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export function isWriteMethod(method: string): boolean {
  return WRITE_METHODS.has(method.toUpperCase());
}

/** mulberry32: tiny, fast and good enough to make fault sequences reproducible. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Decides, request by request, which fault (if any) to inject. */
export class FaultInjector {
  private options: FaultOptions = {};
  private rules: FaultRule[] = [];
  private random: () => number = seededRandom(1);

  constructor(options: FaultOptions = {}) {
    this.configure(options);
  }

  configure(options: FaultOptions): void {
    this.options = { ...options };
    this.rules = (options.rules ?? []).map((rule) => ({ ...rule }));
    this.random = seededRandom(options.seed ?? 1);
  }

  get latencyMs(): number {
    return this.options.latencyMs ?? 0;
  }

  get retryAfterSeconds(): number {
    return this.options.retryAfterSeconds ?? 1;
  }

  decide(method: string, pathname: string): FaultKind | undefined {
    const write = isWriteMethod(method);
    const rule = this.rules.find(
      (r) =>
        r.times > 0 &&
        (!r.method || r.method.toUpperCase() === method.toUpperCase()) &&
        pathMatches(r.path, pathname) &&
        (r.fault !== 'drop-after-write' || write),
    );
    if (rule) {
      rule.times -= 1;
      return rule.fault;
    }
    const o = this.options;
    if (this.roll(o.dropConnectionRate)) return 'drop';
    if (this.roll(o.serverErrorRate)) return this.random() < 0.5 ? '500' : '503';
    if (this.roll(o.rateLimitRate)) return '429';
    if (write && this.roll(o.dropResponseAfterWriteRate)) return 'drop-after-write';
    return undefined;
  }

  private roll(rate: number | undefined): boolean {
    if (!rate || rate <= 0) return false;
    return this.random() < rate;
  }
}

function pathMatches(path: string | RegExp | undefined, pathname: string): boolean {
  if (path === undefined) return true;
  return typeof path === 'string' ? path === pathname : path.test(pathname);
}
