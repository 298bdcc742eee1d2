/**
 * Cluster facts read ahead of the walk. A NodePort range or a kube-proxy mode found in any file
 * applies to every node, so the files that can state one are read first and only their cluster
 * facts kept; every node can then be judged as soon as it is complete.
 *
 * The read-ahead reads every input that is not claimed by a self-contained kind, so it also
 * decides each one's kind: the walk then skips, without reading it again, a file no kind
 * understands (most `*.yaml` files of a repository), and does not detect a kind twice. Only
 * files whose own kind's trigger matches (`clusterFactTrigger`: under 1 % of a repository) are
 * extracted here, and the walk uses that extraction instead of extracting them again.
 */
import type { InputFile } from '../inputs/discover';
import type { InputList } from '../inputs/input-list';
import { decodeText, type FileRead } from '../inputs/read-file';
import type { ClusterFactInput } from '../model/cluster';
import { firstClaimant, handlerForPath, SOURCES } from '../sources/registry';
import type { Extraction, SourceHandler } from '../sources/types';
import { detectKind } from './detect';
import { extractAhead, processFile, readAhead, type FileStages } from './file';

/**
 * Per input (by index), the kind the read-ahead detected from its content: a byte each, as the
 * list of inputs can be long. `undefined` when the read-ahead did not read it (the walk
 * decides), `null` when no kind understands it.
 */
export class DetectedKinds {
  private readonly codes: Uint8Array;

  constructor(length: number) {
    this.codes = new Uint8Array(length);
  }

  set(i: number, kind: SourceHandler | null): void {
    this.codes[i] = kind === null ? 1 : 2 + SOURCES.indexOf(kind);
  }

  get(i: number): SourceHandler | null | undefined {
    const c = this.codes[i] as number;
    return c === 0 ? undefined : c === 1 ? null : SOURCES[c - 2];
  }
}

export interface ReadAheadResult {
  facts: ClusterFactInput[];
  kinds: DetectedKinds;
  /**
   * By input index: what the read-ahead read (and extracted, for files whose cluster-fact
   * trigger matched), for the walk to use instead of reading the file again, and delete.
   */
  extracted: Map<number, { read: FileRead; handler: SourceHandler; extraction?: Extraction }>;
}

/** What the read-ahead learnt of one input: its kind, and its extraction when its cluster-fact trigger matched. */
export interface AheadFile {
  /** The kind detected from its content, `null` when no kind understands it, `undefined` when it was not read. */
  kind: SourceHandler | null | undefined;
  facts?: ClusterFactInput[];
  extracted?: { read: FileRead; handler: SourceHandler; extraction: Extraction };
  /** A file some kind understands, read but not extracted: the walk may use the read instead of reading again. */
  read?: { read: FileRead; handler: SourceHandler };
}

/** Inputs the read-ahead does not read: links to /dev/null and files a self-contained kind claims by path. */
export function skippedAhead(f: InputFile): boolean {
  return f.devNull || (f.claimedByPath && !!(f.claims === undefined ? handlerForPath(f.display) : firstClaimant(f.claims))?.selfContained);
}

/** {@link skippedAhead} for input `i` of a list, answered from the list's flags when it can be, without making the input's paths. */
export function skippedAheadAt(inputs: InputList, i: number): boolean {
  const claims = inputs.claimsAt(i);
  if (claims === undefined) return skippedAhead(inputs.get(i));
  return inputs.devNull(i) || (claims !== 0 && !!firstClaimant(claims)?.selfContained);
}

/** The read-ahead of one input that {@link skippedAhead} does not skip. */
export function readFileAhead(f: InputFile, stages: FileStages): AheadFile {
  const read = readAhead(f, stages);
  if (!read) return { kind: undefined };
  const text = decodeText(read.bytes);
  const handler = stages.timer.time('detect', () => detectKind(f, text));
  if (!handler) return { kind: null };
  if (handler.selfContained || !handler.clusterFactTrigger?.test(text)) return { kind: handler, read: { read, handler } };
  // Standard input is extracted by the walk only (it has no file to resolve).
  if (f.content) {
    const r = processFile(f, stages, { preread: { read, handler }, onlyIf: { text: () => true, kind: () => true } });
    return { kind: handler, facts: r.kind === 'extracted' ? (r.extraction.clusterFacts ?? []) : [] };
  }
  const extraction = extractAhead(f, read, handler, stages);
  return { kind: handler, facts: extraction.clusterFacts ?? [], extracted: { read, handler, extraction } };
}

/**
 * Bytes of files the read-ahead keeps for the walk (files a kind understands but the read-ahead
 * did not extract), so that the walk does not read them a second time. A bound, not a share of
 * the tree, so that memory does not grow with the repository: past it, files are read again.
 * The benchmark's 10k tree keeps 604 files, 0.37 MB; its 100k tree would keep 3.6 MB.
 */
const READ_AHEAD_KEPT_BYTES = 1024 * 1024;

export function readClusterFactsAhead(inputs: InputList, stages: FileStages): ReadAheadResult {
  const facts: ClusterFactInput[] = [];
  const kinds = new DetectedKinds(inputs.length);
  const extracted: ReadAheadResult['extracted'] = new Map();
  let keptBytes = 0;
  for (let i = 0; i < inputs.length; i++) {
    if (skippedAheadAt(inputs, i)) continue;
    const r = readFileAhead(inputs.get(i), stages);
    if (r.kind !== undefined) kinds.set(i, r.kind);
    if (r.facts) facts.push(...r.facts);
    if (r.extracted) extracted.set(i, r.extracted);
    else if (r.read && keptBytes + r.read.read.bytes.length <= READ_AHEAD_KEPT_BYTES) {
      keptBytes += r.read.read.bytes.length;
      extracted.set(i, r.read);
    }
  }
  return { facts, kinds, extracted };
}
