/**
 * Packer templates end to end: provisioners in order, inline commands at their positions inside
 * HCL and JSON strings, scripts with build-time semantics, file uploads followed through a
 * later `sudo mv` into sysctl.d.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lint } from '../../../src/lint';
import { lintTree } from '../../helpers/lint-tree';
import { tmpDir } from '../../helpers/tmp-tree';

const HCL_HEAD = 'source "amazon-ebs" "w" {\n  region = "eu-west-1"\n}\n\nbuild {\n  sources = ["source.amazon-ebs.w"]\n';

describe('Packer HCL2', () => {
  it('inline commands joined into one script: a here-document across inline strings, at the key inside its string', () => {
    const t = HCL_HEAD + [
      '  provisioner "shell" {',
      '    inline = [',
      '      "cat <<EOF | sudo tee /etc/sysctl.d/60-net.conf",',
      '      "net.ipv4.tcp_tw_recycle = 1",',
      '      "EOF",',
      '    ]',
      '  }',
      '}',
      '',
    ].join('\n');
    const r = lintTree({ 'worker.pkr.hcl': t }, { only: ['tcp-tw-recycle-enabled'] });
    expect(r.list).toEqual(['worker.pkr.hcl:10:8 tcp-tw-recycle-enabled net.ipv4.tcp_tw_recycle']);
    expect(r.at('tcp-tw-recycle-enabled')).toEqual(['net.ipv4.tcp_tw_recycle']);
  });

  it('a file uploaded to /tmp and moved by a later shell step is linted as that image file, at its own lines', () => {
    const t = HCL_HEAD + [
      '  provisioner "file" {',
      '    source      = "${path.root}/files/99-k8s.conf"',
      '    destination = "/tmp/99-k8s.conf"',
      '  }',
      '  provisioner "shell" {',
      '    inline = ["sudo mv /tmp/99-k8s.conf /etc/sysctl.d/99-k8s.conf"]',
      '  }',
      '}',
      '',
    ].join('\n');
    const r = lintTree({ 'packer/worker.pkr.hcl': t, 'packer/files/99-k8s.conf': 'net.ipv4.tcp_syn_retries = 1\n' }, { only: ['tcp-syn-retries-extreme'] });
    expect(r.list).toEqual(['packer/files/99-k8s.conf:1:1 tcp-syn-retries-extreme net.ipv4.tcp_syn_retries']);
  });

  it('an upload straight into sysctl.d and file content written by the file provisioner', () => {
    const t = HCL_HEAD + [
      '  provisioner "file" {',
      '    source      = "sysctl/90-a.conf"',
      '    destination = "/etc/sysctl.d/"',
      '  }',
      '  provisioner "file" {',
      '    content     = "net.ipv4.tcp_timestamps = 0\\n"',
      '    destination = "/etc/sysctl.d/91-b.conf"',
      '  }',
      '}',
      '',
    ].join('\n');
    const r = lintTree({ 'worker.pkr.hcl': t, 'sysctl/90-a.conf': 'net.ipv4.tcp_tw_recycle = 1\n' }, { only: ['tcp-tw-recycle-enabled', 'tcp-timestamps-disabled'] });
    expect(r.list).toEqual(['sysctl/90-a.conf:1:1 tcp-tw-recycle-enabled net.ipv4.tcp_tw_recycle', 'worker.pkr.hcl:12:20 tcp-timestamps-disabled net.ipv4.tcp_timestamps']);
  });

  it('scripts run with build-time semantics and are not linted again on their own', () => {
    const t = HCL_HEAD + ['  provisioner "shell" {', '    scripts = ["scripts/a.sh"]', '  }', '}', ''].join('\n');
    const r = lintTree({ 'worker.pkr.hcl': t, 'scripts/a.sh': '#!/bin/sh\nsysctl -w vm.max_map_count=262144\n' });
    expect(r.list).toEqual(['scripts/a.sh:2:11 provision-build-time-sysctl-write vm.max_map_count']);
  });

  it('shell-local runs on the Packer host, and docker builds make container images: neither is judged', () => {
    const local = HCL_HEAD + ['  provisioner "shell-local" {', '    inline = ["sysctl -w vm.max_map_count=1"]', '  }', '}', ''].join('\n');
    const docker = 'source "docker" "d" {\n  image = "ubuntu"\n}\nbuild {\n  sources = ["source.docker.d"]\n  provisioner "shell" {\n    inline = ["echo net.ipv4.tcp_tw_recycle=1 > /etc/sysctl.d/x.conf"]\n  }\n}\n';
    expect(lintTree({ 'a.pkr.hcl': local, 'b.pkr.hcl': docker }).list).toEqual([]);
  });
});

describe('Packer legacy JSON', () => {
  it('inline commands at their positions in the JSON strings; Go template values are unevaluated', () => {
    const t = [
      '{',
      '  "builders": [{"type": "amazon-ebs"}],',
      '  "provisioners": [',
      '    {"type": "shell", "inline": [',
      '      "echo \\"net.ipv4.tcp_syn_retries = 1\\" | sudo tee /etc/sysctl.d/50.conf",',
      '      "echo \\"net.ipv4.tcp_synack_retries = {{user `retries`}}\\" | sudo tee -a /etc/sysctl.d/50.conf"',
      '    ]}',
      '  ]',
      '}',
      '',
    ].join('\n');
    const r = lintTree({ 'eks.json': t }, { only: ['tcp-syn-retries-extreme', 'tcp-synack-retries-extreme'] });
    expect(r.list).toEqual(['eks.json:5:15 tcp-syn-retries-extreme net.ipv4.tcp_syn_retries']);
    expect(r.at('tcp-syn-retries-extreme')).toEqual(['net.ipv4.tcp_syn_retries']);
  });

  it('a script under {{template_dir}} is read; a JSON file that is no template is not taken for one', () => {
    const t = '{"builders": [{"type": "qemu"}], "provisioners": [{"type": "shell", "script": "{{template_dir}}/s/k.sh"}]}\n';
    const r = lintTree({ 't/x.json': t, 't/s/k.sh': '#!/bin/sh\necho 1 > /proc/sys/net/ipv4/ip_forward\n', 'package.json': '{"name": "x", "scripts": {"a": "sysctl -w x=1"}}\n' });
    expect(r.list).toEqual(['t/s/k.sh:2:20 provision-build-time-sysctl-write net.ipv4.ip_forward']);
  });
});

describe('Packer: scripts uploaded then run', () => {
  it('an uploaded scripts directory run by an inline command is read with build-time semantics', () => {
    const t = HCL_HEAD + [
      '  provisioner "file" {',
      '    destination = "/tmp"',
      '    source      = "./scripts"',
      '  }',
      '  provisioner "shell" {',
      '    inline = ["/bin/bash /tmp/scripts/provision.sh"]',
      '  }',
      '}',
      '',
    ].join('\n');
    const r = lintTree({ 'worker/build.pkr.hcl': t, 'worker/scripts/provision.sh': '#!/bin/bash\nsudo sysctl -w fs.inotify.max_user_instances=8192\necho "vm.swappiness = 1" | sudo tee /etc/sysctl.d/90.conf\n' });
    expect(r.list).toEqual(['worker/scripts/provision.sh:2:16 provision-build-time-sysctl-write fs.inotify.max_user_instances']);
  });
});

describe('Packer: reads stay in the linted tree', () => {
  it('a script path leading out of the tree, directly or through a link, is not read', () => {
    const dir = tmpDir('sl-packer-outside-');
    fs.mkdirSync(path.join(dir, 'outside'));
    fs.writeFileSync(path.join(dir, 'outside', 'secret.sh'), '#!/bin/sh\nsysctl -w kernel.CANARY_OUTSIDE=1\n');
    const ws = path.join(dir, 'ws');
    fs.mkdirSync(path.join(ws, 'scripts'), { recursive: true });
    fs.symlinkSync(path.join(dir, 'outside', 'secret.sh'), path.join(ws, 'scripts', 'link.sh'));
    fs.writeFileSync(path.join(ws, 't.pkr.hcl'), HCL_HEAD + '  provisioner "shell" {\n    scripts = ["../outside/secret.sh", "scripts/link.sh", "/etc/passwd"]\n  }\n}\n');
    const result = lint({ paths: ['.'], cwd: ws });
    expect(JSON.stringify(result.findings)).not.toContain('CANARY');
  });
});

describe('Packer: provisioners run in the order written', () => {
  it('a move before the upload moves nothing known; after it, the uploaded file', () => {
    const up = ['  provisioner "file" {', '    source      = "files/99.conf"', '    destination = "/tmp/99.conf"', '  }'];
    const mv = ['  provisioner "shell" {', '    inline = ["sudo mv /tmp/99.conf /etc/sysctl.d/99.conf"]', '  }'];
    const conf = 'net.ipv4.tcp_tw_recycle = 1\n';
    const before = lintTree({ 't.pkr.hcl': HCL_HEAD + [...mv, ...up, '}', ''].join('\n'), 'files/99.conf': conf }, { only: ['tcp-tw-recycle-enabled'] });
    expect(before.list).toEqual([]);
    const after = lintTree({ 't.pkr.hcl': HCL_HEAD + [...up, ...mv, '}', ''].join('\n'), 'files/99.conf': conf }, { only: ['tcp-tw-recycle-enabled'] });
    expect(after.list).toEqual(['files/99.conf:1:1 tcp-tw-recycle-enabled net.ipv4.tcp_tw_recycle']);
  });
});
