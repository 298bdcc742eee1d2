/**
 * Templated files: what can be read is read at its exact position, template lines are absent
 * (never syntax errors), the template language is named correctly, and a template read only
 * in part never decides the cluster's context for other files.
 */
import { describe, expect, it } from 'vitest';
import { maskTemplate, templateLanguageOf } from '../../../src/sources/template/mask';
import { readGoPartialAsSysctl, readTemplateAsSysctl } from '../../../src/sources/template/sysctl-template';
import { lintTree } from '../../helpers/lint-tree';

describe('template masking', () => {
  it('keeps every offset; multi-line Jinja comments and tags are blank; a tag inside a line makes its value unevaluated', () => {
    const t = '{# a\n   b #}\n{%- if x -%}\nvm.swappiness = {% if db %}1{% else %}10{% endif %}\nnet.core.somaxconn = 1024\n{% endif %}\n';
    const m = maskTemplate(t, 'jinja');
    expect(m.text.length).toBe(t.length);
    expect(m.text.split('\n').map((l) => l.trim())).toEqual(['', '', '', 'vm.swappiness =            1          10', 'net.core.somaxconn = 1024', '', '']);
    const p = readTemplateAsSysctl(t, 'x.conf.j2');
    expect(p.assignments.map((a) => [a.key, a.templated])).toEqual([['vm.swappiness', true], ['net.core.somaxconn', false]]);
    expect(p.issues.map((i) => i.text)).toEqual(['{%- if x -%}', '{% endif %}']);
  });

  it('{% raw %} text is literal', () => {
    const p = readTemplateAsSysctl('{% raw %}\nkernel.core_pattern = {{core}}\n{% endraw %}\n', 'a.j2');
    expect(p.assignments.map((a) => a.value)).toEqual(['{{core}}']);
  });

  it('Go templates: {{/* */}} comments over lines and action lines are absent, values unevaluated', () => {
    const t = '{{- /* tuning\n  for nodes */ -}}\n{{- if .Values.tune }}\nnet.core.somaxconn = {{ .Values.somaxconn }}\nnet.ipv4.tcp_tw_recycle = 1\n{{- end }}\n';
    const p = readTemplateAsSysctl(t, 'sysctl.conf.tpl');
    expect(p.assignments.map((a) => [a.key, a.templated])).toEqual([['net.core.somaxconn', true], ['net.ipv4.tcp_tw_recycle', false]]);
    expect(p.issues.map((i) => i.code)).toEqual(['template-directive', 'template-directive']);
  });

  it('Terraform: %{ } directive lines absent, ${} unevaluated, $${ literal', () => {
    const t = '%{ for k, v in sysctls ~}\n${k} = ${v}\n%{ endfor ~}\nnet.ipv4.tcp_syn_retries = 1\n';
    const p = readTemplateAsSysctl(t, 'sysctl.conf.tftpl');
    expect(p.assignments.map((a) => [a.value, a.templated])).toEqual([['${v}', true], ['1', false]]);
    expect(p.issues.map((i) => i.text)).toEqual(['%{ for k, v in sysctls ~}', '%{ endfor ~}']);
  });

  it('languages by name first, then by syntax', () => {
    expect(templateLanguageOf('x.yaml.j2', '{{ .Values }}')).toBe('jinja');
    expect(templateLanguageOf('c/templates/_helpers.tpl', '{{ x }}')).toBe('go');
    expect(templateLanguageOf('x.tpl', 'a: {{ .Values.a }}')).toBe('go');
    expect(templateLanguageOf('x.tpl', 'a: {{ ansible_host }}\n{% if x %}')).toBe('jinja');
    expect(templateLanguageOf('x.tpl', 'a: ${var.a}')).toBe('terraform');
  });
});

describe('templated files end to end', () => {
  it('an Ansible sysctl template (walked by name) has no syntax warnings, a note, and its literal lines judged', () => {
    const r = lintTree({ 'templates/sysctl.conf.j2': '{% for k, v in sysctl.items() %}\n{{ k }} = {{ v }}\n{% endfor %}\n{# comment #}\nnet.ipv4.tcp_tw_recycle = 1\n' });
    expect(r.list).toEqual(['templates/sysctl.conf.j2:1:1 sysctl-template-not-evaluated', 'templates/sysctl.conf.j2:5:1 tcp-tw-recycle-enabled net.ipv4.tcp_tw_recycle']);
    expect(r.result.findings.filter((f) => f.severity !== 'info').map((f) => f.ruleId)).toEqual(['tcp-tw-recycle-enabled']);
  });

  it('a Helm partial whose define body is sysctl.d content is linted at its lines; other helpers are not', () => {
    const partial = ['{{/* sysctl settings of the node */}}', '{{- define "node.sysctl" -}}', 'net.ipv4.tcp_tw_recycle = 1', 'net.core.somaxconn = {{ .Values.somaxconn }}', 'vm.swappiness = 1', '{{- end }}', '{{- define "node.labels" -}}', 'app: {{ .Release.Name }}', '{{- end }}', ''].join('\n');
    const r = lintTree({ 'chart/Chart.yaml': 'apiVersion: v2\nname: n\n', 'chart/templates/_sysctl.tpl': partial, 'chart/templates/_helpers.tpl': '{{- define "x.name" -}}\n{{ .Chart.Name }}\n{{- end }}\n' }, { only: ['tcp-tw-recycle-enabled', 'sysctl-line-not-assignment'] });
    expect(r.list).toEqual(['chart/templates/_sysctl.tpl:3:1 tcp-tw-recycle-enabled net.ipv4.tcp_tw_recycle']);
  });

  it('a Jinja YAML template is named a Jinja template, not Helm/Go', () => {
    const r = lintTree({ 'k8s/ds.yaml.j2': 'apiVersion: apps/v1\nkind: DaemonSet\nmetadata:\n  name: {{ name }}-ds\nspec:\n  template:\n    spec:\n      securityContext:\n        sysctls: [{name: net.core.somaxconn, value: "1024"}]\n' });
    const note = r.result.findings.find((f) => f.ruleId === 'sysctl-lint/template-not-rendered');
    expect(note?.message).toMatch(/^Jinja template syntax/);
  });

  it('a half-parsed kubeadm template decides no other file\'s context, but its own value is still judged where it is written', () => {
    const kubeadm = 'apiVersion: kubeadm.k8s.io/v1beta3\nkind: ClusterConfiguration\napiServer:\n  extraArgs:\n{{- if .x }}\n    service-node-port-range: "1024-1100"\n{{- end }}\n';
    const r = lintTree({ 'a/kubeadm.yaml.tpl': kubeadm, 'b/etc/sysctl.d/90-ports.conf': 'net.ipv4.ip_local_port_range = 1000 1200\n' }, { only: ['ports-ephemeral-overlaps-nodeport', 'k8s-nodeport-range-overlaps-ephemeral'], args: { nodeRole: 'kubernetes' } });
    // With the template's range 1024-1100 as the cluster's, the port range would overlap it.
    expect(r.list.filter((l) => !l.includes('sysctl-lint/'))).toEqual([]);
    const wide = kubeadm.replace('1024-1100', '30000-40000');
    const r2 = lintTree({ 'a/kubeadm.yaml.tpl': wide }, { only: ['k8s-nodeport-range-overlaps-ephemeral'] });
    expect(r2.list.filter((l) => !l.includes('sysctl-lint/'))).toEqual(['a/kubeadm.yaml.tpl:6:5 k8s-nodeport-range-overlaps-ephemeral']);
  });
});

describe('hostile templates', () => {
  it('masking, define matching and template sysctl reading never throw and stay linear', () => {
    const pieces = ['{{', '}}', '{%', '%}', '{#', '#}', '%{', '${', '$${', '}', '{{/*', '*/}}', '{{- define "x" -}}', '{{ end }}', '<%', '%>', '\n', 'a = 1', ' ', '{% raw %}', '{% endraw %}'];
    let seed = 11;
    for (let n = 0; n < 300; n++) {
      let t = '';
      for (let i = 0; i < 50; i++) {
        seed = (seed * 1103515245 + 12345) % 2147483648;
        t += pieces[seed % pieces.length];
      }
      for (const lang of ['jinja', 'go', 'terraform', 'erb'] as const) {
        const m = maskTemplate(t, lang);
        expect(m.text.length).toBe(t.length);
        expect(() => readTemplateAsSysctl(t, 'x', lang)).not.toThrow();
      }
      expect(() => readGoPartialAsSysctl(t, () => true)).not.toThrow();
    }
    const big = '{{ x }}\n'.repeat(50_000) + '%{ if a }\n'.repeat(50_000);
    const t0 = performance.now();
    for (const lang of ['jinja', 'go', 'terraform'] as const) maskTemplate(big, lang);
    expect(performance.now() - t0).toBeLessThan(5000);
  });
});
