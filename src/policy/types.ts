/**
 * The shape of a policy file (policies/**\/*.yaml and user policy directories). The JSON
 * Schema in schemas/policy.schema.json is the contract; these types mirror it and a
 * meta-test keeps the operator names of both in sync.
 */
import type { RuleId, Severity } from '../core/finding';
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

/** A number, or a value taken from another setting or from the context. */
export type Operand = number | { setting: string; default?: number; appliedBefore?: boolean } | { context: 'nodePortRange.lo' | 'nodePortRange.hi' };

interface RangeOperand {
  context?: 'nodePortRange';
  range?: string;
}

export interface Assertion {
  equals?: string | number;
  notEquals?: string | number;
  oneOf?: Array<string | number>;
  notOneOf?: Array<string | number>;
  lt?: Operand;
  lte?: Operand;
  gt?: Operand;
  gte?: Operand;
  matches?: string;
  notMatches?: string;
  invalid?: true;
  low?: Assertion;
  high?: Assertion;
  overlaps?: { range: RangeOperand; excludeSetting?: string };
  sameParity?: true;
  moduleNotLoaded?: true;
  moduleDefault?: boolean;
  keyStatus?: KeyStatusWanted;
  valueShape?: ValueShapeWanted;
  podSafe?: boolean;
  kernelNamespace?: Array<'net' | 'ipc' | 'none'>;
  kubeletAllowed?: boolean;
  keyMatches?: string;
  allOf?: Assertion[];
  anyOf?: Assertion[];
  not?: Assertion;
}

/** What the kernel key list says about a key (see operators/kernel.ts). */
export type KeyStatusWanted = 'unknown' | 'removed' | 'vendor' | 'impossible' | 'read-only';

/** How a value fits what the key's handler reads (see operators/kernel.ts). */
export type ValueShapeWanted = 'extra-fields' | 'out-of-range';

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

export type Check = SettingCheck | SyntaxCheck | FileCheck | ContextCheck | ObservationCheck | CommandCheck | ProvisioningCheck;

interface PolicyCase {
  when?: ContextCondition;
  /** Extra condition on the value (setting checks only). */
  value?: Assertion;
  severity?: Severity | 'off';
  message?: string;
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
export function isObservationCheck(c: Check): c is ObservationCheck {
  return 'observation' in c;
}
export function isCommandCheck(c: Check): c is CommandCheck {
  return 'command' in c;
}
export function isProvisioningCheck(c: Check): c is ProvisioningCheck {
  return 'provisioning' in c;
}
