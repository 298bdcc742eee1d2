/**
 * Validates SARIF against the official OASIS SARIF 2.1.0 schema (draft-04, hence
 * ajv-draft-04), including the `uri`, `uri-reference` and `date-time` formats that GitHub's
 * upload-sarif checks (RFC 3986 character set, absolute URIs with a scheme).
 */
import Ajv from 'ajv-draft-04';
import fs from 'node:fs';
import type { ErrorObject, ValidateFunction } from 'ajv';
import { sharedPath } from './shared';

const URI_CHARS = /^(?:[A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=]|%[0-9A-Fa-f]{2})*$/;

function isUriReference(s: string): boolean {
  return URI_CHARS.test(s);
}

function isUri(s: string): boolean {
  if (!/^[A-Za-z][A-Za-z0-9+.-]*:/.test(s) || !isUriReference(s)) return false;
  try {
    new URL(s);
    return true;
  } catch {
    return false;
  }
}

let validator: ValidateFunction | undefined;

export const SARIF_SCHEMA_PATH = () => sharedPath('schemas', 'sarif-schema-2.1.0.json');

export function sarifValidator(): ValidateFunction {
  if (!validator) {
    const schema = JSON.parse(fs.readFileSync(SARIF_SCHEMA_PATH(), 'utf8')) as object;
    const ajv = new Ajv({ strict: false, allErrors: true });
    ajv.addFormat('uri', isUri);
    ajv.addFormat('uri-reference', isUriReference);
    ajv.addFormat('date-time', (s: string) => /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/.test(s) && !Number.isNaN(Date.parse(s)));
    validator = ajv.compile(schema);
  }
  return validator;
}

/** Schema errors of a SARIF document, as readable strings (empty when valid). */
export function sarifErrors(doc: unknown): string[] {
  const v = sarifValidator();
  if (v(doc)) return [];
  return (v.errors ?? []).map((e: ErrorObject) => `${e.instancePath || '/'} ${e.message ?? ''} ${JSON.stringify(e.params)}`);
}
