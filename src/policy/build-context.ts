/**
 * What the stage and judge builders need from the policy builder: report an issue at a place, parse a
 * duration, check it against the window, and build a stage's checks. An interface of its own so that
 * stages.ts, judge.ts, metric.ts and checks.ts depend on it rather than on build.ts, which depends on them.
 */
import type { PositionIndex, YamlPath } from './positions.js';
import type { CheckSpec, SourcePos } from './types.js';

export interface BuildContext {
  readonly pos: PositionIndex;
  /** The policy's window in seconds, once parsed (undefined while it is broken). */
  readonly windowSecondsValue: number | undefined;
  report(pos: SourcePos, message: string, fix: string): void;
  duration(path: YamlPath, value: unknown, allowZero?: boolean): number | undefined;
  multipleOfWindow(path: YamlPath, what: string, seconds: number): boolean;
  triggers(path: YamlPath, value: unknown): CheckSpec[];
  gates(path: YamlPath, value: unknown): Map<string, CheckSpec[]>;
}
