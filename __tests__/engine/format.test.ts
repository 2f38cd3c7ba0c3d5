/** Number and window text in reasons. */
import { formatLabels, formatNumber } from '../../src/engine/format.js';
import { windowLabel, windowLabels } from '../../src/engine/windows.js';

test.each<[number | null, string]>([
  [0.1 + 0.2, '0.3'],
  [0, '0'],
  [410, '410'],
  [0.021, '0.021'],
  [0.0001, '0.0001'],
  [0.000123456, '0.0001235'],
  [1234.56789, '1234.5679'],
  [-2.5, '-2.5'],
  [1.0000000000000002, '1'],
  [359.99999999999994, '360'],
  [12345678, '12345678'],
  [null, 'no data'],
])('formatNumber(%p) = %s', (x, text) => {
  expect(formatNumber(x)).toBe(text);
});

test('labels in PromQL notation, sorted, quoted', () => {
  expect(formatLabels({})).toBe('');
  expect(formatLabels({ zone: 'b', pod: 'a"1' })).toBe('{pod="a\\"1",zone="b"}');
});

describe('window labels', () => {
  const since = Date.parse('2026-11-20T10:00:00Z') / 1000;
  test('clock time when the start is known', () => {
    expect(windowLabel({ windowSeconds: 300, since }, 1)).toBe('2026-11-20T10:05Z–10:10Z');
  });
  test('a window across midnight repeats the date', () => {
    const late = Date.parse('2026-11-20T23:55:00Z') / 1000;
    expect(windowLabel({ windowSeconds: 300, since: late }, 0)).toBe('2026-11-20T23:55Z–2026-11-21T00:00Z');
  });
  test('seconds appear only when not zero', () => {
    expect(windowLabel({ windowSeconds: 30, since }, 1)).toBe('2026-11-20T10:00:30Z–10:01Z');
  });
  test('offsets from the bake start otherwise', () => {
    expect(windowLabel({ windowSeconds: 300 }, 0)).toBe('+0m–+5m');
    expect(windowLabel({ windowSeconds: 300 }, 3)).toBe('+15m–+20m');
    expect(windowLabel({ windowSeconds: 300 }, 13)).toBe('+1h5m–+1h10m');
  });
  test('all the windows at once name each as windowLabel does', () => {
    const late = Date.parse('2026-11-20T23:50:00Z') / 1000;
    for (const clock of [
      { windowSeconds: 45, since: late },
      { windowSeconds: 7, since: late + 3 },
      { windowSeconds: 300 },
    ]) {
      const all = windowLabels(clock, 40);
      expect(all).toEqual(Array.from({ length: 40 }, (_, k) => windowLabel(clock, k)));
    }
    expect(windowLabels({ windowSeconds: 60, since }, 0)).toEqual([]);
  });
  test('all the windows at once, over days, years and odd clocks, name each as windowLabel does', () => {
    const clocks = [
      { windowSeconds: 15, since: Date.parse('2026-12-31T18:00:00Z') / 1000 },
      { windowSeconds: 7, since: Date.parse('2028-02-28T23:59:58Z') / 1000 },
      { windowSeconds: 86_399, since: 1 },
      { windowSeconds: 3601, since: 0 },
      { windowSeconds: 13, since: 253_402_300_799 - 2000 },
      // Past year 9999, fractional or negative times: the per-boundary Date path.
      { windowSeconds: 1, since: 253_402_300_799 - 5 },
      { windowSeconds: 0.5, since: since + 0.25 },
      { windowSeconds: 15, since: -100 },
    ];
    for (const clock of clocks) {
      expect(windowLabels(clock, 2000)).toEqual(
        Array.from({ length: 2000 }, (_, k) => windowLabel(clock, k)),
      );
    }
  });
});
