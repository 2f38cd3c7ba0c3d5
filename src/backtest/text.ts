/** The backtest on a terminal: counts, per check its failures and worst values, the bakes that did not promote. */
import type { BacktestReport } from './types.js';
import {
  bakeSpanText,
  checkLabel,
  countsLine,
  headline,
  headroomText,
  limitText,
  notPromoted,
  worstLine,
} from './view.js';

const LIST_LIMIT = 20;

export function renderBacktestText(r: BacktestReport): string {
  const out: string[] = [`canary-gate backtest: ${headline(r)}`, `  ${countsLine(r)}`];
  if (r.summary.checks.length)
    out.push('', 'Checks (bakes failed, worst value per bake, headroom to the limit):');
  for (const c of r.summary.checks) {
    out.push(
      `  ${checkLabel(c)}: failed ${c.bakes_failed}/${r.summary.bakes}${c.bakes_no_data ? `, no data ${c.bakes_no_data}` : ''}`,
      `    worst ${worstLine(c)}; limit ${limitText(c)}; headroom ${headroomText(c)}`,
    );
  }
  if (r.compare) {
    const changed = r.summary.changed ?? [];
    out.push('', `Compared with ${r.compare.policy}: ${r.compare.sentence}`);
    for (const b of changed.slice(0, LIST_LIMIT)) {
      out.push(`  ${bakeSpanText(b)}  ${b.compare_decision} → ${b.decision}`);
      for (const why of b.why.slice(0, 3)) out.push(`    ${why}`);
    }
    if (changed.length > LIST_LIMIT)
      out.push(`  … ${changed.length - LIST_LIMIT} more changed bakes in the JSON report`);
  }
  const held = notPromoted(r);
  if (held.length) {
    out.push('', `Bakes that did not promote (${held.length}):`);
    for (const b of held.slice(0, LIST_LIMIT))
      out.push(`  ${bakeSpanText(b)}  ${b.decision.toUpperCase()}: ${b.reasons[0] ?? ''}`);
    if (held.length > LIST_LIMIT) out.push(`  … ${held.length - LIST_LIMIT} more in the JSON report`);
  }
  for (const w of r.warnings) out.push(`warning: ${w}`);
  return out.join('\n') + '\n';
}
