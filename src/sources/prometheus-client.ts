/**
 * HTTP client for any Prometheus-compatible query API (Prometheus, Thanos, Mimir, Cortex, VictoriaMetrics).
 * Each request has one deadline (`timeoutMs`) for all its attempts, waits and the whole answer. Within it,
 * network errors, 429 and 5xx are retried with exponential backoff or the server's Retry-After (capped);
 * a rejected query, an answer over the size cap or a redirect loop never is. Sleeps go through an injected
 * function so tests never wait for real time.
 */
import http from 'node:http';
import https from 'node:https';
import axios from 'axios';
import { InputError } from '../util/errors.js';
import type { PrometheusClientOptions } from './prometheus-options.js';
import { DEFAULT_MAX_RESPONSE_BYTES } from '../policy/size.js';
import { joinParts, parseResult, type PromBody, type QueryResult } from './prometheus-answer.js';
import { displayUrl, PrometheusQueryRejectedError, PrometheusUnavailableError } from './prometheus-errors.js';
import { attemptOnce, type AttemptContext } from './prometheus-attempt.js';
import { acceptEncoding } from './prometheus-http.js';
import { formatMs, safeDecode } from './prometheus-problems.js';
export { parseRetryAfter } from './prometheus-problems.js';

/** Longest wait between attempts, whatever Retry-After says: a server cannot park a bake. */
export const MAX_RETRY_AFTER_MS = 10_000;

/** Prometheus refuses a query_range answer of more than 11,000 points per series. */
export const PROMETHEUS_MAX_POINTS = 11_000;

export type { PrometheusClientOptions } from './prometheus-options.js';

// The bake loop keys series by their labels with the same function the answers are read with.
export { labelKey, type QueryResult, type RangeSeries } from './prometheus-answer.js';

export interface ClientStats {
  /** HTTP requests sent, retries included. */
  requests: number;
  /** Points received. */
  samples: number;
}

const realSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export class PrometheusClient {
  readonly displayUrl: string;
  readonly stats: ClientStats = { requests: 0, samples: 0 };
  private readonly attempts: AttemptContext;
  private readonly baseUrl: string;
  private readonly httpAgent: http.Agent;
  private readonly httpsAgent: https.Agent;
  private readonly timeoutMs: number;
  private readonly retries: number;
  private readonly backoffMs: number;
  private readonly maxRetryDelayMs: number;
  private readonly maxPoints: number;
  private readonly sleep: (ms: number) => Promise<void>;
  private readonly now: () => number;
  private readonly monotonic: () => number;

  constructor(opts: PrometheusClientOptions) {
    let base: URL;
    try {
      base = new URL(opts.url);
    } catch {
      throw new InputError(
        'prometheus-url',
        `"${displayUrl(opts.url)}" is not a URL`,
        'give e.g. http://127.0.0.1:9090',
      );
    }
    if (base.protocol !== 'http:' && base.protocol !== 'https:') {
      throw new InputError(
        'prometheus-url',
        `protocol ${base.protocol} is not supported`,
        'use http:// or https://',
      );
    }
    const username = opts.username ?? (base.username ? safeDecode(base.username) : undefined);
    const password = opts.password ?? (base.password ? safeDecode(base.password) : undefined);
    this.displayUrl = displayUrl(opts.url);
    base.username = '';
    base.password = '';

    const headers: Record<string, string> = {
      Accept: 'application/json',
      'Accept-Encoding': acceptEncoding(base.hostname),
      ...(opts.headers ?? {}),
    };
    if (opts.token) headers.Authorization = `Bearer ${opts.token}`;
    else if (username !== undefined) {
      headers.Authorization = `Basic ${Buffer.from(`${username}:${password ?? ''}`).toString('base64')}`;
    }

    this.timeoutMs = opts.timeoutMs ?? 30_000;
    this.retries = opts.retries ?? 3;
    this.backoffMs = opts.backoffMs ?? 1_000;
    this.maxRetryDelayMs = opts.maxRetryDelayMs ?? MAX_RETRY_AFTER_MS;
    this.maxPoints = opts.maxPointsPerRequest ?? PROMETHEUS_MAX_POINTS;
    this.sleep = opts.sleep ?? realSleep;
    this.now = opts.now ?? Date.now;
    this.monotonic = opts.monotonic ?? (() => performance.now());
    this.httpAgent = new http.Agent({ keepAlive: true });
    this.httpsAgent = new https.Agent({
      keepAlive: true,
      rejectUnauthorized: !opts.insecureSkipTlsVerify,
      ...(opts.caCert ? { ca: opts.caCert } : {}),
    });
    this.baseUrl = base.toString().replace(/\/+$/, '');
    this.attempts = {
      exchange: {
        // Status, redirects and body are judged in ./prometheus-http.ts: axios only carries the bytes.
        http: axios.create({ httpAgent: this.httpAgent, httpsAgent: this.httpsAgent }),
        headers,
        userHeaderNames: Object.keys(opts.headers ?? {}),
        maxBytes: opts.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES,
      },
      url: this.baseUrl,
      timeoutMs: this.timeoutMs,
      now: this.now,
      monotonic: this.monotonic,
      onExchange: opts.onExchange,
    };
  }

  /** Frees pooled sockets (keep-alive) so a process or a test can end. */
  close(): void {
    this.httpAgent.destroy();
    this.httpsAgent.destroy();
  }

  /**
   * One GET of a non-query page (`/flags`, build info), no retries: for best-effort probes of what the
   * backend is. Undefined when it did not answer within the timeout.
   */
  async probe(path: string): Promise<{ status: number; text: string } | undefined> {
    // Not counted in stats: those are the query requests a bake makes.
    const abort = new AbortController();
    const timer = setTimeout(() => abort.abort(), this.timeoutMs);
    try {
      const res = await this.attempts.exchange.http.get(this.baseUrl + path, {
        signal: abort.signal,
        timeout: this.timeoutMs,
        maxContentLength: 1 << 20,
        maxRedirects: 0,
        headers: this.attempts.exchange.headers,
        responseType: 'text',
        validateStatus: () => true,
      });
      return { status: res.status, text: typeof res.data === 'string' ? res.data : String(res.data ?? '') };
    } catch {
      return undefined;
    } finally {
      clearTimeout(timer);
    }
  }

  /** Instant query at `time` (unix seconds). */
  async query(query: string, time: number): Promise<QueryResult> {
    const body = await this.post('/api/v1/query', { query, time: String(time) });
    return this.parseResult(body);
  }

  /**
   * query_range over [start, end] (unix seconds) with `step` seconds, split into requests of at most
   * `maxPointsPerRequest` points per series, the parts joined series by series.
   */
  async queryRange(query: string, start: number, end: number, step: number): Promise<QueryResult> {
    const parts: QueryResult[] = [];
    const pointsPerPart = Math.max(1, this.maxPoints);
    for (let partStart = start; partStart <= end; partStart += pointsPerPart * step) {
      const partEnd = Math.min(end, partStart + (pointsPerPart - 1) * step);
      const body = await this.post('/api/v1/query_range', {
        query,
        start: String(partStart),
        end: String(partEnd),
        step: String(step),
      });
      parts.push(this.parseResult(body));
    }
    return joinParts(parts);
  }

  private parseResult(body: PromBody): QueryResult {
    const result = parseResult(body);
    for (const s of result.series) this.stats.samples += s.times.length;
    return result;
  }

  /** GET (rules, buildinfo: Prometheus serves them on GET only) with a query's retries and errors. */
  async get(path: string, params: Record<string, string> = {}): Promise<PromBody> {
    return this.post(path, params, 'GET');
  }

  /**
   * One API call: attempts and waits share the request's deadline. Returns the parsed body of a
   * `status: success` answer.
   */
  private async post(
    path: string,
    params: Record<string, string>,
    method: 'POST' | 'GET' = 'POST',
  ): Promise<PromBody> {
    // Time spent: attempts measured, waits counted as asked (an injected sleep takes no real time).
    let spent = 0;
    const left = () => this.timeoutMs - spent;
    let lastProblem = '';
    let lastStatus: number | undefined;
    let attempts = 0;
    let cutShort = '';
    for (let attempt = 0; attempt <= this.retries; attempt++) {
      attempts++;
      this.stats.requests++;
      const attemptStart = this.monotonic();
      const outcome = await attemptOnce(this.attempts, path, params, method, Math.max(1, left()));
      spent += this.monotonic() - attemptStart;
      if (outcome.kind === 'ok') return outcome.body;
      if (outcome.kind === 'rejected') {
        throw new PrometheusQueryRejectedError(
          `${this.displayUrl} rejected the query (HTTP ${outcome.status}): ${outcome.message}`,
          outcome.status,
          outcome.message,
        );
      }
      if (outcome.kind === 'final')
        throw new PrometheusUnavailableError(`${this.displayUrl}: ${outcome.message}`);
      lastProblem = outcome.message;
      lastStatus = outcome.status;
      if (attempt === this.retries) break;
      const backoff = this.backoffMs * 2 ** attempt;
      const wait = Math.min(this.maxRetryDelayMs, Math.max(backoff, outcome.retryAfterMs ?? 0));
      if (wait >= left()) {
        if (!outcome.timedOut)
          cutShort = `; no time left for a retry within the ${formatMs(this.timeoutMs)} deadline`;
        break;
      }
      await this.sleep(wait);
      spent += wait;
    }
    throw new PrometheusUnavailableError(
      `${this.displayUrl} is unavailable: ${lastProblem} (${attempts} attempt${attempts === 1 ? '' : 's'}${cutShort})`,
      lastStatus,
    );
  }
}
