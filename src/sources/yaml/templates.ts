/**
 * Template syntax that makes a file invalid YAML until it is rendered: Helm and Go templates
 * (`{{ .Values.x }}`), Jinja (`{% if %}`, `{{ var }}`), Terraform `templatefile` (`%{ for }`,
 * `${var}`), ERB (`<%= %>`). Such files are linted anyway: the YAML parser recovers, and the
 * problem becomes one finding at the template expression nearest to the first error.
 */
import type { Finding } from '../../core/finding';
import { limitFinding } from '../../core/limits';
import type { Span } from '../../core/span';
import type { YDocument } from './tree';

export type TemplateKind = 'helm/go' | 'jinja' | 'terraform' | 'erb';

const MARKERS: Array<{ kind: TemplateKind; re: RegExp }> = [
  { kind: 'jinja', re: /\{%-?|\{#/g },
  { kind: 'terraform', re: /%\{~?|\$\{/g },
  { kind: 'helm/go', re: /\{\{-?/g },
  { kind: 'erb', re: /<%[=-]?/g },
];

export interface TemplateMarker {
  kind: TemplateKind;
  span: Span;
}

/** Every template opening marker in `text`, in file order. */
export function templateMarkers(text: string): TemplateMarker[] {
  const out: TemplateMarker[] = [];
  for (const { kind, re } of MARKERS) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) out.push({ kind, span: { start: m.index, end: m.index + m[0].length } });
  }
  return out.sort((a, b) => a.span.start - b.span.start);
}

export function hasTemplateSyntax(text: string): boolean {
  return /\{\{|\{%|%\{|\$\{|<%/.test(text);
}

/** Engine rules for files that are not valid YAML. */
export const YAML_RULES = {
  syntax: 'sysctl-lint/yaml-syntax',
  template: 'sysctl-lint/template-not-rendered',
} as const;

const KIND_NAMES: Record<TemplateKind, string> = {
  'helm/go': 'Helm/Go template',
  jinja: 'Jinja template',
  terraform: 'Terraform template',
  erb: 'ERB template',
};

/**
 * One finding for a file whose YAML has errors, or undefined when it has none. `text` is the
 * file's text (spans of the documents point into it).
 */
/** Documents not parsed because of the YAML analysis limit, as findings where they start. */
export function yamlLimitFindings(file: string, docs: YDocument[]): Finding[] {
  return docs.flatMap((d) => (d.skipped ? [limitFinding(file, { start: d.range.start, end: d.range.start }, d.skipped)] : []));
}

export function yamlProblemFinding(file: string, text: string, docs: YDocument[]): Finding | undefined {
  const first = docs.flatMap((d) => d.errors).sort((a, b) => a.span.start - b.span.start)[0];
  if (!first) {
    // Template lines read as blank: the rest parsed, but the file is not YAML until rendered.
    const line = docs.flatMap((d) => d.templateLines ?? [])[0];
    if (!line) return undefined;
    const marker = templateMarkers(text).find((m) => m.span.start >= line.start && m.span.start < line.end);
    if (!marker) return undefined;
    return {
      ruleId: YAML_RULES.template,
      severity: 'info',
      message: `${KIND_NAMES[marker.kind]} syntax: the file is not valid YAML until it is rendered; lines that hold only template tags were read as blank and the rest was linted`,
      location: { file, span: marker.span },
      related: [],
    };
  }
  const total = docs.reduce((n, d) => n + d.errors.length, 0);
  const markers = templateMarkers(text);
  if (markers.length) {
    const lineStart = text.lastIndexOf('\n', first.span.start - 1) + 1;
    let lineEnd = text.indexOf('\n', first.span.start);
    if (lineEnd < 0) lineEnd = text.length;
    // The marker on the error's line, else the last one before it, else the first one.
    const onLine = markers.find((m) => m.span.start >= lineStart && m.span.start < lineEnd);
    const before = [...markers].reverse().find((m) => m.span.start < first.span.start);
    const marker = onLine ?? before ?? (markers[0] as TemplateMarker);
    return {
      ruleId: YAML_RULES.template,
      severity: 'info',
      message: `${KIND_NAMES[marker.kind]} syntax: the file is not valid YAML until it is rendered (${first.message}); the parts that parse were linted`,
      location: { file, span: marker.span },
      related: [{ location: { file, span: first.span }, message: `first YAML error${total > 1 ? ` of ${total}` : ''}: ${first.message}` }],
    };
  }
  return {
    ruleId: YAML_RULES.syntax,
    severity: 'warning',
    message: `invalid YAML: ${first.message}${total > 1 ? ` (and ${total - 1} more error${total > 2 ? 's' : ''})` : ''}; the parts that parse were linted`,
    location: { file, span: first.span },
    related: [],
  };
}
