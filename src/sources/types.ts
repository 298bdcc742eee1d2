/**
 * A source kind knows one file format: how to recognise it and how to turn a file into facts
 * for the node model. Sources know nothing about policies.
 */
import type { Finding } from '../core/finding';
import type { Placement } from '../model/node-layout';
import type { NodeSpec } from '../model/build';
import type { NodeFile } from '../model/types';
import type { ClusterFactInput } from '../model/cluster';

/** @public The source kind ids (one per folder of src/sources). */
export type SourceKind = 'sysctl-conf' | 'cloud-init' | 'k8s-manifest' | 'helm-values' | 'talos-config' | 'shell-script' | 'packer' | 'ansible' | 'helm-partial' | 'distro-config' | 'systemd-unit' | 'modules-load';

/** Another file of the linted tree that a file refers to (a script a Packer template runs). */
export interface RelatedFile {
  abs: string;
  /** Path shown to users. */
  display: string;
  text: string;
}

export interface SourceInput {
  abs: string;
  /** Path shown to users. */
  display: string;
  text: string;
  /** The bytes `text` was decoded from (binary formats such as gzip user-data need them). */
  bytes?: Buffer;
  /** Named on the command line. */
  explicit: boolean;
  /** A symlink to /dev/null. */
  devNull: boolean;
  isSymlink: boolean;
  /** The file's real path (symlinks resolved), to recognise one file reached twice. */
  realFile: string;
  /**
   * Reads a file this one refers to (a script, a template source, an uploaded file). Undefined
   * when it does not exist, is ignored, or lies outside the linted tree: nothing else is read.
   */
  readRelated?: (abs: string) => RelatedFile | undefined;
}

/**
 * What a file contributes. Sysctl files join a node decided by their placement (several files
 * make one node); other sources may bring whole nodes of their own (a cloud-init user-data
 * is one machine, a pod spec is one network namespace).
 */
export interface Extraction {
  nodeFiles?: Array<{ placement: Placement; file: NodeFile }>;
  nodes?: NodeSpec[];
  /** Findings about the file itself (unparsable YAML, undecodable content). */
  findings?: Finding[];
  /** Facts about the cluster (NodePort range, kube-proxy mode, kubelet settings), merged after every file was read. */
  clusterFacts?: ClusterFactInput[];
  /**
   * Files read through `readRelated` that are part of this file's node (a template's scripts, a
   * role's templates): they are not linted again on their own.
   */
  consumed?: RelatedFile[];
}

export interface SourceHandler {
  kind: SourceKind;
  /** What users call a file of this kind ("a Packer template"): the unrecognized-file message lists them. */
  label: string;
  /** Cheap claim from the path alone, used while walking directories (no reads). */
  claimsPath(display: string): boolean;
  /** Claim from the content, for files named explicitly or claimed by path only tentatively. */
  claimsContent(text: string, display: string): boolean;
  extract(input: SourceInput): Extraction;
  /**
   * For a tentative claim by path (any `*.yaml`): does the content confirm it? A file that does
   * not is offered to the other kinds, and skipped quietly unless it was named explicitly.
   */
  confirmsContent?(input: Pick<SourceInput, 'abs' | 'display' | 'text' | 'explicit'>): boolean;
  /**
   * Facts from files of this kind concern only the nodes those files are placed in (nothing
   * repository-wide such as a cluster's NodePort range). When every input of a run is of such
   * kinds, each node is judged as soon as its last file is read and then dropped.
   */
  selfContained?: boolean;
  /**
   * Files of this kind can state facts about the whole cluster (NodePort range, kube-proxy
   * mode, kubelet settings), but only when their text matches this. Such files are read ahead
   * of the walk, so every node can be judged as soon as it is complete.
   */
  clusterFactTrigger?: RegExp;
  /**
   * With `--root DIR`: the paths below the root filesystem that hold this kind's files.
   * `image` files are the node's own settings, placed under the root as its appliers read them;
   * `context` files are read as named (static pods, the kubelet configuration).
   */
  rootPaths?: { role: 'image' | 'context'; paths: readonly string[] };
  /**
   * Provisioning sources read other files as parts of their own node (a Packer template runs
   * scripts, a script copies files, an Ansible role renders templates). Files of such a kind
   * are processed ahead of the walk, lower ranks first, so that a file another one consumes is
   * never linted on its own as well. Returns the rank for a path this kind claims, else
   * undefined.
   */
  readAheadRank?(display: string): number | undefined;
}
