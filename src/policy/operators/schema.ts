/**
 * The operator part of schemas/policy.schema.json (`$defs.assertion.properties`), written from
 * the operator definitions: scripts/policy-schema.ts writes it into the committed schema before
 * anything else of the build reads the schema, and a test fails when the committed file differs.
 */
import { OPERATORS } from './index';

/** JSON on one line, with the spacing the hand-written parts of the schema use. */
function compact(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(compact).join(', ')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value).map(([k, v]) => `${JSON.stringify(k)}: ${compact(v)}`);
    return entries.length ? `{ ${entries.join(', ')} }` : '{}';
  }
  return JSON.stringify(value);
}

/** The offset just past the `}` that closes the object opening at `open` (strings skipped). */
function closingBrace(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    const c = text[i];
    if (c === '"') {
      for (i++; i < text.length && text[i] !== '"'; i++) if (text[i] === '\\') i++;
    } else if (c === '{') depth++;
    else if (c === '}' && --depth === 0) return i + 1;
  }
  throw new Error('policy schema: unbalanced braces');
}

/** The schema text with its assertion operators written from the definitions; the rest is kept as it is. */
export function withOperatorSchema(schemaText: string): string {
  const assertion = schemaText.indexOf('"assertion": {', schemaText.indexOf('"$defs"'));
  const key = schemaText.indexOf('"properties": {', assertion);
  if (assertion < 0 || key < 0 || key > closingBrace(schemaText, schemaText.indexOf('{', assertion))) throw new Error('policy schema: no $defs.assertion.properties');
  const open = schemaText.indexOf('{', key);
  const indent = /[ \t]*$/.exec(schemaText.slice(0, key))?.[0] ?? '';
  const lines = Object.entries(OPERATORS).map(([name, def]) => `${indent}  ${JSON.stringify(name)}: ${compact(def.schema)}`);
  return `${schemaText.slice(0, open)}{\n${lines.join(',\n')}\n${indent}}${schemaText.slice(closingBrace(schemaText, open))}`;
}
