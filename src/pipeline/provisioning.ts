/**
 * Provisioning sources (Packer templates, Ansible roles, scripts) make other files part of their
 * node: they are linted ahead of the walk, lower ranks first (a template before the scripts it
 * runs, a script before the files it copies), and what they consumed is not linted again on
 * its own.
 */
import type { InputFile } from '../inputs/discover';
import type { InputList } from '../inputs/input-list';
import { decodeText, type FileRead } from '../inputs/read-file';
import { SOURCES } from '../sources/registry';
import type { SourceHandler } from '../sources/types';
import { detectKind } from './detect';
import { readAhead, type FileStages } from './file';

/**
 * The kinds that have a read-ahead rank, as a `claimsOf` mask: a kind ranks only paths it
 * claims, so an input whose claims name none of these is no provisioning input, and its path
 * need not be made.
 */
const RANKED_KINDS = SOURCES.reduce((mask, s, k) => (s.readAheadRank ? mask | (1 << k) : mask), 0);

/** The inputs a provisioning kind claims by path, lowest rank first. */
function ranked(inputs: InputList): Array<{ f: InputFile; i: number; rank: number }> {
  const out: Array<{ f: InputFile; i: number; rank: number }> = [];
  for (let i = 0; i < inputs.length; i++) {
    if (!inputs.claimedNotMasked(i)) continue;
    const claims = inputs.claimsAt(i);
    if (claims !== undefined && (claims & RANKED_KINDS) === 0) continue;
    const display = inputs.display(i);
    let rank: number | undefined;
    for (let k = 0; k < SOURCES.length; k++) {
      if (claims !== undefined && (claims & (1 << k)) === 0) continue;
      const r = (SOURCES[k] as SourceHandler).readAheadRank?.(display);
      if (r !== undefined && (rank === undefined || r < rank)) rank = r;
    }
    if (rank !== undefined) out.push({ f: inputs.get(i), i, rank });
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
