const HOUR_MS = 60 * 60 * 1000;

interface Window {
  startedAt: number;
  used: number;
}

/** Apple's hourly request quota, counted per API key. */
export class RateLimiter {
  private readonly windows = new Map<string, Window>();

  constructor(
    private readonly limitPerHour: number,
    private readonly now: () => number,
  ) {}

  /** Counts one request; false when the key is past its quota. */
  consume(keyId: string): boolean {
    const window = this.window(keyId);
    if (window.used >= this.limitPerHour) return false;
    window.used += 1;
    return true;
  }

  header(keyId: string | undefined): string {
    const used = keyId ? this.window(keyId).used : 0;
    const remaining = Math.max(0, this.limitPerHour - used);
    return `user-hour-lim:${this.limitPerHour};user-hour-rem:${remaining};`;
  }

  reset(): void {
    this.windows.clear();
  }

  private window(keyId: string): Window {
    const now = this.now();
    let window = this.windows.get(keyId);
    if (!window || now - window.startedAt >= HOUR_MS) {
      window = { startedAt: now, used: 0 };
      this.windows.set(keyId, window);
    }
    return window;
  }
}
