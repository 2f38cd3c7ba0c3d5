/**
 * `canary-gate backtest` (DESIGN §8): a stage's bake judged at every start from --from to --to, from
 * Prometheus history or a long recording, with an optional second policy on the same bakes. The exit code
 * says whether the backtest ran (0) or could not (64); the decisions it reports never set it.
 */
import { parseDuration } from '../policy/duration.js';
import { checkVars } from '../policy/vars.js';
import { PolicyError } from '../policy/errors.js';
import type { Policy } from '../policy/types.js';
import { planBakes } from '../backtest/plan.js';
import { openHistory } from '../backtest/open-history.js';
import { runBacktest } from '../backtest/run.js';
import type { HistoryLoader } from '../backtest/history.js';
import type { BacktestReport } from '../backtest/types.js';
import { judgedCompare } from '../backtest/compare-policy.js';
import { InputError } from '../util/errors.js';
import { parseVars, prometheusOptions, readInput, writeReport } from './evaluate.js';
import { EXIT, type CliIo } from './io.js';
import { readPolicyFile } from './read-policy.js';
import { parseTime } from './time.js';
import { selectStage } from '../judge-stage.js';

export interface BacktestOptions {
  config: string;
  stage: string;
  metricsFile?: string;
  prometheusUrl?: string;
  from?: string;
  to?: string;
  every?: string;
  compare?: string;
  track: 'canary' | 'baseline';
  var: string[];
  prometheusHeader: string[];
  prometheusCaCert?: string;
  insecureSkipTlsVerify: boolean;
  report?: string;
  format: 'text' | 'json' | 'markdown' | 'html';
}

const NAMES = { stage: '--stage', bake: '--bake' };
const PLAN_NAMES = { from: '--from', to: '--to', every: '--every' };

export async function backtestCommand(options: BacktestOptions, io: CliIo, now = Date.now): Promise<number> {
  const { policy } = readPolicyFile(options.config);
  const stage = selectStage(policy, options.stage, undefined, NAMES);
  const given = parseVars(options.var);
  const vars = { ...policy.vars, ...given };
  requireVars(policy, vars);
  const compare = options.compare
    ? judgedCompare(readPolicyFile(options.compare).policy, options.stage, given, '--compare')
    : undefined;
  if (options.metricsFile && options.prometheusUrl)
    throw new InputError('--metrics-file', 'cannot be combined with --prometheus-url', 'give one source');

  const { loader, from, to, source } = await historyFor(options, io, policy, now);
  try {
    const plan = planBakes(
      {
        from,
        to,
        everySeconds: every(options.every),
        bakeSeconds: stage.bakeSeconds,
        windowSeconds: policy.windowSeconds,
      },
      PLAN_NAMES,
    );
    const report = await runBacktest({
      policy,
      stage,
      vars,
      plan,
      loader,
      track: options.track,
      compare,
      source,
      progress: (line) => io.stderr(`${line}\n`),
      now,
    });
    if (options.report) writeReport(options.report, JSON.stringify(report, null, 2) + '\n');
    io.stdout(await render(report, options.format));
    return EXIT.promote;
  } finally {
    loader.close();
  }
}

/** Each renderer is loaded only for its format. */
async function render(report: BacktestReport, format: BacktestOptions['format']): Promise<string> {
  if (format === 'json') return JSON.stringify(report, null, 2) + '\n';
  if (format === 'markdown')
    return (await import('../backtest/markdown.js')).renderBacktestMarkdown(report) + '\n';
  if (format === 'html') return (await import('../backtest/html.js')).renderBacktestHtml(report);
  return (await import('../backtest/text.js')).renderBacktestText(report);
}

function requireVars(policy: Policy, vars: Record<string, string>): void {
  const issues = checkVars(policy, vars);
  if (issues.length) throw new PolicyError(issues);
}

async function historyFor(
  options: BacktestOptions,
  io: CliIo,
  policy: Policy,
  now: () => number,
): Promise<{ loader: HistoryLoader; from: number; to: number; source: BacktestReport['source'] }> {
  const from = options.from === undefined ? undefined : parseTime(options.from, '--from');
  const to = options.to === undefined ? undefined : parseTime(options.to, '--to');
  const opened = await openHistory({
    policy,
    metricsFile: options.metricsFile
      ? { path: options.metricsFile, text: readInput(options.metricsFile, '--metrics-file') }
      : undefined,
    prometheus: options.metricsFile ? undefined : prometheusOptions(options, io.env),
    urlName: '--prometheus-url',
  });
  if (opened.recorded) return { ...opened, from: from ?? opened.recorded.from, to: to ?? opened.recorded.to };
  if (from === undefined || to === undefined) {
    opened.loader.close();
    throw new InputError(
      from === undefined ? '--from' : '--to',
      'is required with Prometheus',
      'give the span to replay, e.g. --from 2026-11-01T00:00:00Z --to 2026-11-08T00:00:00Z',
    );
  }
  if (to > now() / 1000 + 60) {
    opened.loader.close();
    throw new InputError(
      '--to',
      `${new Date(to * 1000).toISOString()} is in the future`,
      'give a time up to now',
    );
  }
  return { ...opened, from, to };
}

function every(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const parsed = parseDuration(text);
  if (!parsed.ok) throw new InputError('--every', parsed.message, parsed.fix);
  return parsed.seconds;
}
