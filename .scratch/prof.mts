import { loadPolicy } from '/work/main/src/policy/load.js';
import { evaluateStage } from '/work/main/src/engine/evaluate.js';
import { runBake } from '/work/main/src/bake/run.js';
import { PrometheusSource } from '/work/main/src/sources/prometheus.js';
import { PrometheusClient } from '/work/main/src/sources/prometheus-client.js';
import { toOpenMetrics } from '/work/main/__tests__/helpers/openmetrics.js';
import { startPrometheus } from '/work/main/__tests__/helpers/servers.js';
const END = Date.UTC(2026, 10, 21, 0, 0, 0) / 1000;
const out = [];
for (let i = 0; i < 20; i++) for (let t = END - 90000 + 2; t <= END + 60; t += 5) out.push({ name: `bench_metric_${i}`, labels: { job: 'bench' }, t: t * 1000, v: 100 + ((t / 5 + i) % 50) });
const prom = await startPrometheus({ openMetrics: toOpenMetrics(out) });
const metrics = Array.from({ length: 20 }, (_, i) => `  m${i}:\n    query: avg_over_time(bench_metric_${i}[{{window}}])\n`).join('');
const gates = Array.from({ length: 20 }, (_, i) => `      m${i}: "<= 1000"\n`).join('');
const policy = loadPolicy(`version: 1\nwindow: 15s\nmissing-data: fail\nsettle: 0s\nmetrics:\n${metrics}stages:\n  day:\n    bake: 24h\n    gates:\n${gates}`, 'b.yml');
try {
  for (let rep = 0; rep < 3; rep++) {
    let t = performance.now();
    const c = new PrometheusClient({ url: prom.url });
    await Promise.all(Array.from({length: 4}, async (_, w) => { for (let i = w; i < 20; i += 4) await c.queryRange(`avg_over_time(bench_metric_${i}[15s])`, END - 86400 + 15, END, 15); }));
    console.log('client only', (performance.now() - t).toFixed(0)); c.close();
    t = performance.now();
    await Promise.all(Array.from({length: 4}, async (_, w) => { for (let i = w; i < 20; i += 4) { const r = await fetch(`${prom.url}/api/v1/query_range`, { method: 'POST', body: new URLSearchParams({ query: `avg_over_time(bench_metric_${i}[15s])`, start: String(END - 86400 + 15), end: String(END), step: '15' }) }); await r.json(); } }));
    console.log('fetch only', (performance.now() - t).toFixed(0));
    t = performance.now();
    const src = new PrometheusSource({ url: prom.url });
    const r = await runBake({ policy, stage: 'day', mode: 'lookback', source: src, until: END });
    const tb = performance.now() - t; src.close();
    t = performance.now();
    evaluateStage(policy, policy.stages.day, r.data);
    console.log('bake', tb.toFixed(0), 'evaluate alone', (performance.now() - t).toFixed(0));
  }
} finally { await prom.dispose(); }
