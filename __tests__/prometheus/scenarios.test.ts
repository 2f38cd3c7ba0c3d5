/** The bake scenarios against a real Prometheus, backfilled with `promtool tsdb create-blocks-from openmetrics`. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cli } from '../cli/run.js';
import { toOpenMetrics } from '../helpers/openmetrics.js';
import { scenarioSuite } from '../helpers/scenario-suite.js';
import { BAKE_SECONDS, generateAllScenarios, SCENARIO_POLICY, scenarioSince } from '../helpers/scenarios.js';
import { startPrometheus, type PrometheusServer } from '../helpers/servers.js';

let prometheus: PrometheusServer | undefined;

beforeAll(async () => {
  prometheus = await startPrometheus({ openMetrics: toOpenMetrics(generateAllScenarios()) });
}, 120_000);

afterAll(async () => {
  await prometheus?.dispose();
});

scenarioSuite('prometheus', () => prometheus!.url);

describe('canary-gate evaluate --debug', () => {
  test('writes one stderr line per Prometheus request, with status, size and time; none without it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'canary-gate-debug-'));
    try {
      const config = join(dir, 'policy.yml');
      writeFileSync(config, SCENARIO_POLICY);
      const since = scenarioSince('healthy');
      const args = ['evaluate', '--config', config, '--stage', 'canary', '--prometheus-url', prometheus!.url];
      const range = ['--mode', 'lookback', '--since', String(since), '--until', String(since + BAKE_SECONDS)];
      const on = await cli(...args, ...range, '--debug');
      expect(on.code).toBe(0);
      const lines = on.stderr.split('\n').filter((l) => l.startsWith('debug: '));
      expect(lines.some((l) => l.includes('/api/v1/query_range: HTTP 200'))).toBe(true);
      for (const l of lines)
        expect(l).toMatch(/^debug: Prometheus \/api\/v1\/[a-z_]+: HTTP 200, [\d.]+ \w+, \d+ ms$/);
      const off = await cli(...args, ...range);
      expect(off.code).toBe(0);
      expect(off.stderr).not.toMatch(/debug:/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
