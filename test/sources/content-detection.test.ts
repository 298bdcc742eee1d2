/**
 * YAML and JSON files are read by what they hold, not by what they are called: one oddly named
 * file of every shape sysctl-lint reads, walked in one tree, each with a finding at its key.
 */
import { describe, expect, it } from 'vitest';
import { lintTree } from '../helpers/lint-tree';

const FILES: Record<string, string> = {
  // Helm values (ingress-nginx), a version in the name.
  'deploy/nginx-values-v4.1.3.yaml': 'controller:\n  hostNetwork: true\n  sysctls:\n    net.core.somaxconn: "32768"\n',
  // A Kubernetes manifest with an operator custom resource.
  'apps/es-prod.yml': 'apiVersion: elasticsearch.k8s.elastic.co/v1\nkind: Elasticsearch\nmetadata: {name: logs}\nspec:\n  nodeSets:\n  - name: hot\n    podTemplate:\n      spec:\n        initContainers:\n        - name: tune\n          command: [sh, -c, "sysctl -w vm.max_map_count=262144"]\n',
  // cloud-init user-data under an ordinary name.
  'infra/worker-bootstrap.yaml': '#cloud-config\nwrite_files:\n  - path: /etc/sysctl.d/90-tw.conf\n    content: |\n      net.ipv4.tcp_tw_recycle = 1\n',
  // A Talos machine configuration patch.
  'talos/patch-workers.yaml': 'machine:\n  sysctls:\n    net.ipv4.tcp_tw_recycle: "1"\n',
  // A k3s configuration outside /etc/rancher.
  'k3s/server-settings.yaml': 'write-kubeconfig-mode: "0644"\nservice-node-port-range: 30000-40000\n',
  // A kops cluster spec.
  'kops/prod-cluster.yaml': 'apiVersion: kops.k8s.io/v1alpha2\nkind: Cluster\nmetadata: {name: prod.example.com}\nspec:\n  sysctlParameters:\n  - net.ipv4.tcp_tw_recycle=1\n',
  // An Ansible task file.
  'playbooks/kernel.yml': '- name: tune\n  ansible.posix.sysctl:\n    name: net.ipv4.tcp_tw_recycle\n    value: "1"\n    sysctl_file: /etc/sysctl.d/90-tw.conf\n',
  // A legacy Packer JSON template.
  'images/node.json': '{\n  "builders": [{"type": "amazon-ebs"}],\n  "provisioners": [{"type": "shell", "inline": ["echo net.ipv4.tcp_tw_recycle=1 > /etc/sysctl.d/90-tw.conf"]}]\n}\n',
};

describe('detection by content', () => {
  it('every YAML or JSON shape is read whatever the file is called', () => {
    const r = lintTree(FILES, { only: ['k8s-pod-sysctl-host-namespace', 'k8s-container-sysctl-write-unprivileged', 'tcp-tw-recycle-enabled', 'k8s-nodeport-range-overlaps-ephemeral'] });
    const byFile = new Map<string, string[]>();
    for (const line of r.list) {
      const file = line.slice(0, line.indexOf(':'));
      byFile.set(file, [...(byFile.get(file) ?? []), line.slice(file.length + 1)]);
    }
    expect(Object.fromEntries(byFile)).toEqual({
      'deploy/nginx-values-v4.1.3.yaml': ['4:5 k8s-pod-sysctl-host-namespace net.core.somaxconn'],
      'apps/es-prod.yml': ['11:40 k8s-container-sysctl-write-unprivileged vm.max_map_count'],
      'infra/worker-bootstrap.yaml': ['5:7 tcp-tw-recycle-enabled net.ipv4.tcp_tw_recycle'],
      'talos/patch-workers.yaml': ['3:5 tcp-tw-recycle-enabled net.ipv4.tcp_tw_recycle'],
      'k3s/server-settings.yaml': ['2:26 k8s-nodeport-range-overlaps-ephemeral'],
      'kops/prod-cluster.yaml': ['6:5 tcp-tw-recycle-enabled net.ipv4.tcp_tw_recycle'],
      'playbooks/kernel.yml': ['3:11 tcp-tw-recycle-enabled net.ipv4.tcp_tw_recycle'],
      'images/node.json': ['3:55 tcp-tw-recycle-enabled net.ipv4.tcp_tw_recycle'],
    });
  });
});
