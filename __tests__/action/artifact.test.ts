/**
 * The report artifact through real blob storage (Azurite) behind a fake results service: the zip that
 * lands holds report.json, summary.md and report.html; a re-run attempt gets its own name; a failing
 * service is a warning that does not change the decision.
 */
import { EXAMPLE, runAction } from './helpers/run-action.js';
import { startArtifactBackend, type ArtifactBackend } from './helpers/azurite.js';
import { unzip } from './helpers/unzip.js';

let backend: ArtifactBackend;
beforeAll(async () => {
  backend = await startArtifactBackend();
}, 60_000);
afterAll(async () => {
  await backend?.close();
});

function inputs(metrics: string) {
  return {
    config: EXAMPLE.config,
    stage: 'canary_5',
    'metrics-file': EXAMPLE.metrics(metrics),
    comment: 'never',
  };
}

function env(attempt = '1') {
  return {
    ACTIONS_RUNTIME_TOKEN: backend.runtimeToken,
    ACTIONS_RESULTS_URL: backend.resultsUrl,
    GITHUB_RUN_ATTEMPT: attempt,
  };
}

test('uploads report.json, summary.md and report.html; sets artifact-id and artifact-url', async () => {
  backend.failWith = null;
  const run = await runAction({ inputs: inputs('hold-p95'), env: env() });
  expect(run.code).toBe(1);
  expect(run.outputs.decision).toBe('hold');
  expect(run.outputs['artifact-id']).toMatch(/^\d+$/);
  expect(run.outputs['artifact-url']).toBe(
    `https://github.com/acme/shop/actions/runs/4242/artifacts/${run.outputs['artifact-id']}`,
  );
  expect(backend.calls.map((c) => c.method)).toEqual(['CreateArtifact', 'FinalizeArtifact']);
  expect(backend.calls[0].body.name).toBe('canary-gate-canary_5');
  // The run and job come from the runtime token's scp claim (field names are protobuf JSON: snake case).
  expect(Object.values(backend.calls[0].body)).toEqual(
    expect.arrayContaining(['run-backend-1', 'job-backend-1']),
  );

  const files = unzip(await backend.download('canary-gate-canary_5'));
  expect([...files.keys()].sort()).toEqual(['report.html', 'report.json', 'summary.md']);
  const report = JSON.parse(files.get('report.json')!.toString('utf8'));
  expect(report).toMatchObject({
    schema_version: 1,
    decision: 'hold',
    stage: 'canary_5',
    gate_passed: false,
  });
  expect(files.get('summary.md')!.toString('utf8')).toContain('canary-gate: HOLD');
  expect(files.get('report.html')!.toString('utf8')).toMatch(/^<!doctype html>/);
  // The job summary points at the uploaded artifact.
  expect(run.summary).toContain(`[artifact \`canary-gate-canary_5\`](${run.outputs['artifact-url']})`);
}, 60_000);

test('a re-run attempt uploads under its own name', async () => {
  backend.calls.length = 0;
  const run = await runAction({ inputs: inputs('pass'), env: env('2') });
  expect(run.code).toBe(0);
  expect(backend.calls[0].body.name).toBe('canary-gate-canary_5-attempt-2');
  const report = JSON.parse(
    unzip(await backend.download('canary-gate-canary_5-attempt-2'))
      .get('report.json')!
      .toString('utf8'),
  );
  expect(report.decision).toBe('promote');
  // The first attempt's artifact is still there, untouched.
  const first = JSON.parse(
    unzip(await backend.download('canary-gate-canary_5'))
      .get('report.json')!
      .toString('utf8'),
  );
  expect(first.decision).toBe('hold');
}, 60_000);

test('a failing upload is a warning; the decision and exit code stand', async () => {
  backend.failWith = 403;
  const run = await runAction({ inputs: inputs('pass'), env: env('3') });
  backend.failWith = null;
  expect(run.code).toBe(0);
  expect(run.outputs.decision).toBe('promote');
  expect(run.outputs['artifact-id']).toBe('');
  expect(run.stdout).toMatch(/^::warning::Artifact upload failed: .*403.*the report is at .*report\.json/m);
  // The summary still renders the decision; it links "Full report:" only to an uploaded artifact, so a
  // failed upload must not leave a dangling link (the warning above names the local report path instead).
  expect(run.summary).toContain('### ✅ canary-gate: PROMOTE');
  expect(run.summary).not.toContain('Full report');
}, 60_000);
