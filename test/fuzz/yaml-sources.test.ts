/**
 * The YAML-based sources through their handlers: Kubernetes manifests (pod sysctls, init
 * containers, kops specs), k3s/RKE2 configuration, Talos machine configuration, Ansible tasks
 * (module arguments, loops) — generated near-valid documents, the same with hostile fragments.
 */
import fc from 'fast-check';
import { describe } from 'vitest';
import type { SourceHandler } from '../../src/sources/types';
import { k8sManifestHandler } from '../../src/sources/k8s-manifest/handler';
import { distroConfigHandler, extractDistroConfig } from '../../src/sources/distro-config/handler';
import { talosConfigHandler } from '../../src/sources/talos/handler';
import { ansibleHandler } from '../../src/sources/ansible/handler';
import { cleanSysctlLines, indent, plainKey, withNoise } from './arbitraries';
import { assertInside, atShellWord, fuzzIt } from './fuzz';
import { assignmentsOf, checkExtraction } from './extraction';

const q = fc.constantFrom('', '"', "'");
const quoted = (s: string, c: string) => `${c}${s}${c}`;
const value = fc.constantFrom('1', '0', '65535', '1024 65535', '"1"', "'0'");

const podSysctls = fc.array(fc.tuple(plainKey, q, value), { minLength: 1, maxLength: 4 }).map((l) => l.map(([k, c, v]) => `      - name: ${quoted(k, c)}\n        value: ${v.startsWith('"') || v.startsWith("'") ? v : JSON.stringify(v)}`).join('\n'));
const initCommand = fc.tuple(plainKey, fc.constantFrom('0', '1'), fc.constantFrom('flow', 'block', 'args')).map(([k, v, form]) =>
  form === 'flow' ? `command: ["sh", "-c", "sysctl -w ${k}=${v}"]` : form === 'block' ? `command:\n            - sh\n            - -c\n            - |\n              sysctl -w ${k}=${v}\n              echo ${v} > /proc/sys/${k.replace(/\./g, '/')}` : `command: [sysctl]\n          args: ["-w", "${k}=${v}"]`,
);

const pod = fc.tuple(podSysctls, initCommand, fc.constantFrom('Pod', 'Deployment', 'DaemonSet')).map(([sysctls, cmd, kind]) => {
  const spec = `securityContext:\n  sysctls:\n${indent(sysctls, -0)}\ninitContainers:\n  - name: init\n    image: busybox\n    securityContext:\n      privileged: true\n    ${cmd.replace(/\n {10}/g, '\n    ').replace(/\n {12}/g, '\n      ').replace(/\n {14}/g, '\n        ')}\ncontainers:\n  - name: app\n    image: nginx`;
  const specText = spec.replace(/^ {6}- name/gm, '    - name').replace(/^ {8}value/gm, '      value');
  return kind === 'Pod'
    ? `apiVersion: v1\nkind: Pod\nmetadata:\n  name: x\nspec:\n${indent(specText, 2)}\n`
    : `apiVersion: apps/v1\nkind: ${kind}\nmetadata:\n  name: x\nspec:\n  template:\n    spec:\n${indent(specText, 6)}\n`;
});

const kops = fc.tuple(cleanSysctlLines, fc.constantFrom('Cluster', 'InstanceGroup'), q).map(([lines, kind, c]) => `apiVersion: kops.k8s.io/v1alpha2\nkind: ${kind}\nmetadata:\n  name: nodes\nspec:\n  sysctlParameters:\n${lines.map((l) => `    - ${l === '' ? '""' : quoted(l, c || (/[#:]/.test(l) ? '"' : ''))}`).join('\n')}\n`);

const k3s = fc.tuple(fc.array(fc.tuple(fc.constantFrom('kubelet-arg', 'kubelet-arg+', 'kube-proxy-arg', 'kube-apiserver-arg', 'service-node-port-range', '"kubelet-arg"'), fc.array(fc.constantFrom('allowed-unsafe-sysctls=net.core.somaxconn,net.ipv4.*', 'conntrack-max-per-core=0', 'proxy-mode=ipvs', 'service-node-port-range=30000-32767', 'protect-kernel-defaults=true'), { maxLength: 3 }), fc.boolean()), { minLength: 1, maxLength: 4 })).map(([entries]) =>
  entries.map(([k, vs, list]) => (list || vs.length !== 1 ? `${k}:\n${vs.map((v) => `  - "${v}"`).join('\n')}` : `${k}: "${vs[0]}"`)).join('\n') + '\nwrite-kubeconfig-mode: "0644"\n',
);

const talos = fc.tuple(fc.array(fc.tuple(plainKey, q, value), { minLength: 1, maxLength: 4 }), fc.boolean()).map(([l, versioned]) => `${versioned ? 'version: v1alpha1\n' : ''}machine:\n  type: worker\n  sysctls:\n${l.map(([k, c, v]) => `    ${quoted(k, c)}: ${v.startsWith('"') || v.startsWith("'") ? v : JSON.stringify(v)}`).join('\n')}\n  kubelet:\n    extraArgs:\n      allowed-unsafe-sysctls: net.core.somaxconn\ncluster:\n  network:\n    podSubnets: [10.244.0.0/16]\n`);

const ansibleTask = fc.oneof(
  fc.tuple(plainKey, value, fc.constantFrom('ansible.posix.sysctl', 'sysctl', 'ansible.builtin.sysctl')).map(([k, v, m]) => `- name: set ${k}\n  ${m}:\n    name: ${k}\n    value: ${JSON.stringify(v.replace(/["']/g, ''))}\n    sysctl_set: true\n    state: present`),
  fc.array(fc.tuple(plainKey, fc.constantFrom('0', '1')), { minLength: 1, maxLength: 3 }).map((items) => `- name: loop\n  ansible.posix.sysctl:\n    name: "{{ item.name }}"\n    value: "{{ item.value }}"\n  loop:\n${items.map(([k, v]) => `    - { name: ${k}, value: "${v}" }`).join('\n')}`),
  fc.array(fc.tuple(plainKey, fc.constantFrom('0', '1')), { minLength: 1, maxLength: 3 }).map((items) => `- name: with_items\n  sysctl: name={{ item.0 }} value={{ item.1 }}\n  with_items:\n${items.map(([k, v]) => `    - [${k}, "${v}"]`).join('\n')}`),
  fc.tuple(cleanSysctlLines).map(([lines]) => `- name: file\n  ansible.builtin.copy:\n    dest: /etc/sysctl.d/90-x.conf\n    content: |\n${indent(lines.join('\n'), 6)}`),
  fc.tuple(plainKey).map(([k]) => `- name: line\n  lineinfile:\n    path: /etc/sysctl.conf\n    line: "${k} = 1"\n    regexp: '^${k}'`),
  fc.tuple(plainKey).map(([k]) => `- name: shell\n  shell: sysctl -w ${k}=1 && sysctl --system`),
);
const ansible = fc.tuple(fc.array(ansibleTask, { minLength: 1, maxLength: 5 }), fc.boolean()).map(([tasks, play]) => (play ? `- hosts: all\n  become: true\n  tasks:\n${indent(tasks.join('\n'), 4)}\n` : tasks.join('\n') + '\n'));

/** Spans inside; keys at their bytes (a quoted key's span is its content); whether a setting was found. */
function checkSource(handler: SourceHandler, text: string, display: string, exact: boolean): boolean {
  const x = checkExtraction(handler, text, display);
  const found = assignmentsOf(x, display);
  if (exact) for (const a of found) if (!a.templated) atShellWord(text, a.keySpan, a.rawKey, `${handler.kind} key`);
  return found.length > 0 || (x.clusterFacts?.length ?? 0) > 0;
}

const SOURCES: Array<[string, SourceHandler, fc.Arbitrary<string>, string]> = [
  ['Kubernetes workloads (pod sysctls, init containers)', k8sManifestHandler, pod, 'deploy/pod.yaml'],
  ['kops specs', k8sManifestHandler, kops, 'kops/cluster.yaml'],
  ['Talos machine configuration', talosConfigHandler, talos, 'talos/worker.yaml'],
  ['Ansible tasks (module arguments, loops)', ansibleHandler, ansible, 'roles/net/tasks/main.yml'],
  ['k3s / RKE2 configuration', distroConfigHandler, k3s, 'etc/rancher/k3s/config.yaml'],
];

describe('fuzz: YAML-based sources', () => {
  for (const [name, handler, arb, display] of SOURCES) {
    fuzzIt(`${name}: spans inside, keys at their bytes`, arb, (t) => checkSource(handler, t, display, true), { scale: 0.05 });
    fuzzIt(`${name} with hostile fragments: never throws, spans inside`, withNoise(arb), (t) => void checkSource(handler, t, display, false), { scale: 0.05 });
  }

  fuzzIt('k3s / RKE2 entries: keys and values at their bytes', k3s, (t) => {
    const { fact } = extractDistroConfig('etc/rancher/k3s/config.yaml', t);
    for (const e of fact?.entries ?? []) {
      assertInside(e.keySpan, t.length, 'entry key');
      if (t.slice(e.keySpan.start, e.keySpan.end).replace(/\+$/, '') !== e.key) throw new Error(`entry ${e.key} at ${JSON.stringify(t.slice(e.keySpan.start, e.keySpan.end))}`);
      for (const v of e.values) atShellWord(t, v.span, v.text, 'entry value');
    }
    return (fact?.entries.length ?? 0) > 0;
  }, { scale: 0.05 });
});
