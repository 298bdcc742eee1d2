import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../helpers/cli';

// The bundled CLI must not evaluate schema validation, YAML parsing or RE2 at start-up (they cost
// more than the rest of loading the CLI, see BENCHMARKS.md): such modules are reached only
// through src/core/lazy-deps.ts, whose require() calls esbuild keeps lazy. Type-only
// imports cost nothing and are fine.
const HEAVY = /^(yaml|js-yaml|ajv|re2js)(\/|$)/;

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sources(path.join(dir, e.name)) : e.name.endsWith('.ts') ? [path.join(dir, e.name)] : []));
}

describe('heavy dependencies load lazily', () => {
  it('no module imports yaml, js-yaml or ajv values at the top level', () => {
    const offenders: string[] = [];
    for (const file of sources(path.join(projectRoot, 'src'))) {
      if (file.endsWith(path.join('core', 'lazy-deps.ts'))) continue;
      const text = fs.readFileSync(file, 'utf8');
      for (const m of text.matchAll(/^import\s+(type\s+)?([^;]*?)\s+from\s+'([^']+)'/gms)) {
        const [, typeOnly, what, from] = m as unknown as [string, string | undefined, string, string];
        if (!HEAVY.test(from) || typeOnly) continue;
        // `import { type A, type B } from ...` is type-only too.
        const names = /^\{([^}]*)\}$/.exec(what.trim())?.[1]?.split(',').map((s) => s.trim()).filter(Boolean);
        if (names && names.every((n) => n.startsWith('type '))) continue;
        offenders.push(`${path.relative(projectRoot, file)}: import ${what} from '${from}' (use src/core/lazy-deps.ts)`);
      }
    }
    expect(offenders).toEqual([]);
  });

  it('the bundle requires them only inside the lazy loaders', () => {
    const bundle = fs.readFileSync(path.join(projectRoot, 'dist/sysctl-lint.cjs'), 'utf8');
    // esbuild names the wrapper of a CommonJS package require_<name>(); the top level of the
    // bundle (no indentation) must not call the ones of yaml and ajv.
    const yamlLoader = /function yamlLib\(\) \{\n\s+return yaml \?\?= (require_\w+)\(\);/.exec(bundle)?.[1];
    const ajvLoader = /function ajvLib\(\) \{\n\s+return ajv \?\?= (require_\w+)\(\);/.exec(bundle)?.[1];
    const re2Loader = /function re2Lib\(\) \{\n\s+return re2 \?\?= (require_\w+)\(\);/.exec(bundle)?.[1];
    expect(yamlLoader).toBeDefined();
    expect(ajvLoader).toBeDefined();
    expect(re2Loader).toBeDefined();
    for (const loader of [yamlLoader, ajvLoader, re2Loader]) {
      const calls = bundle.split('\n').filter((l) => l.includes(`${loader}()`) && !/^var \w+ = __commonJS/.test(l));
      expect(calls.filter((l) => !/^\s+return (yaml|ajv|re2) \?\?=/.test(l)), String(loader)).toEqual([]);
    }
  });
});
