import type { Span } from '../core/span';
import type { ParsedSysctl, SysctlAssignment } from './facts';
import type { Version } from './version';
import type { PortInterval } from './values';

/**
 * Where a value lives. `node`: the host network namespace (sysctl files, cloud-init, image
 * scripts, privileged hostNetwork containers). `pod`: a pod's own namespaces (securityContext
 * sysctls, privileged containers without hostNetwork). `cluster`: facts about the whole cluster
 * (its NodePort range, kube-proxy mode), judged once per run.
 */
export type Scope = 'node' | 'pod' | 'cluster';

/** Which program applies a set of sysctl files. */
export type Applier = 'systemd' | 'procps';

export type NodeRole = 'kubernetes' | 'generic' | 'unknown';

/** sysctl.d directories, highest priority first (sysctl.d(5), procps >= 3.3.17). */
export const SYSCTL_DIRS = ['/etc/sysctl.d', '/run/sysctl.d', '/usr/local/lib/sysctl.d', '/usr/lib/sysctl.d', '/lib/sysctl.d'] as const;

/** One sysctl configuration file as it would sit on a node. */
export interface NodeFile {
  /** Path shown to users and used in findings (relative to the working directory). */
  file: string;
  /**
   * Where the file lives on the node: `/etc/sysctl.d/99-x.conf`, `/etc/sysctl.conf`, or
   * `<dir>/<name>` for a loose drop-in set whose directory is not a known sysctl.d one.
   */
  nodePath: string;
  /** The file name; files are applied in byte order of this name across directories. */
  name: string;
  /** Index into SYSCTL_DIRS, or -1 for /etc/sysctl.conf, or 99 for a loose set. */
  dirRank: number;
  /** A symlink to /dev/null: masks same-named files and contributes nothing. */
  devNull?: boolean;
  parsed: ParsedSysctl;
  /** Human description of an embedding, e.g. `write_files[2] /etc/sysctl.d/k8s.conf`. */
  via?: string;
  /** Identity of the underlying file (its real path): a symlink and its target share it. */
  realFile: string;
  /** A file in a sysctl.d directory that neither applier reads (not `*.conf`). */
  ignoredName?: boolean;
  /** The file is a symbolic link (99-sysctl.conf -> ../sysctl.conf). */
  isSymlink?: boolean;
  /**
   * Set when this file is a link to another file of the same node: the display path of that
   * file, where findings about these lines are reported (once, not once per path).
   */
  aliasOf?: string;
}

/** One write of a key, in the order an applier performs it. */
export interface Assignment extends SysctlAssignment {
  /** File (as shown to users) holding the key. */
  file: string;
  nodeFile?: NodeFile;
  scope: Scope;
  /** `boot`: files applied by systemd-sysctl/procps; `runtime`: commands run later. */
  phase: 'boot' | 'runtime';
  /** Describes the source when it is not a plain sysctl file (`runcmd`, `initContainer sysctl`). */
  via?: string;
  /**
   * What wrote the value: a sysctl file (the default), a pod's `securityContext.sysctls`, or a
   * command run by a container.
   */
  origin?: AssignmentOrigin;
  /**
   * A command's value that the shell split into words (`sysctl -w k=1024 65535`): only the
   * first word is written; `words` are the separate arguments sysctl received.
   */
  split?: { words: string[]; span: Span };
  /** A command's write: when the command runs (see WriteTiming). */
  runs?: WriteTiming;
  /** The step that runs the command, for messages: `runcmd[3]`, `bootcmd[0]`, `part-001 (shell script)`. */
  step?: string;
}

/**
 * What provisions a node on its first boot (cloud-init): which steps write sysctl files and
 * which re-apply them, in the order they run. systemd-sysctl has already run by then, so a
 * file written there takes effect only at the next boot unless a later step re-applies it.
 */
export interface Provisioning {
  /** `cloud-init`, `script`, `packer`, `ansible`. */
  tool: string;
  /**
   * When the files are written. Only `first-boot` writes happen after systemd-sysctl ran on
   * the machine that keeps them (the file is applied at the next boot); files written while
   * an image is built are applied at every boot of the image.
   */
  timing: 'first-boot' | 'build' | 'once' | 'unknown';
  /**
   * The distribution family the provisioning shows (its package manager): `rhel` for yum/dnf
   * only, `debian` for apt/dpkg only; undefined when it shows neither or both.
   */
  distribution?: 'rhel' | 'debian';
  files: ProvisionedFile[];
  reapplies: ProvisioningReapply[];
}

export interface ProvisionedFile {
  nodeFile: NodeFile;
  /** Where the write is requested (the `path` of a write_files entry, a command's target). */
  location: { file: string; span: Span };
  mode: 'create' | 'append' | 'edit' | 'copy';
  /** `write_files[0]`, `runcmd[2]`. */
  step: string;
  /** Position among the node's provisioning steps; a re-apply with a higher order follows it. */
  order: number;
}

export interface ProvisioningReapply {
  /** `system`: all sysctl files; `files`: the listed paths (globs allowed); `reboot`. */
  kind: 'system' | 'files' | 'reboot';
  files: string[];
  location: { file: string; span: Span };
  step: string;
  order: number;
}

export type AssignmentOrigin = 'file' | 'pod-sysctls' | 'container';

/**
 * When a command that writes a kernel value runs, which decides whether the value survives:
 * - `every-boot`: at each boot (cloud-init bootcmd, boothooks, rc.local, a systemd unit): the
 *   value is back after every reboot;
 * - `first-boot`: once per instance on its first boot (cloud-init runcmd and script parts);
 * - `once`: when a provisioning run executes it on a running machine (an Ansible task, a
 *   script run by a tool or by hand): lost at the next reboot;
 * - `unknown`: a script nothing in the linted files runs; taken as run once, since a script
 *   run at boot is started by something (a unit, rc.local, user-data) that says so;
 * - `build`: while an image is built (a Packer provisioner): changes the build machine only
 *   and never reaches the image.
 */
export type WriteTiming = 'every-boot' | 'first-boot' | 'once' | 'unknown' | 'build';

export interface EffectiveSetting {
  key: string;
  winner: Assignment;
  /** Earlier assignments the winner overrides, oldest first. */
  overridden: Assignment[];
  /** The winner is a glob assignment that matched this key. */
  viaGlob: boolean;
}

export interface AppliedState {
  /** `live`: the values a running kernel has (no applier, no files). */
  applier: Applier | 'live';
  /** Explicit keys, in the order the applier finally writes them. */
  effective: Map<string, EffectiveSetting>;
  /** Glob assignments still in force (explicit keys beat them). */
  globs: EffectiveSetting[];
  exclusions: string[];
  /** Files read, in order. */
  files: NodeFile[];
  /**
   * The writes the applier performs, in order: every line for procps, the final value of each
   * key in the order of its last change for systemd. Keys whose validity depends on another
   * key's current value (ip_local_port_range vs ip_unprivileged_port_start) read this.
   */
  writes: Assignment[];
}

export interface MaskedFile {
  file: NodeFile;
  by: NodeFile;
}

export interface ContextValue<T> {
  value: T;
  /** Where the value came from: `--kernel`, `default`, a file location. */
  source: string;
  location?: { file: string; span: Span };
}

export interface NodeContext {
  kernel?: ContextValue<Version>;
  kubernetesVersion?: ContextValue<Version>;
  nodeRole: ContextValue<NodeRole>;
  nodePortRange: ContextValue<PortInterval>;
  appliers: Applier[];
  kubeProxyMode?: ContextValue<string>;
  /** kubelet configuration found in the linted files (KubeletConfiguration, kubelet flags). */
  kubelet?: KubeletContext;
  /** Set for pod-scope nodes: the pod whose namespaces the values live in. */
  pod?: PodContext;
}

export interface KubeletContext {
  allowedUnsafeSysctls?: ContextValue<string[]>;
  protectKernelDefaults?: ContextValue<boolean>;
}

export interface PodContext {
  hostNetwork: boolean;
  hostIPC: boolean;
  /** `DaemonSet kube-system/ingress-nginx`, for messages. */
  workload: string;
}

/**
 * A structural fact a source found that is a problem in itself, independent of any value: a
 * field in the wrong place, a write that cannot succeed. Policies decide whether and how to
 * report it (`check: { observation: ... }`).
 */
export interface Observation {
  kind: ObservationKind;
  location: { file: string; span: Span };
  key?: string;
  /** Message variables (`field`, `hint`, `via`...). */
  vars: Record<string, string>;
  /** Other places the finding should point at (the first of two duplicate entries). */
  related?: Array<{ location: { file: string; span: Span }; message: string }>;
}

export type ObservationKind = 'misplaced-sysctls' | 'malformed-pod-sysctl' | 'unprivileged-sysctl-write' | 'duplicate-pod-sysctl';

export interface NodeModel {
  id: string;
  /** Label shown in messages: the root directory or the loose files' directory. */
  label: string;
  /** Root directory of an image tree, when the files sit in one. */
  root?: string;
  /** The tree is a complete root filesystem (`--root`): absence of files is meaningful. */
  complete: boolean;
  files: NodeFile[];
  masked: MaskedFile[];
  states: AppliedState[];
  /** Assignments that are not files: commands run later (cloud-init runcmd, containers). */
  runtime: Assignment[];
  /** Kernel modules loaded at boot by modules-load.d / /etc/modules in the same tree. */
  modules: Set<string>;
  /** Some modules-load.d configuration was found, so `modules` can be trusted. */
  modulesKnown: boolean;
  context: NodeContext;
  scope: Scope;
  /** Structural facts from the sources (misplaced fields, writes that cannot succeed). */
  observations: Observation[];
  /** How the node was provisioned (cloud-init user-data, a script, a Packer build, an Ansible role), when it comes from one. */
  provisioning?: Provisioning;
  /**
   * Writes made while an image was built (Packer provisioners): they change the build machine
   * only, so they are not values of the node; build-time policies judge them.
   */
  buildWrites?: Assignment[];
  // --- live values ---
  /** `live`: the node is a running kernel's values (--live, --live-snapshot), not files. */
  provenance?: 'files' | 'live';
  /** The running kernel's values to compare the files' effective values with (drift). */
  live?: LiveValues;
}

/** Values read from a running kernel: /proc/sys or a `sysctl -a` snapshot. */
export interface LiveValues {
  /** `/proc/sys` or the snapshot's path, for messages. */
  label: string;
  /** Canonical key -> the value, located in the snapshot line or the /proc/sys file. */
  values: Map<string, Assignment>;
}
