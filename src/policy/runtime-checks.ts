/**
 * Checks on what commands and provisioning steps do, rather than on a value: a value the
 * shell split, a write that does not survive a reboot, a sysctl file written after
 * systemd-sysctl ran and never re-applied. They read the node's runtime assignments (each
 * knows whether it runs at every boot or once per instance) and its provisioning timeline.
 */
import { isActionKey } from '../model/keys';
import type { Location } from '../core/span';
import type { RelatedLocation } from '../core/finding';
import { compileGlob } from '../core/glob';
import type { Assignment, NodeFile, NodeModel, ProvisionedFile, ProvisioningReapply } from '../model/types';
import type { MessageVars } from './message';
import type { CommandCheck, ProvisioningCheck } from './types';

/** `subject`: the write the finding is about, for the policy's fix. */
export type Report = (vars: MessageVars, location: Location, key?: string, related?: RelatedLocation[], subject?: Assignment) => void;

/** `runcmd[2]: sysctl -w` -> `sysctl -w`. */
function commandOf(a: Assignment): string {
  const via = a.via ?? '';
  const i = via.indexOf(': ');
  return i >= 0 ? via.slice(i + 2) : via;
}

function writeVars(a: Assignment): MessageVars {
  return { key: a.key, value: a.value, file: a.file, step: a.step ?? a.via ?? 'a command', command: commandOf(a) };
}

const normalize = (v: string) => v.trim().split(/\s+/).join(' ');

export function evaluateCommandCheck(check: CommandCheck, node: NodeModel, report: Report): void {
  if (check.tools && !(node.provisioning && check.tools.includes(node.provisioning.tool))) return;
  for (const a of node.runtime) {
    const at: Location = { file: a.file, span: a.keySpan };
    switch (check.command) {
      case 'split-value':
        if (a.split) report({ ...writeVars(a), text: a.split.words.join(' ') }, at, a.key, [{ location: { file: a.file, span: a.split.span }, message: `separate argument${a.split.words.length > 1 ? 's' : ''}: ${a.split.words.join(' ')}` }], a);
        break;
      case 'not-persisted': {
        if (a.runs !== 'first-boot' || a.templated) break;
        if (!persisted(node, a)) report(writeVars(a), at, a.key);
        break;
      }
      case 'every-boot':
        if (a.runs === 'every-boot') report(writeVars(a), at, a.key);
        break;
      case 'lost-at-reboot':
        if ((a.runs === 'once' || a.runs === 'unknown') && !a.templated && !persisted(node, a)) report({ ...writeVars(a), timing: TIMING[a.runs] }, at, a.key);
        break;
    }
  }
  if (check.command === 'build-time') {
    for (const a of node.buildWrites ?? []) {
      if (a.templated || persisted(node, a)) continue;
      report({ ...writeVars(a), timing: TIMING.build }, { file: a.file, span: a.keySpan }, a.key);
    }
  }
}

/** How a write's timing reads in a message. */
const TIMING = {
  build: 'it runs while the image is built',
  once: 'it runs once, not at every boot',
  unknown: 'nothing in the linted files runs it at boot',
} as const;

/** Some sysctl file of the node sets the key to the same value (or the write is an action, with nothing to keep). */
function persisted(node: NodeModel, a: Assignment): boolean {
  if (isActionKey(a.key)) return true;
  return node.files.some((f) => f.parsed.assignments.some((b) => b.key === a.key && !b.templated && normalize(b.value) === normalize(a.value)));
}

/** Whether a re-application that runs after the write makes the file take effect. */
function reapplied(f: ProvisionedFile, reapplies: ProvisioningReapply[]): boolean {
  return reapplies.some((r) => r.order > f.order && (r.kind !== 'files' || r.files.some((g) => compileGlob(g, '/').test(f.nodeFile.nodePath))));
}

export function evaluateProvisioningCheck(check: ProvisioningCheck, node: NodeModel, report: Report): void {
  const prov = node.provisioning;
  if (!prov || (check.tools && !check.tools.includes(prov.tool))) return;
  const reported = new Set<NodeFile>();
  for (const f of prov.files) {
    const vars: MessageVars = { path: f.nodeFile.nodePath, step: f.step, file: f.location.file };
    if (check.provisioning === 'file-not-applied') {
      // Only files written on a running machine's first boot are read by nobody until the
      // next boot; an image's files are applied at every boot of the image.
      if (prov.timing !== 'first-boot') continue;
      // A file with nothing to apply (comments only) changes nothing either way.
      const nothing = f.mode !== 'copy' && f.nodeFile.parsed.assignments.length === 0 && f.nodeFile.parsed.exclusions.length === 0;
      if (nothing || f.nodeFile.ignoredName || reapplied(f, prov.reapplies)) continue;
      // Several steps writing one file are reported once, at the last write.
      const later = prov.files.some((g) => g.nodeFile === f.nodeFile && g.order > f.order);
      if (!later) report(vars, f.location);
    } else if (check.provisioning === 'sysctl-conf-written') {
      if (f.nodeFile.nodePath !== '/etc/sysctl.conf') continue;
      // RHEL and its derivatives (yum/dnf) ship the /etc/sysctl.d/99-sysctl.conf link to it.
      if (prov.distribution === 'rhel') continue;
      // Tools other than cloud-init are reported once per file, at the first step that adds
      // lines to it (a `sed -i '/x/d'` clean-up before the append only removes some).
      if (prov.tool !== 'cloud-init') {
        if (reported.has(f.nodeFile)) continue;
        const adding = prov.files.find((g) => g.nodeFile === f.nodeFile && g.mode !== 'edit');
        if (adding && adding !== f) continue;
        reported.add(f.nodeFile);
      }
      report({ ...vars, text: f.mode === 'append' ? 'appends to' : f.mode === 'edit' ? 'edits' : 'writes' }, f.location);
    }
  }
}
