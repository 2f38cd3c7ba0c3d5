import { formatDuration, parseDuration } from '../../src/policy/duration.js';

describe('parseDuration', () => {
  test.each([
    ['30s', 30],
    ['5m', 300],
    ['1h', 3600],
    ['24h', 86400],
    ['1d', 86400],
    ['1h30m', 5400],
    ['1d2h3m4s', 93784],
    [' 10m ', 600],
  ])('%s is %d seconds', (text, seconds) => {
    expect(parseDuration(text)).toEqual({ ok: true, seconds });
  });

  test.each([
    ['5 minutes', 'write it as 5m'],
    ['300', 'add a unit, e.g. 300s or 300m'],
    ['1.5h', 'use whole numbers of units, e.g. 1h30m instead of 1.5h'],
    ['500ms', 'use whole seconds or more, e.g. 30s'],
    ['30m1h', 'write a whole number with a unit s, m, h or d, e.g. 30s, 5m, 1h30m, 1d'],
    ['', 'write a whole number with a unit s, m, h or d, e.g. 30s, 5m, 1h30m, 1d'],
    ['5w', 'write a whole number with a unit s, m, h or d, e.g. 30s, 5m, 1h30m, 1d'],
  ])('%j is rejected with fix %j', (text, fix) => {
    expect(parseDuration(text)).toEqual({ ok: false, message: `invalid duration "${text}"`, fix });
  });

  test.each([
    ['5M', 'write it as 5m (units are lower case, no spaces)'],
    ['1H30M', 'write it as 1h30m (units are lower case, no spaces)'],
    ['5 m', 'write it as 5m (units are lower case, no spaces)'],
  ])('%j is rejected with the spelling that works', (text, fix) => {
    expect(parseDuration(text)).toEqual({ ok: false, message: `invalid duration "${text}"`, fix });
  });

  test('a duration past the safe-integer range is too long, not a nonsense multiple', () => {
    expect(parseDuration('99999999999999999999999d')).toEqual({
      ok: false,
      message: 'invalid duration "99999999999999999999999d": too long',
      fix: 'give a duration such as 30m, 24h or 7d',
    });
  });

  test('zero is rejected', () => {
    expect(parseDuration('0m')).toMatchObject({
      ok: false,
      message: 'invalid duration "0m": must be longer than zero',
    });
  });
});

describe('formatDuration', () => {
  test.each([
    [30, '30s'],
    [300, '5m'],
    [5400, '1h30m'],
    [86400, '1d'],
    [93784, '1d2h3m4s'],
  ])('%d seconds is %s', (seconds, text) => {
    expect(formatDuration(seconds)).toBe(text);
    expect(parseDuration(text)).toEqual({ ok: true, seconds });
  });
});
