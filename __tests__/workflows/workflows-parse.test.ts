/**
 * Every workflow file parses with GitHub's own parser without a problem, including the `with:` and `secrets:`
 * each template passes to the reusable workflow (the parser loads the called file and checks them).
 */
import { parseWorkflowFile } from './workflow-parser.js';
import { OWN_REPOSITORY, REUSABLE_PATH, readText, workflowFiles } from './workflow-files.js';

const reusableText = readText(REUSABLE_PATH);
const [owner, repo] = OWN_REPOSITORY.split('/');

/** The templates call `canary-gate/canary-gate/.github/workflows/canary-gate.yml@REF`: answer with our file. */
function provider(ref: { path: string; owner?: string; repository?: string }): string | undefined {
  const own = ref.owner === undefined || (ref.owner === owner && ref.repository === repo);
  return own && ref.path === REUSABLE_PATH ? reusableText : undefined;
}

test('the repository ships the reusable workflow, CI and the four templates', () => {
  expect(workflowFiles()).toEqual([
    '.github/workflows/canary-gate.yml',
    '.github/workflows/ci.yml',
    '.github/workflows/release.yml',
    'workflows/canary-dispatch.yml',
    'workflows/canary-long-bake.yml',
    'workflows/canary-policy-preview.yml',
    'workflows/canary-promotion.yml',
  ]);
});

test.each(workflowFiles())('%s parses with @actions/workflow-parser without errors', async (file) => {
  const { problems, template } = await parseWorkflowFile(file, readText(file), provider);
  expect(problems).toEqual([]);
  expect(template.jobs.length).toBeGreaterThan(0);
});

describe('the parser check is not vacuous', () => {
  test('an unknown key is reported', async () => {
    const { problems } = await parseWorkflowFile(
      'bad.yml',
      'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    stepz: []\n',
    );
    expect(problems.join('\n')).toMatch(/Unexpected value 'stepz'/);
  });

  test('an input the reusable workflow does not declare is reported', async () => {
    const text = readText('workflows/canary-long-bake.yml').replace('mode: lookback', 'modus: lookback');
    const { problems } = await parseWorkflowFile('canary-long-bake.yml', text, provider);
    expect(problems.join('\n')).toMatch(/modus is not defined in the referenced workflow/);
  });

  test('a missing required input is reported', async () => {
    const text = readText('workflows/canary-promotion.yml').replace('stage: canary_25', '');
    const { problems } = await parseWorkflowFile('canary-promotion.yml', text, provider);
    expect(problems.join('\n')).toMatch(/Input stage is required/);
  });

  test('a `needs:` on a job that does not exist is reported', async () => {
    const text = readText('workflows/canary-promotion.yml').replace('needs: gate_5', 'needs: gate_05');
    const { problems } = await parseWorkflowFile('canary-promotion.yml', text, provider);
    expect(problems.join('\n')).toMatch(/gate_05/);
  });
});
