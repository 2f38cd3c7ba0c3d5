/** Bounded load from autocannon: a fixed low rate for a fixed time, stoppable early. */
import autocannon from 'autocannon';

export interface Load {
  /** Stops sending; resolves when autocannon has finished. */
  stop(): Promise<void>;
  /** Resolves when the load has run its duration (or was stopped). */
  done: Promise<void>;
}

/**
 * `rate` requests per second for `seconds` against `url`. Enough connections that a slow canary
 * (up to ~500 ms a request) still gets the whole rate, so a latency regression does not also cut traffic.
 */
export function startLoad(url: string, rate: number, seconds: number): Load {
  const instance = autocannon({
    url,
    overallRate: rate,
    connections: Math.max(2, Math.ceil(rate / 2)),
    duration: seconds,
    timeout: 5,
  });
  const done = new Promise<void>((resolve) => {
    instance.once('done', () => resolve());
  });
  return {
    done,
    stop: async () => {
      instance.stop();
      await done;
    },
  };
}
