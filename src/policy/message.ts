/** `{{placeholder}}` message templates. Unknown placeholders are rejected when a policy loads. */
export const PLACEHOLDERS = [
  'key',
  'value',
  'kernel',
  'kubernetesVersion',
  'nodeRole',
  'nodeRoleSource',
  'nodePortRange',
  'nodePortRangeSource',
  'applier',
  'node',
  'operand',
  'overlap',
  'reason',
  'module',
  'removedIn',
  'overriddenValues',
  'otherValue',
  'otherApplier',
  'text',
  'file',
  'maskedBy',
  'via',
  'workload',
  'source',
  'field',
  'hint',
  'since',
  'minKernel',
  'namespace',
  'allowedBy',
  'step',
  'path',
  'command',
  'vendor',
  'expected',
  'timing',
  // live values
  'liveValue',
  'liveSource',
] as const;

export type Placeholder = (typeof PLACEHOLDERS)[number];
export type MessageVars = Partial<Record<Placeholder, string>>;

const PLACEHOLDER_RE = /\{\{\s*([A-Za-z]+)\s*\}\}/g;

export function unknownPlaceholders(template: string): string[] {
  const bad: string[] = [];
  for (const m of template.matchAll(PLACEHOLDER_RE)) {
    const name = m[1] as string;
    if (!(PLACEHOLDERS as readonly string[]).includes(name)) bad.push(name);
  }
  return bad;
}

export function renderMessage(template: string, vars: MessageVars): string {
  return template.replace(PLACEHOLDER_RE, (_all, name: string) => vars[name as Placeholder] ?? `<${name}?>`).trim();
}
