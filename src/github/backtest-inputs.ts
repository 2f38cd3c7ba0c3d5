/**
 * The inputs of the action's `mode: backtest` (DESIGN §8): how far back, how often, and the policy to compare
 * with. Read only in that mode, so a gate run never trips over them.
 */
import * as core from '@actions/core';
import { parseDuration } from '../policy/duration.js';
import { InputError } from '../util/errors.js';

export interface BacktestInputs {
  /** Seconds before the end (`until`, default now) the first bake starts: `backtest-from: 7d`. */
  spanSeconds?: number;
  /** Or a fixed first bake start (unix seconds): `backtest-from: 2026-11-01T00:00:00Z`. */
  from?: number;
  everySeconds?: number;
  /** Path of the other policy (e.g. the base branch's), judged on the same bakes. */
  compare?: string;
}

export function getBacktestInputs(read: (name: string) => string = (n) => core.getInput(n)): BacktestInputs {
  const fromText = read('backtest-from').trim() || '7d';
  const everyText = read('backtest-every').trim();
  const compare = read('backtest-compare').trim() || undefined;
  const out: BacktestInputs = { compare };
  if (/^\d{4}-\d{2}-\d{2}/.test(fromText)) {
    const ms = Date.parse(fromText);
    if (Number.isNaN(ms))
      throw bad('backtest-from', fromText, 'give a duration back from now (7d) or an ISO-8601 time');
    out.from = ms / 1000;
  } else {
    const span = parseDuration(fromText);
    if (!span.ok || span.seconds <= 0)
      throw bad(
        'backtest-from',
        fromText,
        'give a duration back from now, e.g. 7d or 36h, or an ISO-8601 time',
      );
    out.spanSeconds = span.seconds;
  }
  if (everyText) {
    const every = parseDuration(everyText);
    if (!every.ok || every.seconds <= 0)
      throw bad('backtest-every', everyText, 'give a duration such as 30m or 1h');
    out.everySeconds = every.seconds;
  }
  return out;
}

function bad(input: string, value: string, fix: string): InputError {
  return new InputError(`input \`${input}\``, `${JSON.stringify(value)} is not valid`, fix);
}
