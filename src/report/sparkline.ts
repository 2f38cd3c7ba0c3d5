/** Unicode sparklines (▁▂▃▄▅▆▇█) for table cells; a missing window is a middle dot. */
import { downsample, type Values } from './series.js';

const BARS = '▁▂▃▄▅▆▇█';

export function sparkline(values: Values, width = 24, highIsBad = true): string {
  const { values: points } = downsample(values, width, highIsBad);
  const present = points.filter((v): v is number => v !== null);
  if (present.length === 0) return '';
  const min = Math.min(...present);
  const max = Math.max(...present);
  return points
    .map((v) => {
      if (v === null) return '·';
      if (max === min) return BARS[3];
      return BARS[Math.round(((v - min) / (max - min)) * (BARS.length - 1))];
    })
    .join('');
}
