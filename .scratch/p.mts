import { loadPolicy } from '/work/main/src/policy/load.js';
try { const p = loadPolicy(`version: 1
window: 5m
metrics:
  bad:
    query: rate(up)
stages:
  s: { bake: 10m, gates: { bad: "<= 1" } }
`, 'x.yml'); console.log('loaded', p.metrics.bad.query); } catch (e) { console.log('ERR', (e as Error).message); }
