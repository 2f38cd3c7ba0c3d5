/**
 * The action's judging phases, each a folded log group: the policy (read, stage chosen, input warnings),
 * the smoke command, then the preflight and the bake. Throws InputError / PolicyError for things the user
 * must fix; src/main.ts turns them into one failed line.
 */
import { readInputFile } from './github/files.js';
import { ACTION_INPUT_NAMES, type ActionInputs } from './github/inputs.js';
import * as log from './github/log.js';
import { runSmoke } from './github/smoke.js';
import { inputWarnings } from './input-warnings.js';
import { judgeStage, selectStage } from './judge-stage.js';
import { loadPolicy } from './policy/load.js';
import type { Policy, StageSpec } from './policy/types.js';
import { provenanceFromEnv } from './report/provenance.js';
import { smokeFailed, smokeReason, smokeReturnCode, type SmokeResult } from './report/smoke.js';
import type { Report } from './report/types.js';
import { MAX_RECORDING_BYTES } from './sources/file.js';
import { credentialSecrets } from './util/redact.js';

/** Reads the policy and the bake and judges it. */
export async function judge(
  inputs: ActionInputs,
  env: NodeJS.ProcessEnv,
  signal?: AbortSignal,
): Promise<Report> {
  const { policyText, policy, stage, warnings } = await log.group('policy', async () => {
    const policyText = readInputFile(
      inputs.config,
      'config',
      'give the path of the policy file, e.g. .github/canary-gate.yml',
    );
    const policy = loadPolicy(policyText, inputs.config);
    // The policy's own URL and auth headers are credentials too (usually a mistake, still never printed).
    log.addSecrets(
      credentialSecrets({ urls: [policy.prometheus.url], policyHeaders: policy.prometheus.headers }),
    );
    const stage = selectStage(policy, inputs.stage, inputs.bakeSeconds, ACTION_INPUT_NAMES);
    log.info(
      `policy ${inputs.config}: stage ${stage.name}, ${stage.bakeSeconds / policy.windowSeconds} window(s)`,
    );
    return { policyText, policy, stage, warnings: policyWarnings(policy, stage, inputs) };
  });

  let smoke: SmokeResult | undefined;
  if (inputs.smokeCommand) {
    const command = inputs.smokeCommand;
    smoke = await log.group('smoke-command', () => runSmoke(command, inputs.smokeTimeoutSeconds, env));
    log.info(`smoke-command finished: exit ${smokeReturnCode(smoke)}`);
  }
  return log.group('preflight and bake', () =>
    judgeStage({
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
      debug: log.debug,
      warn: log.warning,
      smokeReturnCode: smoke ? smokeReturnCode(smoke) : null,
      extraRollbackReasons:
        smoke && smokeFailed(smoke) ? [smokeReason(smoke, inputs.smokeTimeoutSeconds)] : [],
      warnings,
      signal,
    }),
  );
}

/** Warnings about the inputs given this policy and stage, logged once and kept for the report. */
function policyWarnings(policy: Policy, stage: StageSpec, inputs: ActionInputs): string[] {
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
  return warnings;
}
