/**
 * Ansible roles and playbooks: sysctl module semantics (state, sysctl_file, replacement in
 * place, yes/true as 1), values linked directly from role defaults, file modules into sysctl
 * files, templates linted as the file they become, shell tasks that run once; Jinja that is
 * not a direct link is never guessed.
 */
import { describe, expect, it } from 'vitest';
import { lintTree } from '../../helpers/lint-tree';

describe('Ansible', () => {
  it('a loop over role defaults with dict2items: each value judged at its key in defaults/main.yml', () => {
    const r = lintTree(
      {
        'roles/tune/defaults/main.yml': '---\nsysctl_settings:\n  net.ipv4.tcp_tw_recycle: 1\n  net.core.somaxconn: "{{ somaxconn }}"\n  net.ipv4.tcp_syn_retries: 1\n',
        'roles/tune/tasks/main.yml': [
          '---',
          '- name: Tune the kernel',
          '  ansible.posix.sysctl:',
          '    name: "{{ item.key }}"',
          '    value: "{{ item.value }}"',
          '    sysctl_file: /etc/sysctl.d/90-tune.conf',
          '  loop: "{{ sysctl_settings | dict2items }}"',
          '',
        ].join('\n'),
      },
      { only: ['tcp-tw-recycle-enabled', 'tcp-syn-retries-extreme'] },
    );
    expect(r.list).toEqual(['roles/tune/defaults/main.yml:3:3 tcp-tw-recycle-enabled net.ipv4.tcp_tw_recycle', 'roles/tune/defaults/main.yml:5:3 tcp-syn-retries-extreme net.ipv4.tcp_syn_retries']);
  });

  it('with_items over a list of {name, value}, with_dict, and literal loops', () => {
    const tasks = [
      '- sysctl:',
      '    name: "{{ item.name }}"',
      '    value: "{{ item.value }}"',
      '    sysctl_file: /etc/sysctl.d/10.conf',
      '  with_items:',
      '    - { name: net.ipv4.tcp_timestamps, value: 0 }',
      '- sysctl: name={{ item.key }} value={{ item.value }} sysctl_file=/etc/sysctl.d/20.conf',
      '  with_dict: "{{ extra }}"',
      '',
    ].join('\n');
    const r = lintTree({ 'play/tasks/main.yml': tasks, 'play/defaults/main.yml': 'extra:\n  net.ipv4.tcp_synack_retries: 1\n' }, { only: ['tcp-timestamps-disabled', 'tcp-synack-retries-extreme'] });
    expect(r.list).toEqual(['play/defaults/main.yml:2:3 tcp-synack-retries-extreme net.ipv4.tcp_synack_retries', 'play/tasks/main.yml:6:15 tcp-timestamps-disabled net.ipv4.tcp_timestamps']);
  });

  it('state: absent removes the key; a later task replaces the value in place; yes is 1; unknown Jinja is not judged', () => {
    const tasks = [
      '- hosts: all',
      '  tasks:',
      '    - ansible.posix.sysctl: { name: net.ipv4.tcp_tw_recycle, value: "1", sysctl_file: /etc/sysctl.d/a.conf }',
      '    - ansible.posix.sysctl: { name: net.ipv4.tcp_tw_recycle, state: absent, sysctl_file: /etc/sysctl.d/a.conf }',
      '    - sysctl: { name: net.ipv4.tcp_syn_retries, value: "1", sysctl_file: /etc/sysctl.d/a.conf }',
      '    - sysctl: { name: net.ipv4.tcp_syn_retries, value: "6", sysctl_file: /etc/sysctl.d/a.conf }',
      '    - sysctl: { name: net.ipv4.tcp_timestamps, value: "no", sysctl_file: /etc/sysctl.d/a.conf }',
      '    - sysctl: { name: net.ipv4.tcp_synack_retries, value: "{{ synack | default(1) }}", sysctl_file: /etc/sysctl.d/a.conf }',
      '',
    ].join('\n');
    const r = lintTree({ 'site.yml': tasks }, { only: ['tcp-tw-recycle-enabled', 'tcp-syn-retries-extreme', 'tcp-timestamps-disabled', 'tcp-synack-retries-extreme'] });
    expect(r.list).toEqual(['site.yml:7:23 tcp-timestamps-disabled net.ipv4.tcp_timestamps']);
  });

  it('the default sysctl_file /etc/sysctl.conf is reported once per play file', () => {
    const r = lintTree({ 'site.yml': '- hosts: all\n  tasks:\n    - sysctl: { name: vm.swappiness, value: "1" }\n    - sysctl: { name: vm.overcommit_memory, value: "1" }\n' }, { only: ['provision-sysctl-conf-written'] });
    expect(r.list).toEqual(['site.yml:3:7 provision-sysctl-conf-written']);
  });

  it('lineinfile, blockinfile (with a marker that is not a comment) and copy content into sysctl files', () => {
    const tasks = [
      '- lineinfile: { path: /etc/sysctl.d/90.conf, line: "net.ipv4.tcp_timestamps = 0", create: yes }',
      '- blockinfile:',
      '    path: /etc/sysctl.d/91.conf',
      '    marker: "// {mark} managed"',
      '    block: |',
      '      net.ipv4.tcp_syn_retries = 1',
      '- copy:',
      '    dest: /etc/sysctl.d/92.conf',
      '    content: |',
      '      net.ipv4.tcp_synack_retries = 1',
      '',
    ].join('\n');
    const r = lintTree({ 'tasks/main.yml': tasks }, { only: ['tcp-timestamps-disabled', 'tcp-syn-retries-extreme', 'tcp-synack-retries-extreme', 'sysctl-line-not-assignment'] });
    expect(r.list).toEqual([
      'tasks/main.yml:1:53 tcp-timestamps-disabled net.ipv4.tcp_timestamps',
      'tasks/main.yml:4:14 sysctl-line-not-assignment',
      'tasks/main.yml:6:7 tcp-syn-retries-extreme net.ipv4.tcp_syn_retries',
      'tasks/main.yml:10:7 tcp-synack-retries-extreme net.ipv4.tcp_synack_retries',
    ]);
  });

  it('template: the source in the role is linted as the file it becomes, Jinja lines absent, once', () => {
    const r = lintTree(
      {
        'roles/k8s/tasks/main.yml': '- template: { src: sysctl.conf.j2, dest: /etc/sysctl.d/99-k8s.conf }\n',
        'roles/k8s/templates/sysctl.conf.j2': '{# managed #}\n{% for k, v in extra.items() %}\n{{ k }} = {{ v }}\n{% endfor %}\nnet.ipv4.tcp_tw_recycle = 1\nvm.swappiness = {{ swappiness }}\n',
      },
      { only: ['tcp-tw-recycle-enabled', 'sysctl-line-not-assignment', 'sysctl-template-not-evaluated'] },
    );
    expect(r.list).toEqual(['roles/k8s/templates/sysctl.conf.j2:2:1 sysctl-template-not-evaluated', 'roles/k8s/templates/sysctl.conf.j2:5:1 tcp-tw-recycle-enabled net.ipv4.tcp_tw_recycle']);
  });

  it('shell and command tasks run once: a sysctl -w no file persists is lost at the next reboot', () => {
    const tasks = ['- name: Enable forwarding now', '  shell: sysctl -w net.ipv4.ip_forward=1', '- command: sysctl -w vm.max_map_count=262144', '- sysctl: { name: vm.max_map_count, value: "262144", sysctl_file: /etc/sysctl.d/es.conf }', ''].join('\n');
    const r = lintTree({ 'tasks/main.yml': tasks }, { only: ['provision-sysctl-write-lost-at-reboot'] });
    expect(r.list).toEqual(['tasks/main.yml:2:20 provision-sysctl-write-lost-at-reboot net.ipv4.ip_forward']);
    expect(r.result.findings[0]?.message).toContain('task "Enable forwarding now"');
  });

  it('YAML that is not Ansible is not taken for it', () => {
    const r = lintTree({ 'config/list.yml': '- sysctl_note: "see docs"\n- other: 1\n', 'k8s/values.yaml': 'sysctls: []\n' });
    expect(r.result.stats.filesLinted).toBeLessThanOrEqual(1);
    expect(r.list).toEqual([]);
  });
});
