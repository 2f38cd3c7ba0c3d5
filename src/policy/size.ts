/** Byte sizes as policies write them: `64MiB`, `512KiB`, `1GiB`, `10MB`, `1000000` (bytes). */

const UNIT_BYTES: Record<string, number> = {
  b: 1,
  kb: 1e3,
  mb: 1e6,
  gb: 1e9,
  kib: 1024,
  mib: 1024 ** 2,
  gib: 1024 ** 3,
};

/** Default cap on one Prometheus answer: far above what a gate's queries return, far below what hurts a runner. */
export const DEFAULT_MAX_RESPONSE_BYTES = 64 * 1024 * 1024;

export type SizeResult = { ok: true; bytes: number } | { ok: false; message: string; fix: string };

export function parseSize(text: string): SizeResult {
  const m = /^\s*(\d+(?:\.\d+)?)\s*([KMG]i?B|B)?\s*$/i.exec(text);
  const bytes = m ? Math.floor(Number(m[1]) * UNIT_BYTES[(m[2] ?? 'b').toLowerCase()]) : NaN;
  if (!m || !Number.isSafeInteger(bytes) || bytes < 1024)
    return {
      ok: false,
      message: `invalid size "${text}"${m ? ': at least 1KiB' : ''}`,
      fix: 'give a size such as 64MiB, 256MiB or 1GiB',
    };
  return { ok: true, bytes };
}
