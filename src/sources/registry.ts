/**
 * The source kinds sysctl-lint understands, in the order they are asked. A file is claimed by
 * its path while walking (cheap), or by its content when named explicitly.
 */
import { sysctlConfHandler } from './sysctl-conf/handler';
import { cloudInitHandler } from './cloud-init/handler';
import { helmValuesHandler } from './helm-values/handler';
import { k8sManifestHandler } from './k8s-manifest/handler';
import { talosConfigHandler } from './talos/handler';
import { scriptHandler } from './script/handler';
import { packerHandler } from './packer/handler';
import { ansibleHandler } from './ansible/handler';
import { distroConfigHandler } from './distro-config/handler';
import { modulesLoadHandler } from './modules-load/handler';
import { helmPartialHandler } from './template/handler';
import { systemdUnitHandler } from './systemd-unit/handler';
import type { SourceHandler, SourceInput } from './types';

export const SOURCES: SourceHandler[] = [sysctlConfHandler, modulesLoadHandler, helmPartialHandler, cloudInitHandler, scriptHandler, distroConfigHandler, helmValuesHandler, k8sManifestHandler, talosConfigHandler, packerHandler, ansibleHandler, systemdUnitHandler];

export function handlerForPath(display: string): SourceHandler | undefined {
  return SOURCES.find((s) => s.claimsPath(display));
}

/**
 * The kinds that claim a path, one bit per kind in the order of {@link SOURCES} (0: none).
 * Worked out once per walked file, so that the read-ahead and detection need not test the path
 * against every kind again.
 */
export function claimsOf(display: string): number {
  let claims = 0;
  for (let k = 0; k < SOURCES.length; k++) if ((SOURCES[k] as SourceHandler).claimsPath(display)) claims |= 1 << k;
  return claims;
}

/**
 * The provisioning read-ahead's rank of a path (see SourceHandler.readAheadRank): the lowest
 * rank a kind claiming it gives, undefined when none ranks it. `claims`: the path's
 * {@link claimsOf} mask, when known (a kind ranks only paths it claims).
 */
export function readAheadRankOf(display: string, claims?: number): number | undefined {
  let rank: number | undefined;
  for (let k = 0; k < SOURCES.length; k++) {
    const s = SOURCES[k] as SourceHandler;
    if (!s.readAheadRank || (claims !== undefined && (claims & (1 << k)) === 0)) continue;
    const r = s.readAheadRank(display);
    if (r !== undefined && (rank === undefined || r < rank)) rank = r;
  }
  return rank;
}

/** The first kind a {@link claimsOf} mask names. */
export function firstClaimant(claims: number): SourceHandler | undefined {
  return claims === 0 ? undefined : SOURCES[31 - Math.clz32(claims & -claims)];
}

/**
 * The kind of a file that was read: the first kind whose path claim its content confirms (a
 * `*.yaml` is only tentatively a manifest), else the first that recognises the content.
 * `claims`: the path's {@link claimsOf} mask, when the walk worked it out.
 */
export function handlerForFile(input: Pick<SourceInput, 'abs' | 'display' | 'text' | 'explicit'>, claimedByPath: boolean, claims?: number): SourceHandler | undefined {
  let declined: Set<SourceHandler> | undefined;
  if (claimedByPath) {
    for (let k = 0; k < SOURCES.length; k++) {
      const s = SOURCES[k] as SourceHandler;
      if (claims === undefined ? !s.claimsPath(input.display) : (claims & (1 << k)) === 0) continue;
      if (!s.confirmsContent || s.confirmsContent(input)) return s;
      (declined ??= new Set()).add(s);
    }
  }
  // A kind that declined the file (a chart template, a file without trigger words) does not
  // take it back by content.
  return SOURCES.find((s) => !declined?.has(s) && s.claimsContent(input.text, input.display));
}

