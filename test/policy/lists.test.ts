/**
 * The key lists' lookups keep their answer per list and key. A kept answer must be the one a
 * fresh lookup gives, also when the answer is "none", and two list objects never share answers.
 */
import { describe, expect, it } from 'vitest';
import { builtinCatalogue } from '../../src/policy/builtin';
import { impossibleKey, kernelKeyStatus, MEMO_KEYS_PER_LIST, moduleForKey, readOnlyEntry, valueShape, type KernelKeyList, type ModuleKeyList } from '../../src/policy/lists';

const KEYS = [
  'net.ipv4.ip_local_port_range',
  'net.ipv4.ip_local_reserved_ports',
  'net.ipv4.tcp_syn_retries',
  'net.ipv4.conf.all.rp_filter',
  'net.ipv4.conf.eth0.rp_filter',
  'net.ipv4.vs.conn_reuse_mode',
  'net.netfilter.nf_conntrack_max',
  'net.bridge.bridge-nf-call-iptables',
  'net.core.somaxconn',
  'net.ipv4.tcp_tw_recycle',
  'kernel.pid_max',
  'vm.swappiness',
  'net.ipv4.no_such_key',
  'nosuchdir.key',
  'key with blanks',
  'net.ipv4.conf.*.rp_filter',
];

/** Every lookup's answer for every key, on a list object no lookup has seen. */
function answers(kernel: KernelKeyList, modules: ModuleKeyList) {
  return KEYS.map((key) => ({
    key,
    status: kernelKeyStatus(kernel, key),
    impossible: impossibleKey(kernel, key),
    readOnly: readOnlyEntry(kernel, key),
    shape: valueShape(kernel, key),
    module: moduleForKey(modules, key)?.module,
  }));
}

describe('kernel and module key lists', () => {
  const { lists } = builtinCatalogue();

  it('answer a key asked again as they answered it first, for keys with and without an entry', () => {
    const kernel = structuredClone(lists.kernelKeys);
    const modules = structuredClone(lists.moduleKeys);
    const first = answers(kernel, modules);
    expect(answers(kernel, modules)).toEqual(first);
    // A list object never asked before computes every answer afresh.
    expect(answers(structuredClone(lists.kernelKeys), structuredClone(lists.moduleKeys))).toEqual(first);
    // The keys above cover an entry and no entry of every lookup.
    for (const field of ['readOnly', 'shape', 'module', 'impossible'] as const) {
      expect(first.some((a) => a[field] !== undefined)).toBe(true);
      expect(first.some((a) => a[field] === undefined)).toBe(true);
    }
  });

  it('keep answers per list object: another list with other entries answers for itself', () => {
    const kernel = structuredClone(lists.kernelKeys);
    expect(valueShape(kernel, 'vm.made_up_for_test')).toBeUndefined();
    const other: KernelKeyList = { ...structuredClone(lists.kernelKeys), values: [{ keys: ['vm.made_up_for_test'], fields: 1, min: 0, max: 200 }], readOnly: [{ keys: ['vm.*'], where: 'always', reason: 'test' }] };
    expect(valueShape(other, 'vm.made_up_for_test')).toEqual({ keys: ['vm.made_up_for_test'], fields: 1, min: 0, max: 200 });
    expect(readOnlyEntry(other, 'vm.made_up_for_test')?.reason).toBe('test');
    expect(valueShape(kernel, 'vm.made_up_for_test')).toBeUndefined();
    expect(readOnlyEntry(kernel, 'vm.made_up_for_test')).toBeUndefined();
  });

  it('keep at most MEMO_KEYS_PER_LIST answers per list: a tree of many distinct keys does not grow the cache', () => {
    const kernel = structuredClone(lists.kernelKeys);
    // A list changed after a lookup shows which answers were kept: a kept answer stays the old one.
    expect(valueShape(kernel, 'vm.kept_for_test')).toBeUndefined();
    for (let i = 0; i < MEMO_KEYS_PER_LIST; i++) valueShape(kernel, `vm.distinct_${i}`);
    expect(valueShape(kernel, 'vm.past_the_bound')).toBeUndefined();
    (kernel.values ??= []).push({ keys: ['vm.kept_for_test', 'vm.past_the_bound'], fields: 1, min: 0, max: 1 });
    expect(valueShape(kernel, 'vm.kept_for_test')).toBeUndefined();
    expect(valueShape(kernel, 'vm.past_the_bound')).toEqual({ keys: ['vm.kept_for_test', 'vm.past_the_bound'], fields: 1, min: 0, max: 1 });
  });
});
