/**
 * Links from reports to documentation: the tool's home page and each rule's section of the
 * rules reference (docs/rules.md, one explicit anchor per rule, see render.ts). The reference
 * ships in the npm package, so the default base names the exact version that produced the
 * report; `--docs-base-url` (or `docsBaseUrl` in the config) points elsewhere, for example at a
 * Git host that renders Markdown: `https://github.com/<owner>/sysctl-lint/blob/<tag>/docs/rules.md`.
 */

/** GitHub-style anchor set explicitly in docs/rules.md, so engine ids (with `/`) get a stable one too. */
export function ruleAnchor(id: string): string {
  return id.replace(/[^a-z0-9-]/g, '-');
}

/** The tool's page for a version: the npm registry's page shows the README. */
export function toolHomepage(version: string): string {
  return `https://www.npmjs.com/package/sysctl-lint/v/${encodeURIComponent(version)}`;
}

/** docs/rules.md of this version, as published in the npm package. */
export function defaultDocsBase(version: string): string {
  return `https://unpkg.com/sysctl-lint@${encodeURIComponent(version)}/docs/rules.md`;
}


/** The rule's section of the rules reference under `base`. */
export function ruleDocsUrl(base: string, ruleId: string): string {
  return `${base.replace(/#.*$/, '')}#${ruleAnchor(ruleId)}`;
}
