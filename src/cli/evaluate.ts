/** `canary-gate evaluate`: load the policy, read the bake (file or Prometheus), judge, report, exit code. */
import { closeSync, mkdirSync, openSync, writeFileSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import { formatDuration, parseDuration } from '../policy/duration.js';
import { provenanceFromEnv } from '../report/provenance.js';
import { jsonPrettyPieces, writeJsonPretty } from '../report/json-stream.js';
import { renderText } from '../report/text.js';
import { InputError } from '../util/errors.js';
import { readUserFile } from '../util/read-file.js';
import { MAX_RECORDING_BYTES } from '../sources/file.js';
import { EXIT, type CliIo } from './io.js';
import { readPolicyFile } from './read-policy.js';
import { parseTime } from './time.js';
import { judgeStage, selectStage } from '../judge-stage.js';
import { inputWarnings, type InputNames } from '../input-warnings.js';
import { dict } from '../util/dict.js';
import { credentialSecrets, Redactor } from '../util/redact.js';
import { evaluateBatch, listMetricsFiles } from './evaluate-batch.js';

/** How messages name the CLI's inputs. */
const CLI_NAMES: InputNames = {
  stage: '--stage',
  bake: '--bake',
  since: '--since',
  until: '--until',
  metricsFile: '--metrics-file',
  vars: '--var',
  insecureSkipTlsVerify: '--insecure-skip-tls-verify',
  caCert: '--prometheus-ca-cert',
};

export interface EvaluateOptions {
  config: string;
  stage: string;
  /** One recorded bake, or several (and directories of them: batch, see evaluate-batch.ts). */
  metricsFile?: string | string[];
  prometheusUrl?: string;
  mode?: 'watch' | 'lookback';
  since?: string;
  until?: string;
  bake?: string;
  var: string[];
  prometheusHeader: string[];
  prometheusCaCert?: string;
  insecureSkipTlsVerify: boolean;
  /** One stderr line per Prometheus HTTP exchange (the action's step debug lines). */
  debug?: boolean;
  report?: string;
  format: 'text' | 'json' | 'markdown' | 'jsonl';
}

export type JudgedReport = Awaited<ReturnType<typeof judgeStage>>;

export async function evaluateCommand(options: EvaluateOptions, io: CliIo): Promise<number> {
  const files = listMetricsFiles(options.metricsFile);
  if (files.length > 1 || options.format === 'jsonl') {
    return evaluateBatch(options, files, io, (file) => judgeOne({ ...options, metricsFile: file }, io));
  }
  const report = await judgeOne({ ...options, metricsFile: files[0] }, io);
  // Written in pieces, never as one string: per-window values make a lookback's report hundreds of MB.
  if (options.report) writeReport(options.report, (write) => writeJsonPretty(report, write));
  if (options.format === 'json') {
    for (const piece of jsonPrettyPieces(report)) {
      io.stdout(piece);
      await io.stdoutDrained?.();
    }
  }
  // Loaded for this format only: the Markdown renderer (charts, tables) is most of the report code.
  else if (options.format === 'markdown') {
    const { renderMarkdown } = await import('../report/markdown.js');
    io.stdout(renderMarkdown(report, {}) + '\n');
  } else io.stdout(renderText(report));
  return EXIT[report.decision];
}

/** One bake: load the policy, read the bake (one file or Prometheus), judge; the report, redacted. */
async function judgeOne(
  options: Omit<EvaluateOptions, 'metricsFile'> & { metricsFile?: string },
  io: CliIo,
): Promise<JudgedReport> {
  const { policy, text: policyText } = readPolicyFile(options.config);
  const redactor = io.redactor ?? new Redactor();
  redactor.add(
    credentialSecrets({ urls: [policy.prometheus.url], policyHeaders: policy.prometheus.headers }),
  );
  const stage = selectStage(policy, options.stage, bakeSeconds(options.bake), CLI_NAMES);
  const givenVars = parseVars(options.var);
  const vars = { ...policy.vars, ...givenVars };
  const provenance = provenanceFromEnv(io.env, options.config, policyText);

  if (options.metricsFile && options.prometheusUrl) {
    throw new InputError('--metrics-file', 'cannot be combined with --prometheus-url', 'give one source');
  }
  const mode = options.mode ?? (options.metricsFile || options.until ? 'lookback' : 'watch');
  const since = options.since === undefined ? undefined : parseTime(options.since, '--since');
  const until = options.until === undefined ? undefined : parseTime(options.until, '--until');
  if (!options.metricsFile) checkTimeFlags(mode, since, until, stage.bakeSeconds);
  // Shown with the verdict (every --format) and kept in report.json's warnings.
  const warnings = inputWarnings(
    policy,
    stage,
    {
      metricsFile: Boolean(options.metricsFile),
      since,
      until,
      varNames: Object.keys(givenVars),
      insecureSkipTlsVerify: options.insecureSkipTlsVerify,
    },
    CLI_NAMES,
  );
  const judged = await judgeStage({
    policy,
    stage,
    vars,
    mode,
    since,
    until,
    warnings,
    metricsFile: options.metricsFile
      ? {
          path: options.metricsFile,
          text: readInput(options.metricsFile, '--metrics-file', MAX_RECORDING_BYTES),
        }
      : undefined,
    prometheus: options.metricsFile ? undefined : prometheusOptions(options, io.env),
    dryRun: false,
    provenance,
    // Progress goes to stderr so stdout stays the verdict (and valid JSON with --format json).
    log: (line) => io.stderr(`${line}\n`),
    ...(options.debug ? { debug: (line: string) => io.stderr(`debug: ${line}\n`) } : {}),
    signal: io.signal,
  });
  // Redacted as data before it is rendered: a format that escapes text could hide a secret from a text pass.
  return redactor.json(judged);
}

/** `content`: the text, or what writes it piece by piece. */
export function writeReport(
  path: string,
  content: string | ((write: (piece: string) => void) => void),
): void {
  try {
    mkdirSync(dirname(path), { recursive: true });
    if (typeof content === 'string') writeFileSync(path, content);
    else {
      const fd = openSync(path, 'w');
      try {
        content((piece) => writeSync(fd, piece));
      } finally {
        closeSync(fd);
      }
    }
  } catch (error) {
    throw new InputError(
      `--report ${path}`,
      `cannot be written (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`,
      'give a file path whose folder can be created, e.g. --report out/report.json',
    );
  }
}

/** Time flags that the mode would silently ignore or that contradict the bake are usage errors. */
function checkTimeFlags(
  mode: 'watch' | 'lookback',
  since: number | undefined,
  until: number | undefined,
  bakeSeconds: number,
): void {
  if (mode === 'watch' && until !== undefined) {
    throw new InputError(
      '--until',
      'only applies to --mode lookback; a watch starts at --since (default now) and follows the bake live',
      'drop --until, or add --mode lookback to judge the bake that ends at --until',
    );
  }
  if (mode === 'lookback' && since !== undefined && until !== undefined && until - since !== bakeSeconds) {
    throw new InputError(
      '--since/--until',
      `span ${until > since ? formatDuration(until - since) : 'nothing (--until is not after --since)'} but the bake is ${formatDuration(bakeSeconds)}`,
      'give only --until (lookback judges [until - bake, until]) or only --since, or set --bake to the span',
    );
  }
}

function bakeSeconds(bake: string | undefined): number | undefined {
  if (bake === undefined) return undefined;
  const parsed = parseDuration(bake);
  if (!parsed.ok) throw new InputError('--bake', parsed.message, parsed.fix);
  return parsed.seconds;
}

export function parseVars(pairs: string[], flag = '--var'): Record<string, string> {
  const vars: Record<string, string> = dict();
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

export function readInput(path: string, flag: string, maxBytes?: number): string {
  return readUserFile(path, { place: `${flag} ${path}`, fix: 'give the path of an existing file', maxBytes });
}

/** Connection settings from flags; credentials only from the environment, never from argv. */
export function prometheusOptions(
  options: Pick<
    EvaluateOptions,
    'prometheusUrl' | 'prometheusHeader' | 'prometheusCaCert' | 'insecureSkipTlsVerify'
  >,
  env: NodeJS.ProcessEnv,
) {
  const headers: Record<string, string> = dict();
  for (const line of options.prometheusHeader) {
    const colon = line.indexOf(':');
    if (colon <= 0)
      throw new InputError(
        '--prometheus-header',
        `"${line}" is not "Name: value"`,
        'write e.g. --prometheus-header "X-Scope-OrgID: team-a"',
      );
    headers[line.slice(0, colon).trim()] = line.slice(colon + 1).trim();
  }
  return {
    url: options.prometheusUrl,
    token: env.CANARY_GATE_PROMETHEUS_TOKEN || undefined,
    username: env.CANARY_GATE_PROMETHEUS_USERNAME || undefined,
    password: env.CANARY_GATE_PROMETHEUS_PASSWORD || undefined,
    headers,
    caCert: options.prometheusCaCert
      ? readInput(options.prometheusCaCert, '--prometheus-ca-cert')
      : undefined,
    insecureSkipTlsVerify: options.insecureSkipTlsVerify,
  };
}
