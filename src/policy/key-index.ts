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

/** One assertion's answers, key by key. */
export class KeyAnswers {
  private readonly answers = new Map<string, boolean>();

  constructor(
    private readonly violation: Assertion,
    private readonly lists: PolicyLists,
  ) {}

  /** False when the assertion cannot hold for any value of `key`: the line need not be judged. */
  mayFlag(key: string): boolean {
    let answer = this.answers.get(key);
    if (answer === undefined) {
      answer = assertionMayHold(this.violation, key, this.lists);
      // A hostile tree can hold millions of distinct keys: past the bound, answers are not kept.
      if (this.answers.size < MEMO_KEYS_PER_LIST) this.answers.set(key, answer);
    }
    return answer;
  }

  /** False when the assertion cannot hold for any value of any of `keys`. */
  mayFlagAny(keys: readonly string[]): boolean {
    for (let i = 0; i < keys.length; i++) if (this.mayFlag(keys[i] as string)) return true;
    return false;
  }
}

export class KeyIndex {
  /** Per assertion: its answers, or null when what the lists say about a key cannot rule it out. */
  private readonly byAssertion = new Map<Assertion, KeyAnswers | null>();

  constructor(private readonly lists: PolicyLists) {}

  /** The answers for `violation`, or undefined when it may hold for every key. */
  answersFor(violation: Assertion): KeyAnswers | undefined {
    let answers = this.byAssertion.get(violation);
    if (answers === undefined) {
      answers = assertionReadsKey(violation) ? new KeyAnswers(violation, this.lists) : null;
      this.byAssertion.set(violation, answers);
    }
    return answers ?? undefined;
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
