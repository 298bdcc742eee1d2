/**
 * Escaping for every place a report goes. File names, keys, values, rule ids and messages
 * come from the linted files, which may come from an untrusted pull request, and a report is
 * read by machines before humans see it:
 *
 * - a CI log: the GitHub runner takes a line that starts with `::` (after leading blanks) or
 *   holds `##[` as a workflow command (`::add-mask::`, `::stop-commands::`, `##[group]`), and
 *   splits lines at CR as well as LF; a terminal runs ANSI and OSC escape sequences;
 * - a Markdown job summary: links, images and HTML render;
 * - JSON and SARIF: valid whatever the text, and printed to the log when written to stdout.
 *
 * One function per sink; each reporter passes every piece of input-derived text through the
 * function of its sink. Workflow commands themselves are escaped in workflow-commands.ts.
 */

/** C0 and C1 control characters, DEL, line and paragraph separators, and bidirectional overrides (Trojan Source). */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const UNSAFE_CHARS = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]/g;

function visible(c: string): string {
  const code = c.charCodeAt(0);
  if (c === '\n') return '\\n';
  if (c === '\r') return '\\r';
  return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u{${code.toString(16)}}`;
}

/** What JSON.stringify leaves unescaped but a terminal or log may act on. */
const JSON_RAW_UNSAFE = /[\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]/g;

/** U+200B between `##` and `[`: the legacy command prefix no longer matches, and nothing changes on screen. */
const LEGACY_COMMAND = /##\[/g;

/**
 * One line of text output (a terminal or a CI log): control characters and line breaks become
 * visible escapes (`\x1b`, `\n`), and `##[` no longer reads as a command. Tabs stay.
 */
export function logText(s: string): string {
  return s.replace(UNSAFE_CHARS, visible).replace(LEGACY_COMMAND, '##\u200b[');
}

/**
 * A path at the start of a line of text output: as logText, and `./` before a path that
 * would start the line with `::` or `#` (the runner trims leading blanks, so only a visible
 * prefix keeps a name such as `::error::x` from being a command). `./` keeps it a valid path.
 */
export function logLineStartPath(p: string): string {
  const s = logText(p);
  return /^\s*(::|#)/.test(s) ? `./${s}` : s;
}

/**
 * Every line of text written to stderr: control characters escaped, and a line that would
 * start with `::` (after blanks) prefixed. For messages assembled from input (paths, YAML and
 * schema errors that quote the file), where line breaks are not the writer's own.
 */
export function logLines(text: string): string {
  const lines = text.split('\n');
  const last = lines.pop() as string;
  const safe = lines.map((l) => {
    const s = logText(l);
    return /^\s*::/.test(s) ? `> ${s}` : s;
  });
  return [...safe, last === '' ? '' : logText(last)].join('\n');
}

/** JSON text (JSON and SARIF reports): the same values, with characters a log or terminal would act on written as \u escapes. */
export function jsonText(serialized: string): string {
  // JSON.stringify escapes C0 controls itself; its own line breaks (indentation) stay.
  return serialized.replace(JSON_RAW_UNSAFE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`).replace(LEGACY_COMMAND, '#\\u0023[');
}

/**
 * Markdown characters that open emphasis, strikethrough, links and images (`[`; `](` and `![`
 * need it), code spans, table cells, HTML or mentions.
 */
const MARKDOWN_PUNCTUATION = /[\\`*_[\]|~<>@]/g;

/**
 * Text inside a cell of a GitHub-flavoured Markdown table (the job summary): HTML-escaped, every
 * Markdown punctuation character backslash-escaped (no link, image, code span or mention can
 * open), line breaks as `<br>`, other control characters visible.
 */
export function markdownCell(s: string): string {
  return s
    .replace(/&/g, '&amp;')
    .replace(/"/g, '&quot;')
    .replace(MARKDOWN_PUNCTUATION, (c) => (c === '<' ? '&lt;' : c === '>' ? '&gt;' : c === '@' ? '&#64;' : `\\${c}`))
    .replace(/\r?\n/g, '<br>')
    .replace(UNSAFE_CHARS, visible);
}

/**
 * What XML 1.0 cannot hold at all (not even as a character reference) and logText leaves alone:
 * lone surrogates, U+FFFE and U+FFFF. (logText already makes C0 controls visible.)
 */
const XML_INVALID = /[\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** `[[ATTACHMENT|` and `[[PROPERTY|` markers of test-report tools (any case, blanks allowed). */
const REPORT_MARKER = /\[\[(?=\s*(?:ATTACHMENT|PROPERTY)\s*\|)/gi;

const XML_SPECIAL: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/**
 * Text or attribute value in an XML report (JUnit), which is also printed to CI logs: the rules of
 * logText (control characters, line breaks, separators and bidi overrides as visible escapes such
 * as `\x1b`, `##[` inert), characters XML 1.0 cannot hold made visible too, and the five markup
 * characters escaped (so `]]>` and quotes end nothing). Visible escapes rather than character
 * references: consumers such as test-results-parser do not decode `&#133;`, and no input line
 * break may start a line of the report. Test-report tools also read markers in the text: Jenkins'
 * JUnit Attachments plugin and TestBeats attach the file named by `[[ATTACHMENT|/path]]`, and
 * TestBeats sets `[[PROPERTY|k=v]]`; a zero-width space after the first `[` keeps input text from
 * naming a file on the CI machine.
 */
export function xmlText(s: string): string {
  return logText(s.replace(REPORT_MARKER, '[\u200b['))
    .replace(XML_INVALID, visible)
    .replace(/[&<>"']/g, (c) => XML_SPECIAL[c] as string);
}
