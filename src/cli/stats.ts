/**
 * `--stats`: where the time of a run went, phase by phase, with file counts and peak memory,
 * printed to stderr so that it never mixes with the report. The layout is one `name value
 * unit` row per line, stable enough for the benchmark (bench/) to read back.
 */
import fs from 'node:fs';
import { PerformanceObserver } from 'node:perf_hooks';
import type { LintResult } from '../result';

/** Garbage collection on the main thread so far: pauses in milliseconds and their number. */
export type GcTimes = () => { ms: number; count: number };

/**
 * Starts counting garbage collection pauses, from Node's `gc` performance entries. Node makes
 * each entry in an immediate after the pause, so the count is read once pending immediates have
 * run (after the run, see runCliAsync). V8's GC profiler (`v8.GCProfiler`) would count them
 * synchronously, but it raised the peak RSS it was asked to explain by 30 MB at 100k files.
 */
export function startGcTimes(): GcTimes {
  const observer = new PerformanceObserver(() => undefined);
  observer.observe({ entryTypes: ['gc'] });
  return () => {
    const entries = observer.takeRecords();
    observer.disconnect();
    return { ms: entries.reduce((sum, e) => sum + e.duration, 0), count: entries.length };
  };
}

export interface CliTimes {
  /** Process start to the CLI's first line: Node's start-up and loading the bundle. */
  startup: number;
  /** Finding, reading and validating the config file (and --print-config, --list-rules). */
  config: number;
  /** Rendering and writing the report. */
  report: number;
  /** Process start to now. */
  total: number;
  /** Garbage collection pauses of the run, when they were counted. */
  gc?: { ms: number; count: number };
}

/** Phases in the order a run goes through them, with what each covers. */
const PHASES: Array<[string, string]> = [
  ['startup', 'Node start-up and loading the CLI'],
  ['config', 'finding, reading and validating the config file'],
  ['policies', 'built-in and --policies catalogue'],
  ['discover', 'walking directories, claiming files by path'],
  ['read', 'reading claimed files'],
  ['detect', 'confirming the kind of a claimed file by its content'],
  ['parse', 'extracting facts from each file'],
  ['wait', 'the main thread waiting for worker threads'],
  ['model', 'node models: precedence, effective values'],
  ['evaluate', 'policies over node models'],
  ['suppress', 'inline suppressions and configured severities'],
  ['fix', 'checking declared fixes against the files'],
  ['report', 'formatting and writing the report'],
];

const ms = (n: number) => `${n.toFixed(1).padStart(9)} ms`;

/**
 * CPU time of the process (every thread: V8's own background threads for GC and compilation,
 * worker threads) and, on Linux, of the main thread alone: on a shared machine these compare
 * runs where wall time cannot, and the two together show what worker threads can gain.
 */
function cpuTimes(): string {
  const u = process.cpuUsage();
  const all = `all threads ${Math.round((u.user + u.system) / 1000)} ms`;
  try {
    // Fields 14 and 15 of /proc/<pid>/task/<tid>/stat: user and system time in clock ticks (100 per second on Linux).
    const stat = fs.readFileSync('/proc/thread-self/stat', 'utf8');
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return `${all}, main thread ${(Number(f[11]) + Number(f[12])) * 10} ms`;
  } catch {
    return all;
  }
}

export function formatStats(result: LintResult, cli: CliTimes): string {
  const t: Record<string, number> = { ...result.stats.timings, startup: cli.startup, config: cli.config, report: cli.report };
  const lines = ['sysctl-lint stats'];
  let accounted = 0;
  for (const [phase, what] of PHASES) {
    const v = t[phase] ?? 0;
    accounted += v;
    lines.push(`  ${phase.padEnd(10)}${ms(v)}  ${what}`);
  }
  // The workers' share of read, detect and parse ran beside the main thread, not in its time.
  lines.push(`  ${'other'.padEnd(10)}${ms(Math.max(0, cli.total - accounted + (result.stats.workerTime ?? 0)))}  everything between the phases`);
  lines.push(`  ${'total'.padEnd(10)}${ms(cli.total)}  process start to end of report`);
  // Pauses fall inside whichever phase was running: a share of the rows above, not one more row.
  if (cli.gc) lines.push(`  ${'gc'.padEnd(10)}${ms(cli.gc.ms)}  of the above: ${cli.gc.count} garbage collection pauses on the main thread`);
  const s = result.stats;
  lines.push(`  files     ${s.filesSeen ?? '?'} seen, ${s.filesConsidered} considered, ${s.filesLinted} linted, ${s.filesSkipped ?? '?'} skipped`);
  lines.push(`  nodes     ${s.nodes}`);
  const workers = (s.threads ?? 1) - 1;
  lines.push(`  threads   ${s.threads ?? 1}${workers ? ` (the main thread and ${workers} worker${workers > 1 ? 's' : ''}: read, detect and parse add up their time)` : ''}`);
  lines.push(`  findings  ${result.findings.length}`);
  lines.push(`  cpu       ${cpuTimes()}`);
  // maxRSS is in kilobytes (getrusage); resourceUsage exists since Node 12.6.
  lines.push(`  peak RSS  ${(process.resourceUsage().maxRSS / 1024).toFixed(1)} MB`);
  return lines.join('\n') + '\n';
}
