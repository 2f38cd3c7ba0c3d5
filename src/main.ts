/**
 * Action glue: inputs → smoke → bake → report → outputs, files, artifact, summary, annotations, PR
 * comment, webhook → exit. Everything after the verdict is best effort: a failed upload, comment or
 * webhook is a warning and never changes the decision. Only src/github touches @actions/*.
 */
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { annotate } from './github/annotations.js';
import {
  artifactName,
  uploadReport,
  writeReportFiles,
  type ReportFiles,
  type UploadedArtifact,
} from './github/artifact.js';
import { commentMarker, commentTarget, upsertComment } from './github/comment.js';
import { readEvent } from './github/event.js';
import { getInputs, type ActionInputs } from './github/inputs.js';
import { judge } from './action-judge.js';
import { inputSecrets } from './github/input-secrets.js';
import { POST_VERDICT_LIMITS, PostVerdictBudget } from './github/deadline.js';
import * as log from './github/log.js';
import { errorOutputs, reportOutputs, setOutputs, type ActionOutputs } from './github/outputs.js';
import { PolicyError } from './policy/errors.js';
import { renderHtml } from './report/html.js';
import { COMMENT_MAX_CHARS, renderMarkdown } from './report/markdown.js';
import type { Report } from './report/types.js';

/** `signal` is the run's cancellation (SIGTERM/SIGINT, wired in index.ts): the bake stops and is reported. */
export async function run(env: NodeJS.ProcessEnv = process.env, signal?: AbortSignal): Promise<void> {
  const state: RunState = { outputsSet: false, signal };
  try {
    await runAction(env, state);
  } catch (error) {
    // A bug, not a verdict: say so on one line. Outputs already set stay; otherwise say `error`, so a
    // later job never reads an empty decision.
    const message = log.redact(
      `canary-gate: unexpected error: ${(error as Error)?.stack?.split('\n').slice(0, 2).join(' ') ?? String(error)}`,
    );
    if (!state.outputsSet) {
      setOutputs(errorOutputs(message));
      await log.writeSummary(
        `### ⚠️ canary-gate: ERROR — no verdict\n\n${message.replace(/^canary-gate: /, '')}\n`,
      );
    }
    log.setFailed(message);
  }
}

interface RunState {
  /** The verdict's outputs are written: from here on nothing may replace them. */
  outputsSet: boolean;
  signal?: AbortSignal;
}

async function runAction(env: NodeJS.ProcessEnv, state: RunState): Promise<void> {
  // Masked before anything is validated or printed: an error message may quote an input.
  log.addSecrets(inputSecrets());
  let inputs: ActionInputs;
  try {
    inputs = getInputs();
  } catch (error) {
    return failBeforeVerdict(error, false);
  }
  const clean = log.redact;
  // mode: backtest replays the stage over history instead of judging one bake (src/backtest-action.ts).
  if (inputs.backtest)
    return import('./backtest-action.js')
      .then(({ runBacktestMode }) => runBacktestMode(inputs, env))
      .then(
        () => void (state.outputsSet = true),
        (error) => failBeforeVerdict(error, inputs.dryRun),
      );

  let report: Report;
  try {
    report = log.redactor.json(await judge(inputs, env, state.signal));
  } catch (error) {
    return failBeforeVerdict(error, inputs.dryRun);
  }

  // Outputs first: whatever fails below (a full disk, an unwritable RUNNER_TEMP), a later job can still read
  // the decision and `rollback-triggered`.
  const verdict: Partial<ActionOutputs> = reportOutputs(report, '');
  delete verdict['report-path']; // set once the files are written (or fail to be)
  setOutputs(verdict, clean);
  state.outputsSet = true;

  const name = artifactName(inputs.artifactName, env);
  const dir = join(env.RUNNER_TEMP || tmpdir(), 'canary-gate', name);
  const runUrl = runLink(env);
  let files: ReportFiles | null = null;
  let reportPath: string | null = join(dir, 'report.json');
  // `artifact` is where the report lives: the uploaded artifact, or (summary.md inside it) its name only.
  const markdownFor = (
    artifact: { name: string; url?: string | null } | null,
    extra: { marker?: string; maxBytes?: number; overflow?: string[] } = {},
  ) =>
    clean(
      renderMarkdown(report, {
        marker: extra.marker,
        maxBytes: extra.maxBytes,
        overflowAnnotations: extra.overflow,
        runUrl,
        artifact,
        reportPath,
      }),
    );

  const inArtifact = inputs.uploadArtifact ? { name } : null;
  try {
    files = writeReportFiles(
      dir,
      JSON.stringify(report, null, 2) + '\n',
      markdownFor(inArtifact),
      clean(renderHtml(report)),
    );
    setOutputs({ 'report-path': files.json }, clean);
  } catch (error) {
    reportPath = null;
    setOutputs({ 'report-path': '' });
    log.warning(
      clean(
        `report files not written to ${dir}: ${(error as Error).message.split('\n')[0]}; the verdict is in the outputs and the job summary`,
      ),
    );
  }

  // Everything from here to the verdict line is best effort: a bug in one part is a warning, never a
  // different job result.
  const attempt = async (what: string, step: () => Promise<void> | void) => {
    try {
      await step();
    } catch (error) {
      log.warning(
        clean(`${what} skipped after an unexpected error: ${(error as Error).message.split('\n')[0]}`),
      );
    }
  };

  const budget = new PostVerdictBudget();
  // A cancelled job is killed a few seconds after its signal: the network steps (artifact, comment,
  // notifications) could not finish in time, so the outputs, files and summary are all it gets.
  const cancelled = state.signal?.aborted === true;
  if (cancelled) log.warning('cancelled: artifact upload, PR comment and notifications are skipped');
  let artifact: UploadedArtifact | null = null;
  if (inputs.uploadArtifact && files && !cancelled) {
    const uploaded = files;
    await attempt('artifact upload', () =>
      log.group('upload', () =>
        budget.run('artifact upload', POST_VERDICT_LIMITS.artifactMs, async (signal) => {
          const done = await uploadReport(name, uploaded, env);
          if (!done || signal.aborted) return; // abandoned: the outputs already say there is no artifact
          artifact = done;
          setOutputs({ 'artifact-id': String(done.id), 'artifact-url': done.url ?? '' }, clean);
        }),
      ),
    );
  }

  let overflow: string[] = [];
  await attempt('annotations and job summary', () =>
    log.group('report', async () => {
      overflow = annotate(report, inputs.config);
      await log.writeSummary(markdownFor(artifact, { overflow }));
      for (const [metric, m] of Object.entries(report.metrics))
        log.debug(
          `query ${metric}: ${m.query ?? '(recorded)'}${m.baseline_query ? ` | baseline: ${m.baseline_query}` : ''}`,
        );
    }),
  );

  await attempt('PR comment', () =>
    log.group('comment', async () => {
      if (cancelled) return;
      const target = commentTarget(inputs.comment, readEvent(env), env);
      if (target.warn) log.warning(target.warn);
      if (target.target) {
        const where = target.target;
        const marker = commentMarker(report.stage);
        const body = markdownFor(artifact, { marker, maxBytes: COMMENT_MAX_CHARS, overflow });
        await budget.run('PR comment', POST_VERDICT_LIMITS.commentMs, async (signal) => {
          const result = await upsertComment(inputs.githubToken, where, marker, body, env, signal);
          if (result.action !== 'skipped')
            log.info(`PR comment ${result.action}: ${result.url ?? result.id}`);
        });
      }
    }),
  );

  const links = { artifact_url: (artifact as UploadedArtifact | null)?.url, run_url: runUrl };
  if (!cancelled)
    await attempt('notifications', () =>
      budget.run('webhook', POST_VERDICT_LIMITS.webhookMs, async (signal) => {
        const { notify } = await import('./github/notify.js');
        await notify(report, inputs, links, signal);
      }),
    );

  const headline = `canary-gate: ${report.decision.toUpperCase()} at stage ${report.stage}`;
  const why = [...report.rollback_reasons, ...report.gate_fail_reasons, ...report.inconclusive_reasons][0];
  const message = clean(why ? `${headline}: ${why}` : headline);
  if (report.decision === 'promote' && !cancelled) log.info(message);
  // A cancelled bake was never judged whole: even a dry run exits non-zero.
  else if (report.dry_run && !cancelled) log.warning(`dry run, not failing the job: ${message}`);
  else log.setFailed(message);
}

/**
 * A run that could not judge: one-line error, annotations on the policy for policy errors, outputs set and
 * a short job summary, so the run page says why. (An input error comes before `dry-run` is known, so it
 * always fails the step.)
 */
async function failBeforeVerdict(error: unknown, dryRun: boolean): Promise<void> {
  const clean = log.redact;
  let message: string;
  let details: string[] = [];
  if (error instanceof PolicyError) {
    for (const issue of error.issues)
      log.errorAt(
        clean(`${issue.message}${issue.fix ? ` (fix: ${issue.fix})` : ''}`),
        issue.file,
        issue.line,
        issue.column,
      );
    const first = error.issues[0];
    message = `canary-gate: ${error.issues.length} problem(s) in the policy; first: ${first ? `${first.file}:${first.line}:${first.column}: ${first.message}` : error.message}`;
    details = error.message.split('\n');
  } else {
    const known =
      error instanceof Error && ['InputError', 'BakeUsageError', 'QueryRejectedError'].includes(error.name);
    const text =
      error instanceof Error ? (known ? error.message : `${error.name}: ${error.message}`) : String(error);
    message = `canary-gate: ${text.split('\n')[0]}`;
  }
  message = clean(message);
  setOutputs(errorOutputs(message), clean);
  await log.writeSummary(
    clean(
      [
        '### ⚠️ canary-gate: ERROR — no verdict',
        '',
        message.replace(/^canary-gate: /, ''),
        ...(details.length ? ['', '```', ...details, '```'] : []),
        '',
      ].join('\n'),
    ),
  );
  // dry-run never fails the job (DESIGN §3), not even for a broken policy: it is still an error annotation.
  if (dryRun) {
    log.error(message);
    log.warning('dry run, not failing the job');
  } else log.setFailed(message);
}

function runLink(env: NodeJS.ProcessEnv): string | null {
  if (!env.GITHUB_REPOSITORY || !env.GITHUB_RUN_ID) return null;
  const attempt = Number(env.GITHUB_RUN_ATTEMPT ?? '1');
  return `${env.GITHUB_SERVER_URL || 'https://github.com'}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}${attempt > 1 ? `/attempts/${attempt}` : ''}`;
}
