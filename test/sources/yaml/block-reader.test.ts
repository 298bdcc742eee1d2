/**
 * The block reader (src/sources/yaml/block-reader.ts) against the `yaml` package on real
 * files: every fixture and example of the project and the shared corpus give the same tree,
 * spans and maps either way, with and without template lines read as blank. The generated
 * side is test/fuzz/yaml-block-reader.test.ts.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readBlockDocument } from '../../../src/sources/yaml/block-reader';
import { getPath, isScalar, parseYaml } from '../../../src/sources/yaml/index';
import { describeCorpus } from '../../helpers/shared';
import { projectRoot } from '../../helpers/cli';
import { blockReaderAccepts, compareReaders } from './compare-readers';

function filesUnder(dir: string, out: string[] = []): string[] {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) filesUnder(p, out);
    else if (e.isFile() && !/\.(snap|ts|mjs|md)$/.test(e.name) && fs.statSync(p).size < 256 * 1024) out.push(p);
  }
  return out;
}

function compareFiles(files: string[]): { files: number; accepted: number } {
  let accepted = 0;
  for (const f of files) {
    const text = fs.readFileSync(f, 'utf8');
    accepted += compareReaders(text);
    compareReaders(text, { blankTemplateLines: true });
  }
  return { files: files.length, accepted };
}

describe('block reader', () => {
  it('gives the tree of the yaml package on every fixture and example', () => {
    const files = ['test/policies', 'test/engine-rules', 'test/sources', 'examples'].flatMap((d) => filesUnder(path.join(projectRoot, d)));
    const r = compareFiles(files);
    expect(r.files).toBeGreaterThan(300);
    // The comparison means something only if the block reader takes a good part of them.
    expect(r.accepted).toBeGreaterThan(60);
  });

  it('reads the common shapes itself and leaves the rest to the yaml package', () => {
    const manifest = 'apiVersion: v1\nkind: Pod # a pod\nmetadata:\n  name: "tuned"\nspec:\n  securityContext:\n    sysctls:\n    - name: net.core.somaxconn\n      value: \'1024\'\n  containers:\n    - name: app\n      args: [--a, "b c"]\n      command:\n        - sh\n        - -c\n        - |\n          sysctl -w vm.swappiness=1\n\n          echo done\n';
    expect(readBlockDocument(manifest)).toBeDefined();
    compareReaders(manifest);
    for (const outside of ['a: &x 1\nb: *x\n', 'a: !!str 1\n', 'a: {b: [1]}\n', 'a: multi\n  line\n', 'a: "open\n  quote"\n', '%YAML 1.2\n---\na: 1\n', 'a:\n\tb: 1\n', 'a: 1\r\nb: 2\r\n', 'a: 1\n b: 2\n', 'a:\n  b: 1\n  # trailing comment of an inner block\nc: 2\n', '? a\n: b\n', 'a: |2\n   x\n'])
      expect(readBlockDocument(outside), JSON.stringify(outside)).toBeUndefined();
  });

  it('maps block scalar lines and quoted keys exactly as before', () => {
    const text = 'data:\n  "conf.d": |-\n    net.ipv4.ip_forward = 1\n    vm.swappiness = 10\n';
    expect(blockReaderAccepts(text)).toBe(1);
    const s = getPath(parseYaml(text)[0]?.contents, ['data', 'conf.d']);
    if (!isScalar(s)) throw new Error('no scalar');
    const at = s.text.indexOf('vm.swappiness');
    const span = s.map({ start: at, end: at + 'vm.swappiness'.length });
    expect(text.slice(span.start, span.end)).toBe('vm.swappiness');
    compareReaders(text);
  });
});

describeCorpus('block reader on the real-world corpus', (corpus) => {
  it('gives the tree of the yaml package on every corpus file', () => {
    const r = compareFiles(corpus.files.map((f) => path.join(corpus.dir, f.saved_as)).filter((f) => fs.existsSync(f) && fs.statSync(f).size < 256 * 1024));
    expect(r.files).toBeGreaterThan(30);
    expect(r.accepted).toBeGreaterThan(10);
  });
});
