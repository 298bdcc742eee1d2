/**
 * Template masking (Jinja, Go/Helm, Terraform, ERB): generated sysctl templates with tags,
 * comments, control blocks and `define` bodies, unclosed and nested tags, any text.
 */
import fc from 'fast-check';
import { describe } from 'vitest';
import { goDefineBodies, maskTemplate, templateLanguageOf, type TemplateLanguage } from '../../src/sources/template/mask';
import { readTemplateAsSysctl } from '../../src/sources/template/sysctl-template';
import { helmPartialHandler } from '../../src/sources/template/handler';
import { anyText, cleanSysctlLines, deepNesting, withNoise } from './arbitraries';
import { assertAtMasked, assertInside, fuzzIt } from './fuzz';
import { assignmentsOf, checkExtraction } from './extraction';

const LANGUAGES: TemplateLanguage[] = ['jinja', 'go', 'terraform', 'erb'];
const language = fc.constantFrom(...LANGUAGES);

const tag = fc.constantFrom(
  '{{ value }}', '{{- if .Values.sysctl.enabled }}', '{{ end }}', '{{ range $k, $v := .Values.sysctls }}', '{{ $k }} = {{ $v }}', '{{/* comment }} */}}', '{{ "}}" }}', '{{ define "sysctl.conf" }}', '{{ template "x" . }}', '{{',
  '{% if x %}', '{% endif %}', '{% for k, v in sysctls.items() %}', '{{ k }} = {{ v }}', '{# comment #}', '{%- raw %}{{ x }}{% endraw %}', '{%',
  '${var.x}', '%{ for k, v in m ~}', '%{ endfor ~}', '$${literal}', '%%{literal}', '${',
  '<%= @value %>', '<% if x %>', '<% end %>', '<%# comment %>', '<%',
);

const line = fc.oneof({ weight: 3, arbitrary: cleanSysctlLines.map((l) => l.join('\n')) }, { weight: 2, arbitrary: tag }, { weight: 1, arbitrary: fc.tuple(cleanSysctlLines, tag).map(([l, t]) => `${l[0] ?? ''} ${t}`) });
const template = fc.array(line, { maxLength: 20 }).map((l) => l.join('\n'));

const defines = fc.array(fc.tuple(fc.stringMatching(/^[a-z.]{1,10}$/), cleanSysctlLines, fc.array(tag, { maxLength: 3 })), { maxLength: 4 }).map((ds) => ds.map(([name, lines, tags]) => `{{- define "${name}" -}}\n${tags.join('\n')}\n${lines.join('\n')}\n{{- end }}`).join('\n'));

function checkMask(text: string, lang: TemplateLanguage): string {
  const m = maskTemplate(text, lang);
  if (m.text.length !== text.length) throw new Error(`masked length ${m.text.length} != ${text.length}`);
  for (let i = 0; i < text.length; i++) {
    const c = m.text[i];
    if (c !== text[i] && c !== ' ') throw new Error(`masked text changes offset ${i} to ${JSON.stringify(c)}`);
    if ((text[i] === '\n' || text[i] === '\r') && c !== text[i]) throw new Error(`line end at ${i} masked`);
  }
  for (const s of [...m.absentLines, ...m.unevaluatedLines]) assertInside(s, text.length, 'masked line');
  return m.text;
}

describe('fuzz: template masking', () => {
  fuzzIt('generated templates: same length, only tags blanked, line ends kept', fc.tuple(fc.oneof(template, withNoise(template)), language), ([t, lang]) => void checkMask(t, lang));

  fuzzIt('any text in any language: never throws, same length', fc.tuple(anyText, language), ([t, lang]) => void checkMask(t, lang));

  fuzzIt('masking is idempotent', fc.tuple(template, language), ([t, lang]) => {
    const once = checkMask(t, lang);
    if (checkMask(once, lang) !== once) throw new Error('masking the masked text changes it');
  });

  fuzzIt('read as sysctl: keys at their bytes (tags blanked)', fc.tuple(template, fc.constantFrom('x.conf.j2', 'x.conf.tftpl', 'x.conf.erb', 'templates/_x.tpl', 'x.conf')), ([t, name]) => {
    const p = readTemplateAsSysctl(t, name);
    for (const a of p.assignments) assertAtMasked(t, a.keySpan, a.rawKey, 'template key');
    for (const i of p.issues) assertInside(i.span, t.length, `issue ${i.code}`);
    return p.assignments.length > 0;
  });

  fuzzIt('Go define bodies: inside, in order, not overlapping', fc.oneof(defines, withNoise(defines), anyText), (t) => {
    let last = 0;
    for (const d of goDefineBodies(t)) {
      assertInside(d.body, t.length, `define ${d.name}`);
      if (d.body.start < last) throw new Error('define bodies overlap or are out of order');
      last = d.body.end;
    }
  });

  fuzzIt('Helm partials: spans inside, keys at their bytes', defines, (t) => {
    const x = checkExtraction(helmPartialHandler, t, 'chart/templates/_sysctl.tpl');
    const found = assignmentsOf(x, 'chart/templates/_sysctl.tpl');
    for (const a of found) assertAtMasked(t, a.keySpan, a.rawKey, 'partial key');
    return found.length > 0;
  }, { scale: 0.2 });

  fuzzIt('deep and unclosed tags: within the budget', fc.tuple(deepNesting(['{{', '{%', '${', '%{', '<%', '{{ "', '{{/*'], ['}}', '%}', '}', '}', '%>', '" }}', '*/}}']), language), ([t, lang]) => {
    void checkMask(t, lang);
    void goDefineBodies(t);
    void templateLanguageOf('x', t);
  }, { scale: 0.01, budgetMs: 3000 });
});
