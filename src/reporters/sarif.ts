/**
 * `--format sarif`: SARIF 2.1.0 as GitHub code scanning ingests it (upload-sarif):
 * exactly one run with an `automationDetails.id`, rule metadata from the policies, URIs
 * relative to the repository root (%SRCROOT%), 1-based regions whose endColumn is the column
 * after the last character, columns in UTF-16 code units, and the assignments a setting
 * overrides as `relatedLocations`, and a finding's fix as `fixes` (its `properties.safe` says
 * whether --fix applies it). `primaryLocationLineHash` is left to upload-sarif, which
 * computes it from the checked-out file.
 */
import type { Finding, Severity } from '../core/finding';
import type { Location } from '../core/span';
import { LineIndex } from '../core/span';
import { jsonText } from './escape';
import { PositionResolver, type ReportContext } from './context';
import { findSourceRoot, RepoPaths, rootUri } from './repo-paths';
import { collectRuleDocs, docsBase, firstParagraph, truncateText, type RuleDoc } from './rule-docs';
import { ruleDocsUrl, toolHomepage } from '../rules/links';
import { FINGERPRINT_PROPERTY, reportFingerprints } from './fingerprint';
import { writeJsonArray, type ReportSink } from './sink';

const SARIF_SCHEMA_URI = 'https://json.schemastore.org/sarif-2.1.0.json';
/** The code scanning category (`category/run-id` with an empty run id). */
const SARIF_AUTOMATION_ID = 'sysctl-lint/';
/** GitHub's limits: descriptions 1024 characters, 20 tags per rule. */
const MAX_DESCRIPTION = 1024;
const MAX_TAGS = 20;

type SarifLevel = 'error' | 'warning' | 'note';

function sarifLevel(s: Severity): SarifLevel {
  return s === 'info' ? 'note' : s;
}

function problemSeverity(s: Severity): string {
  return s === 'info' ? 'recommendation' : s;
}

interface Region {
  startLine: number;
  startColumn: number;
  endLine?: number;
  endColumn?: number;
}

function pascalCase(id: string): string {
  const last = id.split('/').pop() ?? id;
  return last
    .split('-')
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join('');
}

function helpText(doc: RuleDoc): string {
  const parts = [doc.title, doc.rationale.trim(), `Fix: ${doc.fix.trim()}`];
  if (doc.references.length) parts.push(['References:', ...doc.references.map((r) => `- ${r.title}: ${r.url}`)].join('\n'));
  return parts.join('\n\n');
}

function helpMarkdown(doc: RuleDoc): string {
  const parts = [`**${doc.title}**`, doc.rationale.trim(), `### Fix\n\n${doc.fix.trim()}`];
  if (doc.references.length) parts.push(['### References', '', ...doc.references.map((r) => `- [${r.title.replace(/[[\]]/g, '\\$&')}](${r.url})`)].join('\n'));
  return parts.join('\n\n');
}

/** A rule's reportingDescriptor; `docsBaseUrl` adds `helpUri` for the rules the reference describes. */
export function ruleDescriptor(doc: RuleDoc, docsBaseUrl?: string) {
  const full = firstParagraph(doc.rationale) || doc.title;
  return {
    id: doc.id,
    name: pascalCase(doc.id),
    shortDescription: { text: truncateText(doc.title, MAX_DESCRIPTION) },
    fullDescription: { text: truncateText(full, MAX_DESCRIPTION) },
    help: { text: helpText(doc), markdown: helpMarkdown(doc) },
    ...(docsBaseUrl && doc.documented ? { helpUri: ruleDocsUrl(docsBaseUrl, doc.id) } : {}),
    defaultConfiguration: { level: sarifLevel(doc.severity) },
    properties: { tags: doc.tags.slice(0, MAX_TAGS), precision: doc.precision, 'problem.severity': problemSeverity(doc.severity) },
  };
}

/** The end of the document after the results array: `results` is the last key of the one run. */
const AFTER_RESULTS = '\n    }\n  ]\n}';
/** Depth of the `results` array in the document (log → runs → run). */
const RESULTS_DEPTH = 3;

/**
 * Writes the log result by result (see sink.ts): everything but the results is serialized
 * first with an empty results array, which is the document's last value, and the results are
 * written into its place one by one; the text is what one JSON.stringify of the whole log gives.
 */
export function writeSarifReport(ctx: ReportContext, write: ReportSink): void {
  const { log, findings, toResult } = buildSarif(ctx);
  const text = jsonText(JSON.stringify(log, null, 2));
  const emptyResults = '"results": []' + AFTER_RESULTS;
  if (!text.endsWith(emptyResults)) throw new Error('SARIF: the results array is not the last value of the log');
  write(text.slice(0, text.length - emptyResults.length + '"results": '.length));
  writeJsonArray(write, findings, RESULTS_DEPTH, toResult, jsonText);
  write(AFTER_RESULTS + '\n');
}

function buildSarif(ctx: ReportContext) {
  const { result } = ctx;
  const pos = new PositionResolver(result.sources);
  const root = ctx.sourceRoot ?? findSourceRoot(ctx.cwd);
  const paths = new RepoPaths(ctx.cwd, root);
  const docs = collectRuleDocs(result.policies, result.findings.map((f) => f.ruleId));
  const ruleIndex = new Map(docs.map((d, i) => [d.id, i]));

  const region = (loc: Location): Region => {
    const r = pos.resolve(loc);
    if (loc.span.end <= loc.span.start) return { startLine: r.start.line, startColumn: r.start.column };
    return { startLine: r.start.line, startColumn: r.start.column, endLine: r.end.line, endColumn: r.end.column };
  };
  const physical = (loc: Location) => ({ artifactLocation: paths.uri(loc.file), region: region(loc) });

  // A replacement's region is always explicit: a region without an end means "to the end of the line".
  const exactRegion = (loc: Location): Region => {
    const r = pos.resolve(loc);
    return { startLine: r.start.line, startColumn: r.start.column, endLine: r.end.line, endColumn: r.end.column };
  };
  const fixes = (f: Finding) =>
    f.fix
      ? {
          fixes: [
            {
              description: { text: `${f.fix.description}${f.fix.safe ? '' : ' (a suggestion: not applied by --fix)'}` },
              artifactChanges: [
                {
                  artifactLocation: paths.uri(f.fix.edits[0]?.file ?? f.location.file),
                  replacements: f.fix.edits.map((e) => ({ deletedRegion: exactRegion(e), ...(e.text ? { insertedContent: { text: e.text } } : {}) })),
                },
              ],
              properties: { safe: f.fix.safe },
            },
          ],
        }
      : {};
  const properties = (f: Finding) => {
    const p = { ...(f.key !== undefined ? { key: f.key } : {}), ...(f.notFixable ? { notFixable: f.notFixable } : {}) };
    return Object.keys(p).length ? { properties: p } : {};
  };

  const fingerprint = reportFingerprints(ctx);
  // With a baseline only new findings are reported; the ones it records are left out.
  const withBaseline = result.baselined !== undefined;
  const toResult = (f: Finding) => ({
    ruleId: f.ruleId,
    ruleIndex: ruleIndex.get(f.ruleId) ?? 0,
    level: sarifLevel(f.severity),
    message: { text: f.message },
    locations: [{ physicalLocation: physical(f.location) }],
    ...(f.related.length ? { relatedLocations: f.related.map((rel, i) => ({ id: i + 1, physicalLocation: physical(rel.location), message: { text: rel.message } })) } : {}),
    partialFingerprints: { [FINGERPRINT_PROPERTY]: fingerprint(f).fingerprint },
    ...(withBaseline ? { baselineState: 'new' as const } : {}),
    ...fixes(f),
    ...properties(f),
  });

  // Bad policies and unreadable paths: the run did not check everything (exit code 2).
  const notifications = [
    ...result.problems.map((p) => {
      const at = p.text ? new LineIndex(p.text).position(p.span.start) : undefined;
      return {
        level: 'error' as const,
        message: { text: `invalid policy: ${p.message}` },
        locations: [{ physicalLocation: { artifactLocation: paths.uri(p.file), ...(at ? { region: { startLine: at.line, startColumn: at.column } } : {}) } }],
      };
    }),
    ...result.inputErrors.map((e) => ({ level: 'error' as const, message: { text: `${e.path}: ${e.message}` } })),
  ];

  const log = {
    $schema: SARIF_SCHEMA_URI,
    version: '2.1.0' as const,
    runs: [
      {
        tool: {
          driver: {
            name: 'sysctl-lint',
            informationUri: toolHomepage(ctx.toolVersion),
            semanticVersion: ctx.toolVersion,
            version: ctx.toolVersion,
            rules: docs.map((d) => ruleDescriptor(d, docsBase(ctx))),
          },
        },
        automationDetails: { id: SARIF_AUTOMATION_ID },
        originalUriBaseIds: { '%SRCROOT%': { uri: rootUri(root) } },
        columnKind: 'utf16CodeUnits' as const,
        invocations: [
          {
            executionSuccessful: notifications.length === 0,
            ...(notifications.length ? { toolExecutionNotifications: notifications } : {}),
          },
        ],
        results: [],
      },
    ],
  };
  return { log, findings: result.findings, toResult };
}
