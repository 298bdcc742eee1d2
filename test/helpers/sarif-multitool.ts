/**
 * Microsoft's SARIF Multitool (`@microsoft/sarif-multitool`, the validator GitHub's SARIF
 * documentation points to): `validate` checks a log against the SARIF 2.1.0 schema and the
 * SARIF rules (URI syntax, region and index consistency, rule metadata such as informationUri).
 *
 * It is a test client, not a dependency: a 100 MB self-contained .NET program per platform that
 * the pre-commit hook (which installs devDependencies) must never download. It is installed on
 * first use with `npm ci --ignore-scripts` from the lock in test/delivery/clients/sarif-multitool
 * into the test cache (test/helpers/clients.ts), and reused while that lock stays the same.
 */
import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from './cli';
import { testCacheDir } from './clients';
import { tmpDir } from './tmp-tree';

const CLIENT_DIR = path.join(projectRoot, 'test/delivery/clients/sarif-multitool');

export interface SarifIssue {
  level: 'error' | 'warning' | 'note';
  ruleId: string;
  message: string;
}

/** The Multitool executable, installed into the test cache when missing. */
export function sarifMultitool(): string {
  const manifest = fs.readFileSync(path.join(CLIENT_DIR, 'package.json'));
  const lock = fs.readFileSync(path.join(CLIENT_DIR, 'package-lock.json'));
  const key = createHash('sha256').update(manifest).update(lock).digest('hex').slice(0, 12);
  const prefix = path.join(testCacheDir(), `sarif-multitool-${key}`);
  const platformPackage = `@microsoft/sarif-multitool-${process.platform}`;
  const exe = path.join(prefix, 'node_modules', platformPackage, process.platform === 'win32' ? 'Sarif.Multitool.exe' : 'Sarif.Multitool');
  if (fs.existsSync(exe)) return exe;
  fs.mkdirSync(testCacheDir(), { recursive: true });
  const tmp = fs.mkdtempSync(prefix + '.tmp-');
  fs.copyFileSync(path.join(CLIENT_DIR, 'package.json'), path.join(tmp, 'package.json'));
  fs.copyFileSync(path.join(CLIENT_DIR, 'package-lock.json'), path.join(tmp, 'package-lock.json'));
  // No install scripts run: the platform package's only one is the chmod done here.
  const r = spawnSync('npm', ['ci', '--ignore-scripts', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: tmp, encoding: 'utf8', timeout: 600_000 });
  if (r.status !== 0) {
    fs.rmSync(tmp, { recursive: true, force: true });
    throw new Error(`npm ci of the SARIF Multitool failed (status ${r.status}):\n${r.stderr}`);
  }
  const tmpExe = path.join(tmp, path.relative(prefix, exe));
  if (fs.existsSync(tmpExe)) fs.chmodSync(tmpExe, 0o755);
  try {
    fs.renameSync(tmp, prefix);
  } catch {
    fs.rmSync(tmp, { recursive: true, force: true }); // another worker finished first: use its copy
  }
  if (!fs.existsSync(exe)) throw new Error(`${platformPackage} has no executable at ${exe} (is this platform supported by the Multitool?)`);
  return exe;
}

interface ValidationLog {
  runs: Array<{
    tool: { driver: { rules?: Array<{ id: string; messageStrings?: Record<string, { text: string }> }> } };
    results?: Array<{ ruleId: string; ruleIndex?: number; level?: string; message: { text?: string; id?: string; arguments?: string[] }; locations?: Array<{ physicalLocation?: { artifactLocation?: { uri?: string } } }> }>;
    invocations?: Array<{ executionSuccessful: boolean; toolExecutionNotifications?: Array<{ message: { text?: string } }> }>;
  }>;
}

/**
 * Validates SARIF documents with `Sarif.Multitool validate` (one process for all of them) and
 * returns the errors and warnings per document name; notes (style advice) are left out.
 */
export function validateSarif(docs: Record<string, unknown>): Record<string, SarifIssue[]> {
  const exe = sarifMultitool();
  const dir = tmpDir('sysctl-lint-multitool-');
  const files = Object.keys(docs).map((name, i) => {
    const file = path.join(dir, `${i}.sarif`);
    fs.writeFileSync(file, typeof docs[name] === 'string' ? (docs[name] as string) : JSON.stringify(docs[name], null, 2));
    return { name, file };
  });
  const out = path.join(dir, 'validation.sarif');
  const r = spawnSync(exe, ['validate', ...files.map((f) => f.file), '--output', out, '--log', 'ForceOverwrite', '--level', 'Error;Warning'], {
    encoding: 'utf8',
    timeout: 300_000,
    // No ICU needed to read JSON; without this a machine lacking libicu cannot start it.
    env: { ...process.env, DOTNET_SYSTEM_GLOBALIZATION_INVARIANT: '1', DOTNET_CLI_TELEMETRY_OPTOUT: '1' },
  });
  if (r.status !== 0 || !fs.existsSync(out)) throw new Error(`Sarif.Multitool validate failed (${r.error ? r.error.message : `status ${r.status}`}):\n${r.stdout ?? ''}\n${r.stderr ?? ''}`);
  const log = JSON.parse(fs.readFileSync(out, 'utf8').replace(/^\uFEFF/, '')) as ValidationLog;
  const run = log.runs[0];
  const failed = run?.invocations?.find((i) => !i.executionSuccessful);
  if (!run || failed) throw new Error(`Sarif.Multitool validate did not complete: ${JSON.stringify(failed?.toolExecutionNotifications ?? log)}`);
  const byFile = new Map(files.map((f) => [new URL(`file://${f.file}`).href, f.name]));
  const issues: Record<string, SarifIssue[]> = Object.fromEntries(files.map((f) => [f.name, []]));
  for (const res of run.results ?? []) {
    const uri = res.locations?.[0]?.physicalLocation?.artifactLocation?.uri ?? '';
    const name = byFile.get(uri);
    // Messages are templates of the rule's messageStrings with arguments.
    const template = res.message.text ?? run.tool.driver.rules?.[res.ruleIndex ?? -1]?.messageStrings?.[res.message.id ?? '']?.text ?? res.message.id ?? '';
    const message = template.replace(/\{(\d+)\}/g, (_, i: string) => res.message.arguments?.[Number(i)] ?? '');
    if (name === undefined) throw new Error(`Sarif.Multitool reported on an unknown file ${uri}: ${message}`);
    // SARIF's default level is warning.
    const level = (res.level ?? 'warning') as SarifIssue['level'];
    if (level !== 'note') issues[name]!.push({ level, ruleId: res.ruleId, message });
  }
  return issues;
}
