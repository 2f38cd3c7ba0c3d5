/**
 * Where a backtest reads history from, for the CLI and the action alike: a recording or Prometheus. The
 * Prometheus client (axios and the answer parsers) is loaded only for Prometheus: a recording's backtest
 * never runs it.
 */
import type { Policy } from '../policy/types.js';
import type { PrometheusSourceOptions } from '../sources/prometheus.js';
import { InputError } from '../util/errors.js';
import type { HistoryLoader } from './history.js';
import { readRecording, RecordingHistory } from './recording-history.js';
import type { BacktestReport } from './types.js';

export interface OpenedHistory {
  loader: HistoryLoader;
  source: BacktestReport['source'];
  /** A recording's span (unix seconds): the default --from/--to. */
  recorded?: { from: number; to: number };
}

export async function openHistory(req: {
  policy: Policy;
  metricsFile?: { path: string; text: string };
  prometheus?: Omit<PrometheusSourceOptions, 'url'> & { url?: string };
  /** How messages name the Prometheus URL input: `--prometheus-url` or `prometheus-url`. */
  urlName: string;
}): Promise<OpenedHistory> {
  const { policy } = req;
  if (req.metricsFile) {
    const recording = readRecording(req.metricsFile.text, req.metricsFile.path, policy);
    return {
      loader: new RecordingHistory(recording),
      source: { kind: 'file', file: req.metricsFile.path },
      recorded: { from: recording.start, to: recording.start + recording.windows * recording.windowSeconds },
    };
  }
  const url = req.prometheus?.url ?? policy.prometheus.url;
  if (!url) {
    throw new InputError(
      req.urlName,
      `is not given and ${policy.path} has no prometheus.url`,
      `give ${req.urlName}, prometheus.url in the policy, or a recording (metrics file) to replay`,
    );
  }
  const [{ PrometheusSource }, { PrometheusHistory }] = await Promise.all([
    import('../sources/prometheus.js'),
    import('./prometheus-history.js'),
  ]);
  const prometheus = new PrometheusSource({
    timeoutMs: policy.prometheus.timeoutSeconds * 1000,
    ...req.prometheus,
    headers: { ...policy.prometheus.headers, ...(req.prometheus?.headers ?? {}) },
    url,
  });
  return {
    loader: new PrometheusHistory(prometheus),
    source: { kind: 'prometheus', url: prometheus.displayUrl },
  };
}
