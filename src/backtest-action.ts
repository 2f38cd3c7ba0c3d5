/**
 * The action's `mode: backtest` (DESIGN §8): the stage replayed over the last N days (or from
 * `backtest-from`), optionally against another policy (`backtest-compare`, e.g. the base branch's), written
 * to the job summary, the PR comment (one per stage, a marker of its own) and the report artifact. The
 * decisions it reports never fail the job; an input or policy error does (the caller reports it).
 */
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { judgedCompare } from './backtest/compare-policy.js';
import { renderBacktestHtml } from './backtest/html.js';
import { renderBacktestMarkdown } from './backtest/markdown.js';
import { openHistory } from './backtest/open-history.js';
import { planBakes } from './backtest/plan.js';
import { runBacktest } from './backtest/run.js';
import type { BacktestReport } from './backtest/types.js';
import { artifactName, uploadReport, writeReportFiles } from './github/artifact.js';
import { getBacktestInputs } from './github/backtest-inputs.js';
import { commentMarker, commentTarget, upsertComment } from './github/comment.js';
import { readEvent } from './github/event.js';
import { readInputFile } from './github/files.js';
import { ACTION_INPUT_NAMES, type ActionInputs } from './github/inputs.js';
import * as log from './github/log.js';
import { setOutputs } from './github/outputs.js';
import { selectStage } from './judge-stage.js';
import { PolicyError } from './policy/errors.js';
import { loadPolicy } from './policy/load.js';
import { checkVars } from './policy/vars.js';
import { COMMENT_MAX_CHARS } from './report/markdown.js';

export async function runBacktestMode(
  inputs: ActionInputs,
  env: NodeJS.ProcessEnv,
  now: () => number = Date.now,
): Promise<void> {
  const clean = log.redact;
  const report = log.redactor.json(await backtest(inputs, now));

  const name = artifactName(inputs.artifactName, env);
  const dir = join(env.RUNNER_TEMP || tmpdir(), 'canary-gate', name);
  const runUrl =
    env.GITHUB_REPOSITORY && env.GITHUB_RUN_ID
      ? `${env.GITHUB_SERVER_URL || 'https://github.com'}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}`
      : null;
  const markdown = (extra: { marker?: string; maxChars?: number } = {}) =>
    clean(renderBacktestMarkdown(report, { ...extra, runUrl }));
  // A backtest judges many bakes, not this one: the outputs say so and never read as a verdict.
  setOutputs({
    decision: 'backtest',
    'gate-passed': false,
    'rollback-triggered': false,
    'rollback-reasons': [],
    'gate-fail-reasons': [],
    'report-path': '',
    'artifact-id': '',
    'artifact-url': '',
  });

  const attempt = async (what: string, step: () => Promise<void>) => {
    try {
      await step();
    } catch (error) {
      log.warning(
        clean(`${what} skipped after an unexpected error: ${(error as Error).message.split('\n')[0]}`),
      );
    }
  };
  await attempt('report files', async () => {
    const files = writeReportFiles(
      dir,
      JSON.stringify(report, null, 2) + '\n',
      markdown(),
      clean(renderBacktestHtml(report)),
    );
    setOutputs({ 'report-path': files.json });
    if (!inputs.uploadArtifact) return;
    const artifact = await uploadReport(name, files, env);
    if (artifact)
      setOutputs({ 'artifact-id': String(artifact.id), 'artifact-url': artifact.url ?? '' }, clean);
  });
  await attempt('job summary', async () => {
    await log.writeSummary(markdown());
  });
  await attempt('PR comment', async () => {
    const target = commentTarget(inputs.comment, readEvent(env), env);
    if (target.warn) log.warning(target.warn);
    if (!target.target) return;
    const marker = commentMarker(`${report.stage}:backtest`);
    const body = markdown({ marker, maxChars: COMMENT_MAX_CHARS });
    const result = await upsertComment(inputs.githubToken, target.target, marker, body, env);
    if (result.action !== 'skipped') log.info(`PR comment ${result.action}: ${result.url ?? result.id}`);
  });
  const s = report.summary;
  log.info(
    clean(
      `canary-gate backtest of stage ${report.stage}: ${s.bakes} bakes, promote ${s.promote}, hold ${s.hold}, rollback ${s.rollback}, inconclusive ${s.inconclusive}` +
        (report.compare ? `; ${report.compare.sentence}` : ''),
    ),
  );
}

async function backtest(inputs: ActionInputs, now: () => number): Promise<BacktestReport> {
  const bt = getBacktestInputs();
  const policy = loadPolicy(
    readInputFile(inputs.config, 'config', 'give the path of the policy file, e.g. .github/canary-gate.yml'),
    inputs.config,
  );
  const stage = selectStage(policy, inputs.stage, inputs.bakeSeconds, ACTION_INPUT_NAMES);
  const vars = { ...policy.vars, ...inputs.vars };
  const issues = checkVars(policy, vars);
  if (issues.length) throw new PolicyError(issues);
  const compare = bt.compare
    ? judgedCompare(
        loadPolicy(
          readInputFile(bt.compare, 'backtest-compare', 'give the path of the policy to compare with'),
          bt.compare,
        ),
        inputs.stage,
        inputs.vars,
        'input `backtest-compare`',
      )
    : undefined;
  const opened = await openHistory({
    policy,
    metricsFile: inputs.metricsFile
      ? {
          path: inputs.metricsFile,
          text: readInputFile(inputs.metricsFile, 'metrics-file', 'give the path of a recording (JSON)'),
        }
      : undefined,
    prometheus: inputs.metricsFile ? undefined : inputs.prometheus,
    urlName: 'input `prometheus-url`',
  });
  try {
    // Bakes end on the window grid, the last one at `until` (default now) or the recording's end.
    const w = policy.windowSeconds;
    // No window is read before its end + settle, as in a gate run.
    const end = inputs.until ?? opened.recorded?.to ?? now() / 1000 - policy.settleSeconds;
    const to = Math.floor(end / w) * w;
    const from =
      bt.from ?? (bt.spanSeconds !== undefined ? to - bt.spanSeconds : (opened.recorded?.from ?? to));
    const plan = planBakes(
      { from, to, everySeconds: bt.everySeconds, bakeSeconds: stage.bakeSeconds, windowSeconds: w },
      { from: 'input `backtest-from`', to: 'input `until`', every: 'input `backtest-every`' },
    );
    return await runBacktest({
      policy,
      stage,
      vars,
      plan,
      loader: opened.loader,
      track: 'canary',
      compare,
      source: opened.source,
      progress: log.info,
      now,
    });
  } finally {
    opened.loader.close();
  }
}
