/**
 * What evaluation keeps per policy (its selectors, its check's evaluator) and per node (the
 * candidates a selector list names) must not change a finding: the same node judged with
 * policy objects used before on other nodes, or with fresh copies, gives the same findings,
 * and a node that sets none of a policy's keys gets none of its findings.
 */
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/core/finding';
import { buildNode } from '../../src/model/build';
import { placeFile } from '../../src/model/node-layout';
import type { NodeFile, NodeModel } from '../../src/model/types';
import { builtinCatalogue } from '../../src/policy/builtin';
import { evaluateNode } from '../../src/policy/evaluate';
import type { LoadedPolicy } from '../../src/policy/types';
import { parseSysctl } from '../../src/sources/sysctl-conf/parse';

function node(tree: Record<string, string>): NodeModel {
  const files: NodeFile[] = Object.entries(tree).map(([file, text]) => {
    const p = placeFile(file);
    return { file, nodePath: p.nodePath, name: p.name, dirRank: p.dirRank, devNull: false, parsed: parseSysctl(text), realFile: file };
  });
  return buildNode({ id: 'n', label: 'n', complete: true, files }, { applier: 'both' });
}

const RICH = {
  'r/usr/lib/sysctl.d/50-default.conf': 'net.ipv4.conf.*.rp_filter = 2\n-net.ipv4.conf.all.rp_filter\nnet.ipv4.tcp_tw_recycle = 1\n',
  'r/etc/sysctl.d/10-k8s.conf': 'net.ipv4.ip_forward = 0\nnet.ipv4.ip_local_port_range = 1024 65535  # wide\nnet.ipv4.tcp_syn_retries = 0\nnet.ipv4.tcp_retries2 = 3\n',
  'r/etc/sysctl.d/20-more.conf': 'net.ipv4.tcp_syn_retries = 9\nnet.ipv4.vs.conn_reuse_mode = 1\nnet.nf_conntrack_max = 10\nkernel.no_such_key = 1\nbogus.key = 1\nnet.core.somaxconn = "4096"\n',
  'r/etc/sysctl.conf': 'net.ipv4.tcp_timestamps = 0\n',
};

function judge(n: NodeModel, policies: LoadedPolicy[]): Finding[] {
  const { lists } = builtinCatalogue();
  const out: Finding[] = [];
  evaluateNode(n, policies, { lists }, (f) => out.push(f));
  return out;
}

describe('evaluation with what it keeps per policy and per node', () => {
  const { policies } = builtinCatalogue();

  it('gives a node the same findings whatever was judged before, with used or fresh policy objects', () => {
    const fresh = judge(node(RICH), structuredClone(policies));
    expect(fresh.length).toBeGreaterThan(8);
    // The catalogue's own objects, used on other nodes first (an empty one, one without these keys).
    judge(node({}), policies);
    judge(node({ 'r/etc/sysctl.d/1.conf': 'vm.swappiness = 10\n' }), policies);
    const n = node(RICH);
    expect(judge(n, policies)).toEqual(fresh);
    // The same node model asked again (its candidates are kept) gives them again.
    expect(judge(n, policies)).toEqual(fresh);
  });

  it('gives a node findings only for keys it sets', () => {
    const findings = judge(node({ 'r/etc/sysctl.d/1.conf': 'net.ipv4.tcp_syn_retries = 0\n' }), policies);
    expect(findings.map((f) => f.ruleId).sort()).toEqual(['tcp-syn-retries-out-of-range']);
    expect(judge(node({}), policies)).toEqual([]);
  });
});
