/** "Did you mean" for names: the closest candidate by edit distance, if it is close enough to be a typo. */

export function editDistance(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0];
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = prev[j];
      prev[j] = Math.min(prev[j] + 1, prev[j - 1] + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = above;
    }
  }
  return prev[b.length];
}

export function nearest(name: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  const lower = name.toLowerCase();
  for (const candidate of candidates) {
    const d = editDistance(lower, candidate.toLowerCase());
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  // A typo changes a few characters; beyond that the suggestion would be noise.
  const limit = Math.max(2, Math.floor(name.length / 3));
  return best !== undefined && bestDistance <= limit ? best : undefined;
}

/** `did you mean "x"?` or the list of valid names, for a fix text. */
export function didYouMean(name: string, candidates: readonly string[], noun: string): string {
  const guess = nearest(name, candidates);
  if (guess) return `did you mean "${guess}"?`;
  if (candidates.length === 0) return `define the ${noun} first`;
  const shown = candidates.slice(0, 8).join(', ');
  return `use one of the ${noun}s: ${shown}${candidates.length > 8 ? ', ...' : ''}`;
}
