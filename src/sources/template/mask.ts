/**
 * Templated files read before they are rendered: what can be read is read at its exact
 * position, and template syntax is treated as absent rather than as content.
 *
 * - Jinja (`.j2`, Ansible templates, cloud-init `## template: jinja`): `{# #}` comments (over
 *   several lines too) are blank; `{% %}` tags are blank, and a line that held only tags is
 *   absent; `{% raw %}...{% endraw %}` keeps its text literally.
 * - Go templates and Helm (`.tpl`, `.gotmpl`, chart `templates/`, `_partial` files): `{{/* ... *\/}}`
 *   comments (`{{- /* ... *\/ -}}` too, over several lines) are blank; action lines (`{{- if }}`,
 *   `{{ range }}`, `{{ end }}`, `{{ define "x" }}`, `{{ include ... }}`) are absent, so the body
 *   of a `define` is read as the text it produces.
 * - Terraform `templatefile` (`.tftpl`, `.tpl` with `%{`/`${`): `%{ if }`/`%{ for }` directive
 *   lines are absent; `$${` and `%%{` are the literal `${`/`%{`.
 * - ERB: `<%# %>` comments and `<% %>` lines.
 *
 * An expression inside a line (`net.core.somaxconn = {{ somaxconn }}`, `${x}`) stays in the
 * text: the line is read and its value is unevaluated. A tag inside a line next to other text
 * (`vm.swappiness = {% if db %}1{% else %}10{% endif %}`) makes the whole line unevaluated.
 * The masked text has the same length and line breaks as the original, so every offset is a
 * file offset. Linear in the input; never throws.
 */
import type { Span } from '../../core/span';

export type TemplateLanguage = 'jinja' | 'go' | 'terraform' | 'erb';

export const TEMPLATE_LANGUAGE_NAMES: Record<TemplateLanguage, string> = {
  jinja: 'Jinja template',
  go: 'Go template (Helm)',
  terraform: 'Terraform template',
  erb: 'ERB template',
};

export interface MaskedTemplate {
  text: string;
  language: TemplateLanguage;
  /** Lines that held only template tags (not comments): absent from the rendered file as read. */
  absentLines: Span[];
  /** Lines whose content depends on a tag inside them: read, but every value unevaluated. */
  unevaluatedLines: Span[];
}

/** The template language of a file, by its name first, then by its syntax; undefined for none. */
export function templateLanguageOf(display: string, text: string): TemplateLanguage | undefined {
  const name = display.toLowerCase();
  if (/\.(j2|jinja2?)$/.test(name)) return 'jinja';
  if (/\.tftpl$/.test(name)) return 'terraform';
  if (/\.erb$/.test(name)) return 'erb';
  if (/\.gotmpl$/.test(name) || /(^|\/)templates\/_[^/]+$/.test(name)) return 'go';
  return templateLanguageOfText(text);
}

/** The template language a text's syntax shows. */
function templateLanguageOfText(text: string): TemplateLanguage | undefined {
  if (/\{%|\{#/.test(text) || /^##\s*template:\s*jinja/i.test(text)) return 'jinja';
  if (/\{\{-?\s*(\/\*|\.|\$|(if|range|with|define|template|include|end|else|toYaml|tpl|required|default)\b)/.test(text)) return 'go';
  if (/%\{|\$\{/.test(text)) return 'terraform';
  if (/<%/.test(text)) return 'erb';
  if (/\{\{/.test(text)) return 'jinja';
  return undefined;
}

const OPENERS: Record<TemplateLanguage, RegExp> = {
  jinja: /\{#|\{%|\{\{/g,
  go: /\{\{/g,
  terraform: /\$\$\{|%%\{|%\{|\$\{/g,
  erb: /<%/g,
};

export function maskTemplate(text: string, language: TemplateLanguage): MaskedTemplate {
  const out = text.split('');
  const blanks: Array<Span & { comment?: boolean }> = [];
  const inline: Span[] = [];
  const re = OPENERS[language];
  re.lastIndex = 0;
  const blank = (s: number, e: number, comment = false) => {
    for (let i = s; i < e; i++) if (out[i] !== '\n' && out[i] !== '\r') out[i] = ' ';
    blanks.push({ start: s, end: e, comment });
  };
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const at = m.index;
    const open = m[0];
    let end: number;
    if (language === 'jinja' && open === '{#') {
      end = closeAt(text, at + 2, '#}');
      blank(at, end, true);
    } else if (language === 'jinja' && open === '{%') {
      end = closeAt(text, at + 2, '%}');
      const tag = text.slice(at, end);
      blank(at, end);
      if (/^\{%-?\s*raw\s*-?%\}$/.test(tag)) {
        // Literal text up to {% endraw %}.
        const endraw = /\{%-?\s*endraw\s*-?%\}/g;
        endraw.lastIndex = end;
        const r = endraw.exec(text);
        if (r) {
          blank(r.index, r.index + r[0].length);
          end = r.index + r[0].length;
        } else end = text.length;
      } else inline.push({ start: at, end });
    } else if (language === 'go' && open === '{{') {
      end = closeAt(text, at + 2, '}}');
      const action = text.slice(at, end);
      if (/^\{\{-?\s*\/\*/.test(action)) {
        const c = closeAt(text, at + 2, '*/');
        end = closeAt(text, c, '}}');
        blank(at, end, true);
      } else if (/^\{\{-?\s*(if|else|end|range|with|define|block|template|include)\b/.test(action) || /^\{\{-?\s*(\$\w+\s*:?=|- ?\}\})/.test(action)) {
        blank(at, end);
        inline.push({ start: at, end });
      }
      // Other actions are values: kept, the line's value is unevaluated.
    } else if (language === 'jinja' && open === '{{') {
      end = closeAt(text, at + 2, '}}');
    } else if (language === 'terraform' && (open === '$${' || open === '%%{')) {
      end = at + 3;
    } else if (language === 'terraform' && open === '%{') {
      end = closeBraces(text, at + 2);
      blank(at, end);
      inline.push({ start: at, end });
    } else if (language === 'terraform') {
      end = closeBraces(text, at + 2);
    } else {
      // ERB
      end = closeAt(text, at + 2, '%>');
      if (!text.startsWith('<%=', at)) {
        blank(at, end, text.startsWith('<%#', at));
        if (!text.startsWith('<%#', at)) inline.push({ start: at, end });
      }
    }
    re.lastIndex = Math.max(end, at + open.length);
  }
  const masked = out.join('');
  // A line is absent when it held template syntax and nothing else is left; a tag next to
  // other text makes the line's value unknown.
  const absentLines: Span[] = [];
  const unevaluatedLines: Span[] = [];
  const lineOf = (pos: number): Span => {
    const s = text.lastIndexOf('\n', pos - 1) + 1;
    let e = text.indexOf('\n', pos);
    if (e < 0) e = text.length;
    return { start: s, end: e };
  };
  const linesOf = (b: Span, each: (line: Span) => void) => {
    for (let pos = b.start; pos < Math.max(b.end, b.start + 1) && pos <= text.length; ) {
      const line = lineOf(pos);
      each(line);
      pos = line.end + 1;
    }
  };
  const taggedLines = new Set<number>();
  for (const t of inline) linesOf(t, (line) => taggedLines.add(line.start));
  const seen = new Set<number>();
  for (const b of blanks) {
    linesOf(b, (line) => {
      if (seen.has(line.start)) return;
      seen.add(line.start);
      if (masked.slice(line.start, line.end).trim() === '') {
        if (!b.comment) absentLines.push(line);
      }
      else if (taggedLines.has(line.start)) unevaluatedLines.push(line);
    });
  }
  // A line that is nothing but an expression (`{{ extra_sysctls }}`, `${extra}`) may expand to
  // any number of lines: absent as well.
  const EXPRESSION_LINE = language === 'terraform' ? /^[ \t]*\$\{[^}\n]*\}[ \t]*\r?$/gm : language === 'erb' ? /^[ \t]*<%=[^%\n]*%>[ \t]*\r?$/gm : /^[ \t]*\{\{[^}\n]*\}\}[ \t]*\r?$/gm;
  let expressionLines = false;
  for (const m of masked.matchAll(EXPRESSION_LINE)) {
    for (let i = m.index; i < m.index + m[0].length; i++) if (out[i] !== '\r') out[i] = ' ';
    absentLines.push({ start: m.index, end: m.index + m[0].length });
    expressionLines = true;
  }
  const result = expressionLines ? out.join('') : masked;
  absentLines.sort((a, b) => a.start - b.start);
  return { text: result, language, absentLines, unevaluatedLines };
}

/** Offset after the next `closer` from `from` (the end of the text when it is missing). */
function closeAt(text: string, from: number, closer: string): number {
  const i = text.indexOf(closer, from);
  return i < 0 ? text.length : i + closer.length;
}

/** Offset after the brace closing a `${`/`%{` whose inside starts at `from`. */
function closeBraces(text: string, from: number): number {
  let depth = 1;
  for (let i = from; i < text.length; i++) {
    const c = text[i];
    if (c === '{') depth++;
    else if (c === '}' && --depth === 0) return i + 1;
    else if (c === '\n' && depth === 1 && text[i - 1] !== '~') return i;
  }
  return text.length;
}

/**
 * The bodies of the `{{ define "name" }} ... {{ end }}` blocks of a Go template, with the
 * control blocks inside them (`if`/`range`/`with`/`block` ... `end`) matched. Linear.
 */
export function goDefineBodies(text: string): Array<{ name: string; body: Span }> {
  const out: Array<{ name: string; body: Span }> = [];
  const action = /\{\{-?\s*(\/\*[\s\S]*?\*\/|define\s+"([^"]*)"|(?:if|range|with|block|end)\b)[^}]*\}\}/g;
  let open: { name: string; start: number } | undefined;
  let depth = 0;
  for (const m of text.matchAll(action)) {
    const word = m[1] as string;
    if (word.startsWith('/*')) continue;
    if (word.startsWith('define')) {
      if (!open) {
        open = { name: m[2] ?? '', start: m.index + m[0].length };
        depth = 0;
      }
    } else if (word === 'end') {
      if (open && depth === 0) {
        out.push({ name: open.name, body: { start: open.start, end: m.index } });
        open = undefined;
      } else if (open) depth--;
    } else if (open) depth++;
  }
  return out;
}
