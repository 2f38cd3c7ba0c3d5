/**
 * The floor under `cli evaluate` on a recording (bench/cold-start.ts bundles this with ncc, as the CLI is
 * bundled, and runs it the same way): the libraries the CLI must load to judge a recorded bake, each doing its
 * part once on the same files, and nothing else: Node's compile cache as the CLI turns it on, commander for the
 * arguments, yaml for the policy with positions, zod with the policy schema, Prometheus' lezer grammar for
 * each query, JSON.parse for the recording. What `cli evaluate` takes beyond this is canary-gate's own work.
 */
import '../src/util/compile-cache.js';
import { readFileSync } from 'node:fs';
import { parser } from '@prometheus-io/lezer-promql';
import { Command } from 'commander';
import { parseDocument } from 'yaml';
import { PolicyFileSchema } from '../src/policy/schema.js';

new Command()
  .requiredOption('--config <file>')
  .requiredOption('--stage <name>')
  .requiredOption('--metrics-file <file>')
  .action((opts: { config: string; metricsFile: string }) => {
    const policy = PolicyFileSchema.parse(parseDocument(readFileSync(opts.config, 'utf8')).toJS());
    for (const metric of Object.values(policy.metrics))
      if (metric.query) parser.parse(metric.query.replace(/\{\{[^}]*\}\}/g, '5m'));
    const recording = JSON.parse(readFileSync(opts.metricsFile, 'utf8')) as unknown;
    process.stdout.write(`${Object.keys(policy.metrics).length} metrics, ${typeof recording}\n`);
  })
  .parse(process.argv);
