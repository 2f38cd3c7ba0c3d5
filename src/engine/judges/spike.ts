/**
 * `spike` (runbook 004, "approval denial rate spike > 3σ"): a window fails when its value is more than
 * `sigmas` standard deviations beyond the trailing mean of the reference — the metric's baseline series
 * when it has one, otherwise its own earlier windows. The trailing span is the `trailing` windows before
 * this one, so a spike never hides in its own statistics.
 *
 * `sigmas` names a tail probability, not a raw cut: 3σ means the one-sided Gaussian 0.135%. With the mean
 * and σ estimated from k history windows, (value − mean)/sd of a new Gaussian window is
 * t(k − 1)·√(1 + 1/k), so the cut is that t quantile scaled (7.3σ at k = 5, 4.0σ at k = 12). A 3σ cut
 * against estimated statistics instead fires several times more often than its nominal rate.
 */
import { normalCdf } from '../stats/normal.js';
import { tUpperQuantile } from '../stats/t-dist.js';
import { num, signed } from './format.js';
import type { Direction, JudgeAction, WindowJudge, WindowJudgement } from './types.js';

export interface SpikeSpec {
  sigmas: number;
  /** Windows of history the mean and standard deviation are taken over (default 12). */
  trailing: number;
  /** Fewer valid history windows than this: no judgement yet (default 5). */
  minHistory: number;
  /** The rise must also exceed this many metric units (guards flat histories; default 0). */
  minDelta: number;
  direction: Direction;
  /** Consecutive spiking windows before the judge decides (default 1). */
  forWindows: number;
  action: JudgeAction;
}

export const SPIKE_DEFAULTS: SpikeSpec = {
  sigmas: 3,
  trailing: 12,
  minHistory: 5,
  minDelta: 0,
  direction: 'increase',
  forWindows: 1,
  action: 'rollback',
};

export interface SpikeWindow {
  value: number | null;
  /** The baseline's value in this window; omit (undefined) to judge against the metric's own history. */
  reference?: number | null;
}

/** The cut on (value − mean)/sd, for k history windows, matching the Gaussian tail of `sigmas`. */
const cutCache = new Map<string, number>();
export function spikeCut(sigmas: number, k: number): number {
  if (k < 2) return Infinity;
  const key = `${sigmas},${k}`;
  let cut = cutCache.get(key);
  if (cut === undefined) {
    cut = tUpperQuantile(normalCdf(-sigmas), k - 1) * Math.sqrt(1 + 1 / k);
    cutCache.set(key, cut);
  }
  return cut;
}

export function spikeJudge(spec: SpikeSpec): WindowJudge<SpikeWindow> {
  const cutFor = (k: number) => spikeCut(spec.sigmas, k);
  const history: (number | null)[] = [];
  let window = -1;
  let run = 0;
  let decided = false;
  return {
    push(input: SpikeWindow): WindowJudgement {
      window++;
      const ownHistory = input.reference === undefined;
      const past = history.slice(-spec.trailing).filter((v): v is number => v !== null && Number.isFinite(v));
      history.push(ownHistory ? input.value : (input.reference ?? null));
      const source = ownHistory ? 'its own' : "the baseline's";
      const v = input.value;
      const finish = (j: Omit<WindowJudgement, 'window'>): WindowJudgement => {
        run = j.status === 'fail' ? run + 1 : 0;
        const out: WindowJudgement = { window, ...j };
        if (!decided && run >= spec.forWindows) {
          decided = true;
          out.decision = spec.action === 'pause' ? 'hold' : 'rollback';
        }
        return out;
      };
      if (v === null || !Number.isFinite(v))
        return finish({ status: 'continue', explanation: 'no data in this window' });
      if (past.length < spec.minHistory) {
        return finish({
          status: 'continue',
          explanation: `${past.length} of ${spec.minHistory} history windows of ${source} series: warming up`,
        });
      }
      const mean = past.reduce((s, x) => s + x, 0) / past.length;
      const rawSd = Math.sqrt(past.reduce((s, x) => s + (x - mean) ** 2, 0) / (past.length - 1));
      // Rounding leaves a constant history with an sd of about 1e-18, not 0: call that flat.
      const sd = rawSd <= 1e-9 * Math.abs(mean) ? 0 : rawSd;
      const delta = v - mean;
      const z = sd > 0 ? delta / sd : delta === 0 ? 0 : Math.sign(delta) * Infinity;
      const cut = cutFor(past.length);
      const up = spec.direction !== 'decrease' && z > cut && delta > spec.minDelta;
      const down = spec.direction !== 'increase' && z < -cut && -delta > spec.minDelta;
      const zText = Number.isFinite(z) ? `${signed(z)}σ` : `${z > 0 ? '+' : '−'}∞σ (flat history)`;
      const text =
        `${num(v)} vs ${source} trailing mean ${num(mean)} ± ${num(sd)} over ${past.length} windows = ${zText}, ` +
        `limit ${num(cut)}σ (${spec.sigmas}σ's tail for ${past.length} estimated windows)`;
      return finish({
        status: up || down ? 'fail' : 'pass',
        statistic: z,
        effect: delta,
        explanation: `${text}: ${up || down ? 'spike' : 'no spike'}`,
      });
    },
  };
}
