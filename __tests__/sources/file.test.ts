import { readFileSync } from 'node:fs';
import { loadMetricsFile } from '../../src/sources/file.js';
import { loadPolicy } from '../../src/policy/load.js';
import { InputError } from '../../src/util/errors.js';

const policyPath = 'examples/tsfm/policy.yml';
const policy = loadPolicy(readFileSync(policyPath, 'utf8'), policyPath);
const canary5 = policy.stages.canary_5;
const corpus = '__tests__/sources/corpus';

function load(text: string, stage = canary5) {
  return loadMetricsFile(text, 'm.json', policy, stage);
}

describe('file source', () => {
  test('reads the runbook example: one unlabelled series per metric, no start', () => {
    const text = readFileSync('examples/tsfm/metrics/runbook-example.json', 'utf8');
    const data = load(text);
    expect(data.windowsExpected).toBe(6);
    expect(data.windowsObserved).toBe(6);
    expect(data.since).toBeUndefined();
    expect(data.metrics.p95_latency_ms.series).toEqual([
      { labels: {}, values: [240, 260, 255, 250, 245, 252] },
    ]);
  });

  test('a file longer than the bake is judged on its first N windows', () => {
    const data = load(readFileSync('examples/tsfm/metrics/pass.json', 'utf8'));
    expect(data.windowsObserved).toBe(6);
    expect(data.metrics.error_rate.series[0].values).toHaveLength(6);
    expect(data.since).toBe(Date.parse('2026-11-20T10:00:00Z') / 1000);
  });

  test('a shorter file leaves the later windows unobserved', () => {
    const data = load(
      JSON.stringify({ window_minutes: 5, metrics: { error_rate: [0.001, 0.002] } }),
      policy.stages.canary_25,
    );
    expect(data.windowsExpected).toBe(12);
    expect(data.windowsObserved).toBe(2);
    expect(data.metrics.error_rate.series[0].values.slice(0, 3)).toEqual([0.001, 0.002, null]);
  });

  test('null is a missing window; metrics absent from the file have no series; baseline is kept', () => {
    const data = load(
      JSON.stringify({
        window_minutes: 5,
        metrics: { error_rate: [0.001, null] },
        baseline: { error_rate: [0.002, 0.003] },
      }),
    );
    expect(data.metrics.error_rate.series[0].values.slice(0, 2)).toEqual([0.001, null]);
    expect(data.metrics.error_rate.baseline?.[0].values.slice(0, 2)).toEqual([0.002, 0.003]);
    expect(data.metrics.fallback_rate.series).toEqual([]);
  });

  const expected: { file: string; message: string }[] = JSON.parse(
    readFileSync(`${corpus}/expected.json`, 'utf8'),
  );
  test.each(expected)('$file is refused with the place and a fix', ({ file, message }) => {
    const text = readFileSync(`${corpus}/${file}`, 'utf8');
    let caught: unknown;
    try {
      loadMetricsFile(text, file, policy, canary5);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(InputError);
    const text1 = (caught as Error).message;
    expect(text1.startsWith(message)).toBe(true);
    expect(text1).toMatch(/\(fix: .+\)$/);
    expect(text1).not.toContain('\n');
  });
});
