/**
 * Command-line parsing with node:util parseArgs (Node 18 compatible: no allowNegative, so
 * `--no-color` and friends are declared as flags of their own).
 */
import { parseArgs } from 'node:util';
import type { NodeRole } from '../model/types';
import { REPORTERS } from '../reporters/index';
import { isHttpUrl } from '../core/url';
import { closestNames, didYouMean } from '../rules/suggest';

type FailLevel = 'error' | 'warning' | 'info' | 'none';

export interface CliOptions {
  paths: string[];
  format: string;
  outputFile?: string;
  root?: string;
  policies: string[];
  kernel?: string;
  kubernetesVersion?: string;
  nodeRole?: NodeRole;
  nodePortRange?: string;
  applier: 'systemd' | 'procps' | 'both';
  kubeProxyMode?: 'iptables' | 'ipvs' | 'nftables';
  failLevel: FailLevel;
  maxWarnings: number;
  quiet: boolean;
  color?: boolean;
  codeFrame: boolean;
  /** Print where the time went (per phase), file counts and peak memory to stderr. */
  stats: boolean;
  /** Base URL of the rules reference that reports link to (default: this version's docs/rules.md). */
  docsBaseUrl?: string;
  /** A path or glob that matches nothing to lint is not an error. */
  allowUnmatched: boolean;
  /** Hide the findings this baseline file records. */
  baseline?: string;
  /** Record every current finding in this baseline file. */
  writeBaseline?: string;
  /** Rewrite --baseline without its stale entries. */
  pruneBaseline: boolean;
  /** Lint standard input (`-` or `--stdin`). */
  fromStdin: boolean;
  /** With stdin: the path the text is reported at and judged as. */
  stdinFilename?: string;
  help: boolean;
  version: boolean;
  // --- delivery and live values ---
  /** `--format github`: annotations per severity (default 10). */
  maxAnnotations?: number;
  /** Lint the running kernel's values (/proc/sys). */
  live: boolean;
  /** Where /proc is (tests use a fake tree); default /proc. */
  procRoot?: string;
  /** `sysctl -a` output to lint as a live node. */
  liveSnapshot?: string;
  // --- user control: config file, rule documentation ---
  /** --config FILE (default: .sysctl-lint.yaml found upward). */
  config?: string;
  noConfig: boolean;
  printConfig: boolean;
  listRules: boolean;
  /** Options given on the command line (long names), to tell them from defaults. */
  explicit: string[];
  /** Files larger than this many bytes are reported, not analysed. */
  maxFileSize?: number;
  /**
   * Threads that read, detect and extract files: `auto` (absent) decides from the tree's size,
   * 1 keeps everything on the main thread, N uses N threads whatever the size.
   */
  threads?: number | 'auto';
  /** Print the stack of an internal error (read by bin.ts from argv, before parsing). */
  debug: boolean;
  // --- fixes ---
  /** Apply the safe fixes to the files (atomically), then report what remains. */
  fix: boolean;
  /** Print the safe fixes as a unified diff; change nothing. */
  fixDryRun: boolean;
  /** `show --key GLOB`: only these keys. */
  keys: string[];
  /** `show --diff A B`: compare two nodes. */
  diff: boolean;
}

export class UsageError extends Error {}

export const HELP = `Usage: sysctl-lint [options] [path ...]
       sysctl-lint [options] - [--stdin-filename <path>]

Lints the kernel settings of Linux node images with declarative policies: sysctl.conf and
sysctl.d files, cloud-init user-data, Kubernetes manifests and Helm values, kube-proxy and
kubeadm configuration. Findings point at the exact line and column of each key.

Paths are files, directories (walked for the files above; others are skipped quietly) or globs
('images/*/rootfs/etc', '**/sysctl.d': quote them). A path that matches nothing to lint is an error.
- lints standard input.

Output:
  -f, --format <name>          text (default), json, sarif (GitHub code scanning), github (annotations + job summary),
                               html (a self-contained page for CI artifacts), junit (JUnit XML: Jenkins, GitLab and
                               Azure test tabs) or gitlab (GitLab Code Quality)
  -o, --output-file <file>     write the report to a file instead of stdout
      --code-frame             show the offending line under each finding (text)
      --color, --no-color      force colour on or off (default: on for a terminal; NO_COLOR, FORCE_COLOR)
  -q, --quiet                  report errors only
      --max-annotations <n>    --format github: annotations per severity before a summary notice (default: 10)
      --docs-base-url <url>    where reports link rule documentation (default: docs/rules.md of this version)

Fixes:
      --fix                    apply the safe fixes policies declare (atomic writes), then report what remains
      --fix-dry-run            print the safe fixes as a unified diff and change nothing (exit 1 when there are any)

Exit status:
      --fail-level <level>     error | warning | info | none: lowest severity that fails the run (default: warning)
      --max-warnings <n>       also fail when there are more than n warnings (default: -1, no limit)

Context (unknown context never silences a finding that is dangerous on current systems):
      --kernel <X.Y[.Z]>       kernel version of the node
      --kubernetes-version <X.Y>
      --node-role <role>       kubernetes | generic (default: inferred, else unknown)
      --node-port-range <A-B>  NodePort range of the cluster (default: 30000-32767)
      --applier <name>         systemd | procps | both (default: both)
      --kube-proxy-mode <mode> iptables | ipvs | nftables (default: read from the linted files, else unknown)

Inputs:
      --root <dir>             lint <dir> as a complete root filesystem (a mounted image)
      --policies <dir>         load extra policies from <dir> (repeatable)
      --live                   also lint the running kernel's values (/proc/sys) and report drift from the files
      --proc-root <dir>        where proc is mounted for --live (default: /proc)
      --live-snapshot <file>   lint the output of \`sysctl -a\` saved in <file> as the node's live values
      --max-file-size <size>   larger files are reported, not analysed (default: 10M; suffix K or M)
  -,  --stdin                  lint standard input (one text; no other paths)
      --stdin-filename <path>  report standard input as <path>, judged as that file (kind, config overrides)
      --no-error-on-unmatched-pattern
                               a path or glob with nothing to lint is not an error

Baseline (adopting sysctl-lint on an existing repository):
      --write-baseline <file>  record every current finding in <file> (and report none of them)
      --baseline <file>        report only findings <file> does not record; count its stale entries
      --prune-baseline         with --baseline: remove the entries that match nothing any more

Configuration (flags win over the config file, the config file over defaults):
  -c, --config <file>          use this config file (default: .sysctl-lint.yaml or .sysctl-lint.yml in the
                               working directory or a parent, up to the repository root)
      --no-config              ignore config files
      --print-config           print the resolved configuration and where each value comes from

Rules:
      --list-rules             list every rule with its default severity and the context it needs
                               (--format text, json or markdown)
  sysctl-lint explain <rule>   rationale, fix, references and a tested example of a rule

Effective settings:
  sysctl-lint show [path ...]  every key of each node with its final value under systemd-sysctl and
                               procps, the line that set it and the lines it overrode
      --key <glob>             only these keys (repeatable; net.ipv4.*, net.**)
      --diff <a> <b>           compare the node of path a with the node of path b, or with the running
                               kernel (--live) or a snapshot (--live-snapshot) when only a is given
      --format <name>          text (default), json or markdown

Suppress a finding with a reason on the line above it (or for a whole file, with disable):
  # sysctl-lint disable-next-line <rule>[, <rule>] [until=YYYY-MM-DD] -- <reason>

Performance:
      --threads <n|auto|off>   threads that read and parse files (default: auto: one on two cores or fewer,
                               else up to 3 for trees of 500 inputs or more; off or 1: one; n: the main
                               thread and n-1 workers)

Diagnostics:
      --stats                  print time per phase, file counts and peak memory to stderr
      --debug                  print the stack trace of an internal error

  -h, --help                   show this help
  -v, --version                show the version

Exit codes: 0 no finding at or above the fail level, 1 findings, 2 usage, configuration or internal error.
`;

function oneOf<T extends string>(name: string, value: string | undefined, allowed: readonly T[]): T | undefined {
  if (value === undefined) return undefined;
  if (!(allowed as readonly string[]).includes(value)) throw new UsageError(`--${name} must be one of ${allowed.join(', ')} (got "${value}")${didYouMean(value, allowed)}`);
  return value as T;
}

/**
 * The largest `--max-file-size`: a JavaScript string holds at most about 512 million UTF-16
 * units, and one file's text, facts and report must fit in a CI runner's memory.
 */
const MAX_FILE_SIZE_CEILING = 256 * 1024 * 1024;

/** A byte count such as `4096`, `512K`, `20M` or `20MB` (K = 1024 bytes). */
function parseSize(name: string, value: string, ceiling: number): number {
  const m = /^(\d{1,12})\s*([kKmM]?)[bB]?$/.exec(value.trim());
  if (!m) throw new UsageError(`--${name} must be a size such as 512K or 20M (got "${value}")`);
  const n = Number(m[1]) * (m[2] === '' ? 1 : /k/i.test(m[2] as string) ? 1024 : 1024 * 1024);
  if (n < 1 || n > ceiling) throw new UsageError(`--${name} must be between 1 byte and ${ceiling / 1024 / 1024}M (got "${value}")`);
  return n;
}

/** More threads than this only add start-up time and memory: the work per file is small. */
const MAX_THREADS = 16;

/** `--threads auto|off|N` (ESLint's `--concurrency` takes the same words). */
function parseThreads(value: string | undefined): number | 'auto' | undefined {
  if (value === undefined || value === 'auto') return value;
  if (value === 'off') return 1;
  if (!/^\d{1,3}$/.test(value) || Number(value) < 1 || Number(value) > MAX_THREADS) throw new UsageError(`--threads must be auto, off or a number of threads from 1 to ${MAX_THREADS} (got "${value}")`);
  return Number(value);
}

/** The command line's options, as node:util parseArgs declares them. */
const OPTIONS = {
  format: { type: 'string', short: 'f' },
  'output-file': { type: 'string', short: 'o' },
  root: { type: 'string' },
  policies: { type: 'string', multiple: true },
  kernel: { type: 'string' },
  'kubernetes-version': { type: 'string' },
  'node-role': { type: 'string' },
  'node-port-range': { type: 'string' },
  applier: { type: 'string' },
  'kube-proxy-mode': { type: 'string' },
  'fail-level': { type: 'string' },
  'max-warnings': { type: 'string' },
  quiet: { type: 'boolean', short: 'q' },
  color: { type: 'boolean' },
  'no-color': { type: 'boolean' },
  'code-frame': { type: 'boolean' },
  stats: { type: 'boolean' },
  'docs-base-url': { type: 'string' },
  'no-error-on-unmatched-pattern': { type: 'boolean' },
  stdin: { type: 'boolean' },
  baseline: { type: 'string' },
  'write-baseline': { type: 'string' },
  'prune-baseline': { type: 'boolean' },
  'stdin-filename': { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
  // --- delivery and live values ---
  live: { type: 'boolean' },
  'proc-root': { type: 'string' },
  'live-snapshot': { type: 'string' },
  'max-annotations': { type: 'string' },
  // user control
  config: { type: 'string', short: 'c' },
  'no-config': { type: 'boolean' },
  'print-config': { type: 'boolean' },
  'list-rules': { type: 'boolean' },
  'max-file-size': { type: 'string' },
  threads: { type: 'string' },
  debug: { type: 'boolean' },
  fix: { type: 'boolean' },
  'fix-dry-run': { type: 'boolean' },
  // sysctl-lint show
  key: { type: 'string', multiple: true },
  diff: { type: 'boolean' },
} as const satisfies Record<string, { type: 'string' | 'boolean'; short?: string; multiple?: boolean }>;

/** An option name as typed: `--name`, or `-x` for a short one. */
const OPTION_NAMES = Object.keys(OPTIONS).map((n) => `--${n}`);

/**
 * One clear line for what node:util parseArgs rejects (its own messages explain `--` syntax),
 * with the closest known options for a mistyped one.
 */
function usageErrorOf(e: unknown): UsageError {
  const err = e as { code?: string; message?: string };
  const msg = err.message ?? String(e);
  // The option as typed (`'--kernal=5'`), or as declared (`'-f, --format <value>'`: the long name).
  const quoted = /'([^']*)'/.exec(msg)?.[1] ?? '';
  const named = /--[\w-]+/.exec(quoted)?.[0] ?? quoted.split(/[ ,]/)[0] ?? '';
  if (err.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
    const typed = named.split('=')[0] ?? named;
    const near = closestNames(typed.replace(/^-+/, '--'), OPTION_NAMES);
    return new UsageError(`unknown option ${typed}${near.length ? `; did you mean ${near.join(', ')}?` : ''}`);
  }
  if (err.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    if (/argument missing/.test(msg)) return new UsageError(`${named} needs a value`);
    if (/does not take an argument/.test(msg)) return new UsageError(`${named} takes no value`);
  }
  return new UsageError(msg.split('. ')[0] ?? msg);
}

export function parseCli(argv: string[]): CliOptions {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: OPTIONS,
    });
  } catch (e) {
    throw usageErrorOf(e);
  }
  const v = parsed.values;
  const format = v.format ?? 'text';
  const show = parsed.positionals[0] === 'show';
  if (show && !['text', 'json', 'markdown'].includes(format)) throw new UsageError(`show: --format must be one of text, json, markdown (got "${format}")`);
  if (!show && (v.key !== undefined || v.diff)) throw new UsageError('--key and --diff belong to `sysctl-lint show`');
  if (!REPORTERS[format] && !show && !(v['list-rules'] && format === 'markdown')) throw new UsageError(`--format must be one of ${Object.keys(REPORTERS).join(', ')} (got "${format}")${didYouMean(format, Object.keys(REPORTERS))}`);
  let maxWarnings = -1;
  if (v['max-warnings'] !== undefined) {
    if (!/^-?\d+$/.test(v['max-warnings'])) throw new UsageError(`--max-warnings must be an integer (got "${v['max-warnings']}")`);
    maxWarnings = Number(v['max-warnings']);
  }
  let maxAnnotations: number | undefined;
  if (v['max-annotations'] !== undefined) {
    if (!/^\d+$/.test(v['max-annotations'])) throw new UsageError(`--max-annotations must be a non-negative integer (got "${v['max-annotations']}")`);
    maxAnnotations = Number(v['max-annotations']);
  }
  if (v['docs-base-url'] !== undefined && !isHttpUrl(v['docs-base-url'])) throw new UsageError(`--docs-base-url must be an http or https URL (got "${v['docs-base-url']}")`);
  const maxFileSize = v['max-file-size'] === undefined ? undefined : parseSize('max-file-size', v['max-file-size'], MAX_FILE_SIZE_CEILING);
  const threads = parseThreads(v.threads);
  const dash = parsed.positionals.includes('-');
  const stdin = dash || !!v.stdin;
  const paths = parsed.positionals.filter((p) => p !== '-');
  if (stdin && (paths.length || v.root !== undefined)) throw new UsageError('standard input (- or --stdin) is linted alone: no other paths and no --root');
  if (v['stdin-filename'] !== undefined && !stdin) throw new UsageError('--stdin-filename names standard input: use it with - or --stdin');
  if (v['prune-baseline'] && v.baseline === undefined) throw new UsageError('--prune-baseline rewrites the file of --baseline: give --baseline FILE');
  if (v['proc-root'] !== undefined && !v.live) throw new UsageError('--proc-root needs --live');
  if (v.live && v['live-snapshot'] !== undefined) throw new UsageError('--live and --live-snapshot exclude each other: one live node per run');
  if (v.fix && v['fix-dry-run']) throw new UsageError('--fix and --fix-dry-run exclude each other');
  if (v.fix && stdin) throw new UsageError('--fix writes files and standard input is not one: use --fix-dry-run to see the fixed text as a diff');
  return {
    paths,
    format,
    outputFile: v['output-file'],
    root: v.root,
    policies: v.policies ?? [],
    kernel: v.kernel,
    kubernetesVersion: v['kubernetes-version'],
    nodeRole: oneOf('node-role', v['node-role'], ['kubernetes', 'generic', 'unknown'] as const),
    nodePortRange: v['node-port-range'],
    applier: oneOf('applier', v.applier, ['systemd', 'procps', 'both'] as const) ?? 'both',
    kubeProxyMode: oneOf('kube-proxy-mode', v['kube-proxy-mode'], ['iptables', 'ipvs', 'nftables'] as const),
    failLevel: oneOf('fail-level', v['fail-level'], ['error', 'warning', 'info', 'none'] as const) ?? 'warning',
    maxWarnings,
    quiet: !!v.quiet,
    color: v['no-color'] ? false : v.color ? true : undefined,
    codeFrame: !!v['code-frame'],
    stats: !!v.stats,
    docsBaseUrl: v['docs-base-url'],
    allowUnmatched: !!v['no-error-on-unmatched-pattern'],
    fromStdin: stdin,
    baseline: v.baseline,
    writeBaseline: v['write-baseline'],
    pruneBaseline: !!v['prune-baseline'],
    stdinFilename: v['stdin-filename'],
    help: !!v.help,
    version: !!v.version,
    maxAnnotations,
    live: !!v.live,
    procRoot: v['proc-root'],
    liveSnapshot: v['live-snapshot'],
    config: v.config,
    noConfig: !!v['no-config'],
    printConfig: !!v['print-config'],
    listRules: !!v['list-rules'],
    explicit: Object.keys(v),
    maxFileSize,
    threads,
    debug: !!v.debug,
    fix: !!v.fix,
    fixDryRun: !!v['fix-dry-run'],
    keys: v.key ?? [],
    diff: !!v.diff,
  };
}
