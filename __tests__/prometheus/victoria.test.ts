/** The same scenarios against a real VictoriaMetrics (imported through /api/v1/import/prometheus): same verdicts. */
import { toPrometheusText } from '../helpers/openmetrics.js';
import { scenarioSuite } from '../helpers/scenario-suite.js';
import { generateAllScenarios } from '../helpers/scenarios.js';
import { startVictoriaMetrics, type VictoriaMetricsServer } from '../helpers/servers.js';

let victoria: VictoriaMetricsServer | undefined;

beforeAll(async () => {
  victoria = await startVictoriaMetrics(toPrometheusText(generateAllScenarios()));
}, 120_000);

afterAll(async () => {
  await victoria?.dispose();
});

scenarioSuite('victoria-metrics', () => victoria!.url);
