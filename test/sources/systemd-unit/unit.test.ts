/**
 * systemd service units: an enabled unit's commands run at every boot, so what they write is
 * not lost at a reboot, and a script the unit runs is read with that timing (once), at the
 * positions of its own lines.
 */
import { describe, expect, it } from 'vitest';
import { lintTree } from '../../helpers/lint-tree';

const UNIT = (exec: string, install = true) => `[Unit]\nDescription=Kernel tuning\nAfter=network.target\n\n[Service]\nType=oneshot\n${exec}\n${install ? '\n[Install]\nWantedBy=multi-user.target\n' : ''}`;

describe('systemd units', () => {
  it('a script an enabled unit runs (in the same image tree) writes at every boot: not lost, still judged by value', () => {
    const r = lintTree({
      'image/rootfs/etc/systemd/system/tune.service': UNIT('ExecStart=/usr/local/bin/tune.sh'),
      'image/rootfs/usr/local/bin/tune.sh': '#!/bin/sh\nsysctl -w net.ipv4.tcp_tw_recycle=1\n',
    }, { only: ['provision-sysctl-write-lost-at-reboot', 'tcp-tw-recycle-enabled', 'cloudinit-bootcmd-sysctl'] });
    expect(r.list).toEqual(['image/rootfs/usr/local/bin/tune.sh:2:11 tcp-tw-recycle-enabled net.ipv4.tcp_tw_recycle']);
  });

  it('commands in ExecStart lines, with systemd prefixes and sh -c, at their positions', () => {
    const r = lintTree({ 'units/tune.service': UNIT('ExecStartPre=-/sbin/sysctl -w net.ipv4.tcp_syn_retries=1\nExecStart=/bin/sh -c "echo 1 > /proc/sys/net/ipv4/tcp_tw_recycle"') }, { only: ['tcp-syn-retries-extreme', 'tcp-tw-recycle-enabled', 'provision-sysctl-write-lost-at-reboot'] });
    expect(r.list).toEqual(['units/tune.service:7:31 tcp-syn-retries-extreme net.ipv4.tcp_syn_retries', 'units/tune.service:8:42 tcp-tw-recycle-enabled net.ipv4.tcp_tw_recycle']);
  });

  it('a unit nothing enables says nothing about boot: its writes are taken as made once', () => {
    const r = lintTree({ 'units/once.service': UNIT('ExecStart=/sbin/sysctl -w vm.max_map_count=262144', false) }, { only: ['provision-sysctl-write-lost-at-reboot'] });
    expect(r.list).toEqual(['units/once.service:7:27 provision-sysctl-write-lost-at-reboot vm.max_map_count']);
  });
});
