/**
 * The oldest Node.js the bundled CLI runs on (Debian bookworm ships 18.20; 18.18 is the first
 * 18.x with every API the bundle uses). Checked before anything else, by the start-up loader
 * (dist/cli.cjs) and again by the bundle's own entry when it is run directly.
 */
export function unsupportedNodeMessage(version: string): string | undefined {
  const [major = 0, minor = 0] = version.split('.').map(Number);
  if (major > 18 || (major === 18 && minor >= 18)) return undefined;
  return `sysctl-lint needs Node.js 18.18 or later (this is ${version})\n`;
}
