/** Milliseconds spent per phase of a run (`--stats`). */
export class PhaseTimer {
  readonly timings: Record<string, number> = {};

  time<T>(phase: string, fn: () => T): T {
    const t = performance.now();
    try {
      return fn();
    } finally {
      this.timings[phase] = (this.timings[phase] ?? 0) + performance.now() - t;
    }
  }
}
