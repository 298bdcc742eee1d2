/**
 * Cluster facts from a file that was read only in part (a template before rendering, invalid
 * YAML) never decide the cluster's context for the other files: such a file is a cluster of its
 * own, whose values are still judged where they are written.
 */
import type { NodeSpec } from '../model/build';
import { mergeClusterFacts, type ClusterFactInput } from '../model/cluster';

export function clusterOfItsOwn(file: string, facts: ClusterFactInput[]): NodeSpec {
  return { id: `cluster:${file}`, label: file, complete: false, files: [], scope: 'cluster', cluster: mergeClusterFacts(facts), role: { value: 'kubernetes', source: `the cluster configuration in ${file}` } };
}
