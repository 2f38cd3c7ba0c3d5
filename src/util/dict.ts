/**
 * A record keyed by user-chosen names (stages, metrics, vars, recorded-file keys) without a prototype:
 * `constructor`, `toString` or `__proto__` are then plain keys, and a lookup of a name that is not there
 * gives undefined, never an Object.prototype member.
 */
export function dict<T>(): Record<string, T> {
  return Object.create(null) as Record<string, T>;
}
