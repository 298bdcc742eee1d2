/**
 * Did sysctl-lint find exactly the planted problems? Only problems the build under test can
 * find are expected: the file kind must be understood (asked of the CLI itself: a file named
 * explicitly that it does not understand is reported as sysctl-lint/unrecognized-file) and the
 * rule must exist in its catalogue (policies/). The others are "unsupported", not failures,
 * so the benchmark keeps working as sources are added; once a source lands its problems are
 * expected without any change here.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { PLANTS } from './plants.mjs';

const UNRECOGNIZED = 'sysctl-lint/unrecognized-file';

/** Rule ids of the catalogue the build was made from (policies/<area>/<id>.yaml). */
export function catalogueRuleIds(projectRoot) {
  const ids = new Set();
  const walk = (dir) => {
    for (const ent of fs.readdirSync(dir, { withFileTypes: true })) {
      if (ent.isDirectory()) {
        if (ent.name !== 'lists') walk(path.join(dir, ent.name));
      } else if (/\.ya?ml$/.test(ent.name)) ids.add(ent.name.replace(/\.ya?ml$/, ''));
    }
  };
  walk(path.join(projectRoot, 'policies'));
  return ids;
}

/**
 * Which file kinds the CLI understands: each kind's sample file (a planted one when there is
 * one) is named explicitly; `unrecognized-file` means the kind is not supported yet.
 */
export function probeSources(cli, repo, manifest) {
  const support = {};
  for (const kind of Object.keys(manifest.samples)) {
    if (kind === 'other') continue;
    const sample = manifest.problems.find((p) => p.source === kind)?.file ?? manifest.samples[kind];
    const r = spawnSync(process.execPath, [cli, '--format', 'json', '--fail-level', 'none', sample], { cwd: repo, encoding: 'utf8' });
    let results;
    try {
      results = JSON.parse(r.stdout).results;
    } catch {
      support[kind] = { supported: false, sample, note: `no JSON report (exit ${r.status}): ${(r.stderr || '').split('\n')[0]}` };
      continue;
    }
    const unrecognized = results.some((f) => f.ruleId === UNRECOGNIZED && f.file === sample);
    support[kind] = { supported: !unrecognized, sample };
  }
  return support;
}

const keyOf = (file, line, column, rule) => `${file}\0${line}\0${column}\0${rule}`;

/**
 * Compares findings (sysctl-lint --format json results) with the manifest. Returns per-rule
 * rows and the overall verdict.
 */
export function checkFindings(manifest, results, support, ruleIds) {
  const found = new Map();
  for (const f of results) found.set(keyOf(f.file, f.line, f.column, f.ruleId), f);
  const planted = new Set();
  const rows = new Map();
  const row = (rule, source) => {
    const id = `${rule}\0${source}`;
    if (!rows.has(id)) rows.set(id, { rule, source, planted: 0, expected: 0, found: 0, missing: 0, extra: 0, unsupported: 0, missingExamples: [], extraExamples: [] });
    return rows.get(id);
  };
  for (const p of manifest.problems) {
    const key = keyOf(p.file, p.line, p.column, p.rule);
    planted.add(key);
    const r = row(p.rule, p.source);
    r.planted++;
    const sourceOk = support[p.source]?.supported ?? false;
    const ruleOk = ruleIds.has(p.rule);
    if (!sourceOk || !ruleOk) {
      r.unsupported++;
      r.why = !sourceOk ? `${p.source} files not understood` : 'rule not in the catalogue';
      if (found.has(key)) r.found++;
      continue;
    }
    r.expected++;
    if (found.has(key)) r.found++;
    else {
      r.missing++;
      if (r.missingExamples.length < 3) r.missingExamples.push(`${p.file}:${p.line}:${p.column}`);
    }
  }
  for (const f of results) {
    if (planted.has(keyOf(f.file, f.line, f.column, f.ruleId))) continue;
    const r = row(f.ruleId, sourceOfFinding(f, manifest));
    r.extra++;
    if (r.extraExamples.length < 3) r.extraExamples.push(`${f.file}:${f.line}:${f.column} ${f.message}`);
  }
  const list = [...rows.values()].sort((a, b) => (a.source < b.source ? -1 : a.source > b.source ? 1 : a.rule < b.rule ? -1 : 1));
  const totals = list.reduce((t, r) => ({ planted: t.planted + r.planted, expected: t.expected + r.expected, found: t.found + r.found, missing: t.missing + r.missing, extra: t.extra + r.extra, unsupported: t.unsupported + r.unsupported }), { planted: 0, expected: 0, found: 0, missing: 0, extra: 0, unsupported: 0 });
  return { rows: list, totals, exact: totals.missing === 0 && totals.extra === 0 };
}

/** The kind of file a finding is in, from the manifest's plants and samples (else "unknown"). */
function sourceOfFinding(f, manifest) {
  const p = manifest.problems.find((x) => x.file === f.file);
  if (p) return p.source;
  if (/\/(etc|run|usr\/local\/lib|usr\/lib|lib)\/sysctl\.d\/|\/etc\/sysctl\.conf$/.test(f.file)) return 'sysctl-conf';
  return 'unknown';
}

/** What the peer found: Spectral results matched to planted YAML problems by file and rule. */
export function checkSpectral(manifest, spectralResults, repo) {
  const byPlant = {};
  const hits = new Set();
  const parseErrors = new Set();
  // Spectral reports real paths: the tree may lie behind a symbolic link (bench/out in a worktree).
  const real = fs.realpathSync(repo);
  for (const r of spectralResults) {
    const file = path.relative(r.source.startsWith(real + path.sep) ? real : repo, r.source).split(path.sep).join('/');
    if (r.code === 'parser') parseErrors.add(file);
    else hits.add(`${file}\0${r.code}`);
  }
  const seen = new Set();
  for (const p of manifest.problems) {
    const spec = PLANTS[p.plant];
    if (!spec.spectralRule || seen.has(`${p.file}\0${p.plant}`)) continue;
    seen.add(`${p.file}\0${p.plant}`);
    const b = (byPlant[p.plant] ??= { planted: 0, found: 0, inUnparsed: 0 });
    b.planted++;
    if (hits.has(`${p.file}\0${spec.spectralRule}`)) b.found++;
    else if (parseErrors.has(p.file)) b.inUnparsed++;
  }
  return { byPlant, parseErrors: parseErrors.size, results: spectralResults.length };
}
