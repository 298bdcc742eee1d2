/**
 * Helm values are recognised by their content, whatever the file is called; files of other
 * shapes with the same words (Compose files, chart templates) are not taken for values.
 */
import { describe, expect, it } from 'vitest';
import { lintTree } from '../../helpers/lint-tree';

const VALUES = 'controller:\n  hostNetwork: true\n  sysctls:\n    net.core.somaxconn: "32768"\n';

describe('values by content', () => {
  it('a values file with a version in its name is read like values.yaml', () => {
    const r = lintTree({ 'deploy/nginx-values-v4.1.3.yaml': VALUES, 'deploy/values.yaml': VALUES }, { only: ['k8s-pod-sysctl-host-namespace'] });
    expect(r.list).toEqual(['deploy/nginx-values-v4.1.3.yaml:4:5 k8s-pod-sysctl-host-namespace net.core.somaxconn', 'deploy/values.yaml:4:5 k8s-pod-sysctl-host-namespace net.core.somaxconn']);
  });

  it('a values override with an initContainers list is read, named on the command line or walked', () => {
    const text = 'extraInitContainers:\n  - name: tune\n    image: busybox\n    securityContext: {privileged: true}\n    command: [sysctl, -w, vm.max_map_count=262144]\n';
    const walked = lintTree({ 'prod/es.yml': text }, { only: ['k8s-container-sysctl-write-node'] });
    expect(walked.list).toEqual(['prod/es.yml:5:27 k8s-container-sysctl-write-node vm.max_map_count']);
    const named = lintTree({ 'es.yml': text }, { only: ['k8s-container-sysctl-write-node'], paths: ['es.yml'] });
    expect(named.list).toEqual(['es.yml:5:27 k8s-container-sysctl-write-node vm.max_map_count']);
  });

  it('Compose files, chart templates and YAML without trigger words are not values', () => {
    const r = lintTree({
      'compose.yaml': 'services:\n  db:\n    image: postgres\n    sysctls:\n      - net.core.somaxconn=1024\n',
      'chart/Chart.yaml': 'name: c\nversion: 1.0.0\n',
      'chart/templates/extra.yaml': 'sysctls:\n  - name: {{ .Values.k }}\n',
      'ci/settings.yaml': 'containers:\n  - build\n',
      'lists.yaml': '- sysctls: {a.b: 1}\n',
    });
    expect(r.list).toEqual([]);
  });
});
