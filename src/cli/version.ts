import fs from 'node:fs';
import { fileURLToPath } from 'node:url';

declare const __SYSCTL_LINT_VERSION__: string | undefined;

export function toolVersion(): string {
  if (typeof __SYSCTL_LINT_VERSION__ !== 'undefined') return __SYSCTL_LINT_VERSION__;
  try {
    const pkg = JSON.parse(fs.readFileSync(fileURLToPath(new URL('../../package.json', import.meta.url)), 'utf8')) as { version: string };
    return pkg.version;
  } catch {
    return '0.0.0';
  }
}
