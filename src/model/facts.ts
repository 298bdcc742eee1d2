/**
 * Facts read from sysctl files and from the other sources that write settings: assignments,
 * exclusions and syntax issues, each with exact spans in the file the user sees. Sources
 * produce them (src/sources/sysctl-conf/parse.ts is the line grammar); the model and the
 * policies consume them.
 */
import type { Span } from '../core/span';

export interface SysctlAssignment {
  /** Canonical dotted key. */
  key: string;
  /** The key exactly as written (without a leading `-`). */
  rawKey: string;
  /** The value as the kernel receives it (stripped, quotes and inline comments kept). */
  value: string;
  ignoreFailure: boolean;
  isGlob: boolean;
  /** The key or value holds template syntax (`{{ }}`, `${ }`) that was not evaluated. */
  templated: boolean;
  keySpan: Span;
  valueSpan: Span;
  /** The whole stripped line. */
  lineSpan: Span;
  /**
   * The file the spans point into, when it is not the node file's own (a value an Ansible task
   * takes from a role's defaults).
   */
  file?: string;
}

interface SysctlExclusion {
  pattern: string;
  rawKey: string;
  keySpan: Span;
}

type SyntaxIssueCode = 'not-assignment' | 'empty-key' | 'empty-value' | 'template-directive';

export interface SysctlSyntaxIssue {
  code: SyntaxIssueCode;
  span: Span;
  text: string;
  /** The file the span points into, when it is not the node file's own. */
  file?: string;
}

export interface ParsedSysctl {
  assignments: SysctlAssignment[];
  exclusions: SysctlExclusion[];
  issues: SysctlSyntaxIssue[];
}
