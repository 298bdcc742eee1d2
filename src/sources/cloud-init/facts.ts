/**
 * What one user-data says about kernel settings, collected from all its parts in the order
 * cloud-init runs them on the first boot:
 *
 *   boothooks -> bootcmd -> write_files -> write_files (defer: true) -> runcmd and shell
 *   script parts -> power_state
 *
 * (cloud.cfg: bootcmd and write_files are init-stage modules; write_files_deferred and
 * scripts_user, which runs runcmd and the script parts, are final-stage modules.)
 * systemd-sysctl has run before any of them.
 */
import { defineEngineRule } from '../../core/engine-rule';
import type { Finding } from '../../core/finding';
import type { Span } from '../../core/span';
import type { ParsedSysctl } from '../../model/facts';
import type { DistroConfigFile } from '../../model/distro-config';
import type { ShellAnalysis, SysctlReapply, SysctlWrite } from '../shell/index';
import { parseContentAsSysctl } from '../shell/index';
import { shellIssueRule } from '../shell/syntax-rule';
import { parseModulesList } from '../../model/modules';

export type Stage = 'boothook' | 'bootcmd' | 'write_files' | 'write_files (deferred)' | 'runcmd' | 'script' | 'power_state';

const STAGE_ORDER: Record<Stage, number> = {
  boothook: 1,
  bootcmd: 2,
  write_files: 3,
  'write_files (deferred)': 4,
  runcmd: 5,
  script: 5,
  power_state: 6,
};

/** Boothooks and bootcmd run at every boot; everything else once per instance. */
const EVERY_BOOT = new Set<Stage>(['boothook', 'bootcmd']);

export interface Step {
  stage: Stage;
  /** `runcmd[3]`, `write_files[0]`, `part-001`. */
  label: string;
  /** Run order (stage first, then position in the user-data). */
  order: number;
  runs: 'every-boot' | 'first-boot';
}

export interface FileEvent {
  path: string;
  /** Run order: the step's, then the command's position within the step. */
  order: number;
  location: Span;
  mode: 'create' | 'append' | 'edit' | 'copy';
  /** The lines written; undefined when the content is not known (copied from elsewhere). */
  parsed?: ParsedSysctl;
  step: Step;
}

export class UserDataFacts {
  readonly files: FileEvent[] = [];
  readonly writes: Array<{ write: SysctlWrite; step: Step; order: number }> = [];
  readonly reapplies: Array<{ reapply: SysctlReapply; step: Step; order: number }> = [];
  readonly modules = new Set<string>();
  /** Some modules-load.d file is written, so the modules loaded at boot are partly known. */
  modulesKnown = false;
  /** Why this machine is a Kubernetes node, when the user-data shows it (`runcmd[3] runs kubeadm`). */
  kubernetesHint?: string;
  /** k3s/RKE2 configurations written by `write_files`, and whether each was read completely. */
  readonly distroConfigs: Array<{ fact: DistroConfigFile; complete: boolean }> = [];
  /** RancherOS `rancher.sysctl` settings, applied by RancherOS at every boot like a sysctl file. */
  rancher?: ParsedSysctl;
  readonly findings: Finding[] = [];
  private seq = 0;

  constructor(readonly file: string) {}

  step(stage: Stage, label: string): Step {
    return { stage, label, order: STAGE_ORDER[stage] * 1e6 + this.seq++, runs: EVERY_BOOT.has(stage) ? 'every-boot' : 'first-boot' };
  }

  /** Records what a command (or script) does. */
  addShell(a: ShellAnalysis, step: Step): void {
    const at = (order: number) => step.order * FACTS_PER_STEP + order;
    for (const w of a.writes) this.writes.push({ write: w, step, order: at(w.order) });
    for (const r of a.reapplies) this.reapplies.push({ reapply: r, step, order: at(r.order) });
    for (const f of a.fileWrites) this.files.push({ path: f.path, order: at(f.order), location: f.pathSpan, mode: f.mode, parsed: f.content ? parseContentAsSysctl(f.content) : undefined, step });
    for (const m of a.moduleFiles) {
      this.modulesKnown = true;
      if (m.content) for (const name of parseModulesList(m.content.text)) this.modules.add(name);
    }
    for (const i of a.issues) {
      this.findings.push({ ruleId: shellIssueRule(i.code), severity: 'warning', message: `${step.label}: ${i.message}`, location: { file: this.file, span: i.span }, related: [] });
    }
  }

  /** Notes a command text or package list that installs or starts Kubernetes. */
  noteKubernetes(text: string, where: string, verb = 'runs'): void {
    if (this.kubernetesHint) return;
    const m = KUBERNETES_HINT.exec(text);
    if (m) this.kubernetesHint = `${where} ${verb} ${m[0]}`;
  }

  /** Whether anything here concerns kernel settings (otherwise the user-data is no node). */
  get hasSettings(): boolean {
    return this.files.length > 0 || this.writes.length > 0 || !!this.rancher?.assignments.length;
  }
}

/** Room for the facts of one step in the run order (a step's facts come before the next step's). */
export const FACTS_PER_STEP = 100_000;

/** Commands and packages that make a machine a Kubernetes node. */
const KUBERNETES_HINT = /\b(kubeadm|kubelet|k3s|rke2|microk8s)\b|\/etc\/eks\/bootstrap\.sh/;

/** Findings the cloud-init source raises itself (input problems, not policies). */
/** Engine rules of cloud-init user-data. */
export const CLOUD_INIT_RULES = {
  undecodable: defineEngineRule({
    id: 'sysctl-lint/cloud-init-undecodable',
    title: 'Encoded user-data content decodes',
    severity: 'error',
    appliesTo: 'cloud-init write_files entries for sysctl and modules-load.d files, MIME parts, gzip-compressed user-data',
    rationale: 'Content whose base64 (as Python decodes it) or gzip is broken makes cloud-init fail to write the file or drop the part: the settings in it never reach the node.',
    fix: 'Re-encode the content (`base64 -w0 file`, `gzip -c file | base64 -w0`) and check the `encoding:` matches.',
  }),
  encoding: defineEngineRule({
    id: 'sysctl-lint/cloud-init-unknown-encoding',
    title: 'write_files encodings are ones cloud-init knows',
    severity: 'warning',
    appliesTo: 'cloud-init write_files entries for sysctl and modules-load.d files',
    rationale: 'cloud-init writes content with an unknown `encoding` as plain text, so encoded content lands in the file still encoded.',
    fix: 'Use one of `b64`, `base64`, `gz`, `gzip`, `gz+b64`, `gz+base64`, `gzip+b64`, `gzip+base64` or `text/plain`.',
  }),
};
