/**
 * The walk works out once which kinds claim a file by its path (`claimsOf`, a bit per kind) and
 * the read-ahead and detection read that mask instead of testing the path again. Both ways
 * must give the same answers for every path and text.
 */
import { describe, expect, it } from 'vitest';
import { claimsOf, firstClaimant, handlerForFile, handlerForPath, SOURCES } from '../../src/sources/registry';

/** A small deterministic generator (mulberry32), so a failure names its seed. */
function rng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const DIRS = ['etc/sysctl.d', 'usr/lib/sysctl.d', 'etc', 'etc/modules-load.d', 'charts/app/templates', 'charts/app', 'roles/k8s/tasks', 'roles/k8s/defaults', 'packer', 'scripts', 'etc/systemd/system', 'manifests', 'cloud-init', 'talos', 'etc/rancher/k3s', 'deploy', '.', 'etc/default', 'boot'];
const NAMES = ['99-k8s.conf', 'sysctl.conf', 'sysctl.conf.j2', 'k8s.conf', 'values.yaml', 'values-prod.yml', '_helpers.tpl', 'sysctl.yaml', 'main.yml', 'node.pkr.hcl', 'node.json', 'bootstrap.sh', 'tune', 'kubelet.service', 'user-data', 'user-data.yaml', 'controlplane.yaml', 'config.yaml', 'grub', 'README.md', 'deployment.yaml', 'Chart.yaml'];
const TEXTS = [
  'net.ipv4.tcp_tw_recycle = 1\n',
  '#!/bin/sh\nsysctl -w net.ipv4.tcp_tw_recycle=1\n',
  '#cloud-config\nwrite_files:\n  - path: /etc/sysctl.d/90.conf\n    content: |\n      net.ipv4.ip_forward = 1\n',
  'apiVersion: v1\nkind: Pod\nmetadata: {name: x}\nspec:\n  securityContext:\n    sysctls:\n    - {name: net.core.somaxconn, value: "1024"}\n',
  'controller:\n  sysctls:\n    net.core.somaxconn: "32768"\n',
  '- name: tune\n  ansible.posix.sysctl:\n    name: vm.swappiness\n    value: "10"\n',
  '[Service]\nExecStart=/sbin/sysctl -w net.ipv4.ip_forward=1\n',
  'br_netfilter\n',
  'nothing here\n',
  '',
];

describe('path claims worked out once per walked file', () => {
  it('has room for every kind in the 16 bits the input list keeps per file', () => {
    expect(SOURCES.length).toBeLessThanOrEqual(16);
  });

  it('gives the kind, and the kind read from a text, that testing the path gives (seeded)', () => {
    const next = rng(7);
    let claimed = 0;
    for (let i = 0; i < 3000; i++) {
      const display = `${DIRS[Math.floor(next() * DIRS.length)]}/${NAMES[Math.floor(next() * NAMES.length)]}`.replace(/^\.\//, '');
      const text = TEXTS[Math.floor(next() * TEXTS.length)] as string;
      const claims = claimsOf(display);
      expect(firstClaimant(claims), display).toBe(handlerForPath(display));
      for (let k = 0; k < SOURCES.length; k++) expect((claims & (1 << k)) !== 0, `${display} ${SOURCES[k]?.kind}`).toBe(SOURCES[k]?.claimsPath(display));
      const input = { abs: `/repo/${display}`, display, text, explicit: false };
      const claimedByPath = claims !== 0;
      if (claimedByPath) claimed++;
      expect(handlerForFile(input, claimedByPath, claims), `${display}: ${text.slice(0, 20)}`).toBe(handlerForFile(input, claimedByPath));
    }
    // The paths do exercise claims by several kinds.
    expect(claimed).toBeGreaterThan(1000);
  });

  it('ranks for the provisioning read-ahead only paths the ranking kind claims (which lets it skip inputs by their claims)', () => {
    let ranked = 0;
    for (const dir of DIRS) {
      for (const name of NAMES) {
        const display = `${dir}/${name}`.replace(/^\.\//, '');
        for (const s of SOURCES) {
          if (s.readAheadRank?.(display) === undefined) continue;
          ranked++;
          expect(s.claimsPath(display), `${s.kind} ranks ${display}`).toBe(true);
        }
      }
    }
    expect(ranked).toBeGreaterThan(20);
  });
});
