import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { OPERATORS } from '../../src/policy/operators/index';
import { withOperatorSchema } from '../../src/policy/operators/schema';

const file = path.join(__dirname, '../../schemas/policy.schema.json');

describe('the policy schema (schemas/policy.schema.json)', () => {
  it('holds the operator part generated from the operator definitions (npm run build writes it)', () => {
    const committed = fs.readFileSync(file, 'utf8');
    expect(withOperatorSchema(committed)).toBe(committed);
  });

  it('lists every operator with the schema its definition gives', () => {
    const schema = JSON.parse(fs.readFileSync(file, 'utf8')) as { $defs: { assertion: { properties: Record<string, unknown> } } };
    expect(schema.$defs.assertion.properties).toEqual(Object.fromEntries(Object.entries(OPERATORS).map(([name, def]) => [name, def.schema])));
  });

  it('fails on a schema whose operators differ from the definitions', () => {
    const committed = fs.readFileSync(file, 'utf8');
    const edited = committed.replace('"invalid": { "const": true }', '"invalid": { "const": false }');
    expect(edited).not.toBe(committed);
    expect(withOperatorSchema(edited)).not.toBe(edited);
  });

  it('keeps the hand-written parts of the schema as they are', () => {
    const committed = fs.readFileSync(file, 'utf8');
    const comment = (t: string) => t.replace('"scalar": {', '"scalar": {"description": "x {",');
    expect(withOperatorSchema(comment(committed))).toBe(comment(withOperatorSchema(committed)));
  });
});
