/**
 * The `canary-gate` command line: evaluate, backtest, validate, schema. Exit codes are DESIGN §4's.
 * Each command's code is imported when the command runs: `--help` or `validate` must not pay for loading
 * the Prometheus client, the backtest or the report renderers (cold start, bench/cold-start.ts). Only
 * the few error classes the catch below tells apart are loaded up front.
 */
import { Command, CommanderError, Option } from 'commander';
import type { EvaluateOptions } from './evaluate.js';
import type { BacktestOptions } from './backtest.js';
import { InputError } from '../util/errors.js';
import { PolicyError } from '../policy/errors.js';
import { policyIssueCommands } from './annotations.js';
import { BakeUsageError } from '../bake/errors.js';
import { QueryRejectedError } from '../sources/types.js';
import { EXIT, type CliIo } from './io.js';
import { cliSecrets } from './secrets.js';
import { Redactor } from '../util/redact.js';

const collect = (value: string, previous: string[]) => [...previous, value];

export async function runCli(argv: string[], rawIo: CliIo): Promise<number> {
  // Every byte written goes through the redactor, whatever wrote it (commander, a command, a stack trace).
  const redactor = new Redactor(cliSecrets(argv, rawIo.env));
  const io: CliIo = {
    stdout: (text) => rawIo.stdout(redactor.text(text)),
    stderr: (text) => rawIo.stderr(redactor.text(text)),
    stdoutDrained: rawIo.stdoutDrained,
    env: rawIo.env,
    signal: rawIo.signal,
    redactor,
  };
  let exitCode: number = EXIT.usage;
  const program = new Command('canary-gate')
    .description('Decide whether a canary stage may be promoted, must hold, or must be rolled back.')
    .exitOverride()
    .configureOutput({
      writeOut: io.stdout,
      writeErr: io.stderr,
      // Commander puts its "(Did you mean ...?)" on a line of its own; errors here are one line each.
      outputError: (text, write) =>
        write(`${text.trim().replace(/\s*\n\s*/g, ' ')} (run canary-gate --help for usage)\n`),
    });

  program
    .command('evaluate')
    .description('judge one stage of a rollout over its bake window')
    .requiredOption('--config <file>', 'policy file')
    .requiredOption('--stage <name>', 'stage to judge')
    .option(
      '--metrics-file <file>',
      'a recorded bake (JSON) instead of Prometheus; repeat it or give a directory to judge many (--format jsonl)',
      (v: string, prev?: string[]) => [...(prev ?? []), v],
    )
    .option('--prometheus-url <url>', 'Prometheus-compatible API base URL (overrides the policy)')
    .addOption(
      new Option('--mode <mode>', 'watch: follow the bake live; lookback: judge a finished bake').choices([
        'watch',
        'lookback',
      ]),
    )
    .option('--since <time>', 'bake start (ISO-8601 or unix seconds); watch default: now')
    .option('--until <time>', 'bake end for lookback (ISO-8601 or unix seconds); default: now')
    .option('--bake <duration>', "override the stage's bake, e.g. 30m")
    .option('--var <name=value>', 'template variable (repeatable)', collect, [])
    .option('--prometheus-header <Name: value>', 'extra HTTP header (repeatable)', collect, [])
    .option('--prometheus-ca-cert <file>', 'CA certificate (PEM) for the Prometheus TLS connection')
    .option('--insecure-skip-tls-verify', 'do not verify the Prometheus TLS certificate', false)
    .option('--report <file>', 'write report.json here')
    .option('--debug', 'one stderr line per Prometheus request: status, size and time', false)
    .addOption(
      new Option('--format <format>', 'stdout format (jsonl: one JSON report per line, per metrics file)')
        .choices(['text', 'json', 'markdown', 'jsonl'])
        .default('text'),
    )
    .addHelpText(
      'after',
      '\nCredentials come from the environment so they never show in a process list:\n' +
        '  CANARY_GATE_PROMETHEUS_TOKEN (bearer), CANARY_GATE_PROMETHEUS_USERNAME / CANARY_GATE_PROMETHEUS_PASSWORD\n' +
        '\nExit codes: 0 promote, 1 hold, 2 rollback, 3 inconclusive, 64 bad usage, policy or input.',
    )
    .action(async (options: EvaluateOptions) => {
      const { evaluateCommand } = await import('./evaluate.js');
      exitCode = await evaluateCommand(options, io);
    });

  program
    .command('backtest')
    .description("replay a stage's bake over history: what the policy would have decided at every start")
    .requiredOption('--config <file>', 'policy file')
    .requiredOption('--stage <name>', 'stage to replay')
    .option(
      '--metrics-file <file>',
      'a long recording (JSON, the metrics-file shape with "start") instead of Prometheus',
    )
    .option('--prometheus-url <url>', 'Prometheus-compatible API base URL (overrides the policy)')
    .option('--from <time>', 'first bake start (ISO-8601 or unix seconds); a recording: its start')
    .option('--to <time>', 'no bake ends after this (ISO-8601 or unix seconds); a recording: its end')
    .option(
      '--every <duration>',
      'interval between bake starts, a multiple of the window (default: the bake)',
    )
    .option('--compare <file>', 'another policy judged on the same bakes; shows the decisions that change')
    .addOption(
      new Option(
        '--track <track>',
        "canary: the queries; baseline: each metric's baseline query (canary-less history)",
      )
        .choices(['canary', 'baseline'])
        .default('canary'),
    )
    .option('--var <name=value>', 'template variable (repeatable)', collect, [])
    .option('--prometheus-header <Name: value>', 'extra HTTP header (repeatable)', collect, [])
    .option('--prometheus-ca-cert <file>', 'CA certificate (PEM) for the Prometheus TLS connection')
    .option('--insecure-skip-tls-verify', 'do not verify the Prometheus TLS certificate', false)
    .option('--report <file>', 'write the backtest JSON here')
    .addOption(
      new Option('--format <format>', 'stdout format')
        .choices(['text', 'json', 'markdown', 'html'])
        .default('text'),
    )
    .addHelpText(
      'after',
      '\nExit codes: 0 the backtest ran (whatever it found), 64 bad usage, policy or input.',
    )
    .action(async (options: BacktestOptions) => {
      const { backtestCommand } = await import('./backtest.js');
      exitCode = await backtestCommand(options, io);
    });

  program
    .command('validate')
    .description('check a policy file and print every problem with its line')
    .requiredOption('--config <file>', 'policy file')
    .action(async (options: { config: string }) => {
      const { validateCommand } = await import('./validate.js');
      exitCode = validateCommand(options.config, io);
    });

  program
    .command('schema')
    .description('print the JSON Schema of the policy file')
    .action(async () => {
      const { policyJsonSchema } = await import('../policy/json-schema.js');
      io.stdout(JSON.stringify(policyJsonSchema(), null, 2) + '\n');
      exitCode = 0;
    });

  try {
    await program.parseAsync(argv, { from: 'user' });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version are not errors; everything else commander rejects is bad usage.
      return error.exitCode === 0 ? 0 : EXIT.usage;
    }
    if (error instanceof PolicyError) {
      // One line per problem, each already naming file:line:column and the fix.
      io.stderr(
        `${error.message}\n${error.issues.length} problem${error.issues.length === 1 ? '' : 's'} in the policy\n`,
      );
      if (io.env.GITHUB_ACTIONS === 'true') io.stdout(policyIssueCommands(error.issues));
      return EXIT.usage;
    }
    if (
      error instanceof InputError ||
      error instanceof BakeUsageError ||
      error instanceof QueryRejectedError
    ) {
      io.stderr(`canary-gate: ${error.message}\n`);
      return EXIT.usage;
    }
    // Not the user's doing: a bug or an environment failure. Distinct from 64 so scripts can tell.
    io.stderr(`canary-gate: internal error: ${(error as Error).stack ?? error}\n`);
    return EXIT.internal;
  }
}
