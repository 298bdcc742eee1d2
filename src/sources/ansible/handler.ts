/**
 * Ansible playbooks and task files as a source. A task file of a role (`<role>/tasks/*.yml`,
 * `<role>/handlers/*.yml`) is read with the role's `defaults/main.yml` and `vars/main.yml`
 * (vars win) and finds its `src` files in the role's `templates/` and `files/`; a playbook
 * reads its plays' `vars:` and the `templates/`/`files/` next to it. One file is one host: the
 * sysctl files its tasks leave (see tasks.ts), and the writes its commands make once.
 *
 * Recognised by content: a YAML list of plays (`hosts:`) or tasks (a map with a module key)
 * that mentions `sysctl` or `/proc/sys`.
 */
import path from 'node:path';
import type { RelatedFile, SourceHandler } from '../types';
import { parseYaml } from '../yaml/parse';
import { isMap, isScalar, itemsOf } from '../yaml/tree';
import { AnsibleRun } from './tasks';
import { VarScope, varsOf, type Located } from './vars';

const YAML_NAME = /\.ya?ml$/i;
const ROLE_TASKS = /(^|\/)(tasks|handlers)\/[^/]+\.ya?ml$/i;
const TRIGGER = /sysctl|\/proc\/sys/;
/** A list at the top of the document whose entries are plays or tasks. */
const LIST_START = /^(([ \t]*(#[^\n]*)?|---[^\n]*)\r?\n)*- /;
const TASK_WORD = /^\s*-?\s*(hosts|tasks|name|become|when|notify|loop|with_\w+|(ansible\.(builtin|posix)\.)?(sysctl|lineinfile|blockinfile|template|copy|shell|command|script|include_tasks|import_tasks|block)):/m;

function looksLikeAnsible(text: string): boolean {
  return LIST_START.test(text) && TASK_WORD.test(text);
}

/** The role a task file belongs to (the directory above `tasks/`), if any. */
function roleDirOf(abs: string, display: string): string | undefined {
  return ROLE_TASKS.test(display) ? path.dirname(path.dirname(abs)) : undefined;
}

export const ansibleHandler: SourceHandler = {
  kind: 'ansible',
  label: 'an Ansible playbook or task file',
  claimsPath: (display) => YAML_NAME.test(display),
  claimsContent: (text) => TRIGGER.test(text) && looksLikeAnsible(text),
  confirmsContent: ({ text }) => TRIGGER.test(text) && looksLikeAnsible(text),
  readAheadRank: (display) => (ROLE_TASKS.test(display) ? 1 : undefined),
  extract(input) {
    const roleDir = roleDirOf(input.abs, input.display);
    const consumed: RelatedFile[] = [];
    const vars = new Map<string, Located>();
    if (roleDir && input.readRelated) {
      // Role defaults, then role vars (which win).
      for (const kind of ['defaults', 'vars']) {
        for (const name of ['main.yml', 'main.yaml']) {
          const f = input.readRelated(path.join(roleDir, kind, name));
          if (!f) continue;
          consumed.push(f);
          const root = parseYaml(f.text)[0]?.contents;
          for (const [k, v] of varsOf(root, f.display)) vars.set(k, v);
          break;
        }
      }
    }
    const dir = path.dirname(input.abs);
    const run = new AnsibleRun(input, roleDir ? [roleDir, dir] : [dir], 'once');
    const scope = new VarScope(vars);
    for (const d of parseYaml(input.text)) {
      if (!itemsOf(d.contents).some((e) => isMap(e) && e.pairs.some((p) => isScalar(p.key)))) continue;
      run.document(d.contents, scope);
    }
    run.finish();
    run.facts.noteKubernetes(input.text, input.display);
    const node = run.facts.toNode(`ansible:${input.display}`, 'ansible', 'once');
    return { nodes: node ? [node] : [], findings: run.facts.findings, consumed: [...consumed, ...run.consumed] };
  },
};
