/** Errors the Prometheus client raises. Their messages never hold credentials: URLs are shown without userinfo. */

/** The server could not be reached or kept failing (network error, timeout, 429 or 5xx after every retry). */
export class PrometheusUnavailableError extends Error {
  constructor(
    message: string,
    readonly status?: number,
  ) {
    super(message);
    this.name = 'PrometheusUnavailableError';
  }
}

/** The server answered and refused the query (400, 422, or `status: error` in a 2xx body): retrying cannot help. */
export class PrometheusQueryRejectedError extends Error {
  constructor(
    message: string,
    readonly status: number,
    /** Prometheus' own words, e.g. `1:6: parse error: ...`. */
    readonly prometheusMessage: string,
  ) {
    super(message);
    this.name = 'PrometheusQueryRejectedError';
  }
}

/** `https://user:pass@host/prom/?x` → `https://host/prom` — the form every message and report shows. */
export function displayUrl(url: string): string {
  try {
    const u = new URL(url);
    u.username = '';
    u.password = '';
    u.search = '';
    u.hash = '';
    return u.toString().replace(/\/$/, '');
  } catch {
    return '<invalid URL>';
  }
}
