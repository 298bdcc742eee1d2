/**
 * A YAML map of sysctl keys to values (RancherOS `rancher.sysctl`, Talos `machine.sysctls`) read
 * as sysctl assignments, each spanning its key and value in the file.
 */
import { canonicalKey, isGlobKey } from '../../model/keys';
import type { SysctlAssignment } from '../../model/facts';
import { isScalar, type YMap } from './tree';

export function sysctlMapAssignments(map: YMap): SysctlAssignment[] {
  const out: SysctlAssignment[] = [];
  for (const p of map.pairs) {
    if (!isScalar(p.key) || !isScalar(p.value)) continue;
    const rawKey = p.key.text;
    out.push({
      key: canonicalKey(rawKey),
      rawKey,
      value: p.value.text.trim(),
      ignoreFailure: false,
      isGlob: isGlobKey(rawKey),
      templated: /\{\{|\$\{|%\{/.test(rawKey + p.value.text),
      keySpan: p.key.span,
      valueSpan: p.value.span,
      lineSpan: { start: p.key.range.start, end: p.value.range.end },
    });
  }
  return out;
}
