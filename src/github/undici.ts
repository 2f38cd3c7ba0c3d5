/**
 * What the bundles give @actions/http-client and @actions/github for `undici` (tsconfig.json `paths`, which
 * ncc resolves with). @actions/core imports @actions/http-client (for OIDC tokens, which canary-gate never
 * asks for), and it imports undici: bundled as is, every action start would read, compile and run all of
 * undici (~1 MB) and load node:http2, zlib, worker_threads… for nothing (bench/cold-start.ts). The toolkit
 * takes two things from it, both only to make a request: `fetch` (@actions/github's API client) and
 * `ProxyAgent` (behind HTTPS_PROXY). Here undici is an ncc chunk of its own, imported by its file path
 * (which the alias does not match): `fetch` loads it on its first call; `ProxyAgent` is constructed
 * synchronously as @actions/github loads (its default request options), so the code that imports
 * @actions/github or @actions/artifact awaits `loadUndici()` first (__tests__/action/comment-proxy.test.ts).
 */
import type * as Undici from 'undici/index.js';

let undici: typeof Undici | undefined;

/** Loads undici; after this, ProxyAgent and fetch are undici's own. Idempotent. */
export async function loadUndici(): Promise<void> {
  // undici is CommonJS: its module.exports is the default export, under ncc and under Node alike.
  undici ??= (await import('undici/index.js')).default as unknown as typeof Undici;
}

function loaded(): typeof Undici {
  // A bug, not a user error: a toolkit client was created without `await loadUndici()` before it.
  if (!undici) throw new Error('canary-gate: undici used before loadUndici() (src/github/undici.ts)');
  return undici;
}

/** `new ProxyAgent(options)` as undici's: the constructor returns undici's own agent. */
export const ProxyAgent = function ProxyAgent(options: Undici.ProxyAgent.Options) {
  return new (loaded().ProxyAgent)(options);
} as unknown as typeof Undici.ProxyAgent;

export const fetch: typeof Undici.fetch = async (input, init) => {
  await loadUndici();
  return loaded().fetch(input, init);
};
