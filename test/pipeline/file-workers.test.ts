/**
 * The worker protocol of `--threads` (src/pipeline/file-workers.ts), with workers played in
 * this process: they run the same per-file stages as a worker thread, but answer late and out
 * of order, stop, or meet a file whose processing throws. Every run must give what one thread
 * gives, byte for byte, or end with one clear error: never wait for ever.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { lint, lintThreaded, type LintOptions, type LintResult } from '../../src/lint';
import { realPathResolver } from '../../src/inputs/real-path';
import { Tree } from '../../src/inputs/tree';
import { walkFile, readAheadFile, workerStages } from '../../src/pipeline/file-work';
import { fileWorkerConfig, WorkerStopped, type ChunkReply, type ChunkRequest, type WorkerLike } from '../../src/pipeline/file-workers';
import { PhaseTimer } from '../../src/pipeline/timer';
import { REPORTERS } from '../../src/reporters/index';
import { collectReport, type ReportSink } from '../../src/reporters/sink';
import { SOURCES } from '../../src/sources/registry';
import { projectRoot } from '../helpers/cli';
import { tmpTree } from '../helpers/tmp-tree';

type Behaviour = {
  /** Milliseconds before a chunk is answered (per chunk number: answers come out of order). */
  delay?: (chunk: number) => number;
  /** What the worker does with its first chunk instead of answering. */
  fail?: 'error' | 'exit';
};

/** A worker played in-process: the real per-file stages, answered after `delay`. */
function fakeWorker(workerData: unknown, behaviour: Behaviour): WorkerLike {
  const config = fileWorkerConfig(workerData);
  const current = new Int32Array(config.current);
  const timer = new PhaseTimer();
  const stages = workerStages({ cwd: config.cwd, timer, maxFileSize: config.maxFileSize, realPath: realPathResolver() });
  const tree = Tree.confining(config.cwd);
  const listeners: Record<string, Array<(x: never) => void>> = { message: [], error: [], exit: [] };
  const emit = (event: string, value: unknown) => setTimeout(() => listeners[event]?.forEach((l) => l(value as never)), 0);
  let stopped = false;
  return {
    on(event: string, listener: (x: never) => void) {
      listeners[event]?.push(listener);
      return this;
    },
    postMessage(req: ChunkRequest) {
      if (stopped) return;
      if (behaviour.fail) {
        // Stops on the chunk's second file, as a worker out of memory would.
        Atomics.store(current, 0, req.items[Math.min(1, req.items.length - 1)]?.i ?? -1);
        stopped = true;
        if (behaviour.fail === 'error') emit('error', new Error('Worker terminated due to reaching memory limit: JS heap out of memory'));
        emit('exit', 1);
        return;
      }
      const results = req.items.map((item) => (req.pass === 'ahead' ? readAheadFile(item, stages, tree) : walkFile(item, stages, tree)));
      const reply: ChunkReply = { chunk: req.chunk, results: structuredClone(results), timings: { ...timer.timings } };
      setTimeout(() => !stopped && listeners.message?.forEach((l) => l(reply as never)), behaviour.delay?.(req.chunk) ?? 0);
    },
    terminate() {
      stopped = true;
      return Promise.resolve(0);
    },
    unref() {},
  };
}

function reports(result: LintResult, cwd: string): Record<string, string> {
  const ctx = { result, cwd, toolVersion: '0.0.0', color: false, codeFrame: true };
  const out: Record<string, string> = {};
  for (const format of ['json', 'sarif', 'text']) out[format] = collectReport((c: typeof ctx, w: ReportSink) => REPORTERS[format]?.(c, w), ctx);
  const { timings: _timings, threads: _threads, workerTime: _workerTime, ...counts } = result.stats;
  out.stats = JSON.stringify(counts);
  out.inputs = JSON.stringify([...(result.inputs ?? [])]);
  out.suppressed = JSON.stringify(result.suppressed);
  return out;
}

async function threaded(options: LintOptions, threads: number, behaviour: Behaviour): Promise<LintResult> {
  return lintThreaded(options, { threads, entry: 'unused', spawn: (_entry, data) => fakeWorker(data, behaviour) });
}

/** A tree with a bit of everything a worker hands back or reports: links, a directive, an oversized file, a named unknown file. */
const mixed = {
  'images/node/etc/sysctl.d/10-net.conf': 'net.ipv4.ip_forward = 1\n# sysctl-lint disable-next-line sysctl-lint/unknown-key -- vendor key\nnet.example.vendor = 1\n',
  'images/node/etc/sysctl.d/20-big.conf': `${'# padding\n'.repeat(300)}kernel.panic = 10\n`,
  'images/node/usr/lib/sysctl.d/50-default.conf': 'net.ipv4.conf.all.rp_filter = 2\n-net.ipv4.conf.all.accept_source_route\n',
  'k8s/pod.yaml': 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  securityContext:\n    sysctls:\n      - name: net.ipv4.ip_local_port_range\n        value: "1024 65535"\n  containers: [{ name: c, image: x }]\n',
  'k8s/kube-proxy.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: kube-proxy\n  namespace: kube-system\ndata:\n  config.conf: |\n    apiVersion: kubeproxy.config.k8s.io/v1alpha1\n    kind: KubeProxyConfiguration\n    mode: ipvs\n',
  'cloud/user-data.yaml': '#cloud-config\nwrite_files:\n  - path: /etc/sysctl.d/99-k.conf\n    content: |\n      vm.swappiness = 100\n',
  'scripts/setup.sh': '#!/bin/sh\nsysctl -w net.ipv4.tcp_tw_recycle=1\ncp files/90-x.conf /etc/sysctl.d/90-x.conf\n',
  'scripts/files/90-x.conf': 'net.core.somaxconn = 4096\n',
  'docs/readme.yaml': 'title: nothing to see\n',
  'notes.txt': 'not a config\n',
};

describe('worker threads give what one thread gives', () => {
  const restore: Array<() => void> = [];
  afterEach(() => restore.splice(0).forEach((r) => r()));

  for (const [name, delay] of [
    ['answers in order', () => 0],
    ['later chunks answered first', (chunk: number) => 40 - (chunk % 8) * 5],
    ['one slow worker', (chunk: number) => (chunk % 2 ? 25 : 0)],
  ] as const) {
    it(`examples and a mixed tree: ${name}`, async () => {
      const dir = tmpTree(mixed, 'sl-threads-');
      fs.symlinkSync('10-net.conf', path.join(dir, 'images/node/etc/sysctl.d/30-link.conf'));
      fs.symlinkSync('/dev/null', path.join(dir, 'images/node/etc/sysctl.d/50-default.conf'));
      for (const [cwd, paths] of [
        [projectRoot, ['examples']],
        [dir, ['.', 'notes.txt']],
      ] as const) {
        const options: LintOptions = { paths: [...paths], cwd, maxFileSize: 2000 };
        const one = reports(lint(options), cwd);
        for (const threads of [2, 4]) {
          const many = await threaded(options, threads, { delay });
          expect(many.stats.threads).toBe(threads);
          expect(reports(many, cwd)).toEqual(one);
        }
      }
    });
  }

  it('a file whose processing throws is redone on the main thread: the same error as with one thread', async () => {
    const handler = SOURCES.find((s) => s.kind === 'sysctl-conf');
    if (!handler) throw new Error('no sysctl-conf handler');
    const extract = handler.extract.bind(handler);
    restore.push(() => {
      handler.extract = extract;
    });
    handler.extract = (input) => {
      if (input.display.endsWith('20-big.conf')) throw new Error('extract failed on 20-big.conf');
      return extract(input);
    };
    const dir = tmpTree(mixed, 'sl-threads-');
    const stages = workerStages({ cwd: dir, timer: new PhaseTimer(), maxFileSize: 1e6, realPath: realPathResolver() });
    const display = 'images/node/etc/sysctl.d/20-big.conf';
    expect(walkFile({ i: 0, abs: path.join(dir, display), display, explicit: false, claimedByPath: true }, stages, Tree.confining(dir))).toEqual({ kind: 'main' });
    const options: LintOptions = { paths: ['.'], cwd: dir };
    expect(() => lint(options)).toThrow('extract failed on 20-big.conf');
    await expect(threaded(options, 3, {})).rejects.toThrow('extract failed on 20-big.conf');
  });

  for (const fail of ['error', 'exit'] as const) {
    it(`a worker that stops (${fail}) ends the run with one line naming the file it was on`, async () => {
      const dir = tmpTree(Object.fromEntries(Array.from({ length: 300 }, (_, n) => [`images/n${n}/etc/sysctl.d/10.conf`, `vm.swappiness = ${n}\n`])), 'sl-threads-');
      const err = await threaded({ paths: ['.'], cwd: dir }, 2, { fail }).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(err).toBeInstanceOf(WorkerStopped);
      expect((err as Error).message).toMatch(/^a worker thread stopped while reading images\/n\d+\/etc\/sysctl\.d\/10\.conf \(.+\); run with --threads 1 to lint on one thread$/);
      expect((err as Error).message).not.toContain('\n');
    });
  }
});
