/**
 * The shape of `.sysctl-lint.yaml`. schemas/config.schema.json is the contract; these types
 * mirror it (test/config checks that both name the same fields).
 */
import type { Severity } from '../core/finding';
import type { NodeRole } from '../model/types';

export type RuleLevel = Severity | 'off';

export interface ConfigContext {
  /** Read as written (`5.10` stays 5.10 even though YAML sees the number 5.1). */
  kernel?: string;
  kubernetesVersion?: string;
  nodeRole?: NodeRole;
  nodePortRange?: string;
  applier?: 'systemd' | 'procps' | 'both';
  kubeProxyMode?: 'iptables' | 'ipvs' | 'nftables';
}

interface ConfigOverride {
  files: string[];
  rules: Record<string, RuleLevel>;
}

interface ConfigNodeGroup {
  name: string;
  files: string[];
}

export interface ConfigFile {
  $schema?: string;
  context?: ConfigContext;
  rules?: Record<string, RuleLevel>;
  overrides?: ConfigOverride[];
  policies?: string[];
  ignore?: string[];
  respectGitignore?: boolean;
  nodes?: ConfigNodeGroup[];
  /** Base URL of the rules reference that reports link to (--docs-base-url). */
  docsBaseUrl?: string;
}

/** Top-level fields, in the order --print-config shows them. */
export const CONFIG_FIELDS = ['context', 'rules', 'overrides', 'policies', 'ignore', 'respectGitignore', 'nodes', 'docsBaseUrl'] as const;
export const CONTEXT_FIELDS = ['kernel', 'kubernetesVersion', 'nodeRole', 'nodePortRange', 'applier', 'kubeProxyMode'] as const;
