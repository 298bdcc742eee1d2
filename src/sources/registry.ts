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
 * The kind of a file that was read: the first kind whose path claim its content confirms (a
 * `*.yaml` is only tentatively a manifest), else the first that recognises the content.
 */
export function handlerForFile(input: Pick<SourceInput, 'abs' | 'display' | 'text' | 'explicit'>, claimedByPath: boolean): SourceHandler | undefined {
  const declined = new Set<SourceHandler>();
  if (claimedByPath) {
    for (const s of SOURCES) {
      if (!s.claimsPath(input.display)) continue;
      if (!s.confirmsContent || s.confirmsContent(input)) return s;
      declined.add(s);
    }
  }
  // A kind that declined the file (a chart template, a file without trigger words) does not
  // take it back by content.
  return SOURCES.find((s) => !declined.has(s) && s.claimsContent(input.text, input.display));
}

