/**
 * What the workflow files promise beyond parsing: pinned third-party actions, templates that pass exactly what
 * the reusable workflow declares, least permissions, and the promotion chain's blocking and rollback wiring.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import {
  OWN_REPOSITORY,
  REUSABLE_PATH,
  ROOT,
  readText,
  readYaml,
  reusableCalls,
  usesRefs,
  workflowFiles,
  type Yaml,
} from './workflow-files.js';

const SHA_PIN = /^[A-Za-z0-9_.-]+\/[A-Za-z0-9_./-]+@[0-9a-f]{40}$/;
const reusable = readYaml(REUSABLE_PATH);
const call = reusable.on.workflow_call;
const templates = workflowFiles().filter((f) => f.startsWith('workflows/'));
/** The node24 major of each third-party action the workflows may use. */
const NODE24_MAJORS: Record<string, string> = {
  'actions/checkout': 'v7',
  'actions/setup-node': 'v7',
  'actions/upload-artifact': 'v7',
};
// No `actions: read`: the artifact is uploaded with the runtime token, and nothing reads the Actions API.
const GATE_PERMISSIONS = { contents: 'read', 'pull-requests': 'write' };

describe('third-party actions are pinned to a full commit SHA', () => {
  const refs = workflowFiles().flatMap(usesRefs);
  const thirdParty = refs.filter(
    (r) => !r.value.startsWith('./') && !r.value.startsWith(`${OWN_REPOSITORY}`),
  );

  test('there are third-party actions to check', () => {
    expect(thirdParty.map((r) => r.value.split('@')[0])).toEqual(
      expect.arrayContaining(['actions/checkout', 'actions/setup-node', 'actions/upload-artifact']),
    );
  });

  test.each(thirdParty.map((r) => [`${r.file}:${r.line} ${r.value}`, r]))('%s', (_name, ref) => {
    expect(ref.line).toBeGreaterThan(0);
    expect(ref.value).toMatch(SHA_PIN);
    // The tag the SHA stands for, so a reader (and Dependabot) can tell which release it is.
    expect(ref.text).toMatch(/@[0-9a-f]{40}\s+# v\d+(\.\d+)*\s*$/);
  });

  test.each(thirdParty.map((r) => [`${r.file}:${r.line} ${r.value.split('@')[0]}`, r]))(
    '%s is on its node24 major',
    (_name, ref) => {
      const name = ref.value.split('@')[0];
      expect([name, name in NODE24_MAJORS]).toEqual([name, true]);
      expect(ref.text).toMatch(new RegExp(`# ${NODE24_MAJORS[name]}\\.`));
    },
  );

  test('one version of each action across all files', () => {
    const byAction = new Map<string, Set<string>>();
    for (const r of thirdParty) {
      const [name, sha] = r.value.split('@');
      byAction.set(name, (byAction.get(name) ?? new Set()).add(sha));
    }
    for (const [name, shas] of byAction) expect([name, shas.size]).toEqual([name, 1]);
  });

  test("this project's own workflow and action are named by repository and ref, never by a bare branch", () => {
    const own = refs.filter((r) => r.value.startsWith(OWN_REPOSITORY));
    expect(own.length).toBeGreaterThan(0);
    for (const r of own) {
      expect(r.value).toMatch(/@(v\d+|[0-9a-f]{40})$/);
      expect(r.text).toMatch(/# pin to a reviewed commit SHA/);
    }
  });
});

describe('the reusable workflow', () => {
  test('declares the inputs, secret and outputs of its contract', () => {
    expect(Object.keys(call.inputs)).toEqual(
      expect.arrayContaining([
        'stage',
        'config',
        'mode',
        'bake',
        'since',
        'environment',
        'prometheus-url',
        'dry-run',
        'action-ref',
      ]),
    );
    expect(call.inputs.stage.required).toBe(true);
    expect(call.inputs['dry-run']).toMatchObject({ type: 'boolean', default: false });
    expect(call.inputs.mode.default).toBe('watch');
    expect(call.inputs.config.default).toBe('.github/canary-gate.yml');
    expect(Object.keys(call.secrets)).toEqual([
      'prometheus-token',
      'prometheus-password',
      'webhook-secret',
      'grafana-token',
    ]);
    expect(Object.keys(call.outputs)).toEqual(
      expect.arrayContaining(['decision', 'gate-passed', 'rollback-triggered']),
    );
  });

  test('every input has a description and a type; optional ones have a default', () => {
    for (const [name, input] of Object.entries<Yaml>(call.inputs)) {
      expect([name, typeof input.description]).toEqual([name, 'string']);
      expect(['string', 'boolean', 'number']).toContain(input.type);
      if (!input.required) expect([name, 'default' in input]).toEqual([name, true]);
    }
  });

  test('runs one gate job in the given environment with the least permissions', () => {
    expect(reusable.permissions).toEqual({});
    expect(Object.keys(reusable.jobs)).toEqual(['gate']);
    const gate = reusable.jobs.gate;
    expect(gate.environment).toBe('${{ inputs.environment }}');
    expect(gate.permissions).toEqual(GATE_PERMISSIONS);
  });

  test('each workflow output is the action step output of the same name', () => {
    const gate = reusable.jobs.gate;
    const step = gate.steps.find((s: Yaml) => s.id === 'gate');
    for (const [name, output] of Object.entries<Yaml>(call.outputs)) {
      expect(output.value).toBe(`\${{ jobs.gate.outputs.${name} }}`);
      expect(gate.outputs[name]).toBe(`\${{ steps.gate.outputs.${name} }}`);
    }
    expect(step.uses).toBe('./.canary-gate-action');
  });

  test('checks the action out at action-ref (default: its own commit) and runs it from that path', () => {
    const steps = reusable.jobs.gate.steps as Yaml[];
    const checkout = steps.find((s) => s.with?.path === '.canary-gate-action');
    expect(checkout.with.ref).toBe('${{ inputs.action-ref || job.workflow_sha }}');
    expect(checkout.with.repository).toBe('${{ inputs.action-repository || job.workflow_repository }}');
    expect(checkout.with['persist-credentials']).toBe(false);
    expect(steps.indexOf(checkout)).toBeLessThan(steps.findIndex((s) => s.id === 'gate'));
  });

  test('passes every input it declares on to the action (none is silently dropped)', () => {
    const step = reusable.jobs.gate.steps.find((s: Yaml) => s.id === 'gate');
    const handledElsewhere = ['environment', 'runs-on', 'action-ref', 'action-repository'];
    for (const name of Object.keys(call.inputs).filter((n) => !handledElsewhere.includes(n))) {
      expect([name, step.with[name]]).toEqual([name, `\${{ inputs.${name} }}`]);
    }
    for (const name of Object.keys(call.secrets)) expect(step.with[name]).toContain(`secrets.${name}`);
  });

  const actionPath = join(ROOT, 'action.yml');
  (existsSync(actionPath) ? test : test.skip)(
    'passes only inputs action.yml declares, and reads only outputs it sets',
    () => {
      const action = parse(readText('action.yml'));
      const step = reusable.jobs.gate.steps.find((s: Yaml) => s.id === 'gate');
      for (const name of Object.keys(step.with)) expect([name, name in action.inputs]).toEqual([name, true]);
      for (const name of Object.keys(call.outputs))
        expect([name, name in action.outputs]).toEqual([name, true]);
    },
  );
});

describe.each(templates)('template %s', (file) => {
  const calls = reusableCalls(file);
  const doc = readYaml(file);

  test('passes the reusable workflow only inputs and secrets it declares, and every required one', () => {
    for (const { job, def } of calls) {
      const given = Object.keys(def.with ?? {});
      for (const name of given) expect([job, name, name in call.inputs]).toEqual([job, name, true]);
      for (const [name, input] of Object.entries<Yaml>(call.inputs)) {
        if (input.required) expect([job, name, given.includes(name)]).toEqual([job, name, true]);
      }
      for (const name of Object.keys(def.secrets ?? {})) {
        expect([job, name, name in call.secrets]).toEqual([job, name, true]);
      }
      for (const [name, value] of Object.entries<Yaml>(def.with ?? {})) {
        if (call.inputs[name].type === 'boolean' && typeof value !== 'boolean')
          expect(value).toMatch(/^\$\{\{.*\}\}$/);
      }
    }
  });

  test('grants each gate call the permissions the gate job needs', () => {
    for (const { def } of calls) expect(def.permissions).toEqual(GATE_PERMISSIONS);
    expect(doc.permissions).toEqual({ contents: 'read' });
  });
});

describe('canary-promotion.yml', () => {
  const doc = readYaml('workflows/canary-promotion.yml');
  const jobs = doc.jobs;
  const chain = ['deploy_5', 'gate_5', 'deploy_25', 'gate_25', 'deploy_100', 'gate_100'];

  test('deploy and gate alternate, each job needing the one before, so a failed gate skips every later stage', () => {
    expect(Object.keys(jobs)).toEqual([...chain, 'rollback']);
    for (let k = 1; k < chain.length; k++)
      expect([chain[k], jobs[chain[k]].needs]).toEqual([chain[k], chain[k - 1]]);
    // A later stage that ran despite a failed gate would need always() or failure() in its `if`.
    for (const name of chain) expect(jobs[name].if).toBeUndefined();
  });

  test('each deploy stage is an environment, and each gate judges its own stage from the deploy time', () => {
    expect(['deploy_5', 'deploy_25', 'deploy_100'].map((j) => jobs[j].environment)).toEqual([
      'canary-5',
      'canary-25',
      'production',
    ]);
    const stages = { gate_5: 'canary_5', gate_25: 'canary_25', gate_100: 'full_100' };
    for (const [gate, stage] of Object.entries(stages)) expect(jobs[gate].with.stage).toBe(stage);
    // Watched gates start their bake when the traffic moved, not when the gate job got a runner.
    for (const gate of ['gate_5', 'gate_25']) {
      expect(jobs[gate].with.mode).toBe('watch');
      expect(jobs[gate].with.since).toBe(`\${{ needs.${jobs[gate].needs}.outputs.since }}`);
    }
  });

  test('the 24 h stage waits on an environment timer and judges in lookback mode', () => {
    expect(jobs.gate_100.with).toMatchObject({ environment: 'canary-bake-24h', mode: 'lookback' });
    // Lookback judges [until - bake, until] with until = now; a `since` would be ignored there.
    expect(jobs.gate_100.with.since).toBeUndefined();
  });

  test('rolls back when any gate fired a rollback trigger, even after a failed gate', () => {
    const rollback = jobs.rollback;
    expect(rollback.needs).toEqual(['gate_5', 'gate_25', 'gate_100']);
    // Not an environment with required reviewers: a rollback must not wait for an approval.
    expect(rollback.environment).toBe('canary-rollback');
    expect(rollback.if).toMatch(/^always\(\) && \(/);
    for (const gate of ['gate_5', 'gate_25', 'gate_100']) {
      expect(rollback.if).toContain(`needs.${gate}.outputs.rollback-triggered == 'true'`);
    }
  });

  test('one concurrency group per service, never cancelling a rollout in flight', () => {
    expect(doc.concurrency).toEqual({
      group: 'canary-promotion-${{ inputs.service }}',
      'cancel-in-progress': false,
    });
    expect(doc.on.workflow_dispatch.inputs.service.required).toBe(true);
  });
});

describe('canary-dispatch.yml (runbook 002)', () => {
  const doc = readYaml('workflows/canary-dispatch.yml');
  const steps = doc.jobs.canary.steps as Yaml[];

  test('takes the runbook inputs: config, stage, watch seconds, dry run', () => {
    expect(Object.keys(doc.on.workflow_dispatch.inputs)).toEqual([
      'config',
      'stage',
      'watch_seconds',
      'dry_run',
    ]);
    expect(doc.on.workflow_dispatch.inputs.watch_seconds.default).toBe('300');
  });

  test('watches for watch_seconds, runs the smoke test and uploads the report even when the gate fails', () => {
    const gate = steps.find((s) => s.id === 'gate');
    expect(gate.with).toMatchObject({
      mode: 'watch',
      bake: '${{ inputs.watch_seconds }}s',
      'dry-run': '${{ inputs.dry_run }}',
    });
    expect(gate.with['smoke-command']).toBeTruthy();
    const rollback = steps.find((s) => s.name === 'Roll back');
    expect(rollback.if).toBe("failure() && steps.gate.outputs.rollback-triggered == 'true'");
    expect(steps.indexOf(rollback)).toBeGreaterThan(steps.indexOf(gate));
    const upload = steps.find((s) => String(s.uses).startsWith('actions/upload-artifact@'));
    expect(upload.if).toMatch(/^always\(\)/);
    expect(upload.with.path).toBe('${{ steps.gate.outputs.report-path }}');
  });
});

describe('canary-long-bake.yml', () => {
  const doc = readYaml('workflows/canary-long-bake.yml');

  test('holds no runner during the bake: an environment wait timer, then one lookback judgement', () => {
    const gate = doc.jobs.gate;
    expect(gate.with).toMatchObject({
      environment: 'canary-bake-24h',
      mode: 'lookback',
    });
    expect(gate.with.since).toBeUndefined();
    expect(readText('workflows/canary-long-bake.yml')).toMatch(/wait timer[\s#]+of 1440 minutes/);
  });
});

describe('canary-policy-preview.yml', () => {
  const doc = readYaml('workflows/canary-policy-preview.yml');

  test('runs on pull requests that change the policy: validate, then a backtest of every stage against the base policy', () => {
    expect(doc.on.pull_request.paths).toContain('.github/canary-gate.yml');
    expect(doc.on.pull_request_target).toBeUndefined();
    const job = doc.jobs.backtest;
    expect(job.needs).toBe('validate');
    expect(job.permissions).toEqual(GATE_PERMISSIONS);
    expect(job.strategy.matrix.stage.length).toBeGreaterThan(1);
    const gate = (job.steps as Yaml[]).find((s) => s.uses === './.canary-gate')!;
    expect(gate.with).toMatchObject({
      mode: 'backtest',
      stage: '${{ matrix.stage }}',
      'backtest-from': '${{ env.PREVIEW_DAYS }}d',
      'backtest-compare': '${{ steps.base.outputs.policy }}',
    });
    // No npx: both jobs run the action checked out at one ref, validate with its own dist/cli.js.
    expect(doc.env.PREVIEW_DAYS).toBe(7);
    expect(readText('workflows/canary-policy-preview.yml')).not.toContain('npx');
    expect((doc.jobs.validate.steps as Yaml[]).map((s) => s.run ?? '').join('\n')).toContain(
      'node .canary-gate/dist/cli.js validate --config .github/canary-gate.yml',
    );
    const actionRefs = [doc.jobs.validate, job].flatMap((j) =>
      (j.steps as Yaml[]).filter((s) => s.with?.repository === OWN_REPOSITORY).map((s) => s.with.ref),
    );
    expect(actionRefs).toHaveLength(2);
    expect(new Set(actionRefs).size).toBe(1);
  });
});

describe('ci.yml', () => {
  const doc = readYaml('.github/workflows/ci.yml');

  test('runs lint, types and every test on Node 20 with the README command, then checks dist/', () => {
    const job = doc.jobs.test;
    expect(job['runs-on']).toBe('ubuntu-latest');
    const steps = job.steps as Yaml[];
    expect(steps.find((s) => String(s.uses).startsWith('actions/setup-node@')).with['node-version']).toBe(20);
    const runs = steps.map((s) => s.run ?? '').join('\n');
    expect(runs).toContain('npm ci && npm run test:all');
    expect(runs).toContain('git diff --exit-code -- dist/');
    expect(doc.permissions).toEqual({ contents: 'read' });
  });

  test('runs the reusable workflow itself on a passing and a rolled-back recording and checks its outputs', () => {
    const calls = Object.fromEntries(reusableCalls('.github/workflows/ci.yml').map((c) => [c.job, c.def]));
    expect(calls['gate-promote'].with).toMatchObject({ 'metrics-file': 'examples/tsfm/metrics/pass.json' });
    expect(calls['gate-rollback'].with).toMatchObject({ 'dry-run': true });
    for (const def of Object.values<Yaml>(calls)) {
      expect(def.permissions).toEqual(GATE_PERMISSIONS);
      expect(existsSync(join(ROOT, def.with['metrics-file']))).toBe(true);
      expect(existsSync(join(ROOT, def.with.config))).toBe(true);
    }
    const check = doc.jobs['gate-outputs'];
    expect(check.needs).toEqual(['gate-promote', 'gate-rollback']);
    expect(check.steps[0].run).toContain('test "$ROLLBACK_DECISION" = rollback');
  });
});
