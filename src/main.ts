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
import { readInputFile } from './github/files.js';
import { inputWarnings } from './input-warnings.js';
import { commentMarker, commentTarget, upsertComment } from './github/comment.js';
import { readEvent } from './github/event.js';
import { ACTION_INPUT_NAMES, getInputs, secretsOf, type ActionInputs } from './github/inputs.js';
import * as log from './github/log.js';
import { errorOutputs, reportOutputs, setOutputs, type ActionOutputs } from './github/outputs.js';
import { runSmoke } from './github/smoke.js';
import { failBeforeVerdict } from './github/no-verdict.js';
import { postWebhook, webhookPayload } from './github/webhook.js';
import { judgeStage, selectStage } from './judge-stage.js';
import { loadPolicy } from './policy/load.js';
import { renderHtml } from './report/html.js';
import { COMMENT_MAX_CHARS, renderMarkdown } from './report/markdown.js';
import { provenanceFromEnv } from './report/provenance.js';
import { MAX_RECORDING_BYTES } from './sources/file.js';
import { redact, redactJson } from './report/redact.js';
import { smokeFailed, smokeReason, smokeReturnCode, type SmokeResult } from './report/smoke.js';
import type { Report } from './report/types.js';

/** `signal` is the run's cancellation (SIGTERM/SIGINT, wired in index.ts): the bake stops and is reported. */
export async function run(env: NodeJS.ProcessEnv = process.env, signal?: AbortSignal): Promise<void> {
  const state: RunState = { outputsSet: false, secrets: [], signal };
  try {
    await runAction(env, state);
  } catch (error) {
    // A bug, not a verdict: say so on one line. Outputs already set stay; otherwise say `error`, so a
    // later job never reads an empty decision.
    const message = redact(
      `canary-gate: unexpected error: ${(error as Error)?.stack?.split('\n').slice(0, 2).join(' ') ?? String(error)}`,
      state.secrets,
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
  /** Known once the inputs are read; an unexpected error's message is redacted with them too. */
  secrets: string[];
  signal?: AbortSignal;
}

async function runAction(env: NodeJS.ProcessEnv, state: RunState): Promise<void> {
  let inputs: ActionInputs;
  try {
    inputs = getInputs();
  } catch (error) {
    return failBeforeVerdict(error, [], false);
  }
  const secrets = secretsOf(inputs);
  state.secrets = secrets;
  for (const secret of secrets) log.setSecret(secret);
  const clean = (text: string) => redact(text, secrets);

  let report: Report;
  try {
    report = redactJson(await judge(inputs, env, state.signal), secrets);
  } catch (error) {
    return failBeforeVerdict(error, secrets, inputs.dryRun);
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

  // A cancelled job is killed a few seconds after its signal: the network steps (artifact, comment, webhook)
  // could not finish in time, so the outputs, files and summary are all it gets.
  const cancelled = state.signal?.aborted === true;
  if (cancelled) log.warning('cancelled: artifact upload, PR comment and webhook are skipped');
  let artifact: UploadedArtifact | null = null;
  if (inputs.uploadArtifact && files && !cancelled) {
    const uploaded = files;
    await attempt('artifact upload', async () => {
      artifact = await uploadReport(name, uploaded, env);
      if (artifact)
        setOutputs({ 'artifact-id': String(artifact.id), 'artifact-url': artifact.url ?? '' }, clean);
    });
  }

  let overflow: string[] = [];
  await attempt('annotations and job summary', async () => {
    overflow = annotate(report, inputs.config);
    await log.writeSummary(markdownFor(artifact, { overflow }));
  });

  await attempt('PR comment', async () => {
    if (cancelled) return;
    const target = commentTarget(inputs.comment, readEvent(env), env);
    if (target.warn) log.warning(target.warn);
    if (target.target) {
      const marker = commentMarker(report.stage);
      const body = markdownFor(artifact, { marker, maxBytes: COMMENT_MAX_CHARS, overflow });
      const result = await upsertComment(inputs.githubToken, target.target, marker, body, env);
      if (result.action !== 'skipped') log.info(`PR comment ${result.action}: ${result.url ?? result.id}`);
    }
  });

  if (inputs.webhookUrl && !cancelled) {
    const url = inputs.webhookUrl;
    await attempt('webhook', async () => {
      const payload = redactJson(
        webhookPayload(report, { artifact_url: artifact?.url, run_url: runUrl }),
        secrets,
      );
      await postWebhook(url, inputs.webhookSecret, payload);
    });
  }

  const headline = `canary-gate: ${report.decision.toUpperCase()} at stage ${report.stage}`;
  const why = [...report.rollback_reasons, ...report.gate_fail_reasons, ...report.inconclusive_reasons][0];
  const message = clean(why ? `${headline}: ${why}` : headline);
  if (report.decision === 'promote' && !cancelled) log.info(message);
  // A cancelled bake was never judged whole: even a dry run exits non-zero.
  else if (report.dry_run && !cancelled) log.warning(`dry run, not failing the job: ${message}`);
  else log.setFailed(message);
}

/** Reads the policy and the bake and judges it. Throws InputError / PolicyError for things the user must fix. */
async function judge(inputs: ActionInputs, env: NodeJS.ProcessEnv, signal?: AbortSignal): Promise<Report> {
  const policyText = readInputFile(
    inputs.config,
    'config',
    'give the path of the policy file, e.g. .github/canary-gate.yml',
  );
  const policy = loadPolicy(policyText, inputs.config);
  const stage = selectStage(policy, inputs.stage, inputs.bakeSeconds, ACTION_INPUT_NAMES);

  const warnings = inputWarnings(
    policy,
    stage,
    {
      metricsFile: Boolean(inputs.metricsFile),
      since: inputs.since,
      until: inputs.until,
      varNames: Object.keys(inputs.vars),
      insecureSkipTlsVerify: inputs.prometheus.insecureSkipTlsVerify,
    },
    ACTION_INPUT_NAMES,
  );
  for (const warning of warnings) log.warning(warning);

  let smoke: SmokeResult | undefined;
  if (inputs.smokeCommand) {
    smoke = await runSmoke(inputs.smokeCommand, inputs.smokeTimeoutSeconds, env);
    log.info(`smoke-command finished: exit ${smokeReturnCode(smoke)}`);
  }
  return judgeStage({
    policy,
    stage,
    vars: { ...policy.vars, ...inputs.vars },
    mode: inputs.mode,
    since: inputs.since,
    until: inputs.until,
    metricsFile: inputs.metricsFile
      ? {
          path: inputs.metricsFile,
          text: readInputFile(
            inputs.metricsFile,
            'metrics-file',
            'give the path of a recorded bake (JSON)',
            undefined,
            MAX_RECORDING_BYTES,
          ),
        }
      : undefined,
    prometheus: inputs.metricsFile ? undefined : inputs.prometheus,
    dryRun: inputs.dryRun,
    provenance: provenanceFromEnv(env, inputs.config, policyText),
    log: log.info,
    warn: log.warning,
    smokeReturnCode: smoke ? smokeReturnCode(smoke) : null,
    extraRollbackReasons: smoke && smokeFailed(smoke) ? [smokeReason(smoke, inputs.smokeTimeoutSeconds)] : [],
    warnings,
    signal,
  });
}
function runLink(env: NodeJS.ProcessEnv): string | null {
  if (!env.GITHUB_REPOSITORY || !env.GITHUB_RUN_ID) return null;
  const attempt = Number(env.GITHUB_RUN_ATTEMPT ?? '1');
  return `${env.GITHUB_SERVER_URL || 'https://github.com'}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}${attempt > 1 ? `/attempts/${attempt}` : ''}`;
}
