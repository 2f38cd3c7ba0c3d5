/** What JSON.stringify does first with every value it meets; shared by the redaction and the report writer. */

/** The value has a `toJSON` method (a Date, for one), which JSON.stringify calls instead of reading it. */
export function hasToJSON(value: unknown): value is { toJSON: (key: string) => unknown } {
  return (
    value !== null &&
    typeof value === 'object' &&
    typeof (value as { toJSON?: unknown }).toJSON === 'function'
  );
}

/** What JSON.stringify serializes for `value` at `key`: its `toJSON(key)` when it has one, else itself. */
export function jsonForm(value: unknown, key: string): unknown {
  return hasToJSON(value) ? value.toJSON(key) : value;
}
