/**
 * Missing data per the metric's `missing-data` policy (DESIGN §2):
 * - fail: a missing window is a gate violation (hold), never a trigger hit;
 * - inconclusive: the verdict is inconclusive unless a rollback holds; later windows cannot fix it;
 * - ignore: missing windows are skipped, but a check with no data at all in the observed windows is
 *   inconclusive (later windows may still bring data).
 * A notify trigger only ever warns, also about its missing data.
 */
import { NO_REASON, type Effect, type JudgeContext } from './judged.js';
import { missingReason } from './reasons.js';
import type { Sample } from './samples.js';

export interface MissingOutcome {
  missing: Sample[];
  /** Samples that could be judged. */
  judged: Sample[];
  effects: Effect[];
}

export function judgeMissing(ctx: JudgeContext, series: Sample[][], warnOnly: boolean): MissingOutcome {
  const missing: Sample[] = [];
  const judged: Sample[] = [];
  for (const samples of series) for (const s of samples) (s.missing === null ? judged : missing).push(s);
  const effects: Effect[] = [];
  const reason = (): string =>
    ctx.describe
      ? missingReason(ctx.metric, missing, ctx.missingData, ctx.observed, series.length, ctx.clock)
      : NO_REASON;
  switch (ctx.missingData) {
    case 'fail':
      if (missing.length > 0) {
        effects.push(
          warnOnly
            ? { kind: 'warning', reason: reason() }
            : { kind: 'hold', reason: reason(), gateFailure: true },
        );
      }
      break;
    case 'inconclusive':
      if (missing.length > 0) {
        effects.push(
          warnOnly
            ? { kind: 'warning', reason: reason() }
            : { kind: 'inconclusive', reason: reason(), final: true },
        );
      }
      break;
    case 'ignore': {
      // Skipping an unpaired series' windows would hide that it was never compared: say so.
      const unpaired = missing.filter((s) => s.unpaired !== undefined);
      if (unpaired.length > 0 && judged.length > 0) {
        const text = ctx.describe
          ? missingReason(ctx.metric, unpaired, ctx.missingData, ctx.observed, series.length, ctx.clock)
          : NO_REASON;
        effects.push({ kind: 'warning', reason: text });
      }
      if (ctx.observed > 0 && judged.length === 0) {
        const text = `${ctx.metric}: no data in any observed window (missing-data: ignore)`;
        effects.push(
          warnOnly ? { kind: 'warning', reason: text } : { kind: 'inconclusive', reason: text, final: false },
        );
      }
      break;
    }
  }
  return { missing, judged, effects };
}
