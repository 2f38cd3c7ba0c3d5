import { loadPolicy } from '/work/main/src/policy/load.js';
import { SCENARIO_POLICY, SCENARIOS, generateAllScenarios, scenarioSince, BAKE_SECONDS } from '/work/main/__tests__/helpers/scenarios.js';
import { toOpenMetrics, toPrometheusText } from '/work/main/__tests__/helpers/openmetrics.js';
import { startPrometheus, startVictoriaMetrics } from '/work/main/__tests__/helpers/servers.js';
import { fakeClock } from '/work/main/__tests__/helpers/fake-clock.js';
import { runBake } from '/work/main/src/bake/run.js';
import { PrometheusSource } from '/work/main/src/sources/prometheus.js';
const policy = loadPolicy(SCENARIO_POLICY, 'scenario.yml');
const samples = generateAllScenarios();
console.log('samples', samples.length);
let t = Date.now();
const prom = await startPrometheus({ openMetrics: toOpenMetrics(samples) });
console.log('prom ready ms', Date.now() - t); t = Date.now();
const vm = await startVictoriaMetrics(toPrometheusText(samples));
console.log('vm ready ms', Date.now() - t);
try {
  for (const url of [prom.url, vm.url]) {
    for (const name of SCENARIOS) {
      const since = scenarioSince(name);
      const src = new PrometheusSource({ url, sleep: async () => {} });
      const lb = await runBake({ policy, stage: 'canary', mode: 'lookback', source: src, until: since + BAKE_SECONDS });
      const clock = fakeClock(since * 1000);
      const lines: string[] = [];
      const w = await runBake({ policy, stage: 'canary', mode: 'watch', source: src, since, clock, log: (l) => lines.push(l) });
      src.close();
      console.log(`== ${name} lookback ${lb.verdict.decision} watch ${w.verdict.decision}@${w.decidedAtWindow} req ${w.requests}`);
      console.log('  ', JSON.stringify([lb.verdict.rollbackReasons, lb.verdict.gateFailReasons, lb.verdict.inconclusiveReasons, lb.verdict.warnings]));
      console.log('  W', JSON.stringify([w.verdict.rollbackReasons, w.verdict.gateFailReasons]));
      if (name === 'healthy' || name==='gap') { console.log(JSON.stringify(lb.data.metrics.error_rate), JSON.stringify(lb.data.metrics.p95_latency_ms.series)); console.log(lines.join('\n')); }
    }
  }
} finally { await prom.dispose(); await vm.dispose(); }
