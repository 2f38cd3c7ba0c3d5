/**
 * The report artifact: report.json, summary.md and report.html written next to each other and
 * uploaded with @actions/artifact. A failed upload is a warning; the verdict does not depend on it.
 */
import * as log from './log.js';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadUndici } from './undici.js';

export interface ReportFiles {
  dir: string;
  json: string;
  markdown: string;
  html: string;
}

export function writeReportFiles(dir: string, json: string, markdown: string, html: string): ReportFiles {
  mkdirSync(dir, { recursive: true });
  const files = {
    dir,
    json: join(dir, 'report.json'),
    markdown: join(dir, 'summary.md'),
    html: join(dir, 'report.html'),
  };
  writeFileSync(files.json, json);
  writeFileSync(files.markdown, markdown);
  writeFileSync(files.html, html);
  return files;
}

/** A re-run attempt uploads under its own name: artifact names must be unique within a run. */
export function artifactName(base: string, env: NodeJS.ProcessEnv): string {
  const attempt = Number(env.GITHUB_RUN_ATTEMPT ?? '1');
  return attempt > 1 ? `${base}-attempt-${attempt}` : base;
}

export interface UploadedArtifact {
  name: string;
  id: number;
  url: string | null;
}

export async function uploadReport(
  name: string,
  files: ReportFiles,
  env: NodeJS.ProcessEnv = process.env,
): Promise<UploadedArtifact | null> {
  if (!env.ACTIONS_RUNTIME_TOKEN || !env.ACTIONS_RESULTS_URL) {
    log.warning(
      'Artifact upload skipped: not running in GitHub Actions (no ACTIONS_RUNTIME_TOKEN); the report is at ' +
        files.json,
    );
    return null;
  }
  try {
    // Imported only for an upload: @actions/artifact (Azure storage, zip, protobuf) is the bulk of the bundle.
    await loadUndici(); // before @actions/artifact: it loads @actions/github (src/github/undici.ts)
    const { DefaultArtifactClient } = await import('@actions/artifact');
    const client = new DefaultArtifactClient();
    const result = await client.uploadArtifact(name, [files.json, files.markdown, files.html], files.dir, {});
    if (result.id === undefined) throw new Error('the service returned no artifact id');
    const base = env.GITHUB_SERVER_URL || 'https://github.com';
    const url =
      env.GITHUB_REPOSITORY && env.GITHUB_RUN_ID
        ? `${base}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}/artifacts/${result.id}`
        : null;
    log.info(`Uploaded artifact ${name} (id ${result.id}, ${result.size ?? '?'} bytes)`);
    return { name, id: result.id, url };
  } catch (error) {
    log.warning(
      `Artifact upload failed: ${(error as Error).message.split('\n')[0]}; the report is at ${files.json}`,
    );
    return null;
  }
}
