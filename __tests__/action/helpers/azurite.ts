/**
 * Real Azure Blob storage for the artifact test: Azurite (npm, 3.35 runs on Node 20) on 127.0.0.1, in
 * memory, plus a fake Actions results service (Twirp CreateArtifact / FinalizeArtifact) that hands out
 * SAS upload URLs into it, as GitHub's service does.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer as createNetServer, connect } from 'node:net';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import {
  BlobSASPermissions,
  BlobServiceClient,
  generateBlobSASQueryParameters,
  StorageSharedKeyCredential,
} from '@azure/storage-blob';

/** Azurite's well-known development account (public, documented). */
const ACCOUNT = 'devstoreaccount1';
const KEY = 'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==';
const CONTAINER = 'actions-results';

async function freePort(): Promise<number> {
  const server = createNetServer();
  await new Promise<void>((res) => server.listen(0, '127.0.0.1', res));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((res) => server.close(() => res()));
  return port;
}

async function waitForPort(port: number, child: ChildProcess, log: () => string): Promise<void> {
  for (let i = 0; i < 300; i++) {
    if (child.exitCode !== null) throw new Error(`azurite exited with ${child.exitCode}: ${log()}`);
    const open = await new Promise<boolean>((res) => {
      const socket = connect(port, '127.0.0.1');
      socket.once('connect', () => (socket.destroy(), res(true)));
      socket.once('error', () => res(false));
    });
    if (open) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`azurite did not listen on ${port}: ${log()}`);
}

export interface ArtifactBackend {
  resultsUrl: string;
  runtimeToken: string;
  /** Twirp calls received, by method. */
  calls: { method: string; body: Record<string, unknown> }[];
  /** Status the results service answers with instead of working (null: work). */
  failWith: number | null;
  download(name: string): Promise<Buffer>;
  close(): Promise<void>;
}

export async function startArtifactBackend(): Promise<ArtifactBackend> {
  const port = await freePort();
  let output = '';
  const child = spawn(
    process.execPath,
    [
      resolve('node_modules/azurite/dist/src/blob/main.js'),
      '--blobHost',
      '127.0.0.1',
      '--blobPort',
      String(port),
      '--inMemoryPersistence',
      '--disableTelemetry',
      '--skipApiVersionCheck',
      '--loose',
      '--silent',
    ],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  child.stdout!.on('data', (d) => (output += d));
  child.stderr!.on('data', (d) => (output += d));
  await waitForPort(port, child, () => output);

  const blobEndpoint = `http://127.0.0.1:${port}/${ACCOUNT}`;
  const credential = new StorageSharedKeyCredential(ACCOUNT, KEY);
  const service = new BlobServiceClient(blobEndpoint, credential);
  const container = service.getContainerClient(CONTAINER);
  await container.createIfNotExists();

  const backend: ArtifactBackend = {
    resultsUrl: '',
    // The artifact client reads the run and job from the token's `scp` claim; the signature is not checked.
    runtimeToken: jwt({
      scp: 'Actions.GenericRead:run-1 Actions.Results:run-backend-1:job-backend-1',
      exp: 4102444800,
    }),
    calls: [],
    failWith: null,
    download: async (name) => container.getBlobClient(`${name}.zip`).downloadToBuffer(),
    close: async () => {},
  };
  let nextId = 5000;
  const server: Server = createServer(async (req, res) => {
    let text = '';
    for await (const chunk of req) text += chunk;
    const method = (req.url ?? '').split('/').pop() ?? '';
    const body = JSON.parse(text || '{}') as Record<string, unknown>;
    backend.calls.push({ method, body });
    const send = (status: number, data: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(data));
    };
    if (backend.failWith)
      return send(backend.failWith, { code: 'permission_denied', msg: 'results service says no' });
    if (req.headers.authorization !== `Bearer ${backend.runtimeToken}`)
      return send(401, { msg: 'bad token' });
    if (method === 'CreateArtifact') {
      const blobName = `${body.name}.zip`;
      const sas = generateBlobSASQueryParameters(
        {
          containerName: CONTAINER,
          blobName,
          permissions: BlobSASPermissions.parse('rcw'),
          expiresOn: new Date(Date.now() + 3600_000),
        },
        credential,
      ).toString();
      return send(200, { ok: true, signedUploadUrl: `${blobEndpoint}/${CONTAINER}/${blobName}?${sas}` });
    }
    if (method === 'FinalizeArtifact') return send(200, { ok: true, artifactId: String(nextId++) });
    send(404, { msg: 'unknown method' });
  });
  await new Promise<void>((res) => server.listen(0, '127.0.0.1', res));
  backend.resultsUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  backend.close = async () => {
    await new Promise<void>((res) => server.close(() => res()));
    child.kill('SIGTERM');
    if (child.exitCode === null) await new Promise((res) => child.once('exit', res));
  };
  return backend;
}

function jwt(claims: Record<string, unknown>): string {
  const part = (v: unknown) => Buffer.from(JSON.stringify(v)).toString('base64url');
  return `${part({ alg: 'HS256', typ: 'JWT' })}.${part(claims)}.${Buffer.from('not-checked').toString('base64url')}`;
}
