/**
 * Shell scripts as a source: bootstrap and tuning scripts, `rc.local`, scripts templated by
 * Terraform or Jinja. One script is one machine (the one it provisions): the sysctl files it
 * writes (here-documents, `echo`/`printf` redirections, `tee`, `sed -i`, `cp`/`install` of a
 * file next to it) are files of that machine at the exact positions of their lines, and the
 * values it writes into the running kernel (`sysctl -w`, `echo > /proc/sys/...`) are judged
 * with the timing its place tells (see detect.ts). Scripts that a Packer template or an
 * Ansible role runs are read by those sources, with their timing, and not here.
 */
import path from 'node:path';
import { analyzeScript, type SysctlFileWrite } from '../shell/index';
import { ProvisionFacts, type ProvisionStep } from '../provisioning/facts';
import { parseSysctl } from '../sysctl-conf/parse';
import type { RelatedFile, SourceHandler, SourceInput } from '../types';
import { hasShellShebang, isScriptPath, looksLikeShellScript, scriptTiming } from './detect';

/** Nothing a script does to kernel settings can happen without one of these words. */
const TRIGGER = /sysctl|\/proc\/sys/;

/**
 * A file a command copies into a sysctl location, when it is a literal path next to the
 * script (`cp 99-k8s.conf /etc/sysctl.d/`, `install -m 644 files/x.conf /etc/sysctl.d/`):
 * scripts are usually run from their own directory.
 */
function copiedFile(w: SysctlFileWrite, scriptAbs: string, input: Pick<SourceInput, 'readRelated'>, consumed: RelatedFile[]): ReturnType<typeof parseSysctl> | undefined {
  const from = w.from;
  if (!from || !from.literal || from.path.startsWith('/') || !input.readRelated) return undefined;
  const related = input.readRelated(path.resolve(path.dirname(scriptAbs), from.path));
  if (!related) return undefined;
  consumed.push(related);
  return locate(parseSysctl(related.text), related.display);
}

/** Marks every line of a parsed file as located in `file`. */
export function locate(p: ReturnType<typeof parseSysctl>, file: string): ReturnType<typeof parseSysctl> {
  return { assignments: p.assignments.map((a) => ({ ...a, file })), exclusions: p.exclusions, issues: p.issues.map((i) => ({ ...i, file })) };
}

export const scriptHandler: SourceHandler = {
  kind: 'shell-script',
  label: 'a shell script',
  claimsPath: isScriptPath,
  // By content: a shell shebang, or (for a file that is not YAML or JSON, whose block scalars
  // hold commands) shell syntax no other kind has.
  claimsContent: (text, display) => hasShellShebang(text) || (!/\.(ya?ml|json)$/i.test(display) && looksLikeShellScript(text)),
  // Named like a script: it is one, whatever it holds (a here-document with `apiVersion:` lines
  // does not make it a manifest).
  confirmsContent: () => true,
  selfContained: true,
  readAheadRank: (display) => (isScriptPath(display) ? 2 : undefined),
  extract(input) {
    const text = input.text;
    if (!TRIGGER.test(text)) return {};
    const timing = scriptTiming(input.display);
    const facts = new ProvisionFacts(input.display);
    const step: ProvisionStep = { label: timing === 'every-boot' ? 'this boot script' : 'this script', timing };
    const consumed: RelatedFile[] = [];
    facts.addShell(analyzeScript(text), step, input.display, (w) => copiedFile(w, input.abs, input, consumed));
    facts.noteKubernetes(text, input.display);
    const node = facts.toNode(`script:${input.display}`, 'script', timing === 'once' ? 'once' : 'unknown');
    return { nodes: node ? [node] : [], findings: facts.findings, consumed };
  },
};
