#!/usr/bin/env node
/**
 * Writes src/rules/examples.json: each rule's documented examples, taken from its test folder
 * (test/policies/<id>/, test/engine-rules/<name>/ for `sysctl-lint/<name>`): the first invalid
 * case with its expected output (<case>.snap) and the first valid case, in name order, passing
 * over cases with a byte-order mark or CR line ends (they cannot be shown as they are).
 *
 * Run by `npm run docs:rules` (when a rule or its first cases change), never by the build: the
 * bundle embeds the committed file, so editing a test fixture does not change dist/.
 * test/rules/docs.test.ts runs every example and checks its output against the linter.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const ENGINE_RULE_PREFIX = 'sysctl-lint/';

/** Case inputs in a folder, sorted: files and directories, minus snapshots and sidecars. */
function listCaseNames(dir) {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((n) => !n.endsWith('.snap') && !n.endsWith('.args'))
    .sort();
}

function readCaseFiles(abs, rel) {
  const st = fs.lstatSync(abs);
  if (st.isSymbolicLink()) return [{ path: rel, link: fs.readlinkSync(abs) }];
  if (st.isDirectory()) {
    return fs
      .readdirSync(abs)
      .sort()
      .flatMap((n) => readCaseFiles(path.join(abs, n), `${rel}/${n}`));
  }
  return [{ path: rel, text: fs.readFileSync(abs, 'utf8') }];
}

/** A byte-order mark or CR line ends cannot be shown faithfully in a terminal or in Markdown. */
function displayable(files) {
  return files.every((f) => f.text === undefined || !/[\r\ufeff]/.test(f.text));
}

/** The first case in name order, passing over cases a reader could not see as they are. */
function readCase(ruleDir, kind) {
  const names = listCaseNames(path.join(ruleDir, kind));
  const cases = names.map((n) => ({ n, files: readCaseFiles(path.join(ruleDir, kind, n), `${kind}/${n}`) }));
  const pick = cases.find((c) => displayable(c.files)) ?? cases[0];
  if (!pick) return undefined;
  const abs = path.join(ruleDir, kind, pick.n);
  const argsFile = `${abs}.args`;
  const snapFile = `${abs}.snap`;
  return {
    name: `${kind}/${pick.n}`,
    args: fs.existsSync(argsFile) ? fs.readFileSync(argsFile, 'utf8').trim().split(/\s+/).filter(Boolean) : [],
    files: pick.files,
    ...(fs.existsSync(snapFile) ? { output: fs.readFileSync(snapFile, 'utf8') } : {}),
  };
}

function loadFolder(casesDir, prefix, table) {
  if (!fs.existsSync(casesDir)) return;
  for (const name of fs.readdirSync(casesDir).sort()) {
    const dir = path.join(casesDir, name);
    if (!fs.statSync(dir).isDirectory()) continue;
    const invalid = readCase(dir, 'invalid');
    const valid = readCase(dir, 'valid');
    if (invalid || valid) table[prefix + name] = { ...(invalid ? { invalid } : {}), ...(valid ? { valid } : {}) };
  }
}

const table = {};
loadFolder(path.join(root, 'test/policies'), '', table);
loadFolder(path.join(root, 'test/engine-rules'), ENGINE_RULE_PREFIX, table);
const out = path.join(root, 'src/rules/examples.json');
const text = `${JSON.stringify(table, null, 1)}\n`;
if (!fs.existsSync(out) || fs.readFileSync(out, 'utf8') !== text) fs.writeFileSync(out, text);
