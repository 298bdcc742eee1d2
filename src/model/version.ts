/** Kernel and Kubernetes versions: `X.Y[.Z]`, compared numerically. */
export interface Version {
  major: number;
  minor: number;
  patch: number;
  /** `1.22` says nothing about the patch release; `1.22.0` does. */
  hasPatch: boolean;
  text: string;
}

export function parseVersion(s: string): Version | undefined {
  const m = /^v?(\d+)\.(\d+)(?:\.(\d+))?/.exec(s.trim());
  if (!m) return undefined;
  return { major: Number(m[1]), minor: Number(m[2]), patch: Number(m[3] ?? 0), hasPatch: m[3] !== undefined, text: s.trim().replace(/^v/, '') };
}

export function compareVersions(a: Version, b: Version): number {
  return a.major - b.major || a.minor - b.minor || a.patch - b.patch;
}

