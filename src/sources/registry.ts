/**
 * The source kinds sysctl-lint understands, in the order they are asked. A file is claimed by
 * its path while walking (cheap), or by its content when named explicitly.
 */
import { sysctlConfHandler } from './sysctl-conf/handler';
import { cloudInitHandler } from './cloud-init/handler';
import type { SourceHandler } from './types';

export const SOURCES: SourceHandler[] = [
  sysctlConfHandler,
  cloudInitHandler,
];

export function handlerForPath(display: string): SourceHandler | undefined {
  return SOURCES.find((s) => s.claimsPath(display));
}

export function handlerForContent(text: string, display: string): SourceHandler | undefined {
  return SOURCES.find((s) => s.claimsContent(text, display));
}
