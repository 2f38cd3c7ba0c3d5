/**
 * Learning how late a Prometheus-compatible backend shows recent samples (DESIGN §2 "Reading"), best effort:
 * - VictoriaMetrics answers `/flags` (plain text, `-name="value"` lines, only flags that were set) and lists
 *   every flag with its value on `/metrics` (`flag{name="search.latencyOffset", value="30s", …}`). Its
 *   `-search.latencyOffset` (30s by default) hides the newest samples: query_range answers points that
 *   recent with copies of older ones (steps under `-search.maxStepForPointsAdjustment`, 1m) or not at all.
 * - Prometheus (build info with a version) shows a sample as soon as it is scraped: no lag.
 * - Anything else could not tell: lag unknown, the bake reads the newest windows again.
 */
import type { BackendLag } from './types.js';

/**
 * Longer than any backend lag seen in practice (VictoriaMetrics' latency offset is 30 s by default): a
 * window that ended this long (plus settle) ago reads the same at every read.
 */
export const LAG_HORIZON_SECONDS = 600;

export type Probe = (path: string) => Promise<{ status: number; text: string } | undefined>;

/** VictoriaMetrics' documented default for `-search.latencyOffset`. */
const VICTORIA_DEFAULT_LAG_SECONDS = 30;

export async function learnBackendLag(probe: Probe): Promise<BackendLag> {
  const flags = await probe('/flags');
  if (flags?.status === 200 && /^-[\w.]+=/m.test(flags.text)) {
    const set = /^-search\.latencyOffset="?([^"\s]+)"?/m.exec(flags.text)?.[1];
    const listed = set ?? (await victoriaFlagFromMetrics(probe));
    const seconds = listed === undefined ? undefined : goDurationSeconds(listed);
    if (seconds !== undefined)
      return { seconds, known: true, how: `VictoriaMetrics -search.latencyOffset=${listed}` };
    return {
      seconds: VICTORIA_DEFAULT_LAG_SECONDS,
      known: true,
      how: 'VictoriaMetrics, -search.latencyOffset not readable: its default 30s',
    };
  }
  const info = await probe('/api/v1/status/buildinfo');
  if (info?.status === 200) {
    const version = parseVersion(info.text);
    if (version) return { seconds: 0, known: true, how: `Prometheus ${version}` };
  }
  return { seconds: 0, known: false, how: 'the backend did not say how late it shows samples' };
}

async function victoriaFlagFromMetrics(probe: Probe): Promise<string | undefined> {
  const metrics = await probe('/metrics');
  if (metrics?.status !== 200) return undefined;
  return /^flag\{name="search\.latencyOffset", value="([^"]+)"/m.exec(metrics.text)?.[1];
}

function parseVersion(text: string): string | undefined {
  try {
    const body = JSON.parse(text) as { data?: { version?: unknown } };
    const v = body.data?.version;
    return typeof v === 'string' && v !== '' ? v : undefined;
  } catch {
    return undefined;
  }
}

/**
 * A Go duration as VictoriaMetrics prints its flags (`30s`, `1m0s`, `1.5s`, `500ms`, `0s`) in whole
 * seconds, rounded up so a lag is never underestimated; undefined when it is not one.
 */
export function goDurationSeconds(text: string): number | undefined {
  if (text === '0') return 0;
  const parts = [...text.matchAll(/(\d+(?:\.\d+)?)(h|ms|m|s|us|µs|ns)/g)];
  if (parts.length === 0 || parts.map((p) => p[0]).join('') !== text) return undefined;
  const unit: Record<string, number> = { h: 3600, m: 60, s: 1, ms: 1e-3, us: 1e-6, µs: 1e-6, ns: 1e-9 };
  const seconds = parts.reduce((sum, [, n, u]) => sum + Number(n) * unit[u], 0);
  return Math.max(0, Math.ceil(seconds - 1e-9));
}
