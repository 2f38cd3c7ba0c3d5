/**
 * The Node a bench runs both sides with: BENCH_NODE=/path/to/node, else the Node running the bench. Node 24
 * (GitHub's runtime for actions, and the LTS line) has the compile cache the CLI turns on; Node 20 has none.
 */
import { spawnSync } from 'node:child_process';

export const NODE = process.env.BENCH_NODE ?? process.execPath;

export function nodeVersion(): string {
  return NODE === process.execPath
    ? process.version
    : spawnSync(NODE, ['--version'], { encoding: 'utf8' }).stdout.trim();
}
