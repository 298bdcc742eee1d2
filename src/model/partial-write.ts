/**
 * A write that gives a vector setting fewer integers than it holds changes only those: the
 * kernel's integer-vector handlers (`proc_dointvec` and friends, `ipv4_local_port_range`) parse
 * as many values as they receive and keep the rest. So when the shell splits
 * `sysctl -w net.ipv4.ip_local_port_range=1024 65535` and only `1024` arrives, the range
 * becomes `1024 <previous high>`.
 */
import type { Assignment } from './types';

/** Kernel defaults of vector settings, for a partial write with no earlier value (ip-sysctl.rst). */
const VECTOR_DEFAULTS: Record<string, string> = {
  'net.ipv4.ip_local_port_range': '32768 60999',
  'net.ipv4.ping_group_range': '1 0',
};

const INTEGERS = /^-?\d+(\s+-?\d+)*$/;

/** The value the kernel ends up with after a split write, given the value in force before it. */
export function completeSplitWrite(a: Assignment, previous: string | undefined): Assignment {
  if (!a.split || a.templated) return a;
  const given = a.value.trim();
  const before = (previous ?? VECTOR_DEFAULTS[a.key] ?? '').trim();
  if (!INTEGERS.test(given) || !INTEGERS.test(before)) return a;
  const have = given.split(/\s+/);
  const old = before.split(/\s+/);
  if (old.length <= have.length) return a;
  return { ...a, value: [...have, ...old.slice(have.length)].join(' ') };
}
