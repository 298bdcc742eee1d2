/**
 * The setting rules indexed by the keys they can flag. A third of the catalogue judges every
 * line of every node (`setting: '**'`), but most of those rules look for keys the policy lists
 * mark: unknown, removed, vendor or read-only keys, keys with a known value shape, keys of a
 * kernel namespace. What a rule's assertion needs of a key follows from its operators
 * (`mayHoldFor` in operators/), never from a list of rule ids, so a new rule or operator is
 * indexed as it is written. A line whose key its rule cannot flag is skipped before its value
 * is parsed; rules that fire on absence, on context or on any value (no assertion, or one
 * about the value alone) judge every line as before.
 */
import { MEMO_KEYS_PER_LIST, type PolicyLists } from './lists';
import { assertionMayHold, assertionReadsKey } from './operators/index';
import type { Assertion } from './operators/define';
import { derivedOnce } from '../core/memo';

export class KeyIndex {
  /** Per assertion: the answer for each key asked so far, or null when keys cannot rule it out. */
  private readonly answers = new Map<Assertion, Map<string, boolean> | null>();

  constructor(private readonly lists: PolicyLists) {}

  /** False when `violation` cannot hold for any value of `key`: the line need not be judged. */
  mayFlag(violation: Assertion, key: string): boolean {
    let perKey = this.answers.get(violation);
    if (perKey === undefined) {
      perKey = assertionReadsKey(violation) ? new Map() : null;
      this.answers.set(violation, perKey);
    }
    if (perKey === null) return true;
    let answer = perKey.get(key);
    if (answer === undefined) {
      answer = assertionMayHold(violation, key, this.lists);
      // A hostile tree can hold millions of distinct keys: past the bound, answers are not kept.
      if (perKey.size < MEMO_KEYS_PER_LIST) perKey.set(key, answer);
    }
    return answer;
  }
}

// One index per run's lists (a test's lists and a run's never share answers).
const indexCache = new WeakMap<PolicyLists, KeyIndex>();

export function keyIndexOf(lists: PolicyLists): KeyIndex {
  return derivedOnce(indexCache, lists, newKeyIndex);
}

function newKeyIndex(lists: PolicyLists): KeyIndex {
  return new KeyIndex(lists);
}
