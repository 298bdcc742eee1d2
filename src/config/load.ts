/**
 * Reads `.sysctl-lint.yaml`: YAML -> JSON Schema (schemas/config.schema.json, ajv, as for
 * policies) -> checks a schema cannot express. Every problem points at the config file's line
 * and field; every value keeps the line it was written on, for --print-config.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Document } from 'yaml';
import type { ValidateFunction } from 'ajv';
import { yamlLib } from '../core/lazy-deps';
import { schemaValidator } from '../core/schema-validators';
import { LineIndex } from '../core/span';
import { decodeText, readRegularFile, ReadRefused } from '../inputs/read-file';
import { resolveNamedFile } from '../inputs/tree';
import { locateInDocument } from '../core/yaml-locate';
import { parseDashRange } from '../model/values';
import { parseVersion } from '../model/version';
import { describeSchemaError, parseYaml, schemaErrorPath, usefulErrors, type ConfigProblem } from '../policy/load';
import type { ConfigFile } from './types';

export interface LoadedConfig {
  /** Path shown to users (relative to the working directory). */
  file: string;
  abs: string;
  /** Directory of the config file: the base of its relative paths and globs. */
  dir: string;
  data: ConfigFile;
  /** `file:line` of the value at a path (`['context', 'kernel']`), for provenance. */
  where(p: Array<string | number>): string;
  /** Problem at the value (or, with key, the field name) at a path. */
  problemAt(p: Array<string | number>, message: string, key?: boolean): ConfigProblem;
}

function validate(data: unknown): ValidateFunction {
  const validator = schemaValidator('config');
  validator(data);
  return validator;
}

/** The value's text as written: YAML turns `kernel: 5.10` into the number 5.1. */
function writtenText(doc: Document, text: string, p: string[]): string | undefined {
  const node = doc.getIn(p, true);
  if (!yamlLib().isScalar(node) || !node.range) return undefined;
  return text.slice(node.range[0], node.range[1]).trim();
}

function valueAt(data: unknown, p: Array<string | number>): unknown {
  let v = data;
  for (const seg of p) v = v && typeof v === 'object' ? (v as Record<string | number, unknown>)[seg] : undefined;
  return v;
}

/** Pattern errors in words: ajv would print the regular expression. */
function describePattern(instancePath: string, value: unknown): string {
  const where = instancePath.slice(1).replace(/\//g, '.');
  const v = JSON.stringify(value);
  if (/^context\.(kernel|kubernetesVersion)$/.test(where)) return `${where}: ${v} is not a version like ${where.endsWith('kernel') ? '5.15 or 6.1.20' : '1.30'}`;
  if (where === 'context.nodePortRange') return `${where}: ${v} is not a port range like 30000-32767`;
  if (/^nodes\.\d+\.name$/.test(where)) return `${where}: ${v} must start with a letter or digit and hold only letters, digits, ".", "_" and "-"`;
  return `${where}: ${v} is not valid here`;
}

export function loadConfigText(text: string, abs: string, display: string): { config?: LoadedConfig; problems: ConfigProblem[] } {
  const problems: ConfigProblem[] = [];
  const { doc, data: parsed, problems: yamlProblems } = parseYaml(text);
  for (const y of yamlProblems) problems.push({ file: display, text, ...y });
  if (yamlProblems.length) return { problems };
  // An empty file (or one with comments only) is an empty configuration.
  const data = (parsed ?? {}) as unknown;
  const lines = new LineIndex(text);
  const problemAt = (p: Array<string | number>, message: string, key = false): ConfigProblem => ({ file: display, text, span: locateInDocument(doc, p, { key }), message });
  const v = validate(data);
  if (v.errors?.length) {
    for (const e of usefulErrors(v.errors)) {
      const { path: p, key } = schemaErrorPath(e);
      const message = e.keyword === 'pattern' ? describePattern(e.instancePath, valueAt(data, p)) : e.keyword === 'minItems' ? `${p.join('.')}: must not be empty` : describeSchemaError(e);
      problems.push(problemAt(p, message, key));
    }
    return { problems };
  }
  const config = data as ConfigFile;
  for (const field of ['kernel', 'kubernetesVersion'] as const) {
    const value = config.context?.[field];
    if (value === undefined) continue;
    const written = typeof value === 'number' ? (writtenText(doc, text, ['context', field]) ?? String(value)) : value;
    if (!parseVersion(written) || !/^v?\d+\.\d+/.test(written)) problems.push(problemAt(['context', field], `context.${field}: "${written}" is not a version like ${field === 'kernel' ? '5.15 or 6.1.20' : '1.30'}`));
    else if (config.context) config.context[field] = written;
  }
  const range = config.context?.nodePortRange;
  if (range !== undefined && !parseDashRange(range)) problems.push(problemAt(['context', 'nodePortRange'], `context.nodePortRange: "${range}" is not a port range like 30000-32767`));
  const names = new Set<string>();
  config.nodes?.forEach((n, i) => {
    if (names.has(n.name)) problems.push(problemAt(['nodes', i, 'name'], `nodes[${i}].name: "${n.name}" names two node groups`));
    names.add(n.name);
  });
  const dir = path.dirname(abs);
  config.policies?.forEach((p, i) => {
    const target = path.resolve(dir, p);
    if (!fs.existsSync(target) || !fs.statSync(target).isDirectory()) problems.push(problemAt(['policies', i], `policies[${i}]: "${p}" is not a directory (paths are relative to ${display})`));
  });
  const where = (p: Array<string | number>) => `${display}:${lines.position(locateInDocument(doc, p).start).line}`;
  return { config: { file: display, abs, dir, data: config, where, problemAt }, problems };
}

/** Config files are small; a larger one is not a config file. */
const CONFIG_SIZE_LIMIT = 1024 * 1024;

export function loadConfigFile(abs: string, display: string, cwd: string = path.dirname(abs)): { config?: LoadedConfig; problems: ConfigProblem[] } {
  let text: string;
  try {
    // It may come with the pull request: read like any input (a link stays in its tree).
    text = decodeText(readRegularFile(resolveNamedFile(abs, cwd), CONFIG_SIZE_LIMIT).bytes);
  } catch (e) {
    const why = e instanceof ReadRefused ? e.message : (e as Error).message;
    return { problems: [{ file: display, text: '', span: { start: 0, end: 0 }, message: `cannot read config file: ${why}` }] };
  }
  return loadConfigText(text, abs, display);
}
