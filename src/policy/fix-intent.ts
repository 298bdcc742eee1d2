/**
 * Turns a policy's declared fix (`autofix`) into a plan for one finding: edits at the spans of
 * the facts the finding is about. Whether the plan can be carried out exactly is decided later,
 * against the file's bytes (src/fix/resolve.ts).
 */
import { factPrint, type FixIntent, type FixVariant, type PlannedEdit } from '../core/fix';
import type { Assignment } from '../model/types';
import type { Autofix } from './types';

const DESCRIPTIONS: Record<Autofix['action'], string> = {
  'remove-assignment': 'Remove the line',
  'set-value': 'Set the value to {{value}}',
  'strip-inline-comment': 'Remove the inline comment from the value',
  'unquote-value': 'Remove the quotes around the value',
  'quote-split-value': 'Quote the value, so the shell passes it as one argument',
  'rewrite-sysctl-command': 'Write the command as a sysctl.d assignment (key = value)',
  'remove-exact-duplicates': 'Remove the earlier lines of this file that set the same value',
};

/** A line of a sysctl file (or of one embedded in YAML): what a whole-line removal can delete. */
function isFileLine(a: Assignment): boolean {
  return a.phase === 'boot' && (a.origin ?? 'file') === 'file' && !a.split && !a.templated;
}

const printOf = (a: Assignment) => factPrint(a.rawKey, a.value, a.split?.words);

/** What a declared fix does, as findings and the rules reference say it. */
export function autofixDescription(fix: Autofix): string {
  return fix.description ?? DESCRIPTIONS[fix.action].replace('{{value}}', fix.value ?? '');
}

function intent(fix: Autofix, before: Assignment[], variants: FixVariant[]): FixIntent {
  return { description: autofixDescription(fix), safe: fix.safe === true, before: before.map(printOf), variants };
}

function removeLine(a: Assignment): PlannedEdit {
  return {
    file: a.file,
    span: a.lineSpan,
    text: '',
    wholeLine: true,
    verbatim: [
      { span: a.keySpan, text: a.rawKey },
      { span: a.valueSpan, text: a.value },
    ],
  };
}

function replaceValue(a: Assignment, value: string): FixVariant {
  return { edits: [{ file: a.file, span: a.valueSpan, text: value, verbatim: [{ span: a.valueSpan, text: a.value }] }], after: [factPrint(a.rawKey, value)] };
}

/** `sysctl -w key` (and `sudo`, `-q`, `-e`) as a key: a command pasted into a sysctl file. */
const SYSCTL_COMMAND_KEY = /^(?:sudo\s+)?sysctl(?:\s+(?:-[wqe]{1,3}|--write|--quiet))*\s+([A-Za-z0-9_][A-Za-z0-9_./*-]*)$/;

/** The plan for a finding about one assignment, or undefined when the action does not apply to it. */
export function assignmentFixIntent(fix: Autofix, a: Assignment): FixIntent | undefined {
  if (a.templated) return undefined;
  switch (fix.action) {
    case 'remove-assignment':
      return isFileLine(a) ? intent(fix, [a], [{ edits: [removeLine(a)], after: [] }]) : undefined;
    case 'set-value':
      return fix.value === undefined || fix.value === a.value || a.split ? undefined : intent(fix, [a], [replaceValue(a, fix.value)]);
    case 'strip-inline-comment': {
      if (a.split) return undefined;
      const m = /\s+[#;]/.exec(a.value);
      const kept = m ? a.value.slice(0, m.index).trimEnd() : '';
      return kept ? intent(fix, [a], [replaceValue(a, kept)]) : undefined;
    }
    case 'unquote-value': {
      const m = /^(["'])([^"']*)\1$/.exec(a.value);
      const inner = m?.[2]?.trim();
      return inner && !a.split ? intent(fix, [a], [replaceValue(a, inner)]) : undefined;
    }
    case 'rewrite-sysctl-command': {
      const m = SYSCTL_COMMAND_KEY.exec(a.rawKey);
      if (!m || !isFileLine(a) || a.value === '' || a.keySpan.end > a.valueSpan.start) return undefined;
      const key = m[1] as string;
      const edit: PlannedEdit = {
        file: a.file,
        span: { start: a.keySpan.start, end: a.valueSpan.end },
        text: `${key} = ${a.value}`,
        verbatim: [
          { span: a.keySpan, text: a.rawKey },
          { span: a.valueSpan, text: a.value },
        ],
      };
      return intent(fix, [a], [{ edits: [edit], after: [factPrint(key, a.value)] }]);
    }
    case 'quote-split-value': {
      if (!a.split || a.valueSpan.end > a.split.span.start) return undefined;
      const words = [a.value, ...a.split.words];
      const whole = { start: a.valueSpan.start, end: a.split.span.end };
      const quoted = (q: string): FixVariant => ({
        edits: [{ file: a.file, span: whole, text: `${q}${words.join(' ')}${q}`, verbatim: [{ span: whole, words }] }],
        after: [factPrint(a.rawKey, words.join(' '))],
      });
      // Double quotes read best; single quotes where double ones would end a YAML or JSON string.
      return intent(fix, [a], [quoted('"'), quoted("'")]);
    }
    case 'remove-exact-duplicates':
      return undefined;
  }
}

/** The plan for an override finding: the earlier lines of the winner's file that set the same value. */
export function duplicatesFixIntent(fix: Autofix, winner: Assignment, earlier: Assignment[]): FixIntent | undefined {
  if (fix.action !== 'remove-exact-duplicates' || !isFileLine(winner)) return undefined;
  const dups = earlier.filter((o) => o !== winner && o.file === winner.file && o.value === winner.value && o.rawKey === winner.rawKey && isFileLine(o) && o.lineSpan.start !== winner.lineSpan.start);
  if (!dups.length) return undefined;
  return intent(fix, dups, [{ edits: dups.map(removeLine), after: [] }]);
}
