import type { RateHeaders } from './errors';

/** How long to wait for news when nothing is known about the refill rate, ms. */
const PROBE_MS = 250;
/** Samples of the refill-rate estimator older than this are dropped, ms. */
const WINDOW_MS = 10_000;
/**
 * The longest time to full a reset header is believed for (seconds), as a 429's wait is capped at a minute: a reset
 * far ahead (a clock far off, milliseconds sent for seconds) made the refill rate next to nothing, and the next
 * request wait for ever (past setTimeout's 2^31 ms, a 1 ms busy loop).
 */
const MAX_TO_FULL_S = 60;

/**
 * Paces requests to the tenant's token bucket so that 429 stays rare. It keeps a local copy of the bucket
 * (capacity from `x-ratelimit-limit`, refill rate estimated from how `x-ratelimit-remaining` moves, or from
 * `x-ratelimit-reset`), and corrects it with every answer: the server's `remaining`, less the requests still in
 * flight, is a lower bound of what can be sent now, and `remaining` itself an upper bound. A 429 pauses every
 * request until the wait the server asked for. `maxRps` caps the rate on top.
 */
export class Pacer {
  private tokens = 1;
  private capacity: number | undefined;
  private rate: number | undefined;
  private unlimited = false;
  private at = performance.now();
  private pausedUntil = 0;
  private lastStart = -Infinity;
  private readonly minGapMs: number;
  private tail: Promise<unknown> = Promise.resolve();
  private wake: () => void = () => undefined;
  private changed: Promise<void>;
  private inflight = 0;
  private last: { t: number; remaining: number } | undefined;
  private clean: { t: number; gained: number; dt: number }[] = [];

  constructor(maxRps?: number) {
    this.minGapMs = maxRps && maxRps > 0 ? 1000 / maxRps : 0;
    this.changed = this.newChange();
  }

  /** Wait until a request may be sent (first come, first served); it then counts as in flight. */
  acquire(signal?: AbortSignal): Promise<void> {
    const turn = this.tail.then(() => this.waitTurn(signal));
    this.tail = turn.catch(() => undefined);
    return turn;
  }

  /** A request ended: record what the server said about its bucket. `headers` undefined: no answer. */
  settle(headers: RateHeaders | undefined, status: number | undefined): void {
    this.inflight = Math.max(0, this.inflight - 1);
    if (!headers) return this.notify();
    const now = performance.now();
    if (headers.limit === undefined || headers.remaining === undefined) {
      if (this.capacity === undefined) this.unlimited = true;
      return this.notify();
    }
    this.unlimited = false;
    this.refill(now);
    this.capacity = headers.limit;
    const r = headers.remaining;
    this.estimateRate(now, r, status, headers);
    // the server's view bounds ours: at least r minus what is still in flight, at most r (plus a fraction)
    this.tokens = Math.min(Math.max(this.tokens, r - this.inflight), r + 1);
    if (status === 429) this.tokens = Math.min(this.tokens, 0);
    this.notify();
  }

  /** Hold every request for `ms` (after a 429: the wait the server asked for); then one may try again. */
  pause(ms: number): void {
    this.pausedUntil = Math.max(this.pausedUntil, performance.now() + ms);
    // the server said when a request will be accepted: count from then, with one token to send
    this.tokens = 1;
    this.at = this.pausedUntil;
  }

  /** The refill rate in requests per second, when known (for reports). */
  get estimatedRate(): number | undefined {
    return this.rate;
  }

  private async waitTurn(signal?: AbortSignal): Promise<void> {
    for (;;) {
      if (signal?.aborted) throw signal.reason ?? new Error('aborted');
      const now = performance.now();
      let wait = 0;
      if (now < this.pausedUntil) wait = this.pausedUntil - now;
      else if (now < this.lastStart + this.minGapMs) wait = this.lastStart + this.minGapMs - now;
      else if (!this.unlimited) {
        this.refill(now);
        if (this.tokens < 1) {
          // refill rate unknown: with nothing in flight to learn from, probe once in a while
          if (this.rate) wait = ((1 - this.tokens) / this.rate) * 1000;
          else if (this.inflight > 0 || now < this.lastStart + PROBE_MS) wait = PROBE_MS;
        }
      }
      if (wait <= 0) {
        if (!this.unlimited) this.tokens = Math.max(this.tokens, 1) - 1;
        this.lastStart = now;
        this.inflight++;
        return;
      }
      await this.sleepOrChange(wait, signal);
    }
  }

  private refill(now: number): void {
    if (now <= this.at) return;
    if (this.rate && this.capacity !== undefined) this.tokens = Math.min(this.capacity, this.tokens + ((now - this.at) / 1000) * this.rate);
    this.at = now;
  }

  /**
   * Refill rate from consecutive answers. While the bucket is not full, what it gained plus what the request took,
   * summed over the last seconds, over the time between: an estimate. When it filled up meanwhile, that gain is a
   * lower bound, which raises a too low estimate. Before either, the reset header (time to full) gives a floor.
   */
  private estimateRate(now: number, remaining: number, status: number | undefined, h: RateHeaders): void {
    const cap = h.limit!;
    const used = status === 429 ? 0 : 1;
    const prev = this.last;
    this.last = { t: now, remaining };
    if (prev) {
      const dt = (now - prev.t) / 1000;
      if (remaining < cap - 1) {
        this.clean.push({ t: now, gained: remaining - prev.remaining + used, dt });
        while (this.clean.length && now - this.clean[0].t > WINDOW_MS) this.clean.shift();
        let gained = 0;
        let span = 0;
        for (const c of this.clean) [gained, span] = [gained + c.gained, span + c.dt];
        if (span >= 1 && gained > 0) {
          this.rate = gained / span;
          return;
        }
      } else if (dt > 0.05) {
        const atLeast = (remaining - prev.remaining) / dt;
        if (atLeast > (this.rate ?? 0)) this.rate = atLeast;
      }
    }
    if (h.reset !== undefined && remaining < cap) {
      // the bucket is full again at `reset` (whole seconds, rounded up): at least this fast; a time to full under
      // a second is not trusted, as the server's clock may be ahead of ours
      const toFull = Math.min(MAX_TO_FULL_S, h.reset - Date.now() / 1000);
      const atLeast = (cap - remaining) / Math.max(1, toFull);
      if (toFull > 0 && atLeast > (this.rate ?? 0)) this.rate = atLeast;
    }
  }

  /** Sleep `ms`, but wake early when an answer changes what is known. */
  private sleepOrChange(ms: number, signal?: AbortSignal): Promise<void> {
    const changed = this.changed;
    return new Promise<void>((resolve, reject) => {
      let timer: ReturnType<typeof setTimeout> | undefined;
      const finish = (err?: unknown) => {
        clearTimeout(timer);
        signal?.removeEventListener('abort', onAbort);
        if (err === undefined) resolve();
        else reject(err);
      };
      const onAbort = () => finish(signal!.reason ?? new Error('aborted'));
      timer = setTimeout(() => finish(), ms);
      signal?.addEventListener('abort', onAbort, { once: true });
      void changed.then(() => finish());
    });
  }

  private notify(): void {
    const wake = this.wake;
    this.changed = this.newChange();
    wake();
  }

  private newChange(): Promise<void> {
    return new Promise<void>((resolve) => (this.wake = resolve));
  }
}

/** Sleep `ms`, or less when `signal` aborts (then rejects with its reason). */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const timer = setTimeout(done, ms);
    function done() {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }
    function onAbort() {
      clearTimeout(timer);
      reject(signal!.reason);
    }
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
