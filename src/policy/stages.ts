/**
 * `extends` between stages: parents resolved first, gates replaced by metric name, stage triggers
 * appended after the parent's, bake inherited when not given. Cycles are one error naming the cycle.
 */
import { dict } from '../util/dict.js';
import type { BuildContext } from './build-context.js';
import { buildScore, checkScoreWeights } from './judge.js';
import { isMap, str, type Raw } from './raw.js';
import { KEYS } from './schema.js';
import { didYouMean } from './suggest.js';
import type { CheckSpec, FailFast, StageScoreSpec, StageSpec } from './types.js';
import { bakeWindowsProblem } from './limits.js';

interface OwnStage {
  name: string;
  parent?: string;
  traffic?: number;
  bakeSeconds?: number;
  gates: Map<string, CheckSpec[]>;
  triggers: CheckSpec[];
  score?: StageScoreSpec;
  failFast?: FailFast;
}

interface Resolved {
  bakeSeconds?: number;
  gates: Map<string, CheckSpec[]>;
  triggers: CheckSpec[];
  score?: StageScoreSpec;
  failFast?: FailFast;
}

/** Resolves `extends` chains: parents first, gates replaced by metric name, triggers appended. */
export class StageResolver {
  private readonly own = new Map<string, OwnStage>();
  private readonly resolved = new Map<string, Resolved | null>();
  private readonly reportedCycles = new Set<string>();

  constructor(
    private readonly b: BuildContext,
    private readonly rawStages: Raw,
  ) {
    const names = Object.keys(rawStages);
    for (const [name, value] of Object.entries(rawStages)) {
      if (!isMap(value)) continue;
      const path = ['stages', name];
      let parent = str(value.extends)?.trim();
      if (parent !== undefined && !names.includes(parent)) {
        b.report(
          b.pos.value([...path, 'extends']),
          `stage "${name}" extends unknown stage "${parent}"`,
          didYouMean(
            parent,
            names.filter((n) => n !== name),
            'stage',
          ),
        );
        parent = undefined;
      }
      if (parent === name) {
        b.report(
          b.pos.value([...path, 'extends']),
          `stage "${name}" extends itself`,
          'remove extends or name another stage',
        );
        parent = undefined;
      }
      let bakeSeconds: number | undefined;
      if (value.bake !== undefined) {
        bakeSeconds = b.duration([...path, 'bake'], value.bake);
        if (bakeSeconds !== undefined && !b.multipleOfWindow([...path, 'bake'], 'bake', bakeSeconds))
          bakeSeconds = undefined;
        const tooLong =
          bakeSeconds !== undefined && b.windowSecondsValue
            ? bakeWindowsProblem(
                `bake ${String(value.bake).trim()} in stages.${name}`,
                bakeSeconds,
                b.windowSecondsValue,
              )
            : null;
        if (tooLong) {
          b.report(b.pos.value([...path, 'bake']), tooLong.message, tooLong.fix);
          bakeSeconds = undefined;
        }
      }
      this.own.set(name, {
        name,
        parent,
        traffic: typeof value.traffic === 'number' ? value.traffic : undefined,
        bakeSeconds,
        gates: b.gates([...path, 'gates'], value.gates),
        triggers: b.triggers([...path, 'rollback'], value.rollback),
        score: buildScore(b, [...path, 'score'], value.score, b.windowSecondsValue),
        ...(value['fail-fast'] === 'hold' || value['fail-fast'] === 'rollback'
          ? { failFast: value['fail-fast'] }
          : {}),
      });
    }
  }

  resolveAll(globalTriggers: CheckSpec[], failFast: FailFast): Record<string, StageSpec> {
    const out: Record<string, StageSpec> = dict();
    for (const [name, value] of Object.entries(this.rawStages)) {
      if (!isMap(value)) continue;
      const r = this.resolve(name, []);
      if (!r) continue;
      const path = ['stages', name];
      const hasBakeText = value.bake !== undefined;
      const brokenExtends = value.extends !== undefined && this.own.get(name)?.parent === undefined;
      // A misspelt `bake` is reported as an unknown key; "no bake" would say the same thing twice.
      const unknownKeys = Object.keys(value).some((k) => !KEYS.stage.includes(k));
      if (
        r.bakeSeconds === undefined &&
        !hasBakeText &&
        !brokenExtends &&
        !unknownKeys &&
        !this.hasBakeInChain(name)
      ) {
        this.b.report(
          this.b.pos.key(path),
          `stage "${name}" has no bake`,
          `add bake: (a multiple of window), e.g. bake: 30m${value.extends === undefined ? '' : ', or extend a stage that has one'}`,
        );
      }
      const own = this.own.get(name)!;
      const gateMetrics = [...r.gates.entries()].filter(([, c]) => c.length > 0).map(([m]) => m);
      if (own.score) checkScoreWeights(this.b, name, own.score, gateMetrics);
      out[name] = {
        name,
        ...(own.traffic !== undefined ? { traffic: own.traffic } : {}),
        bakeSeconds: r.bakeSeconds ?? 0,
        gates: [...r.gates.values()].flat(),
        triggers: [...globalTriggers, ...r.triggers],
        pos: this.b.pos.key(path),
        ...(r.score ? { score: r.score } : {}),
        failFast: r.failFast ?? failFast,
      };
    }
    return out;
  }

  private hasBakeInChain(name: string): boolean {
    const seen = new Set<string>();
    for (let s: string | undefined = name; s !== undefined && !seen.has(s); s = this.own.get(s)?.parent) {
      seen.add(s);
      if (isMap(this.rawStages[s]) && (this.rawStages[s] as Raw).bake !== undefined) return true;
    }
    return false;
  }

  private resolve(name: string, stack: string[]): Resolved | null {
    if (this.resolved.has(name)) return this.resolved.get(name)!;
    const own = this.own.get(name);
    if (!own) return null;
    if (stack.includes(name)) {
      const cycle = [...stack.slice(stack.indexOf(name)), name];
      const key = [...cycle.slice(0, -1)].sort().join(',');
      if (!this.reportedCycles.has(key)) {
        this.reportedCycles.add(key);
        this.b.report(
          this.b.pos.value(['stages', name, 'extends']),
          `extends cycle: ${cycle.join(' -> ')}`,
          `remove extends from one of the stages ${cycle
            .slice(0, -1)
            .map((s) => `"${s}"`)
            .join(', ')}`,
        );
      }
      return null;
    }
    let base: Resolved = { gates: new Map(), triggers: [] };
    if (own.parent !== undefined) {
      const parent = this.resolve(own.parent, [...stack, name]);
      if (!parent) {
        this.resolved.set(name, null);
        return null;
      }
      base = parent;
    }
    const gates = new Map(base.gates);
    for (const [metric, checks] of own.gates) gates.set(metric, checks);
    const result: Resolved = {
      bakeSeconds: own.bakeSeconds ?? base.bakeSeconds,
      gates,
      triggers: [...base.triggers, ...own.triggers],
      score: own.score ?? base.score,
      failFast: own.failFast ?? base.failFast,
    };
    this.resolved.set(name, result);
    return result;
  }
}
