/** smoke-command: exit codes as the report shows them, and the gate's inputs kept from the command. */
import { runSmoke, smokeEnv } from '../../src/github/smoke.js';
import { smokeReturnCode } from '../../src/report/smoke.js';
import { captureStdoutEachTest } from '../helpers/stdout.js';

// Kept off the test output; no test reads it.
captureStdoutEachTest();

test("the gate's inputs (tokens among them) are not in the smoke command's environment", () => {
  const env = smokeEnv({
    PATH: '/bin',
    'INPUT_PROMETHEUS-TOKEN': 'tok',
    'INPUT_GITHUB-TOKEN': 'ghs',
    DEPLOY_ENV: 'x',
  });
  expect(env).toEqual({ PATH: '/bin', DEPLOY_ENV: 'x' });
});

test('a failing command reports its exit code; the environment it saw has no INPUT_ variables', async () => {
  const result = await runSmoke('env | grep -c "^INPUT_" || exit 3', 30, {
    PATH: process.env.PATH,
    'INPUT_PROMETHEUS-TOKEN': 'tok-secret',
  });
  expect(smokeReturnCode(result)).toBe(3);
});
