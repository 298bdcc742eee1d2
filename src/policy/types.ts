/**
 * The shape of a policy file (policies/**\/*.yaml and user policy directories). The JSON
 * Schema in schemas/policy.schema.json is the contract; these types mirror it, and its
 * operator part is generated from the operator definitions (scripts/policy-schema.ts).
 */
import type { RuleId, Severity } from '../core/finding';
import type { FixAction } from '../core/fix';
import type { NodeRole, Scope, Applier, AssignmentOrigin, ObservationKind } from '../model/types';
import type { ValueType } from '../model/values';
import type { Placeholder } from './message';

export interface VersionCondition {
  known?: boolean;
  lt?: string;
  lte?: string;
  gt?: string;
  gte?: string;
}

/** Conditions on the context a node is linted in. All given fields must hold. */
export interface ContextCondition {
  kernel?: VersionCondition;
  kubernetesVersion?: VersionCondition;
  nodeRole?: NodeRole[];
  kubeProxyMode?: string[];
  applier?: Applier[];
  /** The tree is a complete root filesystem (linted with --root). */
  completeRoot?: boolean;
  /** modules-load.d files were found next to the sysctl files. */
  modulesKnown?: boolean;
  /** Pod-scope nodes: the pod shares the node's network namespace. */
  hostNetwork?: boolean;
  /** Pod-scope nodes: the pod shares the node's IPC namespace. */
  hostIPC?: boolean;
  /** A kubelet configuration (allowedUnsafeSysctls) was found in the linted files. */
  kubeletConfigKnown?: boolean;
  /** kubelet runs with protectKernelDefaults (from a KubeletConfiguration in the linted files). */
  protectKernelDefaults?: boolean;
}

/** The operators and what they take are defined in operators/ (see operators/define.ts). */
export type { Assertion } from './operators/define';
import type { Assertion } from './operators/define';

export type SettingTarget = 'effective' | 'assignments' | 'overridden' | 'divergent' | 'drift';

export interface SettingCheck {
  setting: string | string[];
  target?: SettingTarget;
  valueType?: ValueType;
  violation?: Assertion;
  /** Only values written this way (default: all). */
  origin?: AssignmentOrigin[];
  /**
   * One finding per file and value of this message variable (`module`), at the first line;
   * the other lines are its related locations.
   */
  oncePerFileBy?: Placeholder;
}

/** A value of the cluster context that came from the linted files, reported where it is written. */
export interface ContextCheck {
  context: 'nodePortRange' | 'kubeProxyMode';
  valueType?: ValueType;
  violation?: Assertion;
}

/** A structural fact a source observed (a misplaced field, a write that cannot succeed). */
export interface ObservationCheck {
  observation: ObservationKind;
}

export interface SyntaxCheck {
  syntax: Array<'not-assignment' | 'empty-key' | 'empty-value' | 'template-directive'>;
  oncePerFile?: boolean;
}

export interface FileCheck {
  file: 'masked' | 'sysctl-conf-ignored' | 'not-dotconf';
}

/** Writes made by commands (cloud-init, scripts, Packer, Ansible, container commands): see runtime-checks.ts. */
export interface CommandCheck {
  command: 'split-value' | 'not-persisted' | 'every-boot' | 'build-time' | 'lost-at-reboot';
  /** Only nodes provisioned by these tools (see ProvisioningCheck.tools); default: all. */
  tools?: string[];
}

/** How a node was provisioned (cloud-init's first boot, scripts, Packer, Ansible): see runtime-checks.ts. */
export interface ProvisioningCheck {
  provisioning: 'file-not-applied' | 'sysctl-conf-written';
  /** Only nodes provisioned by these tools (`cloud-init`, `script`, `packer`, `ansible`); default: all. */
  tools?: string[];
}

/** Every kind of check, by the key that names it in a policy's `check`. */
export interface CheckKinds {
  setting: SettingCheck;
  syntax: SyntaxCheck;
  file: FileCheck;
  context: ContextCheck;
  observation: ObservationCheck;
  command: CommandCheck;
  provisioning: ProvisioningCheck;
}

export type CheckKind = keyof CheckKinds;

export type Check = CheckKinds[CheckKind];

interface PolicyCase {
  when?: ContextCondition;
  /** Extra condition on the value (setting checks only). */
  value?: Assertion;
  severity?: Severity | 'off';
  message?: string;
}

/**
 * A fix the linter can make (`autofix`, beside `check`). `safe` fixes are applied by `--fix`;
 * the others are offered as suggestions in every output format.
 */
export interface Autofix {
  action: FixAction;
  /** The value `set-value` writes. */
  value?: string;
  /** Mechanical and meaning-preserving enough to apply without a decision (default false). */
  safe?: boolean;
  /** What the fix does, shown with it (default: a description of the action). */
  description?: string;
}

export interface Reference {
  title: string;
  url: string;
}

export interface Policy {
  /** Branded by the loader (load.ts): a policy's id is a registered rule id. */
  id: RuleId;
  title: string;
  severity: Severity;
  tags?: string[];
  scope?: Scope[];
  appliesWhen?: ContextCondition;
  check: Check;
  autofix?: Autofix;
  message: string;
  cases?: PolicyCase[];
  rationale: string;
  fix: string;
  references?: Reference[];
  aliases?: string[];
  /**
   * Rules whose finding on the same line and key this policy's finding replaces, because its
   * message already says what they would (tcp-tw-recycle-enabled notes the key's removal).
   */
  supersedes?: string[];
}

/** A policy as loaded: its data plus where it came from. */
export interface LoadedPolicy {
  policy: Policy;
  /** File the policy was read from (display path), or `builtin:<id>`. */
  source: string;
  builtin: boolean;
}

export function isSettingCheck(c: Check): c is SettingCheck {
  return 'setting' in c;
}
export function isSyntaxCheck(c: Check): c is SyntaxCheck {
  return 'syntax' in c;
}
export function isFileCheck(c: Check): c is FileCheck {
  return 'file' in c;
}
export function isContextCheck(c: Check): c is ContextCheck {
  return 'context' in c;
}
export function isCommandCheck(c: Check): c is CommandCheck {
  return 'command' in c;
}
