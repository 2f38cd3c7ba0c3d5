import type { ExchangeRecord } from './prometheus-attempt.js';

/** How a PrometheusClient is set up: connection, credentials, deadline, retries, size cap. */
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
  /** Deadline for one request: every attempt, every wait between them and the whole answer. Default 30 s. */
  timeoutMs?: number;
  /** Retries after the first attempt, as far as the deadline allows. Default 3. */
  retries?: number;
  /** First backoff delay; doubles each retry. Default 1 s. */
  backoffMs?: number;
  /** Upper bound on any one wait, Retry-After included, so a server cannot park a bake. Default 10 s. */
  maxRetryDelayMs?: number;
  /** Cap on one answer's bytes, as sent and decompressed. Default 64 MiB. */
  maxResponseBytes?: number;
  /** Monotonic milliseconds, for the deadline (injected sleeps are counted on top). */
  monotonic?: () => number;
  /** Points per series per query_range request; longer spans are split. Default 11,000. */
  maxPointsPerRequest?: number;
  sleep?: (ms: number) => Promise<void>;
  /** Wall clock in ms, used to read an HTTP-date Retry-After. */
  now?: () => number;
  /** Told of every HTTP exchange of a query (status, bytes, ms), for debug output. */
  onExchange?: (record: ExchangeRecord) => void;
}
