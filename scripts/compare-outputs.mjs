#!/usr/bin/env node
/**
 * Compares every output of the CLI between two builds, byte for byte: a refactoring must not
 * change what users see. Builds both sides from git (a revision, or the working tree), runs
 * each output format on the same inputs and prints every difference.
 *
 *   node scripts/compare-outputs.mjs                  # HEAD's parent against HEAD
 *   node scripts/compare-outputs.mjs --base main      # main against the working tree
 *   node scripts/compare-outputs.mjs --base A --head B [--bench 1000,3000] [--jobs N] [--keep]
 *   node scripts/compare-outputs.mjs --threads 1,2    # one build (the working tree), one thread against two
 *
 * Inputs: examples/, the policy and engine-rule test fixtures, the shared corpus when
 * ../shared is present, and benchmark trees made by bench/lib/generate.mjs (seeded, so the
 * same on every run). Commands: every report format (text, text with code frames, json,
 * sarif, github, junit, gitlab), --list-rules (text, json, markdown), `explain` of every listed rule (text,
 * json), --help and --print-config. Exit 0 when everything is identical, 1 otherwise.
 * Each side's sources come from the revision (or the working tree); the inputs always come
 * from the working tree, so both builds read the same files.
 *
 * `--threads A,B` compares thread modes instead: every lint command runs with `--threads A` on
 * the base side and `--threads B` on the head side. Without `--base` both sides are one build
 * (`--head`, default the working tree); with `--base` the builds differ as well.
 */
import { Buffer } from 'node:buffer';
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const argv = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : dflt;
};
const WORKTREE = 'WORKTREE';
const threadModes = opt('--threads', '').split(',').filter(Boolean);
if (threadModes.length !== 0 && threadModes.length !== 2) throw new Error('--threads takes two modes, such as 1,2 or off,auto');
/** Both sides are one build when only thread modes are compared. */
const oneBuild = threadModes.length === 2 && !argv.includes('--base');
const base = opt('--base', 'HEAD~1');
const head = opt('--head', argv.includes('--base') || oneBuild ? WORKTREE : 'HEAD');
/** Arguments each side adds to a lint command. */
const sideArgs = threadModes.length === 2 ? threadModes.map((m) => ['--threads', m]) : [[], []];
const benchSizes = opt('--bench', '1000,3000')
  .split(',')
  .filter(Boolean)
  .map(Number);
const keep = argv.includes('--keep');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'sysctl-lint-compare-'));

function git(...args) {
  return execFileSync('git', args, { cwd: root, encoding: 'utf8', maxBuffer: 256 << 20 }).trim();
}

/** Builds a revision (or the working tree) and returns the path of its cli.cjs. */
function buildSide(rev, name) {
  const out = path.join(tmp, name);
  fs.mkdirSync(out, { recursive: true });
  if (rev === WORKTREE) {
    execFileSync(process.execPath, [path.join(root, 'scripts/build.mjs'), '--outdir', path.join(out, 'dist')], { cwd: root, stdio: 'inherit' });
    return { cli: path.join(out, 'dist/cli.cjs'), label: 'working tree' };
  }
  const src = path.join(out, 'src-tree');
  fs.mkdirSync(src);
  const archive = execFileSync('git', ['archive', '--format=tar', rev], { cwd: root, maxBuffer: 1 << 30 });
  execFileSync('tar', ['-x', '-C', src], { input: archive });
  fs.symlinkSync(path.join(root, 'node_modules'), path.join(src, 'node_modules'));
  execFileSync(process.execPath, [path.join(src, 'scripts/build.mjs')], { cwd: src, stdio: 'inherit' });
  return { cli: path.join(src, 'dist/cli.cjs'), label: `${rev} (${git('rev-parse', '--short', rev)})` };
}

/** The input sets: name -> { cwd, paths, flags }. */
function inputSets() {
  const sets = [];
  sets.push({ name: 'examples', cwd: root, paths: ['examples'] });
  sets.push({ name: 'policy fixtures', cwd: root, paths: ['test/policies'] });
  sets.push({ name: 'engine-rule fixtures', cwd: root, paths: ['test/engine-rules'] });
  sets.push({ name: 'examples (kubernetes, kernel 6.1)', cwd: root, paths: ['examples'], flags: ['--node-role', 'kubernetes', '--kernel', '6.1'] });
  sets.push({ name: 'user repo with a config file', cwd: path.join(root, 'test/cli/fixtures/user-repo'), paths: ['.'] });
  // Every policy and engine-rule case as the test suite runs it (its .args: --root, --live-snapshot, context flags).
  for (const kind of ['policies', 'engine-rules']) {
    const dir = path.join(root, 'test', kind);
    for (const rule of fs.readdirSync(dir).sort()) {
      for (const which of ['valid', 'invalid']) {
        const cases = path.join(dir, rule, which);
        if (!fs.existsSync(cases)) continue;
        for (const c of fs.readdirSync(cases).sort()) {
          if (c.endsWith('.snap') || c.endsWith('.args')) continue;
          const argsFile = path.join(cases, `${c}.args`);
          const args = fs.existsSync(argsFile) ? fs.readFileSync(argsFile, 'utf8').trim().split(/\s+/).filter(Boolean) : [];
          const useRoot = args.includes('--root');
          const flags = args.filter((a) => a !== '--root');
          const target = `${which}/${c}`;
          sets.push({ name: `test/${kind}/${rule}/${target}`, cwd: path.join(dir, rule), paths: useRoot ? ['--root', target] : [target], flags, formats: which === 'invalid' ? ['json', 'text --code-frame'] : ['json'] });
        }
      }
    }
  }
  const corpus = path.resolve(root, '../shared/corpus/files');
  if (fs.existsSync(corpus)) {
    sets.push({ name: 'corpus', cwd: path.dirname(corpus), paths: ['files'] });
    sets.push({ name: 'corpus (kubernetes, kernel 5.15)', cwd: path.dirname(corpus), paths: ['files'], flags: ['--node-role', 'kubernetes', '--kernel', '5.15'] });
    for (const dir of fs.readdirSync(corpus).sort()) sets.push({ name: `corpus/${dir}`, cwd: corpus, paths: [dir], formats: ['json'] });
  } else process.stderr.write('compare-outputs: ../shared/corpus not found; the corpus is not compared\n');
  for (const files of benchSizes) {
    const dir = path.join(tmp, `bench-${files}`);
    sets.push({ name: `bench ${files} files`, cwd: dir, paths: ['repo'], generate: { dir, files, seed: 1 } });
  }
  return sets;
}

const REPORT_FORMATS = [['--format', 'text'], ['--format', 'text', '--code-frame'], ['--format', 'json'], ['--format', 'sarif'], ['--format', 'github'], ['--format', 'junit'], ['--format', 'gitlab']];

function run(cli, cwd, args) {
  const env = { ...process.env, SYSCTL_LINT_TODAY: '2026-06-01', NO_COLOR: '1' };
  for (const k of Object.keys(env)) if (k.startsWith('GITHUB_') || k === 'CI' || k === 'FORCE_COLOR') delete env[k];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cli, ...args], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    const out = [];
    const err = [];
    child.stdout.on('data', (d) => out.push(d));
    child.stderr.on('data', (d) => err.push(d));
    child.on('error', reject);
    child.on('close', (status) => resolve({ stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8'), status }));
  });
}

/** Runs `fn` over `items` with at most `limit` at a time, results in order. */
async function pool(items, limit, fn) {
  const results = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await fn(items[i]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

function firstDifference(a, b) {
  const la = a.split('\n');
  const lb = b.split('\n');
  for (let i = 0; i < Math.max(la.length, lb.length); i++) {
    if (la[i] !== lb[i]) return `line ${i + 1}:\n      - ${JSON.stringify(la[i] ?? '<end>').slice(0, 300)}\n      + ${JSON.stringify(lb[i] ?? '<end>').slice(0, 300)}`;
  }
  return 'same lines, different bytes';
}

async function main() {
  const headName = head === WORKTREE ? 'the working tree' : head;
  process.stderr.write(`compare-outputs: building ${oneBuild ? headName : `${base} and ${headName}`}\n`);
  const b = buildSide(head, 'head');
  const a = oneBuild ? { ...b } : buildSide(base, 'base');
  if (threadModes.length === 2) {
    a.label += ` --threads ${threadModes[0]}`;
    b.label += ` --threads ${threadModes[1]}`;
  }
  const commands = [];
  const sets = inputSets();
  for (const set of sets) {
    if (set.generate) {
      const { generateRepo } = await import(path.join(root, 'bench/lib/generate.mjs'));
      generateRepo(set.generate);
    }
    for (const format of set.formats ? set.formats.map((f) => ['--format', ...f.split(' ')]) : REPORT_FORMATS) commands.push({ label: `${set.name}: ${format.join(' ')}`, cwd: set.cwd, args: [...(set.flags ?? []), ...format, ...set.paths], lints: true });
  }
  // Node views (`show`, the HTML report) for the sets that are whole trees.
  for (const set of sets.filter((x) => x.name === 'examples' || x.name.startsWith('bench '))) {
    commands.push({ label: `${set.name}: show --format json`, cwd: set.cwd, args: ['show', '--format', 'json', ...set.paths], lints: true });
    commands.push({ label: `${set.name}: --format html`, cwd: set.cwd, args: ['--format', 'html', ...set.paths], lints: true });
  }
  for (const f of ['text', 'json', 'markdown']) commands.push({ label: `--list-rules --format ${f}`, cwd: root, args: ['--no-config', '--list-rules', '--format', f] });
  commands.push({ label: '--help', cwd: root, args: ['--help'] });
  commands.push({ label: '--print-config', cwd: root, args: ['--print-config'] });
  commands.push({ label: '--print-config (user repo)', cwd: path.join(root, 'test/cli/fixtures/user-repo'), args: ['--print-config'] });
  // Every rule either side lists, explained one at a time and all together.
  const listed = new Set();
  for (const side of [a, b]) for (const r of JSON.parse((await run(side.cli, root, ['--no-config', '--list-rules', '--format', 'json'])).stdout).rules) listed.add(r.id);
  const ids = [...listed].sort();
  for (const f of ['text', 'json']) commands.push({ label: `explain (all) --format ${f}`, cwd: root, args: ['--no-config', 'explain', ...ids, '--format', f] });
  for (const id of ids) commands.push({ label: `explain ${id}`, cwd: root, args: ['--no-config', 'explain', id] });

  const jobs = Number(opt('--jobs', String(os.availableParallelism?.() ?? os.cpus().length)));
  const outcomes = await pool(commands, jobs, async (c) => {
    const argsOf = (side) => (c.lints ? [...sideArgs[side], ...c.args] : c.args);
    const [x, y] = await Promise.all([run(a.cli, c.cwd, argsOf(0)), run(b.cli, c.cwd, argsOf(1))]);
    const diffs = [];
    if (x.status !== y.status) diffs.push(`exit ${x.status} -> ${y.status}`);
    if (x.stdout !== y.stdout) diffs.push(`stdout differs at ${firstDifference(x.stdout, y.stdout)}`);
    if (x.stderr !== y.stderr) diffs.push(`stderr differs at ${firstDifference(x.stderr, y.stderr)}`);
    return diffs;
  });
  let differences = 0;
  commands.forEach((c, i) => {
    const diffs = outcomes[i];
    if (!diffs.length) return;
    differences++;
    process.stdout.write(`DIFF  ${c.label}\n${diffs.map((d) => `    ${d}`).join('\n')}\n`);
  });
  process.stdout.write(`compare-outputs: ${a.label} vs ${b.label}: ${commands.length} commands, ${differences ? `${differences} with differences` : 'all byte-identical'}\n`);
  return differences ? 1 : 0;
}

try {
  process.exitCode = await main();
} finally {
  if (keep) process.stderr.write(`compare-outputs: kept ${tmp}\n`);
  else fs.rmSync(tmp, { recursive: true, force: true });
}
