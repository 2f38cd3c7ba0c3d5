/** An in-memory MetricSource for bake-loop tests: values come from a function of (metric, window). */
import {
  QueryRejectedError,
  SourceUnavailableError,
  type FetchRequest,
  type MetricSource,
  type MetricWindows,
} from '../../src/sources/types.js';

export type Cell = number | null | 'down' | 'reject';

export interface FetchCall {
  metric: string;
  first: number;
  count: number;
  /** Fake-clock time of the call, ms. */
  at: number;
}

export class MemorySource implements MetricSource {
  readonly kind = 'prometheus' as const;
  readonly displayUrl = 'memory://test';
  readonly calls: FetchCall[] = [];
  /** Reads (calls per metric) that fail, counted from 1. */
  constructor(
    private readonly value: (metric: string, window: number, call: number) => Cell,
    private readonly now: () => number = () => 0,
  ) {}

  queries(req: Omit<FetchRequest, 'first' | 'count'>) {
    return { query: `q_${req.metric.name}`, baselineQuery: null };
  }

  async fetch(req: FetchRequest): Promise<MetricWindows> {
    const name = req.metric.name;
    const call = this.calls.filter((c) => c.metric === name).length + 1;
    this.calls.push({ metric: name, first: req.first, count: req.count, at: this.now() });
    const values: (number | null)[] = [];
    for (let k = req.first; k < req.first + req.count; k++) {
      const v = this.value(name, k, call);
      if (v === 'down')
        throw new SourceUnavailableError(`memory://test is unavailable: connection refused (4 attempts)`);
      if (v === 'reject') throw new QueryRejectedError(`metric ${name}: rejected`);
      values.push(v);
    }
    return { series: [{ labels: {}, values }], warnings: [] };
  }

  stats() {
    return { requests: this.calls.length, samples: this.calls.reduce((n, c) => n + c.count, 0) };
  }

  close() {}

  callsFor(metric: string): [number, number][] {
    return this.calls.filter((c) => c.metric === metric).map((c) => [c.first, c.count]);
  }
}
