/**
 * Evaluated just before axios (see ./axios.ts): hides Node's lazy `FormData`, `Request` and `Response` globals
 * until axios has loaded. axios reads them at import to probe its fetch adapter, and the first read loads all of
 * Node's fetch implementation (undici: 20-40 ms of a run's start). This client never uses that adapter (the
 * http one carries every request), so nothing is lost. The window is synchronous module evaluation: no other
 * code runs before `restoreFetchGlobals()` puts the very same property descriptors back.
 */
const HIDDEN = ['FormData', 'Request', 'Response'] as const;

const saved = HIDDEN.map((name) => [name, Object.getOwnPropertyDescriptor(globalThis, name)] as const);
for (const [name, descriptor] of saved)
  if (descriptor?.configurable)
    Object.defineProperty(globalThis, name, { value: undefined, configurable: true, writable: true });

export function restoreFetchGlobals(): void {
  for (const [name, descriptor] of saved)
    if (descriptor?.configurable) Object.defineProperty(globalThis, name, descriptor);
}
