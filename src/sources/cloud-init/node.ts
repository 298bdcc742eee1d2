/**
 * One user-data file is one machine: the sysctl files its steps write (merged per path in run
 * order: a write truncates, an append or edit adds lines), the values its commands write at
 * run time (after the files, bootcmd before runcmd), and the provisioning timeline policies
 * judge (which file is re-applied after it is written).
 */
import path from 'node:path';
import { placeUnderRoot } from '../../model/node-layout';
import type { NodeSpec } from '../../model/build';
import type { Assignment, NodeFile, ProvisionedFile, ProvisioningReapply } from '../../model/types';
import { writeToAssignment } from '../shell/index';
import type { ParsedSysctl } from '../../model/facts';
import type { FileEvent, UserDataFacts } from './facts';

function merge(parts: ParsedSysctl[]): ParsedSysctl {
  return {
    assignments: parts.flatMap((p) => p.assignments),
    exclusions: parts.flatMap((p) => p.exclusions),
    issues: parts.flatMap((p) => p.issues),
  };
}

export function userDataNode(facts: UserDataFacts): NodeSpec | undefined {
  if (!facts.hasSettings) return undefined;
  const display = facts.file;
  const byPath = new Map<string, { events: FileEvent[]; parts: ParsedSysctl[] }>();
  const events = [...facts.files].sort((a, b) => a.order - b.order);
  for (const e of events) {
    let entry = byPath.get(e.path);
    if (!entry) {
      entry = { events: [], parts: [] };
      byPath.set(e.path, entry);
    }
    entry.events.push(e);
    if (e.mode === 'create' || e.mode === 'copy') entry.parts = [];
    if (e.parsed) entry.parts.push(e.parsed);
  }
  const files: NodeFile[] = [];
  const provisioned: ProvisionedFile[] = [];
  for (const [p, entry] of byPath) {
    const placement = placeUnderRoot(p.replace(/^\/+/, ''), display);
    if (!placement) continue;
    const name = path.posix.basename(p);
    const nodeFile: NodeFile = {
      file: display,
      nodePath: placement.nodePath,
      name,
      dirRank: placement.dirRank,
      parsed: merge(entry.parts),
      via: entry.events.map((e) => e.step.label).join(', ') + ` ${p}`,
      realFile: `${display}#${p}`,
      ignoredName: placement.dirRank >= 0 && !name.endsWith('.conf'),
    };
    files.push(nodeFile);
    for (const e of entry.events) {
      provisioned.push({ nodeFile, location: { file: display, span: e.location }, mode: e.mode, step: e.step.label, order: e.order });
    }
  }
  if (facts.rancher?.assignments.length) {
    files.push({ file: display, nodePath: 'rancher.sysctl', name: 'rancher.sysctl', dirRank: 0, parsed: facts.rancher, via: 'rancher.sysctl', realFile: `${display}#rancher.sysctl` });
  }
  const runtime: Assignment[] = [...facts.writes]
    .sort((a, b) => a.order - b.order)
    .map(({ write, step }) => ({ ...writeToAssignment(write, { file: display, scope: 'node', via: step.label }), runs: step.runs, step: step.label }));
  const reapplies: ProvisioningReapply[] = facts.reapplies.map(({ reapply, step, order }) => ({
    kind: reapply.kind,
    files: reapply.files,
    location: { file: display, span: reapply.span },
    step: step.label,
    order,
  }));
  return {
    id: `cloud-init:${display}`,
    label: display,
    complete: false,
    files,
    runtime,
    modules: facts.modules,
    modulesKnown: facts.modulesKnown,
    scope: 'node',
    role: facts.kubernetesHint ? { value: 'kubernetes', source: `inferred: ${facts.kubernetesHint}` } : undefined,
    provisioning: { tool: 'cloud-init', files: provisioned, reapplies },
  };
}
