/** `canary-gate evaluate`: load the policy, read the bake (file or Prometheus), judge, report, exit code. */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { evaluateStage } from '../engine/evaluate.js';
import { parseDuration } from '../policy/duration.js';
import { renderTemplate } from '../policy/template.js';
import type { Policy, StageSpec } from '../policy/types.js';
import { buildReport } from '../report/build.js';
import { renderMarkdown } from '../report/markdown.js';
import { provenanceFromEnv } from '../report/provenance.js';
import { renderText } from '../report/text.js';
import type { Report } from '../report/types.js';
import { loadMetricsFile } from '../sources/file.js';
import { InputError } from '../util/errors.js';
import { didYouMean } from '../util/suggest.js';
import { EXIT, type CliIo } from './program.js';
import { readPolicyFile } from './read-policy.js';
import { runPrometheusBake } from './prometheus.js';

export interface EvaluateOptions {
  config: string;
  stage: string;
  metricsFile?: string;
  prometheusUrl?: string;
  mode?: 'watch' | 'lookback';
  since?: string;
  until?: string;
  bake?: string;
  var: string[];
  prometheusHeader: string[];
  prometheusCaCert?: string;
  insecureSkipTlsVerify: boolean;
  report?: string;
  format: 'text' | 'json' | 'markdown';
}

export async function evaluateCommand(options: EvaluateOptions, io: CliIo): Promise<number> {
  const { policy, text: policyText } = readPolicyFile(options.config);
  const stage = withBake(pickStage(policy, options.stage), options.bake, policy);
  const vars = { ...policy.vars, ...parseVars(options.var) };
  const provenance = provenanceFromEnv(io.env, options.config, policyText);

  let report: Report;
  if (options.metricsFile) {
    if (options.prometheusUrl)
      throw new InputError('--metrics-file', 'cannot be combined with --prometheus-url', 'give one source');
    const data = loadMetricsFile(
      readInput(options.metricsFile, '--metrics-file'),
      options.metricsFile,
      policy,
      stage,
    );
    report = buildReport({
      policy,
      stage,
      verdict: evaluateStage(policy, stage, data),
      data,
      mode: options.mode ?? 'lookback',
      dryRun: false,
      source: { kind: 'file', file: options.metricsFile },
      queries: templatedQueries(policy, stage, vars),
      provenance,
      now: new Date(),
    });
  } else {
    report = await runPrometheusBake({ policy, stage, vars, options, io, provenance });
  }

  if (options.report) {
    mkdirSync(dirname(options.report), { recursive: true });
    writeFileSync(options.report, JSON.stringify(report, null, 2) + '\n');
  }
  if (options.format === 'json') io.stdout(JSON.stringify(report, null, 2) + '\n');
  else if (options.format === 'markdown') io.stdout(renderMarkdown(report, {}) + '\n');
  else io.stdout(renderText(report));
  return EXIT[report.decision];
}

function pickStage(policy: Policy, name: string): StageSpec {
  const stage = policy.stages[name];
  if (stage) return stage;
  const names = Object.keys(policy.stages);
  throw new InputError(
    '--stage',
    `"${name}" is not a stage of ${policy.path}${didYouMean(name, names)}`,
    `use one of: ${names.join(', ')}`,
  );
}

/** `--bake` replaces the stage's bake; it must still cut into whole windows. */
function withBake(stage: StageSpec, bake: string | undefined, policy: Policy): StageSpec {
  if (bake === undefined) return stage;
  const parsed = parseDuration(bake);
  if (!parsed.ok) throw new InputError('--bake', parsed.message, parsed.fix);
  if (parsed.seconds % policy.windowSeconds !== 0) {
    throw new InputError(
      '--bake',
      `${bake} is not a whole number of ${policy.windowText} windows`,
      `use a multiple of ${policy.windowText}`,
    );
  }
  return { ...stage, bakeSeconds: parsed.seconds };
}

export function parseVars(pairs: string[], flag = '--var'): Record<string, string> {
  const vars: Record<string, string> = {};
  for (const pair of pairs) {
    const eq = pair.indexOf('=');
    const name = eq > 0 ? pair.slice(0, eq).trim() : '';
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) {
      throw new InputError(
        flag,
        `"${pair}" is not name=value`,
        'write e.g. service=checkout (names are letters, digits and _)',
      );
    }
    vars[name] = pair.slice(eq + 1);
  }
  return vars;
}

function readInput(path: string, flag: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    throw new InputError(
      `${flag} ${path}`,
      `cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`,
      'give the path of an existing file',
    );
  }
}

/** The queries a Prometheus run would send, shown in the report even for a recorded bake. */
function templatedQueries(policy: Policy, stage: StageSpec, vars: Record<string, string>) {
  const context = { window: policy.windowText, stage: stage.name, traffic: stage.traffic, vars };
  const queries: Record<string, { query: string | null; baselineQuery: string | null }> = {};
  for (const metric of Object.values(policy.metrics)) {
    queries[metric.name] = {
      query: metric.query
        ? renderTemplate(metric.query, context)
        : metric.alert
          ? `ALERTS{alertname="${metric.alert}"}`
          : null,
      baselineQuery:
        metric.baseline?.kind === 'query'
          ? renderTemplate(metric.baseline.query, context)
          : metric.baseline?.kind === 'before'
            ? 'before'
            : null,
    };
  }
  return queries;
}
