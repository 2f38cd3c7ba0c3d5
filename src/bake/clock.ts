/** Time as the bake loops see it. Injected so tests run a 30-minute watch in milliseconds. */
export interface Clock {
  /** Unix time in milliseconds. */
  now(): number;
  sleep(ms: number): Promise<void>;
}

export const systemClock: Clock = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms))),
};
