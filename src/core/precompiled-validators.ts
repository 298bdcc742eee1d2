/**
 * Validators compiled at build time. In the bundle, scripts/build.mjs replaces this module with
 * one that returns Ajv standalone code for every schema of core/schema-validators.ts (loaded on
 * first use, like the dependencies of core/lazy-deps.ts). From the sources there is none, and
 * schemas are compiled when first needed.
 */
import type { ValidateFunction } from 'ajv';

export function precompiledValidators(): Partial<Record<'config' | 'policy' | 'list', ValidateFunction>> | undefined {
  return undefined;
}
