/**
 * A templated sysctl file (an Ansible `sysctl.conf.j2`, a Terraform `sysctl.conf.tftpl`, the
 * body of a Helm `define`) read with the sysctl line grammar at exact positions: template lines
 * are absent (one `template-directive` note for the file, never a syntax error), values that
 * hold an expression are unevaluated.
 */
import type { Span } from '../../core/span';
import type { ParsedSysctl } from '../../model/facts';
import { parseSysctl } from '../sysctl-conf/parse';
import { goDefineBodies, maskTemplate, templateLanguageOf, type TemplateLanguage } from './mask';

const overlaps = (a: Span, lines: Span[]) => lines.some((l) => a.start <= l.end && a.end >= l.start);

export function readTemplateAsSysctl(text: string, display: string, language?: TemplateLanguage): ParsedSysctl {
  const lang = language ?? templateLanguageOf(display, text);
  if (!lang) return parseSysctl(text);
  const m = maskTemplate(text, lang);
  const p = parseSysctl(m.text);
  const directives = m.absentLines.map((span) => ({ code: 'template-directive' as const, span: trim(text, span), text: text.slice(span.start, span.end).trim() })).filter((d) => d.text !== '');
  return {
    assignments: p.assignments.map((a) => (overlaps(a.lineSpan, m.unevaluatedLines) ? { ...a, templated: true } : a)),
    exclusions: p.exclusions,
    issues: [...p.issues, ...directives].sort((a, b) => a.span.start - b.span.start),
  };
}

function trim(text: string, s: Span): Span {
  let a = s.start;
  let b = s.end;
  while (a < b && /\s/.test(text[a] as string)) a++;
  while (b > a && /\s/.test(text[b - 1] as string)) b--;
  return { start: a, end: b };
}

/**
 * A Helm partial (`templates/_sysctl.tpl`): the `define` bodies whose text is sysctl.d content
 * (as the template produces it), read at their positions; everything else in the file (other
 * helpers, comments) is absent. Undefined when no body is sysctl content.
 */
export function readGoPartialAsSysctl(text: string, looksLikeSysctl: (t: string) => boolean): ParsedSysctl | undefined {
  const m = maskTemplate(text, 'go');
  const bodies = goDefineBodies(text).filter((d) => looksLikeSysctl(m.text.slice(d.body.start, d.body.end)));
  if (!bodies.length) return undefined;
  const chars = m.text.split('');
  let at = 0;
  for (const d of bodies) {
    for (let i = at; i < d.body.start; i++) if (chars[i] !== '\n') chars[i] = ' ';
    at = d.body.end;
  }
  for (let i = at; i < chars.length; i++) if (chars[i] !== '\n') chars[i] = ' ';
  const p = parseSysctl(chars.join(''));
  const inBody = (s: Span) => bodies.some((d) => s.start >= d.body.start && s.end <= d.body.end);
  return {
    assignments: p.assignments.map((a) => (overlaps(a.lineSpan, m.unevaluatedLines) ? { ...a, templated: true } : a)),
    exclusions: p.exclusions,
    issues: [...p.issues, ...m.absentLines.filter(inBody).map((span) => ({ code: 'template-directive' as const, span: trim(text, span), text: text.slice(span.start, span.end).trim() }))].sort((a, b) => a.span.start - b.span.start),
  };
}
