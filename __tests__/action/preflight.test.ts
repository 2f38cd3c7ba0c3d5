/**
 * The bundle's preflight against a real Prometheus started with a rule file: a misspelt alert and a refused
 * token end the run before the first window with `decision: error` and one line naming the place and the fix.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startFaultProxy, type FaultProxy } from '../helpers/fault-proxy.js';
import { SCENARIO_POLICY } from '../helpers/scenarios.js';
import { startPrometheus, type PrometheusServer } from '../helpers/servers.js';
import { runAction } from './helpers/run-action.js';

let prometheus: PrometheusServer;
let proxy: FaultProxy;
let dir: string;
beforeAll(async () => {
  prometheus = await startPrometheus();
  proxy = await startFaultProxy(prometheus.url);
  dir = mkdtempSync(join(tmpdir(), 'canary-gate-preflight-action-'));
}, 120_000);
afterAll(async () => {
  await proxy?.close();
  await prometheus?.dispose();
});

function inputs(policy: string, url: string) {
  const config = join(dir, 'canary-gate.yml');
  writeFileSync(config, policy);
  return { config, stage: 'canary', mode: 'watch', 'prometheus-url': url, 'upload-artifact': 'false' };
}

test('a misspelt alert: decision error before the first window, with a did-you-mean', async () => {
  const run = await runAction({
    inputs: inputs(SCENARIO_POLICY.replace('alert: ConsistencyLow', 'alert: ConsistencyLo'), prometheus.url),
    eventName: 'push',
  });
  expect(run.code).not.toBe(0);
  expect(run.outputs.decision).toBe('error');
  expect(run.stdout).toContain('alert "ConsistencyLo" is not an alerting rule of');
  expect(run.stdout).toContain('(did you mean "ConsistencyLow"?)');
}, 60_000);

test('a refused token: decision error naming the server and what to check', async () => {
  proxy.fail({ kind: 'status', status: 403, body: 'forbidden: bad token' }, Infinity);
  const run = await runAction({ inputs: inputs(SCENARIO_POLICY, proxy.url), eventName: 'push' });
  expect(run.code).not.toBe(0);
  expect(run.outputs.decision).toBe('error');
  expect(run.summary).toContain(`${proxy.url}: refused the credentials (HTTP 403: forbidden: bad token)`);
}, 60_000);
