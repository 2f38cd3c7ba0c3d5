/**
 * HTTP client for any Prometheus-compatible query API (Prometheus, Thanos, Mimir, Cortex, VictoriaMetrics).
 * Retries network errors, 429 and 5xx with exponential backoff (honouring Retry-After); never retries a
 * rejected query. Sleeps go through an injected function so tests never wait for real time.
 */
import http from 'node:http';
import https from 'node:https';
import axios, { type AxiosInstance } from 'axios';
import { InputError } from '../util/errors.js';
import { joinParts, parseResult, type PromBody, type QueryResult } from './prometheus-answer.js';
import { displayUrl, PrometheusQueryRejectedError, PrometheusUnavailableError } from './prometheus-errors.js';

/** Prometheus refuses a query_range answer of more than 11,000 points per series. */
export const PROMETHEUS_MAX_POINTS = 11_000;

export interface PrometheusClientOptions {
  /** Base URL, e.g. `http://127.0.0.1:9090` or `https://mimir.example/prometheus`. Userinfo becomes basic auth. */
  url: string;
  /** Bearer token. */
  token?: string;
  username?: string;
  password?: string;
  /** Extra headers, e.g. `X-Scope-OrgID` for Mimir and Cortex. */
  headers?: Record<string, string>;
  /** PEM text of a CA certificate to trust in addition to the system ones. */
  caCert?: string;
  insecureSkipTlsVerify?: boolean;
  /** Deadline for one HTTP request, whole answer included. Default 30 s. */
  timeoutMs?: number;
  /** Retries after the first attempt. Default 3. */
  retries?: number;
  /** First backoff delay; doubles each retry. Default 1 s. */
  backoffMs?: number;
  /** Upper bound on any one wait, Retry-After included, so a server cannot park a bake. Default 60 s. */
  maxRetryDelayMs?: number;
  /** Points per series per query_range request; longer spans are split. Default 11,000. */
  maxPointsPerRequest?: number;
  sleep?: (ms: number) => Promise<void>;
  /** Wall clock in ms, used to read an HTTP-date Retry-After. */
  now?: () => number;
}

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
  private readonly http: AxiosInstance;
  private readonly httpAgent: http.Agent;
  private readonly httpsAgent: https.Agent;
  private readonly timeoutMs: number;
  private readonly retries: number;
  private readonly backoffMs: number;
  private readonly maxRetryDelayMs: number;
  private readonly maxPoints: number;
  private readonly sleep: (ms: number) => Promise<void>;
  private readonly now: () => number;

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
    const username = opts.username ?? (base.username ? decodeURIComponent(base.username) : undefined);
    const password = opts.password ?? (base.password ? decodeURIComponent(base.password) : undefined);
    this.displayUrl = displayUrl(opts.url);
    base.username = '';
    base.password = '';

    const headers: Record<string, string> = { Accept: 'application/json', ...(opts.headers ?? {}) };
    if (opts.token) headers.Authorization = `Bearer ${opts.token}`;
    else if (username !== undefined) {
      headers.Authorization = `Basic ${Buffer.from(`${username}:${password ?? ''}`).toString('base64')}`;
    }

    this.timeoutMs = opts.timeoutMs ?? 30_000;
    this.retries = opts.retries ?? 3;
    this.backoffMs = opts.backoffMs ?? 1_000;
    this.maxRetryDelayMs = opts.maxRetryDelayMs ?? 60_000;
    this.maxPoints = opts.maxPointsPerRequest ?? PROMETHEUS_MAX_POINTS;
    this.sleep = opts.sleep ?? realSleep;
    this.now = opts.now ?? Date.now;
    this.httpAgent = new http.Agent({ keepAlive: true });
    this.httpsAgent = new https.Agent({
      keepAlive: true,
      rejectUnauthorized: !opts.insecureSkipTlsVerify,
      ...(opts.caCert ? { ca: opts.caCert } : {}),
    });
    this.http = axios.create({
      baseURL: base.toString().replace(/\/+$/, ''),
      headers,
      httpAgent: this.httpAgent,
      httpsAgent: this.httpsAgent,
      // Status and body are judged here, so axios must neither throw on a status nor parse the JSON.
      validateStatus: () => true,
      responseType: 'text',
      transformResponse: [(data: unknown) => data],
      maxRedirects: 5,
    });
  }

  /** Frees pooled sockets (keep-alive) so a process or a test can end. */
  close(): void {
    this.httpAgent.destroy();
    this.httpsAgent.destroy();
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
    for (const s of result.series) this.stats.samples += s.points.length;
    return result;
  }

  /** GET (rules, buildinfo: Prometheus serves them on GET only) with a query's retries and errors. */
  async get(path: string, params: Record<string, string> = {}): Promise<PromBody> {
    return this.post(path, params, 'GET');
  }

  /** One API call with retries. Returns the parsed body of a `status: success` answer. */
  private async post(
    path: string,
    params: Record<string, string>,
    method: 'POST' | 'GET' = 'POST',
  ): Promise<PromBody> {
    let lastProblem = '';
    let lastStatus: number | undefined;
    for (let attempt = 0; attempt <= this.retries; attempt++) {
      const outcome = await this.attempt(path, params, method);
      if (outcome.kind === 'ok') return outcome.body;
      if (outcome.kind === 'rejected') {
        throw new PrometheusQueryRejectedError(
          `${this.displayUrl} rejected the query (HTTP ${outcome.status}): ${outcome.message}`,
          outcome.status,
          outcome.message,
        );
      }
      lastProblem = outcome.message;
      lastStatus = outcome.status;
      if (attempt === this.retries) break;
      const backoff = this.backoffMs * 2 ** attempt;
      const wait = Math.min(this.maxRetryDelayMs, Math.max(backoff, outcome.retryAfterMs ?? 0));
      await this.sleep(wait);
    }
    throw new PrometheusUnavailableError(
      `${this.displayUrl} is unavailable: ${lastProblem} (${this.retries + 1} attempts)`,
      lastStatus,
    );
  }

  private async attempt(
    path: string,
    params: Record<string, string>,
    method: 'POST' | 'GET',
  ): Promise<
    | { kind: 'ok'; body: PromBody }
    | { kind: 'rejected'; status: number; message: string }
    | { kind: 'retry'; message: string; status?: number; retryAfterMs?: number }
  > {
    this.stats.requests++;
    // A whole-request deadline: axios' own timeout only notices an idle socket, not a slow trickle.
    const abort = new AbortController();
    const timer = setTimeout(() => abort.abort(), this.timeoutMs);
    let status: number;
    let text: string;
    let retryAfter: string | undefined;
    try {
      const res =
        method === 'GET'
          ? await this.http.get(path, { params, signal: abort.signal, timeout: this.timeoutMs })
          : await this.http.post(path, new URLSearchParams(params).toString(), {
              headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
              signal: abort.signal,
              timeout: this.timeoutMs,
            });
      status = res.status;
      text = typeof res.data === 'string' ? res.data : String(res.data ?? '');
      const ra = res.headers['retry-after'];
      retryAfter = typeof ra === 'string' ? ra : undefined;
    } catch (err) {
      const timedOut = abort.signal.aborted || (err as { code?: string }).code === 'ECONNABORTED';
      return {
        kind: 'retry',
        message: timedOut ? `no answer within ${formatMs(this.timeoutMs)}` : networkProblem(err),
      };
    } finally {
      clearTimeout(timer);
    }

    let body: PromBody | undefined;
    try {
      body = JSON.parse(text) as PromBody;
    } catch {
      body = undefined;
    }
    if (status >= 200 && status < 300) {
      if (!body)
        return { kind: 'retry', status, message: `HTTP ${status} with an incomplete or non-JSON body` };
      if (body.status !== 'success') {
        return { kind: 'rejected', status, message: body.error ?? 'status is not success' };
      }
      return { kind: 'ok', body };
    }
    if (status === 429 || status >= 500) {
      return {
        kind: 'retry',
        status,
        message: `HTTP ${status}${body?.error ? `: ${body.error}` : ''}`,
        retryAfterMs: parseRetryAfter(retryAfter, this.now()),
      };
    }
    if (status === 401 || status === 403) {
      // The server's own words matter here (Mimir answers `no org id` in plain text); one line, kept short.
      const said = (body?.error ?? text).replace(/\s+/g, ' ').trim().slice(0, 200);
      return { kind: 'rejected', status, message: said || 'access denied' };
    }
    return { kind: 'rejected', status, message: body?.error ?? `HTTP ${status}` };
  }
}

/** Retry-After is either delay-seconds or an HTTP-date. */
export function parseRetryAfter(value: string | undefined, nowMs: number): number | undefined {
  if (!value) return undefined;
  const trimmed = value.trim();
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Number(trimmed) * 1000;
  const at = Date.parse(trimmed);
  if (Number.isNaN(at)) return undefined;
  return Math.max(0, at - nowMs);
}

function networkProblem(err: unknown): string {
  const e = err as { code?: string; message?: string };
  // Only the code and a fixed description: axios error messages may carry the request configuration.
  if (e.code === 'ECONNREFUSED') return 'connection refused';
  if (
    e.code === 'ECONNRESET' ||
    e.code === 'ERR_BAD_RESPONSE' ||
    /aborted|socket hang up/i.test(e.message ?? '')
  ) {
    return 'connection closed before the answer was complete';
  }
  if (e.code === 'ENOTFOUND' || e.code === 'EAI_AGAIN') return 'host name not found';
  if (e.code && /CERT|SSL|TLS|SELF_SIGNED/i.test(e.code)) {
    return `TLS error ${e.code}: give the server's CA with prometheus-ca-cert`;
  }
  return `network error ${e.code ?? 'unknown'}`;
}

function formatMs(ms: number): string {
  return ms % 1000 === 0 ? `${ms / 1000}s` : `${ms}ms`;
}
