/**
 * The live tests' service (../service/service.mjs) run as real processes, one per track, each with its
 * own port, behaviour switchable at run time through POST /control.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { stopChild } from '../../helpers/servers.js';

const SERVICE_FILE = fileURLToPath(new URL('../service/service.mjs', import.meta.url));

export interface Behaviour {
  latencyMs: number;
  jitterMs: number;
  errorRatio: number;
}

export interface ServiceProcess {
  service: string;
  track: 'stable' | 'canary';
  /** `127.0.0.1:PORT`, the scrape target. */
  target: string;
  url: string;
  /** Changes latency and error ratio while it runs. */
  control(change: Partial<Behaviour>): Promise<void>;
  /** SIGKILL, as a crashed or evicted pod: no goodbye, Prometheus just finds nothing to scrape. */
  kill(): Promise<void>;
  /** SIGTERM (then SIGKILL); safe to call after kill(). */
  stop(): Promise<void>;
}

export async function startService(
  service: string,
  track: 'stable' | 'canary',
  behaviour: Partial<Behaviour> = {},
): Promise<ServiceProcess> {
  const b = { latencyMs: 60, jitterMs: 20, errorRatio: 0, ...behaviour };
  const child = spawn(
    process.execPath,
    [
      SERVICE_FILE,
      `--service=${service}`,
      `--track=${track}`,
      `--latency-ms=${b.latencyMs}`,
      `--jitter-ms=${b.jitterMs}`,
      `--error-ratio=${b.errorRatio}`,
    ],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const port = await listeningPort(child);
  const url = `http://127.0.0.1:${port}`;
  return {
    service,
    track,
    target: `127.0.0.1:${port}`,
    url,
    control: async (change) => {
      const res = await fetch(`${url}/control`, {
        method: 'POST',
        body: JSON.stringify(change),
        signal: AbortSignal.timeout(5_000),
      });
      if (!res.ok) throw new Error(`${service}/${track} /control: HTTP ${res.status}`);
    },
    kill: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      child.kill('SIGKILL');
      await exited;
    },
    stop: () => stopChild(child),
  };
}

/** Resolves with the port the service prints once it listens (bounded: 15 s). */
function listeningPort(child: ChildProcess): Promise<number> {
  return new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`service did not start within 15 s: ${err}`));
    }, 15_000);
    child.stderr?.on('data', (d: Buffer) => (err = (err + d.toString()).slice(-2000)));
    child.stdout?.on('data', (d: Buffer) => {
      out += d.toString();
      const match = /listening (\d+)/.exec(out);
      if (match) {
        clearTimeout(timer);
        resolve(Number(match[1]));
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`service exited with ${code} before listening: ${err}`));
    });
  });
}
