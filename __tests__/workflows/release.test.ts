/**
 * The release line: a release workflow on version tags that checks dist/, publishes notes from CHANGELOG.md
 * and moves the major tag; the changelog follows Keep a Changelog; LICENSE, Dependabot and .gitattributes.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
// @ts-expect-error a plain .mjs script without types
import { changelogSection } from '../../scripts/changelog-notes.mjs';
import { ROOT, readText, readYaml, type Yaml } from './workflow-files.js';

const release = readYaml('.github/workflows/release.yml');
const steps = release.jobs.release.steps as Yaml[];
const runs = steps.map((s) => s.run ?? '').join('\n');
const changelog = readText('CHANGELOG.md');
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));

test('runs on v*.*.* tags with contents: write for the release job only', () => {
  expect(release.on).toEqual({ push: { tags: ['v*.*.*'] } });
  expect(release.permissions).toEqual({ contents: 'read' });
  expect(release.jobs.release.permissions).toEqual({ contents: 'write' });
});

test('checks the tag against package.json and dist/ against a fresh build before publishing', () => {
  const order = ['package.json', 'git diff --exit-code -- dist/', 'changelog-notes.mjs', 'gh release create'];
  const at = order.map((text) => steps.findIndex((s) => String(s.run ?? '').includes(text)));
  expect(at.every((i) => i >= 0)).toBe(true);
  expect([...at].sort((a, b) => a - b)).toEqual(at);
  expect(runs).toContain('--notes-file');
});

test('moves the major tag (not for pre-releases) through the API', () => {
  const move = steps.find((s) => s.name === 'Move the major tag');
  expect(move.if).toContain("!contains(github.ref_name, '-')");
  expect(move.run).toContain('major="${TAG%%.*}"');
  expect(move.run).toMatch(/git\/refs\/tags\/\$major" -f sha="\$GITHUB_SHA" -F force=true/);
});

describe('CHANGELOG.md (Keep a Changelog)', () => {
  test('has an Unreleased section and one per released version, newest first, with link references', () => {
    const versions = [...changelog.matchAll(/^## \[([^\]]+)\]/gm)].map((m) => m[1]);
    expect(versions[0]).toBe('Unreleased');
    expect(versions).toContain(pkg.version);
    for (const v of versions)
      expect(changelog).toMatch(new RegExp(`^\\[${v.replace(/\./g, '\\.')}\\]: https://`, 'm'));
    for (const m of changelog.matchAll(/^## \[(\d[^\]]*)\] - (.*)$/gm))
      expect(m[2]).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  test('the notes of a version are its section only, without link references', () => {
    const notes: string = changelogSection(changelog, pkg.version);
    expect(notes).toMatch(/^### Added/);
    expect(notes).not.toMatch(/^## /m);
    expect(notes).not.toMatch(/^\[[^\]]+\]: /m);
    expect(changelogSection(changelog, '99.0.0')).toBeNull();
    expect(changelogSection('## [1.0.0] - 2026-01-01\n\n## [0.9.0]\n- x\n', '1.0.0')).toBeNull();
  });
});

test('LICENSE is the MIT license package.json names; dependabot covers npm and the actions', () => {
  expect(pkg.license).toBe('MIT');
  expect(readText('LICENSE')).toMatch(/^MIT License\n/);
  const dependabot = readYaml('.github/dependabot.yml');
  expect(dependabot.version).toBe(2);
  expect(dependabot.updates.map((u: Yaml) => u['package-ecosystem']).sort()).toEqual([
    'github-actions',
    'npm',
  ]);
  const actions = dependabot.updates.find((u: Yaml) => u['package-ecosystem'] === 'github-actions');
  expect(actions.directories).toEqual(expect.arrayContaining(['/', '/workflows']));
});

test('.gitattributes marks dist/ generated; the build writes the bundled licenses', () => {
  expect(readText('.gitattributes')).toMatch(/^dist\/\*\* linguist-generated=true$/m);
  // Every bundled package, whichever chunk of either entry holds it (the main chunks' included).
  const licenses = '\n\n' + readText('dist/licenses.txt');
  for (const pkg of ['@actions/artifact', '@actions/core', 'commander', 'undici', 'yaml', 'zod'])
    expect(licenses).toContain(`\n\n${pkg}\n`);
  expect(existsSync(join(ROOT, 'scripts/changelog-notes.mjs'))).toBe(true);
});
