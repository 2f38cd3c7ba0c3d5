/** The bake scenarios against a real Prometheus, backfilled with `promtool tsdb create-blocks-from openmetrics`. */
import { toOpenMetrics } from '../helpers/openmetrics.js';
import { scenarioSuite } from '../helpers/scenario-suite.js';
import { generateAllScenarios } from '../helpers/scenarios.js';
import { startPrometheus, type PrometheusServer } from '../helpers/servers.js';

let prometheus: PrometheusServer | undefined;

beforeAll(async () => {
  prometheus = await startPrometheus({ openMetrics: toOpenMetrics(generateAllScenarios()) });
}, 120_000);

afterAll(async () => {
  await prometheus?.dispose();
});

scenarioSuite('prometheus', () => prometheus!.url);
