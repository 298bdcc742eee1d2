/**
 * Cluster facts read ahead of the walk. A NodePort range or a kube-proxy mode found in any file
 * applies to every node, so the few files that can state one (their kind's trigger word is in
 * the text: under 1 % of a repository) are read first and only their cluster facts kept; the
 * walk proper reads them again. Every node can then be judged as soon as it is complete.
 */
import type { InputFile } from '../inputs/discover';
import type { ClusterFactInput } from '../model/cluster';
import { handlerForPath, SOURCES } from '../sources/registry';
import { processFile, type FileStages } from './file';

const triggers = SOURCES.flatMap((s) => (s.clusterFactTrigger ? [s.clusterFactTrigger] : []));

function mayStateClusterFacts(text: string): boolean {
  return triggers.some((t) => t.test(text));
}

export function readClusterFactsAhead(inputs: InputFile[], stages: FileStages): ClusterFactInput[] {
  const facts: ClusterFactInput[] = [];
  for (const f of inputs) {
    if (f.devNull || (f.claimedByPath && handlerForPath(f.display)?.selfContained)) continue;
    const r = processFile(f, stages, { onlyIf: { text: mayStateClusterFacts, kind: (h) => !h.selfContained } });
    if (r.kind === 'extracted') facts.push(...(r.extraction.clusterFacts ?? []));
  }
  return facts;
}
