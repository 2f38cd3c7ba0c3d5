/**
 * History from a recording in the file format (DESIGN §2 "Sources"): a long recording is read with the same
 * parser as a recorded bake, then served window by window like Prometheus history. Its `baseline` arrays are
 * the per-window baseline of every metric, as when a recorded bake is judged.
 */
import type { BakeData, Series } from '../engine/types.js';
import type { Policy } from '../policy/types.js';
import { loadMetricsFile } from '../sources/file.js';
import { InputError } from '../util/errors.js';
import type { HistoryLoader, HistoryRequest, MetricHistory } from './history.js';

export interface Recording {
  path: string;
  /** Unix seconds of the start of the recording's first window. */
  start: number;
  windowSeconds: number;
  windows: number;
  data: BakeData;
}

export function readRecording(text: string, path: string, policy: Policy): Recording {
  // Read as one bake as long as the recording, so nothing is cut.
  const data = loadMetricsFile(text, path, policy, null);
  if (data.since === undefined) {
    throw new InputError(
      `--metrics-file ${path}`,
      'has no "start": a backtest needs to know when each window was',
      'add "start": "<ISO time of the first window>" to the recording',
    );
  }
  return {
    path,
    start: data.since,
    windowSeconds: policy.windowSeconds,
    windows: data.windowsObserved,
    data,
  };
}

export class RecordingHistory implements HistoryLoader {
  readonly kind = 'file' as const;
  private served = 0;

  constructor(private readonly recording: Recording) {}

  async load(req: HistoryRequest): Promise<MetricHistory> {
    const { grid } = req;
    const rec = this.recording;
    const offset = (grid.start - rec.start) / rec.windowSeconds;
    if (!Number.isInteger(offset) || grid.windowSeconds !== rec.windowSeconds) {
      throw new InputError(
        '--from',
        `${new Date(grid.start * 1000).toISOString()} is not on a window boundary of ${rec.path}`,
        `give a time a whole number of windows after its start (${new Date(rec.start * 1000).toISOString()})`,
      );
    }
    const metric = rec.data.metrics[req.metric.name] ?? { series: [] };
    const history: MetricHistory = { series: shift(metric.series, offset, grid.windows), warnings: [] };
    if (metric.baseline) history.baseline = shift(metric.baseline, offset, grid.windows);
    this.served += grid.windows * (1 + (metric.baseline ? 1 : 0));
    return history;
  }

  stats() {
    return { requests: 0, samples: this.served };
  }

  close(): void {}
}

/** The recording's windows [offset, offset + windows), null where the recording does not reach. */
function shift(series: Series[], offset: number, windows: number): Series[] {
  return series.map((s) => {
    // The usual case, a backtest over the whole recording, reads the parsed arrays as they are.
    if (offset === 0 && s.values.length === windows) return s;
    return {
      labels: s.labels,
      values: Array.from({ length: windows }, (_, j) => s.values[offset + j] ?? null),
    };
  });
}
