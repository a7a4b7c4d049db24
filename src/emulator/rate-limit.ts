const HOUR_MS = 60 * 60 * 1000;
const MINUTE_MS = 60 * 1000;

interface Window {
  startedAt: number;
  used: number;
}

/**
 * Apple's request quotas, counted per API key: hourly on every answer, and per minute where Apple
 * adds it (`limitPerMinute()` returns a number).
 */
export class RateLimiter {
  private readonly hours = new Map<string, Window>();
  private readonly minutes = new Map<string, Window>();

  constructor(
    private readonly limitPerHour: number,
    private readonly now: () => number,
    private readonly limitPerMinute: () => number | undefined = () => undefined,
  ) {}

  /** Counts one request; false when the key is past its hourly or minute quota. */
  consume(keyId: string): boolean {
    const hour = this.window(this.hours, keyId, HOUR_MS);
    const minute = this.window(this.minutes, keyId, MINUTE_MS);
    const perMinute = this.limitPerMinute();
    if (hour.used >= this.limitPerHour) return false;
    if (perMinute !== undefined && minute.used >= perMinute) return false;
    hour.used += 1;
    minute.used += 1;
    return true;
  }

  header(keyId: string | undefined): string {
    const used = keyId ? this.window(this.hours, keyId, HOUR_MS).used : 0;
    const remaining = Math.max(0, this.limitPerHour - used);
    let header = `user-hour-lim:${this.limitPerHour};user-hour-rem:${remaining};`;
    const perMinute = this.limitPerMinute();
    if (perMinute !== undefined) {
      const minuteUsed = keyId ? this.window(this.minutes, keyId, MINUTE_MS).used : 0;
      header += `user-minute-lim:${perMinute};user-minute-rem:${Math.max(0, perMinute - minuteUsed)};`;
    }
    return header;
  }

  reset(): void {
    this.hours.clear();
    this.minutes.clear();
  }

  private window(windows: Map<string, Window>, keyId: string, length: number): Window {
    const now = this.now();
    let window = windows.get(keyId);
    if (!window || now - window.startedAt >= length) {
      window = { startedAt: now, used: 0 };
      windows.set(keyId, window);
    }
    return window;
  }
}
