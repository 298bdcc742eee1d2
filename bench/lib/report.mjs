/**
 * Writes BENCHMARKS.md and bench/time-vs-size.svg from one benchmark run. Everything with a
 * number in it is generated; the analysis that does not change from run to run is kept in
 * bench/notes.md and copied in.
 */
import fs from 'node:fs';
import path from 'node:path';
import { PLANTS } from './plants.mjs';
import { formatSeconds, logLogChart } from './svg.mjs';

/** Peak memory counts as flat when 100k and 300k files need at most this much more than 10k. */
export const FLAT_MEMORY_GROWTH = 1.1;

const ms = (v) => (v === undefined ? 'n/a' : v >= 10_000 ? `${(v / 1000).toFixed(1)} s` : v >= 1000 ? `${(v / 1000).toFixed(2)} s` : `${v.toFixed(v < 10 ? 1 : 0)} ms`);
const mb = (v) => (v === undefined || !v ? 'n/a' : `${v.toFixed(0)} MB`);
const x = (v) => (v === undefined || !Number.isFinite(v) ? 'n/a' : `${v.toFixed(v < 10 ? 2 : 1)}×`);
const yes = (b) => (b ? '**met**' : '**not met**');
/** The heading in bench/notes.md that sums up the targets not met. */
const TARGETS_SUMMARY = 'The targets in short';

function table(head, rows) {
  return [`| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
}

function readBaselines(benchDir) {
  const dir = path.join(benchDir, 'baselines');
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')));
}

export function targets(results) {
  const by = Object.fromEntries(results.sizes.map((s) => [s.label, s]));
  const out = [];
  const floor = ['1k', '10k'].filter((k) => by[k]).map((k) => ({ k, r: by[k].tools.lint.wallMs / by[k].tools.floor.wallMs, s: by[k] }));
  out.push({ id: 'floor', target: 'the 1k and 10k trees within 3× the floor', measured: floor.length ? floor.map((f) => `${f.k}: ${x(f.r)} (${ms(f.s.tools.lint.wallMs)} against ${ms(f.s.tools.floor.wallMs)})`).join(', ') : 'not measured', met: floor.length === 2 && floor.every((f) => f.r <= 3) });
  const sp = results.sizes.filter((s) => s.tools.spectral).map((s) => ({ label: s.label, r: s.tools.spectral.wallMs / s.tools.lint.wallMs }));
  out.push({ id: 'spectral', target: 'at least 10× faster than Spectral at 1k, 10k and 100k', measured: sp.map((s) => `${s.label}: ${x(s.r)}`).join(', ') || 'not measured', met: sp.length === 3 && sp.every((s) => s.r >= 10) });
  const pc = results.precommit;
  const over = [['without a config file', pc.lint], ['with one', pc.lintConfig]].filter(([, r]) => r).map(([what, r]) => ({ what, r, diff: r.wallMs - pc.node.wallMs }));
  out.push({ id: 'precommit', target: 'one small file, with and without a config file, within 50 ms of `node -e 0`', measured: over.map((o) => `${o.what} +${ms(o.diff)} (${ms(o.r.wallMs)} against ${ms(pc.node.wallMs)})`).join('; '), met: over.length === 2 && over.every((o) => o.diff <= 50) });
  const base = by['10k']?.tools.lint.rssMb;
  const big = ['100k', '300k'].filter((k) => by[k]).map((k) => ({ k, v: by[k].tools.lint.rssMb, floor: by[k].tools.floor.rssMb }));
  out.push({
    id: 'memory',
    target: `peak memory at 100k and 300k files within ${Math.round((FLAT_MEMORY_GROWTH - 1) * 100)} % of 10k`,
    measured: base && big.length ? `10k ${mb(base)}, ${big.map((b) => `${b.k} ${mb(b.v)} (${x(b.v / base)})`).join(', ')}; the floor: ${mb(by['10k'].tools.floor.rssMb)}, ${big.map((b) => mb(b.floor)).join(', ')}` : 'not measured',
    met: !!(base && big.length === 2 && big.every((b) => b.v / base <= FLAT_MEMORY_GROWTH)),
  });
  return out;
}

/** The tools table of one tree and where sysctl-lint's time went. */
function sizeTables(L, s) {
  const t = s.tools;
  const row = (name, r) => [name, String(r.runs), ms(r.wallMs), `${ms(r.minMs)} – ${ms(r.maxMs)}`, ms(r.cpuMs), mb(r.rssMb), x(r.wallMs / t.floor.wallMs), t.spectral ? x(t.spectral.wallMs / r.wallMs) : 'not run'];
  const rows = [row('floor: Node reads every file', t.floor), row('**sysctl-lint**', t.lint)];
  if (t.spectral) rows.push(row('Spectral (YAML files only)', t.spectral));
  L.push(table(['tool', 'runs', 'median wall', 'range', 'CPU (user+sys)', 'peak RSS', '÷ floor', 'Spectral ÷ tool'], rows));
  L.push('');
  const p = s.phases;
  const order = ['startup', 'config', 'policies', 'discover', 'read', 'detect', 'parse', 'model', 'evaluate', 'suppress', 'fix', 'report', 'other', 'total'];
  const fc = s.fileCounts;
  if (Object.keys(p).length) {
    L.push(`Where sysctl-lint's time goes (\`--stats\`, medians): ${order.filter((k) => p[k] !== undefined).map((k) => `${k} ${ms(p[k])}`).join(', ')}.${fc ? ` Files: ${fc.seen} seen, ${fc.linted} linted, ${fc.skipped} skipped.` : ''}`);
    L.push('');
  }
}

/** What Spectral found of the planted problems, on the largest tree it ran on. */
function spectralFindings(L, s) {
  L.push(`What Spectral found of the planted YAML problems at ${s.label} (matched by file and rule; Spectral reports multi-document YAML files as parse errors and skips them):`);
  L.push('');
  const sc = s.spectralCheck;
  L.push(table(['planted problem', 'planted', 'found by Spectral', 'in files Spectral could not parse'], Object.entries(sc.byPlant).map(([plant, b]) => [PLANTS[plant].what, String(b.planted), String(b.found), String(b.inUnparsed)])));
  L.push('');
  L.push(`Spectral reported ${sc.results} results at ${s.label}, ${sc.parseErrors} of them parse errors.`);
  L.push('');
}

/** `out`: { markdown, svg, svgLink (the SVG's path as the Markdown links it), json }. */
export function writeReport(results, { benchDir, out }) {
  const L = [];
  const m = results.machine;
  L.push('# Benchmarks');
  L.push('');
  L.push('<!-- Generated by `npm run bench` (bench/run.mjs); edit bench/notes.md or the generator, not this file. -->');
  L.push('');
  L.push(`Generated ${results.generated.slice(0, 16).replace('T', ' ')} UTC by \`npm run bench\` in ${(results.durationMs / 60000).toFixed(1)} minutes, on the build ${results.build}.`);
  L.push('');
  L.push('## Machine');
  L.push('');
  L.push(table(['CPU', 'cores', 'memory', 'Node', 'kernel', 'load average before / after'], [[m.cpu, String(m.cores), `${m.memoryGiB} GiB`, m.node, m.kernel, `${results.load.before.map((v) => v.toFixed(2)).join(' ')} / ${results.load.after.map((v) => v.toFixed(2)).join(' ')}`]]));
  L.push('');
  L.push(`Wall time is the median of several runs (the run count is in each table), measured around the child process; CPU time (user + system) and peak resident memory come from ${results.gnuTime ? 'GNU time (the kernel\'s rusage of the child)' : 'polling /proc/<pid>/status (VmHWM); CPU time is not available without GNU time'}. Runs of the three tools alternate round by round, after one warm-up run, so every tool sees a warm page cache and the same background load. Peers: Spectral ${results.spectralVersion} (\`@stoplight/spectral-cli\`, pinned in bench/package.json).`);
  L.push('');
  L.push('## Time against repository size');
  L.push('');
  L.push(`![time against repository size, log scales](${out.svgLink})`);
  L.push('');
  for (const s of results.sizes) {
    L.push(`### ${s.label}: ${s.files.toLocaleString('en')} files, ${(s.bytes / 2 ** 20).toFixed(1)} MiB`);
    L.push('');
    L.push(`Kinds: ${Object.entries(s.kinds).map(([k, n]) => `${k} ${n}`).join(', ')}. Tree ${s.generation.cached ? 'reused from bench/out (generated' : 'generated'} in ${ms(s.generation.ms)}${s.generation.cached ? ')' : ''}; this size took ${ms(s.benchMs)} to benchmark.`);
    L.push('');
    sizeTables(L, s);
  }
  if (results.gitTree) {
    const g = results.gitTree;
    const plain = results.sizes.find((s) => s.label === '10k');
    L.push("## The 10k tree in a git work tree (the Action's case)");
    L.push('');
    L.push("The GitHub Action lints a checked-out repository, where every walked entry is judged by the `.gitignore` files. The trees above lie in `bench/out/`, which this project's `.gitignore` ignores, and a directory named although git ignores it is walked with no rule applied below it. So the 10k tree is measured once more with its parent made a git work tree (an empty `.git`, and a `.gitignore` of ten common patterns that match none of its files).");
    L.push('');
    L.push(table(['tree', 'runs', 'floor', 'sysctl-lint', 'CPU (user+sys)', 'peak RSS', '÷ floor', 'discover (`--stats`)', 'planted found exactly'], [
      ...(plain ? [['10k (above)', String(plain.tools.lint.runs), ms(plain.tools.floor.wallMs), ms(plain.tools.lint.wallMs), ms(plain.tools.lint.cpuMs), mb(plain.tools.lint.rssMb), x(plain.tools.lint.wallMs / plain.tools.floor.wallMs), ms(plain.phases.discover), plain.check.exact ? 'yes' : 'no']] : []),
      ['10k in a git work tree', String(g.tools.lint.runs), ms(g.tools.floor.wallMs), ms(g.tools.lint.wallMs), ms(g.tools.lint.cpuMs), mb(g.tools.lint.rssMb), x(g.tools.lint.wallMs / g.tools.floor.wallMs), ms(g.phases.discover), g.check.exact ? 'yes' : `no (${g.check.totals.found} of ${g.check.totals.expected}, ${g.check.totals.extra} extra)`],
    ]));
    L.push('');
  }
  if (results.kinds?.length) {
    L.push('## Time per source kind');
    L.push('');
    L.push('Trees of one source kind each (`bench/lib/generate.mjs`, `mix`), so that the cost of one parser shows on its own: sysctl files in image trees, cloud-init user-data, application manifests, Helm values. sysctl-lint and the floor only.');
    L.push('');
    L.push(table(['kind', 'files', 'MiB', 'floor', 'sysctl-lint', 'CPU (user+sys)', 'peak RSS', '÷ floor', 'parse (`--stats`)', 'planted found exactly'], results.kinds.map((k) => [k.mix, k.files.toLocaleString('en'), (k.bytes / 2 ** 20).toFixed(1), ms(k.tools.floor.wallMs), ms(k.tools.lint.wallMs), ms(k.tools.lint.cpuMs), mb(k.tools.lint.rssMb), x(k.tools.lint.wallMs / k.tools.floor.wallMs), ms(k.phases.parse), k.check.exact ? 'yes' : `no (${k.check.totals.found} of ${k.check.totals.expected}, ${k.check.totals.extra} extra)`])));
    L.push('');
  }
  L.push('## Pre-commit: one small file');
  L.push('');
  const pc = results.precommit;
  const pcRow = (label, r) => [label, String(r.runs), ms(r.wallMs), `${ms(r.minMs)} – ${ms(r.maxMs)}`, ms(r.cpuMs), mb(r.rssMb), `+${ms(r.wallMs - pc.node.wallMs)}`];
  L.push(table(['command', 'runs', 'median wall', 'range', 'CPU (user+sys)', 'peak RSS', 'over `node -e 0`'], [
    ['`node -e 0`', String(pc.node.runs), ms(pc.node.wallMs), `${ms(pc.node.minMs)} – ${ms(pc.node.maxMs)}`, ms(pc.node.cpuMs), mb(pc.node.rssMb), '–'],
    pcRow('`sysctl-lint --version`', pc.version),
    pcRow('`sysctl-lint etc/sysctl.d/60-tuning.conf`', pc.lint),
    ...(pc.lintConfig ? [pcRow('the same, with a `.sysctl-lint.yaml`', pc.lintConfig)] : []),
    ...(pc.lintFirst ? [pcRow('the same, first run: no compile cache yet', pc.lintFirst)] : []),
  ]));
  L.push('');
  if (pc.lintFirst) {
    L.push('Every run but the first uses the compile cache the first one wrote (README, "Start-up"); the benchmark warms it with one round before measuring. The first-run row starts each run with an empty cache directory, as the first run after an install or upgrade does, and includes writing the cache.');
    L.push('');
  }
  L.push('## Did sysctl-lint find exactly the planted problems?');
  L.push('');
  L.push('The generator plants known problems at fixed rates and records each (file, line, column, rule) in bench/out/<size>/manifest.json. A problem counts as expected when the build understands its kind of file (asked of the CLI: a file named explicitly that it does not understand is reported as `sysctl-lint/unrecognized-file`) and its rule is in the catalogue; otherwise it is *unsupported*, which is not a failure. *Extra* is any finding the manifest does not list.');
  L.push('');
  L.push(table(['size', 'planted', 'expected', 'found', 'missing', 'extra', 'unsupported', 'verdict'], results.sizes.map((s) => {
    const c = s.check.totals;
    return [s.label, String(c.planted), String(c.expected), String(c.found), String(c.missing), String(c.extra), String(c.unsupported), s.check.exact ? 'exact' : '**mismatch**'];
  })));
  L.push('');
  const largest = results.sizes[results.sizes.length - 1];
  if (largest) {
    L.push(`Per rule at ${largest.label} (file kinds understood by this build: ${Object.entries(largest.support).map(([k, v]) => `${k} ${v.supported ? 'yes' : 'no'}`).join(', ')}):`);
    L.push('');
    L.push(table(['rule', 'file kind', 'planted', 'found', 'missing', 'extra', 'status'], largest.check.rows.map((r) => [`\`${r.rule}\``, r.source, String(r.planted), String(r.found), String(r.missing), String(r.extra), r.unsupported === r.planted && r.planted > 0 ? `unsupported (${r.why})` : r.missing || r.extra ? `**mismatch**${r.missingExamples.length ? ` missing e.g. ${r.missingExamples[0]}` : ''}${r.extraExamples.length ? ` extra e.g. ${r.extraExamples[0]}` : ''}` : 'ok'])));
    L.push('');
    const withSpectral = [...results.sizes].reverse().find((s) => s.spectralCheck);
    if (withSpectral) spectralFindings(L, withSpectral);
  }
  const baselines = readBaselines(benchDir);
  if (baselines.length) {
    L.push('## Other builds, same harness');
    L.push('');
    L.push('Other builds, or the same code again, measured with `node bench/run.mjs --build DIR --out DIR` on the same trees (bench/baselines/; each measured once, at the time shown, so the machine and its background load differ between rows), next to this run:');
    L.push('');
    const row = (label, r) => {
      const by = Object.fromEntries(r.sizes.map((s) => [s.label, s]));
      const cell = (k) => (by[k] ? `${ms(by[k].tools.lint.wallMs)} (${x(by[k].tools.lint.wallMs / by[k].tools.floor.wallMs)})` : 'n/a');
      const sp = (k) => (by[k]?.tools.spectral ? x(by[k].tools.spectral.wallMs / by[k].tools.lint.wallMs) : 'n/a');
      const mem = by['10k'] && by['100k'] ? `${mb(by['10k'].tools.lint.rssMb)} → ${mb(by['100k'].tools.lint.rssMb)}` : 'n/a';
      const pc = r.precommit ? `+${ms(r.precommit.lint.wallMs - r.precommit.node.wallMs)}` : 'n/a';
      return [label, r.generated.slice(0, 16).replace('T', ' '), cell('1k'), cell('10k'), cell('100k'), `${sp('1k')} / ${sp('10k')} / ${sp('100k')}`, mem, pc];
    };
    L.push(table(['build', 'measured (UTC)', '1k (÷ floor)', '10k (÷ floor)', '100k (÷ floor)', 'Spectral ÷ sysctl-lint 1k / 10k / 100k', 'peak RSS 10k → 100k', 'pre-commit over `node -e 0`'], [...baselines.map((b) => row(b.label, b)), row(`**this run** (${results.build})`, results)]));
    L.push('');
  }
  L.push('## Targets');
  L.push('');
  const goals = targets(results);
  L.push(table(['target', 'measured', 'status'], goals.map((t) => [t.target, t.measured, yes(t.met)])));
  L.push('');
  const notesFile = path.join(benchDir, 'notes.md');
  const notes = fs.existsSync(notesFile) ? fs.readFileSync(notesFile, 'utf8').trim() : undefined;
  // The issue's rule for a target not met: say what was tried and why the gap stays.
  if (goals.some((t) => !t.met) && notes?.includes(`### ${TARGETS_SUMMARY}`)) {
    L.push(`For each target not met, "${TARGETS_SUMMARY}" in the analysis below says what was tried, with the numbers measured, and why the gap does not close on this design.`);
    L.push('');
  }
  if (notes) L.push(notes, '');
  fs.writeFileSync(out.markdown, L.join('\n'));

  const series = (key, name, color, dash) => ({ name, color, dash, points: results.sizes.filter((s) => s.tools[key]).map((s) => [s.files, s.tools[key].wallMs / 1000]) });
  const svg = logLogChart({
    title: 'Wall time against repository size (median; lower is better)',
    yLabel: 'wall time',
    formatY: formatSeconds,
    series: [series('spectral', 'Spectral', '#d62728'), series('lint', 'sysctl-lint', '#1f77b4'), series('floor', 'floor (read every file)', '#7f7f7f', '6 4')],
  });
  fs.writeFileSync(out.svg, svg);
}
