/**
 * One live scenario's world: a stable and a canary process of the service under bounded load, a real
 * Prometheus scraping both every second (with RULES loaded), and optionally a real VictoriaMetrics with
 * its default latency offset scraping the same targets. `dispose()` stops every process it started, also
 * after a failed start.
 */
import {
  startPrometheus,
  startVictoriaMetricsScraping,
  type PrometheusServer,
  type VictoriaMetricsServer,
} from '../../helpers/servers.js';
import { startLoad, type Load } from './load.js';
import { startService, type Behaviour, type ServiceProcess } from './service.js';

/** A recording rule (the canary's error ratio) and an alert on it with `for:`, as runbook 003 loads them. */
export const RULES = `groups:
  - name: canary
    interval: 1s
    rules:
      - record: track:http_requests:error_ratio_rate10s
        expr: >-
          sum by (service, track) (rate(http_requests_total{code=~"5.."}[10s]))
          / sum by (service, track) (rate(http_requests_total[10s]))
      - alert: CanaryHighErrorRate
        expr: track:http_requests:error_ratio_rate10s{track="canary"} > 0.05
        for: 10s
        labels: { severity: page }
`;

/** Requests per second sent to each track: low, so two cores shared by several suites are not saturated. */
export const RATE_PER_TRACK = 20;

export interface StackOptions {
  service: string;
  stable?: Partial<Behaviour>;
  canary?: Partial<Behaviour>;
  victoria?: boolean;
}

export interface Stack {
  stable: ServiceProcess;
  canary: ServiceProcess;
  prometheus: PrometheusServer;
  victoria?: VictoriaMetricsServer;
  /** Sends load to both tracks for `seconds` (stopped early by stopLoad or dispose). */
  startLoad(seconds: number): void;
  /** Stops the load on one track, or on both. */
  stopLoad(track?: 'stable' | 'canary'): Promise<void>;
  /**
   * Runs `event` at wall-clock time `unixSeconds` (the bake runs in real time, so its moments are real
   * too); resolves when it has run. Cancelled by dispose, so a failed test leaves no timer behind.
   */
  at(unixSeconds: number, event: () => Promise<void>): Promise<void>;
  dispose(): Promise<void>;
}

/** Scrape config for both tracks; `track` is also a target label so `up{track="canary"}` exists. */
export function scrapeConfig(stable: ServiceProcess, canary: ServiceProcess): string {
  const target = (p: ServiceProcess) =>
    `      - targets: ['${p.target}']\n        labels: { service: ${p.service}, track: ${p.track} }\n`;
  return `global:
  scrape_interval: 1s
  scrape_timeout: 1s
scrape_configs:
  - job_name: ${stable.service}
    honor_labels: true
    static_configs:
${target(stable)}${target(canary)}`;
}

export async function startStack(opts: StackOptions): Promise<Stack> {
  const cleanups: (() => Promise<void>)[] = [];
  const loads = new Map<'stable' | 'canary', Load>();
  const stopLoad = async (track?: 'stable' | 'canary') => {
    const tracks = track ? [track] : [...loads.keys()];
    await Promise.all(tracks.map((t) => loads.get(t)?.stop()));
    for (const t of tracks) loads.delete(t);
  };
  const timers = new Set<NodeJS.Timeout>();
  let disposed = false;
  const at = (unixSeconds: number, event: () => Promise<void>) =>
    new Promise<void>((resolve, reject) => {
      const timer = setTimeout(
        () => {
          timers.delete(timer);
          if (disposed) resolve();
          else event().then(resolve, reject);
        },
        Math.max(0, unixSeconds * 1000 - Date.now()),
      );
      timers.add(timer);
    });
  const dispose = async () => {
    disposed = true;
    for (const timer of timers) clearTimeout(timer);
    await stopLoad();
    // Reverse order of start; every step runs even when one fails.
    const errors: unknown[] = [];
    for (const cleanup of cleanups.reverse()) await cleanup().catch((e: unknown) => errors.push(e));
    if (errors.length) throw errors[0];
  };
  try {
    const [stable, canary] = await Promise.all([
      startService(opts.service, 'stable', opts.stable),
      startService(opts.service, 'canary', opts.canary),
    ]);
    cleanups.push(
      () => stable.stop(),
      () => canary.stop(),
    );
    const config = scrapeConfig(stable, canary);
    // Started side by side; each is registered for cleanup as soon as it is up, so a failure of one
    // never leaks the other.
    const started = await Promise.allSettled([
      startPrometheus({ config: `${config}rule_files: [rules.yml]\n`, rules: RULES }).then(
        (p) => (cleanups.push(() => p.dispose()), p),
      ),
      opts.victoria
        ? startVictoriaMetricsScraping(config).then((v) => (cleanups.push(() => v.dispose()), v))
        : Promise.resolve(undefined),
    ]);
    for (const s of started) if (s.status === 'rejected') throw s.reason;
    const prometheus = (started[0] as PromiseFulfilledResult<PrometheusServer>).value;
    const victoria = (started[1] as PromiseFulfilledResult<VictoriaMetricsServer | undefined>).value;
    return {
      stable,
      canary,
      prometheus,
      victoria,
      startLoad: (seconds) => {
        loads.set('stable', startLoad(`${stable.url}/`, RATE_PER_TRACK, seconds));
        loads.set('canary', startLoad(`${canary.url}/`, RATE_PER_TRACK, seconds));
      },
      stopLoad,
      at,
      dispose,
    };
  } catch (err) {
    await dispose().catch(() => undefined);
    throw err;
  }
}

/** Waits (bounded) until `url` answers `query` with at least one series. */
export async function waitForSeries(url: string, query: string, timeoutMs = 30_000): Promise<void> {
  await pollUntil(
    async () => {
      const res = await fetch(`${url}/api/v1/query?query=${encodeURIComponent(query)}`, {
        signal: AbortSignal.timeout(2_000),
      }).catch(() => undefined);
      if (!res?.ok) return false;
      const body = (await res.json()) as { data?: { result?: unknown[] } };
      return (body.data?.result?.length ?? 0) > 0;
    },
    timeoutMs,
    `${url} has no series for ${query}`,
  );
}

/** Polls `check` every 200 ms until it is true, failing with `what` after `timeoutMs`. */
export async function pollUntil(check: () => Promise<boolean> | boolean, timeoutMs: number, what: string) {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`after ${timeoutMs} ms: ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** Resolves at wall-clock time `unixSeconds`: the bake runs in real time, so its moments are real too. */
export function at(unixSeconds: number): Promise<void> {
  return new Promise((r) => setTimeout(r, Math.max(0, unixSeconds * 1000 - Date.now())));
}

/**
 * The usual start of a scenario: its processes up, load running for the bake and some slack, and the
 * canary's first samples in Prometheus, so window 0 has data.
 */
export async function startScenario(opts: StackOptions, loadSeconds: number): Promise<Stack> {
  const stack = await startStack(opts);
  try {
    stack.startLoad(loadSeconds);
    await waitForSeries(
      stack.prometheus.url,
      `http_requests_total{service="${opts.service}",track="canary"}`,
    );
  } catch (err) {
    await stack.dispose();
    throw err;
  }
  return stack;
}
