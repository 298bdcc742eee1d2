import { describe, expect, it } from 'vitest';
import { completeSplitWrite } from '../../src/model/partial-write';
import type { Assignment } from '../../src/model/types';

const write = (key: string, value: string, split = true): Assignment => ({
  key,
  rawKey: key,
  value,
  ignoreFailure: false,
  isGlob: false,
  templated: false,
  keySpan: { start: 0, end: 0 },
  valueSpan: { start: 0, end: 0 },
  lineSpan: { start: 0, end: 0 },
  file: 'x',
  scope: 'node',
  phase: 'runtime',
  split: split ? { words: ['65535'], span: { start: 0, end: 0 } } : undefined,
});

describe('a split write changes only the integers it gives', () => {
  it('keeps the previous high end of the port range', () => {
    expect(completeSplitWrite(write('net.ipv4.ip_local_port_range', '1024'), '10000 20000').value).toBe('1024 20000');
  });
  it('falls back to the kernel default when nothing set it before', () => {
    expect(completeSplitWrite(write('net.ipv4.ip_local_port_range', '1024'), undefined).value).toBe('1024 60999');
  });
  it('leaves unsplit writes, strings and unknown vectors alone', () => {
    expect(completeSplitWrite(write('net.ipv4.ip_local_port_range', '1024', false), '1 2').value).toBe('1024');
    expect(completeSplitWrite(write('kernel.core_pattern', '/tmp/core'), undefined).value).toBe('/tmp/core');
    expect(completeSplitWrite(write('net.ipv4.tcp_rmem', '4096'), undefined).value).toBe('4096');
  });
});
