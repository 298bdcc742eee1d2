/**
 * Template syntax that makes a file invalid YAML until it is rendered: Helm and Go templates
 * (`{{ .Values.x }}`), Jinja (`{% if %}`, `{{ var }}`), Terraform `templatefile` (`%{ for }`,
 * `${var}`), ERB (`<%= %>`). Such files are linted anyway: the YAML parser recovers, and the
 * problem becomes one finding at the template expression nearest to the first error.
 */
import { defineEngineRule } from '../../core/engine-rule';
import type { Finding } from '../../core/finding';
import { limitFinding } from '../../core/limits';
import type { Span } from '../../core/span';
import type { YDocument } from './tree';
import { TEMPLATE_LANGUAGE_NAMES, templateLanguageOf } from '../template/mask';

type TemplateKind = 'helm/go' | 'jinja' | 'terraform' | 'erb';

const MARKERS: Array<{ kind: TemplateKind; re: RegExp }> = [
  { kind: 'jinja', re: /\{%-?|\{#/g },
  { kind: 'terraform', re: /%\{~?|\$\{/g },
  { kind: 'helm/go', re: /\{\{-?/g },
  { kind: 'erb', re: /<%[=-]?/g },
];

interface TemplateMarker {
  kind: TemplateKind;
  span: Span;
}

/** Every template opening marker in `text`, in file order. */
function templateMarkers(text: string): TemplateMarker[] {
  const out: TemplateMarker[] = [];
  for (const { kind, re } of MARKERS) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) out.push({ kind, span: { start: m.index, end: m.index + m[0].length } });
  }
  return out.sort((a, b) => a.span.start - b.span.start);
}

/** Engine rules for files that are not valid YAML. */
export const YAML_RULES = {
  syntax: defineEngineRule({
    id: 'sysctl-lint/yaml-syntax',
    title: 'YAML files parse',
    severity: 'warning',
    appliesTo: 'YAML and JSON files sysctl-lint reads: Kubernetes manifests and configuration, Helm values, cloud-init cloud-config (also inside MIME parts), Talos machine configuration',
    rationale:
      'A file with YAML errors is understood only in part: the parser recovers and what parses is linted, but settings near the error can be missing or misread, and the tool that consumes the file (kubectl, Helm, cloud-init, talosctl) rejects it or reads it differently. The finding is reported once per file (once per cloud-config part), at the first error, with the count of the others.',
    fix: 'Fix the YAML at the reported position (`yamllint FILE` lists every error). A template that is not YAML until it is rendered gets `sysctl-lint/template-not-rendered` instead.',
  }),
  template: defineEngineRule({
    id: 'sysctl-lint/template-not-rendered',
    title: 'Templated files are linted as written, not as rendered',
    severity: 'info',
    appliesTo: 'YAML files holding template syntax: Helm and Go `{{ }}`, Jinja `{% %}`, Terraform `%{ }` and `${}`, ERB `<% %>`',
    rationale:
      'A template is not YAML until it is rendered. Lines that hold only template tags are read as blank lines and the rest is linted as written; values that template expressions produce are located but not judged. The note is reported once per file, at the template expression nearest to the first YAML error (or at the first line of tags), so a reader knows the file was checked only in part.',
    fix: 'Lint the rendered output as well (for example `helm template CHART --output-dir out` and lint `out/`), or turn the note off for template folders in .sysctl-lint.yaml (`overrides:` with `files:` globs and `rules: {sysctl-lint/template-not-rendered: off}`).',
  }),
};

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

/**
 * Whether every document parsed without an error and without template lines read as blank. A
 * file that did not is never authoritative about the cluster: a `{{- if }}` may leave out the
 * very line that was read.
 */
export function parsedCompletely(docs: YDocument[]): boolean {
  return docs.every((d) => d.errors.length === 0 && !d.templateLines?.length && !d.skipped);
}

export function yamlProblemFinding(file: string, text: string, docs: YDocument[]): Finding | undefined {
  // One language per file, from its name and syntax: `{{ var }}` in a Jinja file is Jinja.
  const language = templateLanguageOf(file, text);
  const nameOf = (m: TemplateMarker) => (language ? TEMPLATE_LANGUAGE_NAMES[language] : KIND_NAMES[m.kind]);
  const first = docs.flatMap((d) => d.errors).sort((a, b) => a.span.start - b.span.start)[0];
  if (!first) {
    // Template lines read as blank: the rest parsed, but the file is not YAML until rendered.
    const line = docs.flatMap((d) => d.templateLines ?? [])[0];
    if (!line) return undefined;
    const marker = templateMarkers(text).find((m) => m.span.start >= line.start && m.span.start < line.end);
    if (!marker) return undefined;
    return {
      ruleId: YAML_RULES.template.id,
      severity: 'info',
      message: `${nameOf(marker)} syntax: the file is not valid YAML until it is rendered; lines that hold only template tags were read as blank and the rest was linted`,
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
      ruleId: YAML_RULES.template.id,
      severity: 'info',
      message: `${nameOf(marker)} syntax: the file is not valid YAML until it is rendered (${first.message}); the parts that parse were linted`,
      location: { file, span: marker.span },
      related: [{ location: { file, span: first.span }, message: `first YAML error${total > 1 ? ` of ${total}` : ''}: ${first.message}` }],
    };
  }
  return {
    ruleId: YAML_RULES.syntax.id,
    severity: 'warning',
    message: `invalid YAML: ${first.message}${total > 1 ? ` (and ${total - 1} more error${total > 2 ? 's' : ''})` : ''}; the parts that parse were linted`,
    location: { file, span: first.span },
    related: [],
  };
}
