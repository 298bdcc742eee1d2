/**
 * The analysis limits are documented where users read them: the `sysctl-lint/analysis-limit`
 * rule text (explain, docs/rules.md) and the README's limits table name every limit with its
 * current value.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ANALYSIS_LIMIT, formatSize, LIMITS } from '../../src/core/limits';
import { DEFAULT_MAX_FILE_SIZE } from '../../src/inputs/read-file';

const count = (n: number) => n.toLocaleString('en-US');

/** How each limit is written in the rule text. */
const IN_RULE: Record<keyof typeof LIMITS, string> = {
  decodedSize: `decodes to more than ${formatSize(LIMITS.decodedSize)}`,
  expansionRatio: `more than ${LIMITS.expansionRatio} times its encoded size`,
  yamlText: `more than ${formatSize(LIMITS.yamlText)} of YAML`,
  scriptSize: `a script over ${formatSize(LIMITS.scriptSize)}`,
  nesting: `deeper than ${LIMITS.nesting} levels`,
  partNesting: `more than ${LIMITS.partNesting} levels`,
  parts: `more than ${LIMITS.parts} parts`,
  listItems: `more than ${count(LIMITS.listItems)} entries`,
  findingsPerRuleAndFile: `at most ${LIMITS.findingsPerRuleAndFile} findings of one rule in one file`,
  relatedPerFinding: `at most ${LIMITS.relatedPerFinding} related locations`,
};

/** How each limit's default is written in the README table. */
const IN_README: Record<keyof typeof LIMITS, string> = {
  decodedSize: `| ${formatSize(LIMITS.decodedSize)} |`,
  expansionRatio: `| ${LIMITS.expansionRatio} times the encoded size |`,
  yamlText: `| ${formatSize(LIMITS.yamlText)} |`,
  scriptSize: `| ${formatSize(LIMITS.scriptSize)} |`,
  nesting: `| ${LIMITS.nesting} levels |`,
  partNesting: `| ${LIMITS.partNesting} levels |`,
  parts: `| ${count(LIMITS.parts)} |`,
  listItems: `| ${count(LIMITS.listItems)} |`,
  findingsPerRuleAndFile: `| ${count(LIMITS.findingsPerRuleAndFile)} |`,
  relatedPerFinding: `| ${LIMITS.relatedPerFinding} |`,
};

describe('the analysis limits are documented', () => {
  it.each(Object.keys(LIMITS) as Array<keyof typeof LIMITS>)('%s: in the rule text and the README table', (name) => {
    expect(ANALYSIS_LIMIT.rationale).toContain(IN_RULE[name]);
    const readme = fs.readFileSync(path.join(__dirname, '../../README.md'), 'utf8');
    const table = readme.slice(readme.indexOf('| limit | default | past it | flag |'));
    expect(table.slice(0, table.indexOf('\n\n'))).toContain(IN_README[name]);
  });

  it('the file size limit: its default and flag', () => {
    expect(ANALYSIS_LIMIT.rationale).toContain(`a file over ${formatSize(DEFAULT_MAX_FILE_SIZE)} (\`--max-file-size\`)`);
  });
});
