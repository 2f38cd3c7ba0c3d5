/** A clock whose sleep advances time at once: a 30-minute watch runs in milliseconds. */
import type { Clock } from '../../src/bake/clock.js';

export interface FakeClock extends Clock {
  /** Every sleep asked for, in ms. */
  sleeps: number[];
}

export function fakeClock(startMs: number): FakeClock {
  let now = startMs;
  const sleeps: number[] = [];
  return {
    sleeps,
    now: () => now,
    sleep: async (ms) => {
      sleeps.push(ms);
      now += Math.max(0, ms);
    },
  };
}
