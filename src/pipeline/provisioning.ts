/**
 * Provisioning sources (Packer templates, Ansible roles, scripts) make other files part of their
 * node: they are linted ahead of the walk, lower ranks first (a template before the scripts it
 * runs, a script before the files it copies), and what they consumed is not linted again on
 * its own.
 */
import type { InputFile } from '../inputs/discover';
import type { InputList } from '../inputs/input-list';
import { decodeText, type FileRead } from '../inputs/read-file';
import { readAheadRankOf } from '../sources/registry';
import type { SourceHandler } from '../sources/types';
import { detectKind } from './detect';
import { readAhead, type FileStages } from './file';

/** The inputs a provisioning kind claims by path, lowest rank first. */
function ranked(inputs: InputList): Array<{ f: InputFile; i: number; rank: number }> {
  const out: Array<{ f: InputFile; i: number; rank: number }> = [];
  for (let i = 0; i < inputs.length; i++) {
    if (!inputs.claimedNotMasked(i)) continue;
    // The walk worked the rank out for the inputs it listed; others are asked by their path.
    let rank = inputs.rankAt(i);
    if (rank === undefined) rank = readAheadRankOf(inputs.display(i), inputs.claimsAt(i));
    if (rank !== undefined && rank !== null) out.push({ f: inputs.get(i), i, rank });
  }
  return out.sort((a, b) => a.rank - b.rank);
}

/**
 * Hands each provisioning input, in rank order, to `lint` (read and detected already), unless
 * `done` holds it: it was consumed by a file of a lower rank.
 */
export function lintProvisioningAhead(inputs: InputList, stages: FileStages, done: Set<string>, lint: (f: InputFile, i: number, preread: { read: FileRead; handler: SourceHandler }) => void): void {
  for (const { f, i, rank } of ranked(inputs)) {
    if (done.has(f.abs)) continue;
    const read = readAhead(f, stages);
    if (!read) continue;
    const text = decodeText(read.bytes);
    const handler = stages.timer.time('detect', () => detectKind(f, text));
    if (!handler || handler.readAheadRank?.(f.display) !== rank) continue;
    done.add(f.abs);
    lint(f, i, { read, handler });
  }
}
