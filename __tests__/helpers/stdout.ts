/**
 * What code under test writes to process.stdout: the runner's command channel (`::warning::`, `::debug::`,
 * `::error::`), captured instead of printed, and the real writer put back even when the code throws.
 */

type Write = typeof process.stdout.write;

function redirect(into: string[]): () => void {
  const write = process.stdout.write.bind(process.stdout);
  process.stdout.write = ((chunk: string) => (into.push(String(chunk)), true)) as Write;
  return () => {
    process.stdout.write = write;
  };
}

/** The text `fn` writes, synchronously. */
export function captureStdout(fn: () => unknown): string {
  const chunks: string[] = [];
  const restore = redirect(chunks);
  try {
    fn();
  } finally {
    restore();
  }
  return chunks.join('');
}

/** The text `fn` writes until its promise settles. */
export async function captureStdoutAsync(fn: () => Promise<unknown>): Promise<string> {
  const chunks: string[] = [];
  const restore = redirect(chunks);
  try {
    await fn();
  } finally {
    restore();
  }
  return chunks.join('');
}

export interface CapturedStdout {
  /** Everything written since the test started (or since clear()). */
  text(): string;
  clear(): void;
}

/** Captures stdout during each test of the file (beforeEach/afterEach). */
export function captureStdoutEachTest(): CapturedStdout {
  const chunks: string[] = [];
  let restore: (() => void) | undefined;
  beforeEach(() => {
    chunks.length = 0;
    restore = redirect(chunks);
  });
  afterEach(() => restore?.());
  return { text: () => chunks.join(''), clear: () => void (chunks.length = 0) };
}
