/** Mid-ranks (1-based, ties share the average of the ranks they span) and the tie groups' sizes. */
export interface Ranking {
  ranks: number[];
  /** Size of every group of tied values with more than one member. */
  ties: number[];
}

export function rankWithTies(values: readonly number[]): Ranking {
  const order = values.map((v, i) => i).sort((a, b) => values[a] - values[b]);
  const ranks = new Array<number>(values.length);
  const ties: number[] = [];
  let i = 0;
  while (i < order.length) {
    let j = i;
    while (j + 1 < order.length && values[order[j + 1]] === values[order[i]]) j++;
    const mid = (i + j) / 2 + 1;
    for (let k = i; k <= j; k++) ranks[order[k]] = mid;
    if (j > i) ties.push(j - i + 1);
    i = j + 1;
  }
  return { ranks, ties };
}
