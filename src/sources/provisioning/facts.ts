/**
 * What a provisioning run does to one machine's kernel settings, collected from every step in
 * the order the steps run: the sysctl files it writes into the machine (merged per path: a
 * write truncates, an append or an edit adds lines), the values its commands write into the
 * running kernel, and when those commands run. Shared by the sources that provision machines
 * with commands and files: shell scripts, Packer templates and Ansible roles.
 *
 * The timing decides what a value means:
 * - files land on the machine's disk (an image's, or a host's) and are applied at every boot;
 * - `build` writes change the machine that builds an image, never the image: they are kept
 *   apart (`buildWrites`) and are not values of the node;
 * - other writes are values of the node until the next reboot (`runtime`), tagged with when
 *   they run.
 */
import path from 'node:path';
import type { Finding } from '../../core/finding';
import type { Span } from '../../core/span';
import type { NodeSpec } from '../../model/build';
import { parseModulesList } from '../../model/modules';
import { placeUnderRoot } from '../../model/node-layout';
import type { Assignment, NodeFile, ProvisionedFile, ProvisioningReapply, WriteTiming } from '../../model/types';
import { parseContentAsSysctl, writeToAssignment, type ShellAnalysis, type SysctlFileWrite, type SysctlReapply, type SysctlWrite } from '../shell/index';
import type { ParsedSysctl } from '../../model/facts';
import { shellIssueRule } from '../shell/syntax-rule';

/** One step of a provisioning run: a script, a Packer provisioner, an Ansible task. */
export interface ProvisionStep {
  /** For messages: `provisioner "shell" #2 (scripts/base.sh)`, `task "Enable forwarding"`. */
  label: string;
  timing: WriteTiming;
}

export interface ProvisionFileEvent {
  /** Path on the machine. */
  path: string;
  order: number;
  /** Where the write is requested (a command's target path, a task's `dest`). */
  location: { file: string; span: Span };
  mode: 'create' | 'append' | 'edit' | 'copy';
  /** The lines written; undefined when the content is not known. */
  parsed?: ParsedSysctl;
  step: ProvisionStep;
}

/** Room for the facts of one step in the run order. */
const FACTS_PER_STEP = 100_000;

/** Commands and packages that make a machine a Kubernetes node. */
const KUBERNETES_HINT = /\b(kubeadm|kubelet|k3s|rke2|microk8s)\b|\/etc\/eks\/bootstrap\.sh/;
const RHEL_PACKAGES = /(^|[\s;&|(])(sudo\s+)?(yum|dnf|microdnf|amazon-linux-extras|subscription-manager)\s/m;
const DEBIAN_PACKAGES = /(^|[\s;&|(])(sudo\s+)?(apt-get|apt|dpkg|add-apt-repository)\s/m;


export class ProvisionFacts {
  readonly files: ProvisionFileEvent[] = [];
  readonly writes: Array<{ write: SysctlWrite; step: ProvisionStep; order: number; file: string }> = [];
  readonly reapplies: Array<{ reapply: SysctlReapply; step: ProvisionStep; order: number; file: string }> = [];
  readonly modules = new Set<string>();
  modulesKnown = false;
  kubernetesHint?: string;
  readonly findings: Finding[] = [];
  private steps = 0;

  /** `file`: the display path the node is named after (the script, the template, the role). */
  constructor(readonly file: string) {}

  /** The run-order base of the next step. */
  nextStep(): number {
    return ++this.steps * FACTS_PER_STEP;
  }

  /**
   * Records what a script does. `file` is the file its spans point into; `resolveCopy` gives
   * the content of a file a command copies into a sysctl location, when it can be known.
   */
  addShell(a: ShellAnalysis, step: ProvisionStep, file: string, resolveCopy?: (w: SysctlFileWrite) => ProvisionFileEvent['parsed'] | undefined): void {
    const base = this.nextStep();
    for (const w of a.writes) this.writes.push({ write: w, step, order: base + w.order, file });
    for (const r of a.reapplies) this.reapplies.push({ reapply: r, step, order: base + r.order, file });
    for (const f of a.fileWrites) {
      const parsed = f.content ? parseContentAsSysctl(f.content) : f.mode === 'copy' ? resolveCopy?.(f) : undefined;
      this.files.push({ path: f.path, order: base + f.order, location: { file, span: f.pathSpan }, mode: f.mode, parsed, step });
    }
    for (const m of a.moduleFiles) {
      this.modulesKnown = true;
      if (m.content) for (const name of parseModulesList(m.content.text)) this.modules.add(name);
    }
    for (const i of a.issues) {
      this.findings.push({ ruleId: shellIssueRule(i.code), severity: 'warning', message: `${step.label}: ${i.message}`, location: { file, span: i.span }, related: [] });
    }
  }

  /** Records a file written by other means than a command (a task's `dest`, a file upload). */
  addFile(event: Omit<ProvisionFileEvent, 'order'>): void {
    this.files.push({ ...event, order: this.nextStep() });
  }

  /** Notes a command text that installs or starts Kubernetes, and the package manager it uses. */
  noteKubernetes(text: string, where: string): void {
    if (RHEL_PACKAGES.test(text)) this.packageFamilies.add('rhel');
    if (DEBIAN_PACKAGES.test(text)) this.packageFamilies.add('debian');
    if (this.kubernetesHint) return;
    const m = KUBERNETES_HINT.exec(text);
    if (m) this.kubernetesHint = `${where} runs ${m[0]}`;
  }

  private readonly packageFamilies = new Set<'rhel' | 'debian'>();

  /** The one distribution family the commands' package managers show, if they show one. */
  get distribution(): 'rhel' | 'debian' | undefined {
    return this.packageFamilies.size === 1 ? [...this.packageFamilies][0] : undefined;
  }

  get hasSettings(): boolean {
    return this.files.length > 0 || this.writes.length > 0;
  }

  /** The machine these steps provision, as a node; undefined when they touch no setting. */
  toNode(id: string, tool: string, timing: 'build' | 'once' | 'unknown'): NodeSpec | undefined {
    if (!this.hasSettings) return undefined;
    const { files, provisioned } = filesFromEvents(this.files, this.file);
    const runtime: Assignment[] = [];
    const buildWrites: Assignment[] = [];
    for (const { write, step, file } of [...this.writes].sort((a, b) => a.order - b.order)) {
      const a: Assignment = { ...writeToAssignment(write, { file, scope: 'node', via: step.label }), runs: step.timing, step: step.label };
      (step.timing === 'build' ? buildWrites : runtime).push(a);
    }
    const reapplies: ProvisioningReapply[] = this.reapplies.map(({ reapply, step, order, file }) => ({ kind: reapply.kind, files: reapply.files, location: { file, span: reapply.span }, step: step.label, order }));
    return {
      id,
      label: this.file,
      complete: false,
      files,
      runtime,
      buildWrites,
      modules: this.modules,
      modulesKnown: this.modulesKnown,
      scope: 'node',
      role: this.kubernetesHint ? { value: 'kubernetes', source: `inferred: ${this.kubernetesHint}` } : undefined,
      provisioning: { tool, timing, files: provisioned, reapplies, distribution: this.distribution },
    };
  }
}

function locatedIn(p: ParsedSysctl, file: string): ParsedSysctl {
  return { assignments: p.assignments.map((a) => ({ ...a, file: a.file ?? file })), exclusions: p.exclusions, issues: p.issues.map((i) => ({ ...i, file: i.file ?? file })) };
}

function merge(parts: ParsedSysctl[]): ParsedSysctl {
  return { assignments: parts.flatMap((p) => p.assignments), exclusions: parts.flatMap((p) => p.exclusions), issues: parts.flatMap((p) => p.issues) };
}

/**
 * The sysctl files a sequence of writes leaves on a machine: per path, in run order, a write
 * or copy replaces what the earlier steps wrote and an append or edit adds to it. Files are
 * placed where the appliers look for them; `label` names the node (the user-data, the script).
 */
export function filesFromEvents(events: Array<Pick<ProvisionFileEvent, 'path' | 'order' | 'location' | 'mode' | 'parsed'> & { step: { label: string } }>, label: string): { files: NodeFile[]; provisioned: ProvisionedFile[] } {
  const byPath = new Map<string, { events: typeof events; parts: Array<{ parsed: ParsedSysctl; file: string }> }>();
  for (const e of [...events].sort((a, b) => a.order - b.order)) {
    let entry = byPath.get(e.path);
    if (!entry) {
      entry = { events: [], parts: [] };
      byPath.set(e.path, entry);
    }
    entry.events.push(e);
    if (e.mode === 'create' || e.mode === 'copy') entry.parts = [];
    if (e.parsed) entry.parts.push({ parsed: e.parsed, file: e.location.file });
  }
  const files: NodeFile[] = [];
  const provisioned: ProvisionedFile[] = [];
  for (const [p, entry] of byPath) {
    const placement = placeUnderRoot(p.replace(/^\/+/, ''), label);
    if (!placement) continue;
    const name = path.posix.basename(p);
    const owner = (entry.events[0] as (typeof events)[number]).location.file;
    const nodeFile: NodeFile = {
      file: owner,
      nodePath: placement.nodePath,
      name,
      dirRank: placement.dirRank,
      // Lines of one machine file can come from several files (a template's inline command
      // and a script it runs): each keeps the file its spans point into.
      parsed: merge(entry.parts.map((x) => (x.file === owner ? x.parsed : locatedIn(x.parsed, x.file)))),
      via: entry.events.map((e) => e.step.label).join(', ') + ` ${p}`,
      realFile: `${label}#${p}`,
      ignoredName: placement.dirRank >= 0 && !name.endsWith('.conf'),
    };
    files.push(nodeFile);
    for (const e of entry.events) provisioned.push({ nodeFile, location: e.location, mode: e.mode, step: e.step.label, order: e.order });
  }
  return { files, provisioned };
}
