/**
 * Fixes of findings. A policy declares a fix as data (`autofix` beside `check`); judging a
 * setting turns it into a {@link FixIntent}: edits at spans of the file the user sees, each with
 * the text that must stand there verbatim, and the facts the file must hold afterwards. The fix
 * stage (src/fix/resolve.ts) checks every intent against the file's bytes and re-reads the edited
 * file before a finding is called fixable; only then does it carry a {@link FindingFix}.
 */
import type { Span } from './span';

/** What a policy's fix does (schemas/policy.schema.json, `autofix.action`). */
export type FixAction =
  | 'remove-assignment'
  | 'set-value'
  | 'strip-inline-comment'
  | 'unquote-value'
  | 'quote-split-value'
  | 'rewrite-sysctl-command'
  | 'remove-exact-duplicates';

/** One replacement in a file: `span` (offsets into the text after a byte-order mark) becomes `text`. */
export interface FixEdit {
  file: string;
  span: Span;
  text: string;
}

/** Text the file must hold at a span for an edit there to be exact: the decoded text the linter judged. */
type Verbatim = { span: Span; text: string } | { span: Span; words: readonly string[] };

/**
 * A planned replacement. `verbatim` says what the file must hold for the edit to be exact.
 * Content that is encoded or escaped maps to source bytes that differ from the decoded text, so
 * the edit is refused there rather than guessed.
 */
export interface PlannedEdit extends FixEdit {
  verbatim: Verbatim[];
  /** Remove the whole source line around `span` (its indentation and line break too). */
  wholeLine?: boolean;
}

/** One way to make a fix; a fix may have several (two quoting styles), tried in order. */
export interface FixVariant {
  edits: PlannedEdit[];
  /** Facts that must appear in the edited file instead of the intent's `before`. */
  after: FactPrint[];
}

/** A setting line as the fix verification compares it: raw key, value and shell-split words. */
export type FactPrint = string;

export interface FixIntent {
  description: string;
  safe: boolean;
  /** Facts of the file that the fix replaces. */
  before: FactPrint[];
  variants: FixVariant[];
}

/** A finding's fix after the fix stage: exact edits, applied by `--fix` when `safe`. */
export interface FindingFix {
  description: string;
  /** `true`: mechanical, applied by `--fix`; `false`: a suggestion that needs a decision. */
  safe: boolean;
  edits: FixEdit[];
}

export function factPrint(rawKey: string, value: string, split?: readonly string[]): FactPrint {
  return `${rawKey}\0${value}\0${split?.length ? split.join(' ') : ''}`;
}
