/**
 * Loads policy files: YAML -> JSON Schema validation (ajv) -> semantic checks that a schema
 * cannot express (id equals file name, regexes compile, placeholders exist, operators fit the
 * value type). Every problem is reported at the line of the offending field.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Document } from 'yaml';
import type { ErrorObject, ValidateFunction } from 'ajv';
import { yamlLib } from '../core/lazy-deps';
import { schemaValidator } from '../core/schema-validators';
import { decodeText, DEFAULT_MAX_FILE_SIZE, readRegularFile, ReadRefused } from '../inputs/read-file';
import { realPathOrSelf, Tree } from '../inputs/tree';
import { locateInDocument, pointerToPath } from '../core/yaml-locate';
import type { Span } from '../core/span';
import { unknownPlaceholders } from './message';
import { policyRegexProblem } from './regex';
import { walkAssertions } from './operators/index';
import type { Assertion, LoadedPolicy, Policy } from './types';
import { isCommandCheck, isContextCheck, isSettingCheck } from './types';
import type { KernelKeyList, ModuleKeyList, PodSafeSysctlList, PolicyLists } from './lists';

export interface ConfigProblem {
  file: string;
  /** Text of the file, so the caller can show line:column. */
  text: string;
  span: Span;
  message: string;
}

function getValidators(): { policy: ValidateFunction; list: ValidateFunction } {
  return { policy: schemaValidator('policy'), list: schemaValidator('list') };
}

/** Picks the most useful ajv errors: the deepest path, and not the noise of failed oneOf branches. */
function usefulErrors(errors: ErrorObject[]): ErrorObject[] {
  const specific = errors.filter((e) => e.keyword !== 'oneOf' && e.keyword !== 'anyOf' && e.keyword !== 'if');
  const list = specific.length ? specific : errors;
  const seen = new Set<string>();
  return list.filter((e) => {
    const id = `${e.instancePath}|${e.message}|${JSON.stringify(e.params)}`;
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}

function describe(e: ErrorObject): string {
  const where = e.instancePath ? e.instancePath.slice(1).replace(/\//g, '.') : '(top level)';
  switch (e.keyword) {
    case 'additionalProperties':
      return `${where}: unknown field "${(e.params as { additionalProperty: string }).additionalProperty}"`;
    case 'required':
      return `${where}: missing required field "${(e.params as { missingProperty: string }).missingProperty}"`;
    case 'enum':
      return `${where}: must be one of ${(e.params as { allowedValues: unknown[] }).allowedValues.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'maxProperties':
    case 'minProperties':
      return `${where}: an assertion must hold exactly one operator`;
    default:
      return `${where}: ${e.message ?? 'is invalid'}`;
  }
}

function errorPath(e: ErrorObject): { path: Array<string | number>; key: boolean } {
  const p = pointerToPath(e.instancePath);
  if (e.keyword === 'additionalProperties') return { path: [...p, (e.params as { additionalProperty: string }).additionalProperty], key: true };
  return { path: p, key: false };
}

/**
 * Parses a policy, list or config file. `data` is the plain value; an alias bomb (a few lines
 * whose aliases expand to billions of nodes) is a problem of the file, found when `data` is
 * built: the yaml package stops expanding at its alias budget.
 */
function parseYaml(text: string): { doc: Document; data: unknown; problems: Array<{ span: Span; message: string }> } {
  const { parseDocument, LineCounter } = yamlLib();
  const doc = parseDocument(text, { lineCounter: new LineCounter(), prettyErrors: false });
  const problems = doc.errors.map((e) => ({ span: { start: e.pos[0], end: e.pos[1] }, message: `YAML: ${e.message.split('\n')[0]}` }));
  let data: unknown;
  if (!problems.length) {
    try {
      data = doc.toJS();
    } catch (e) {
      problems.push({ span: { start: 0, end: 0 }, message: `YAML: ${(e as Error).message.split('\n')[0]} (aliases expand to too many nodes)` });
    }
  }
  return { doc, data, problems };
}

/** The assertions of a policy: its violation and the value of each case. */
function assertionRoots(p: Policy): Array<[Assertion, Array<string | number>]> {
  const roots: Array<[Assertion, Array<string | number>]> = [];
  const valued = isSettingCheck(p.check) || isContextCheck(p.check) ? p.check : undefined;
  if (valued?.violation) roots.push([valued.violation, ['check', 'violation']]);
  p.cases?.forEach((c, i) => c.value && roots.push([c.value, ['cases', i, 'value']]));
  return roots;
}

/** Every regular expression a policy applies (`matches`, `notMatches`). */
export function policyRegexSources(p: Policy): string[] {
  const out: string[] = [];
  for (const [root, rootPath] of assertionRoots(p)) {
    walkAssertions(root, rootPath, (a, _path, name, def) => {
      if (def.regex) out.push(def.regex(a[name]));
    });
  }
  return out;
}

/** Which checks each fix action can edit: the facts a finding of that check points at. */
function autofixProblem(p: Policy): string | undefined {
  const action = p.autofix?.action;
  if ((action === 'set-value') !== (p.autofix?.value !== undefined)) return action === 'set-value' ? 'set-value needs a value' : `${action} takes no value`;
  const c = p.check;
  if (action === 'quote-split-value') return isCommandCheck(c) && c.command === 'split-value' ? undefined : 'quote-split-value needs check.command split-value';
  if (!isSettingCheck(c)) return `${action} needs a setting check`;
  const overridden = c.target === 'overridden';
  if (action === 'remove-exact-duplicates') return overridden ? undefined : 'remove-exact-duplicates needs check.target overridden';
  if (overridden) return `${action} cannot fix check.target overridden (the finding is at the line that takes effect): use remove-exact-duplicates`;
  return undefined;
}

/** Checks a schema-valid policy for what the schema cannot say. */
function semanticProblems(p: Policy, expectedId: string | undefined, builtin: boolean): Array<{ path: Array<string | number>; key?: boolean; message: string }> {
  const out: Array<{ path: Array<string | number>; key?: boolean; message: string }> = [];
  if (expectedId !== undefined && p.id !== expectedId) out.push({ path: ['id'], message: `id "${p.id}" must equal the file name "${expectedId}"` });
  const templates: Array<[Array<string | number>, string]> = [[['message'], p.message]];
  p.cases?.forEach((c, i) => c.message && templates.push([['cases', i, 'message'], c.message]));
  for (const [path, t] of templates) {
    const bad = unknownPlaceholders(t);
    if (bad.length) out.push({ path, message: `unknown placeholder ${bad.map((b) => `{{${b}}}`).join(', ')}` });
  }
  const fixProblem = p.autofix ? autofixProblem(p) : undefined;
  if (fixProblem) out.push({ path: ['autofix', 'action'], message: fixProblem });
  const assertions = assertionRoots(p);
  const valued = isSettingCheck(p.check) || isContextCheck(p.check) ? p.check : undefined;
  const valueType = valued ? (valued.valueType ?? 'string') : undefined;
  if (!valued && p.cases?.some((c) => c.value)) out.push({ path: ['cases'], message: 'cases.value needs a setting or context check' });
  if (isContextCheck(p.check) && !(p.scope ?? ['node']).includes('cluster')) out.push({ path: ['check', 'context'], message: 'a context check needs scope [cluster]' });
  for (const [root, rootPath] of assertions) {
    walkAssertions(root, rootPath, (a, path, name, def) => {
      const problem = def.regex ? policyRegexProblem(def.regex(a[name]), builtin) : undefined;
      if (problem) out.push({ path: [...path, name], message: problem });
      const types = def.valueTypes;
      if (types && valueType !== undefined && !types.accepted.includes(valueType)) out.push({ path, key: false, message: types.problem });
    });
  }
  return out;
}

export interface LoadResult<T> {
  items: T[];
  problems: ConfigProblem[];
}

/** Loads one policy from YAML text. */
function loadPolicyText(text: string, file: string, opts: { builtin?: boolean; checkId?: boolean } = {}): LoadResult<LoadedPolicy> {
  const problems: ConfigProblem[] = [];
  const { doc, data, problems: yamlProblems } = parseYaml(text);
  for (const y of yamlProblems) problems.push({ file, text, ...y });
  if (yamlProblems.length) return { items: [], problems };
  const { policy: validate } = getValidators();
  if (!validate(data)) {
    for (const e of usefulErrors(validate.errors ?? [])) {
      const { path: p, key } = errorPath(e);
      problems.push({ file, text, span: locateInDocument(doc, p, { key }), message: describe(e) });
    }
    return { items: [], problems };
  }
  const policy = data as unknown as Policy;
  const expectedId = opts.checkId === false ? undefined : path.basename(file).replace(/\.ya?ml$/, '');
  for (const s of semanticProblems(policy, expectedId, !!opts.builtin)) problems.push({ file, text, span: locateInDocument(doc, s.path, { key: s.key }), message: s.message });
  if (problems.length) return { items: [], problems };
  return { items: [{ policy, source: file, builtin: !!opts.builtin }], problems };
}

/**
 * The policy files below a directory. Directories are walked without following links; a
 * link named like a policy is resolved inside the directory's tree (a user policy directory
 * may sit in a pull request, so it gets the same care as any input).
 */
function listYamlFiles(dir: string): Array<{ abs: string; link: boolean }> {
  const out: Array<{ abs: string; link: boolean }> = [];
  const walk = (d: string) => {
    for (const ent of fs.readdirSync(d, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const abs = path.join(d, ent.name);
      if (ent.isDirectory()) {
        if (ent.name !== 'lists') walk(abs);
      } else if (/\.ya?ml$/.test(ent.name)) out.push({ abs, link: ent.isSymbolicLink() });
    }
  };
  walk(dir);
  return out;
}

/** Loads every policy below a directory (its `lists/` folder holds data, not policies). */
export function loadPolicyDir(dir: string, displayBase: (abs: string) => string, opts: { builtin?: boolean; tree?: Tree; maxFileSize?: number } = {}): LoadResult<LoadedPolicy> {
  const items: LoadedPolicy[] = [];
  const problems: ConfigProblem[] = [];
  const fail = (file: string, message: string) => problems.push({ file: displayBase(file), text: '', span: { start: 0, end: 0 }, message });
  let files: Array<{ abs: string; link: boolean }>;
  try {
    if (!fs.statSync(dir).isDirectory()) throw new Error('not a directory');
    files = listYamlFiles(dir);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    fail(dir, `cannot read policy directory: ${code === 'ENOENT' ? 'no such directory' : code === 'ENOTDIR' ? 'not a directory' : (e as Error).message}`);
    return { items, problems };
  }
  const tree = opts.tree ?? Tree.confining(dir);
  if (!tree.containsReal(realPathOrSelf(dir))) {
    fail(dir, 'cannot read policy directory: it leads outside the working directory through a symbolic link (name the real path instead)');
    return { items, problems };
  }
  for (const f of files) {
    let text: string;
    try {
      const resolved = f.link ? tree.resolve(f.abs) : { path: f.abs, devNull: false };
      if (resolved.devNull) continue;
      text = decodeText(readRegularFile(resolved.path, opts.maxFileSize ?? DEFAULT_MAX_FILE_SIZE).bytes);
    } catch (e) {
      if (!(e instanceof ReadRefused)) throw e;
      fail(f.abs, `cannot read policy file: ${e.message}`);
      continue;
    }
    const r = loadPolicyText(text, displayBase(f.abs), opts);
    items.push(...r.items);
    problems.push(...r.problems);
  }
  return { items, problems };
}

/** Loads and validates the data lists in `<dir>/lists/`. */
export function loadListsDir(dir: string, displayBase: (abs: string) => string): { lists: PolicyLists; problems: ConfigProblem[] } {
  const problems: ConfigProblem[] = [];
  const read = <T>(name: string, fallback: T): T => {
    const abs = path.join(dir, 'lists', `${name}.yaml`);
    if (!fs.existsSync(abs)) return fallback;
    const text = fs.readFileSync(abs, 'utf8');
    const { doc, data, problems: yp } = parseYaml(text);
    if (yp.length) {
      problems.push(...yp.map((y) => ({ file: displayBase(abs), text, ...y })));
      return fallback;
    }
    const { list: validate } = getValidators();
    if (!validate(data)) {
      for (const e of usefulErrors(validate.errors ?? [])) {
        const { path: p, key } = errorPath(e);
        problems.push({ file: displayBase(abs), text, span: locateInDocument(doc, p, { key }), message: describe(e) });
      }
      return fallback;
    }
    return data as T;
  };
  const kernelKeys = read<KernelKeyList>('kernel-keys', { complete: [], dynamic: [], keys: {} });
  const moduleKeys = read<ModuleKeyList>('module-keys', { modules: [] });
  const podSafeSysctls = read<PodSafeSysctlList>('pod-safe-sysctls', { sysctls: [] });
  return {
    lists: {
      kernelKeys: {
        complete: kernelKeys.complete ?? [],
        dynamic: kernelKeys.dynamic ?? [],
        keys: kernelKeys.keys ?? {},
        topLevel: kernelKeys.topLevel ?? [],
        readOnly: kernelKeys.readOnly ?? [],
        values: kernelKeys.values ?? [],
      },
      moduleKeys,
      podSafeSysctls: { sysctls: podSafeSysctls.sysctls ?? [] },
    },
    problems,
  };
}

// Shared with the config loader (src/config/load.ts): the same YAML reading, error selection and wording.
export { parseYaml, usefulErrors, describe as describeSchemaError, errorPath as schemaErrorPath };
