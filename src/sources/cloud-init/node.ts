/**
 * One user-data file is one machine: the sysctl files its steps write (merged per path in run
 * order: a write truncates, an append or edit adds lines), the values its commands write at
 * run time (after the files, bootcmd before runcmd), and the provisioning timeline policies
 * judge (which file is re-applied after it is written).
 */
import type { NodeSpec } from '../../model/build';
import type { Assignment, ProvisioningReapply } from '../../model/types';
import { filesFromEvents } from '../provisioning/facts';
import { writeToAssignment } from '../shell/index';
import type { UserDataFacts } from './facts';

export function userDataNode(facts: UserDataFacts): NodeSpec | undefined {
  if (!facts.hasSettings) return undefined;
  const display = facts.file;
  const { files, provisioned } = filesFromEvents(
    facts.files.map((e) => ({ ...e, location: { file: display, span: e.location } })),
    display,
  );
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
    provisioning: { tool: 'cloud-init', timing: 'first-boot', files: provisioned, reapplies },
  };
}
