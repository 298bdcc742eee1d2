/**
 * cloud-init user-data end to end: every format cloud-init reads, findings at the exact line
 * and column of the key (or, for encoded content, the start of the encoded value).
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { LineIndex } from '../../../src/core/span';
import { lint } from '../../../src/lint';
import { cloudInitHandler, looksLikeUserData } from '../../../src/sources/cloud-init/handler';
import { tmpDir } from '../../helpers/tmp-tree';

const tmp = tmpDir('sysctl-lint-cloud-init-');
let n = 0;

/** Lints one user-data and lists findings as `line:col rule-id` (optionally with the key). */
function run(content: string | Buffer, opts: { name?: string; only?: string[]; args?: Partial<Parameters<typeof lint>[0]> } = {}) {
  const dir = path.join(tmp, String(n++));
  fs.mkdirSync(dir);
  const name = opts.name ?? 'user-data.yaml';
  fs.writeFileSync(path.join(dir, name), content);
  const result = lint({ paths: [name], cwd: dir, ruleFilter: opts.only ? (id) => opts.only!.includes(id) : undefined, ...opts.args });
  const text = typeof content === 'string' ? content : '';
  const idx = new LineIndex(text);
  return {
    result,
    list: result.findings.map((f) => {
      const p = idx.position(f.location.span.start);
      return `${p.line}:${p.column} ${f.ruleId}${f.key ? ` ${f.key}` : ''}`;
    }),
    at: (rule: string) => result.findings.filter((f) => f.ruleId === rule).map((f) => text.slice(f.location.span.start, f.location.span.end)),
  };
}

const b64 = (s: string) => Buffer.from(s).toString('base64');
const gzb64 = (s: string) => zlib.gzipSync(Buffer.from(s)).toString('base64');

describe('the incidents, at the key', () => {
  it('tcp_tw_recycle in a write_files block: at the key inside the | block', () => {
    const ud = ['#cloud-config', 'write_files:', '  - path: /etc/sysctl.d/60-tuning.conf', '    content: |', '      net.core.somaxconn = 4096', '      net.ipv4.tcp_tw_recycle = 1', 'runcmd: [[sysctl, --system]]', ''].join('\n');
    const r = run(ud, { only: ['tcp-tw-recycle-enabled'] });
    expect(r.list).toEqual(['6:7 tcp-tw-recycle-enabled net.ipv4.tcp_tw_recycle']);
    expect(r.at('tcp-tw-recycle-enabled')).toEqual(['net.ipv4.tcp_tw_recycle']);
  });

  it('tcp_tw_recycle in base64, gzip+base64 and !!binary gzip content: at the content value', () => {
    const conf = '# tuning\nnet.ipv4.tcp_tw_recycle = 1\n';
    const ud = [
      '#cloud-config',
      'write_files:',
      '  - path: /etc/sysctl.d/10-a.conf',
      '    encoding: b64',
      `    content: ${b64(conf)}`,
      '  - path: /etc/sysctl.d/20-b.conf',
      '    encoding: gzip+base64',
      `    content: ${gzb64(conf.replace('tcp_tw_recycle = 1', 'tcp_syn_retries = 1'))}`,
      '  - path: /etc/sysctl.d/30-c.conf',
      '    encoding: gz',
      '    content: !!binary |',
      `      ${gzb64('net.ipv4.tcp_timestamps = 0\n')}`,
      '',
    ].join('\n');
    const r = run(ud, { only: ['tcp-tw-recycle-enabled', 'tcp-syn-retries-extreme', 'tcp-timestamps-disabled'] });
    expect(r.list).toEqual(['5:14 tcp-tw-recycle-enabled net.ipv4.tcp_tw_recycle', '8:14 tcp-syn-retries-extreme net.ipv4.tcp_syn_retries', '12:7 tcp-timestamps-disabled net.ipv4.tcp_timestamps']);
    expect(r.at('tcp-tw-recycle-enabled')).toEqual([b64(conf)]);
  });

  it('a bootcmd echo into /proc/sys: at the key of the path', () => {
    const ud = '#cloud-config\nbootcmd:\n  - echo 1 > /proc/sys/net/ipv4/tcp_tw_recycle\n';
    const r = run(ud, { only: ['tcp-tw-recycle-enabled', 'cloudinit-bootcmd-sysctl'] });
    expect(r.list).toEqual(['3:24 cloudinit-bootcmd-sysctl net.ipv4.tcp_tw_recycle', '3:24 tcp-tw-recycle-enabled net.ipv4.tcp_tw_recycle']);
    expect(r.at('tcp-tw-recycle-enabled')).toEqual(['net/ipv4/tcp_tw_recycle']);
  });

  it('a runcmd port range on a Kubernetes node overlaps the NodePort range; a split write keeps the old high end', () => {
    const ud = '#cloud-config\nruncmd:\n  - sysctl -w net.ipv4.ip_local_port_range="1024 65535"\n  - sh -c "sysctl -w net.ipv4.ip_local_port_range=1025 65535"\n';
    const r = run(ud, { only: ['ports-ephemeral-overlaps-nodeport', 'ports-local-port-range-invalid'], args: { nodeRole: 'kubernetes' } });
    // The value in force, and the earlier write it overrides (flagged too, with a note).
    expect(r.list).toEqual(['3:15 ports-ephemeral-overlaps-nodeport net.ipv4.ip_local_port_range', '4:22 ports-ephemeral-overlaps-nodeport net.ipv4.ip_local_port_range']);
    expect(r.result.findings[1]?.message).toContain('1025 65535');
    expect(r.result.findings[0]?.related.map((x) => x.message)).toEqual(['overridden by this later assignment of 1025 65535, which takes effect']);
  });
});

describe('user-data formats', () => {
  it('multi-part MIME: a plain cloud-config part maps exactly, a base64 part to its body', () => {
    const ud = [
      'Content-Type: multipart/mixed; boundary="===============1=="',
      'MIME-Version: 1.0',
      '',
      '--===============1==',
      'Content-Type: text/cloud-config; charset="us-ascii"',
      'Content-Transfer-Encoding: 7bit',
      '',
      '#cloud-config',
      'write_files:',
      '  - path: /etc/sysctl.d/90-a.conf',
      '    content: |',
      '      net.ipv4.tcp_tw_recycle = 1',
      '--===============1==',
      'Content-Type: text/x-shellscript; charset="us-ascii"',
      'Content-Transfer-Encoding: base64',
      '',
      b64('#!/bin/sh\nsysctl --system\nsysctl -w net.ipv4.tcp_syn_retries=1\n'),
      '--===============1==--',
      '',
    ].join('\r\n');
    const r = run(ud, { only: ['tcp-tw-recycle-enabled', 'tcp-syn-retries-extreme', 'cloudinit-sysctl-file-not-applied'] });
    expect(r.list).toEqual(['12:7 tcp-tw-recycle-enabled net.ipv4.tcp_tw_recycle', '17:1 tcp-syn-retries-extreme net.ipv4.tcp_syn_retries']);
  });

  it('gzip-compressed user-data is decompressed (positions: the file start)', () => {
    const ud = zlib.gzipSync(Buffer.from('#cloud-config\nbootcmd:\n  - sysctl -w net.ipv4.tcp_tw_recycle=1\n'));
    const r = run(ud, { name: 'user-data', only: ['tcp-tw-recycle-enabled'] });
    expect(r.result.findings.map((f) => [f.ruleId, f.key, f.location.span])).toEqual([['tcp-tw-recycle-enabled', 'net.ipv4.tcp_tw_recycle', { start: 0, end: 0 }]]);
  });

  it('## template: jinja: template values are unevaluated, literal ones are linted', () => {
    const ud = '## template: jinja\n#cloud-config\nruncmd:\n  - sysctl -w net.ipv4.tcp_syn_retries={{ v1.retries }}\n  - sysctl -w net.ipv4.tcp_synack_retries=1\n';
    const r = run(ud, { only: ['tcp-syn-retries-extreme', 'tcp-synack-retries-extreme', 'sysctl-w-unquoted-multivalue'] });
    expect(r.list).toEqual(['5:15 tcp-synack-retries-extreme net.ipv4.tcp_synack_retries']);
  });

  it('#cloud-config-archive parts and #cloud-boothook', () => {
    const ud = [
      '#cloud-config-archive',
      '- type: text/cloud-boothook',
      '  content: |',
      '    #cloud-boothook',
      '    echo 1 > /proc/sys/net/ipv4/tcp_tw_recycle',
      '- |',
      '  #cloud-config',
      '  runcmd: [sysctl -w net.ipv4.tcp_timestamps=0]',
      '',
    ].join('\n');
    const r = run(ud, { only: ['tcp-tw-recycle-enabled', 'tcp-timestamps-disabled', 'cloudinit-bootcmd-sysctl'] });
    expect(r.list).toEqual(['5:24 cloudinit-bootcmd-sysctl net.ipv4.tcp_tw_recycle', '5:24 tcp-tw-recycle-enabled net.ipv4.tcp_tw_recycle', '8:22 tcp-timestamps-disabled net.ipv4.tcp_timestamps']);
  });

  it('RancherOS rancher.sysctl maps are settings at their keys', () => {
    const r = run('#cloud-config\nrancher:\n  sysctl:\n    net.ipv4.tcp_tw_recycle: 1\n', { only: ['tcp-tw-recycle-enabled'] });
    expect(r.list).toEqual(['4:5 tcp-tw-recycle-enabled net.ipv4.tcp_tw_recycle']);
  });
});

describe('bad input is reported and the run goes on', () => {
  it('undecodable base64 and gzip content: an error at the content value, other entries still linted', () => {
    const ud = [
      '#cloud-config',
      'write_files:',
      '  - path: /etc/sysctl.d/10-a.conf',
      '    encoding: b64',
      '    content: bmV0LmlwdjQudGN...',
      '  - path: /etc/sysctl.d/20-b.conf',
      '    encoding: gzip',
      '    content: not gzip at all',
      '  - path: /etc/sysconfig/selinux',
      '    encoding: b64',
      '    content: CiMgVGhpcyBm...',
      '  - path: /etc/sysctl.d/30-c.conf',
      '    encoding: rot13',
      '    content: |',
      '      net.ipv4.tcp_tw_recycle = 1',
      '',
    ].join('\n');
    const r = run(ud, { only: ['tcp-tw-recycle-enabled'] });
    expect(r.list).toEqual([
      '5:14 sysctl-lint/cloud-init-undecodable',
      '8:14 sysctl-lint/cloud-init-undecodable',
      '13:15 sysctl-lint/cloud-init-unknown-encoding',
      '15:7 tcp-tw-recycle-enabled net.ipv4.tcp_tw_recycle',
    ]);
    expect(r.result.findings[0]?.severity).toBe('error');
    expect(r.result.findings[0]?.message).toContain('/etc/sysctl.d/10-a.conf');
  });

  it('invalid YAML gets one finding; what parses is linted', () => {
    const ud = '#cloud-config\nwrite_files:\n  - path: /etc/sysctl.d/a.conf\n    content: |\n      net.ipv4.tcp_tw_recycle = 1\n  bad: [unclosed\n';
    const r = run(ud, { only: ['tcp-tw-recycle-enabled'] });
    expect(r.list.some((l) => l.includes('sysctl-lint/yaml-syntax'))).toBe(true);
    expect(r.list).toContain('5:7 tcp-tw-recycle-enabled net.ipv4.tcp_tw_recycle');
  });

  it('an unterminated quote in a command is reported', () => {
    const r = run('#cloud-config\nruncmd:\n  - echo "oops; sysctl -w vm.swappiness=1\n', { only: [] });
    expect(r.list).toEqual(['3:10 sysctl-lint/shell-syntax']);
  });

  it('a user-data without sysctl settings is understood and yields nothing', () => {
    const r = run('#cloud-config\nbootcmd:\n  - echo 192.168.1.130 us.archive.ubuntu.com >> /etc/hosts\n  - [ cloud-init-per, once, mymkfs, mkfs, /dev/vdb ]\n');
    expect(r.result.findings).toEqual([]);
    expect(r.result.stats.filesLinted).toBe(1);
  });
});

describe('node model', () => {
  it('modules-load.d files written by write_files count as loaded at boot', () => {
    const ud = '#cloud-config\nwrite_files:\n  - path: /etc/modules-load.d/k8s.conf\n    content: |\n      br_netfilter\n  - path: /etc/sysctl.d/k8s.conf\n    content: |\n      net.bridge.bridge-nf-call-iptables = 1\n      net.netfilter.nf_conntrack_max = 1000000\nruncmd: [sysctl --system]\n';
    const r = run(ud, { only: ['sysctl-module-key-not-loaded'] });
    expect(r.list).toEqual(['9:7 sysctl-module-key-not-loaded net.netfilter.nf_conntrack_max']);
  });

  it('files written to one path merge in run order: a later write replaces, append adds', () => {
    const ud = [
      '#cloud-config',
      'write_files:',
      '  - path: /etc/sysctl.d/90-x.conf',
      '    content: "net.ipv4.tcp_syn_retries = 1\\n"',
      '  - path: /etc/sysctl.d/90-x.conf',
      '    content: "net.ipv4.tcp_timestamps = 0\\n"',
      '  - path: /etc/sysctl.d/90-x.conf',
      '    append: true',
      '    content: "net.ipv4.tcp_tw_recycle = 1\\n"',
      '',
    ].join('\n');
    const r = run(ud, { only: ['tcp-syn-retries-extreme', 'tcp-timestamps-disabled', 'tcp-tw-recycle-enabled', 'sysctl-masked-file'] });
    expect(r.list).toEqual(['6:15 tcp-timestamps-disabled net.ipv4.tcp_timestamps', '9:15 tcp-tw-recycle-enabled net.ipv4.tcp_tw_recycle']);
  });
});

describe('detection', () => {
  it('claims user-data by header, never a plain manifest or script', () => {
    expect(looksLikeUserData('#cloud-config\n')).toBe(true);
    expect(looksLikeUserData('## template: jinja\n#cloud-config\n')).toBe(true);
    expect(looksLikeUserData('Content-Type: multipart/mixed; boundary="x"\nMIME-Version: 1.0\n\n--x\nContent-Type: text/x-shellscript\n')).toBe(true);
    expect(looksLikeUserData('apiVersion: v1\nkind: Pod\n')).toBe(false);
    expect(looksLikeUserData('#!/bin/sh\nsysctl -w a.b=1\n')).toBe(false);
    expect(looksLikeUserData('Content-Type: text/html\n\n<html>')).toBe(false);
  });

  it('claims by name while walking: user-data, cloud-init directories', () => {
    const c = (p: string) => cloudInitHandler.claimsPath(p);
    expect([c('infra/user-data'), c('x/user_data.sh'), c('infra/cloud-init/control-plane.yaml.tpl'), c('cloud-config.yaml'), c('vendor-data.txt')]).toEqual([true, true, true, true, true]);
    expect([c('deploy/pod.yaml'), c('cloud-init/README.md'), c('docs/user-guide.yaml')]).toEqual([false, false, false]);
  });

  it('a file named like user-data without a header is skipped quietly when walked', () => {
    const dir = path.join(tmp, 'walk');
    fs.mkdirSync(path.join(dir, 'cloud-init'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'cloud-init', 'notes.txt'), 'just notes\n');
    fs.writeFileSync(path.join(dir, 'cloud-init', 'node.yaml'), '#cloud-config\nruncmd: [sysctl -w net.ipv4.tcp_tw_recycle=1]\n');
    const result = lint({ paths: ['.'], cwd: dir, ruleFilter: (id) => id === 'tcp-tw-recycle-enabled' });
    expect(result.findings.map((f) => `${f.location.file} ${f.ruleId}`)).toEqual(['cloud-init/node.yaml tcp-tw-recycle-enabled']);
  });
});

describe('node role', () => {
  it('a user-data that runs kubeadm or installs kubelet is a Kubernetes node', () => {
    const ud = '#cloud-config\nruncmd:\n  - sysctl -w net.ipv4.ip_local_port_range="1024 65535"\n  - kubeadm join --config /etc/kubeadm/join.yaml\n';
    const r = run(ud, { only: ['ports-ephemeral-overlaps-nodeport'] });
    expect(r.result.findings.map((f) => [f.severity, f.message.includes('node role')])).toEqual([['error', false]]);
    const pk = run('#cloud-config\npackages: [curl, kubelet]\nruncmd:\n  - sysctl -w net.ipv4.ip_local_port_range="1024 65535"\n', { only: ['ports-ephemeral-overlaps-nodeport'] });
    expect(pk.result.findings.map((f) => f.severity)).toEqual(['error']);
    const none = run('#cloud-config\nruncmd:\n  - sysctl -w net.ipv4.ip_local_port_range="1024 65535"\n', { only: ['ports-ephemeral-overlaps-nodeport'] });
    expect(none.result.findings.map((f) => f.severity)).toEqual(['warning']);
  });
});
