// Writes week.json: 7 days of the TSFM canary's metrics per 5-minute window, in the metrics-file format,
// with the spells the README names. Deterministic: `node examples/backtest/generate.mjs` rewrites the same file.
import { writeFileSync } from 'node:fs';

const start = Date.parse('2026-11-02T00:00:00Z');
const windows = 7 * 24 * 12;
let seed = 12;
const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
const at = (day, hour, minute = 0) => day * 288 + hour * 12 + minute / 5;
const round = (x, digits) => Number(x.toFixed(digits));

const p95 = [];
const errors = [];
const invalid = [];
const fallback = [];
const breaker = [];
for (let k = 0; k < windows; k++) {
  const hour = (k % 288) / 12;
  // Daily peak in the afternoon: latency rises towards the 300 ms gate.
  const peak = Math.max(0, Math.sin(((hour - 8) / 24) * 2 * Math.PI));
  p95.push(round(235 + 45 * peak + 12 * random(), 1));
  errors.push(round(0.001 + 0.003 * random(), 4));
  invalid.push(0);
  fallback.push(round(0.03 + 0.03 * random(), 3));
  breaker.push(round(0.05 * random(), 3));
}
// Day 1, 14:00-14:15: p95 between 300 and 320 (a gate at 320 would let it through).
for (const k of [at(1, 14), at(1, 14, 5), at(1, 14, 10)]) p95[k] = 305 + (k % 3) * 5;
// Day 2, 15:30: p95 at 340 for one window (holds under either gate).
p95[at(2, 15, 30)] = 340;
// Day 3, 09:00: one window of 3% errors (rollback: error_rate > 0.02).
errors[at(3, 9)] = 0.03;
// Day 4, 03:00-03:20: fallback rate 25% for 20 minutes (rollback: > 0.20 for 15m).
for (let m = 0; m < 20; m += 5) fallback[at(4, 3, m)] = 0.25;
// Day 5, 12:00: the exporter missed a scrape (missing-data: fail holds the bake).
p95[at(5, 12)] = null;
// Day 6, 16:05-16:10: p95 at 310 (another spell a gate at 320 lets through).
for (const k of [at(6, 16, 5), at(6, 16, 10)]) p95[k] = 310;

const recording = {
  window_minutes: 5,
  start: new Date(start).toISOString().replace('.000', ''),
  metrics: {
    p95_latency_ms: p95,
    error_rate: errors,
    invalid_output_rate: invalid,
    fallback_rate: fallback,
    breaker_open_rate: breaker,
  },
};
writeFileSync(new URL('./week.json', import.meta.url), JSON.stringify(recording) + '\n');
