/**
 * The detect stage: which source kind reads a file. A file claimed by its path is confirmed by
 * its content; a file named on the command line that no kind understands is reported.
 */
import type { Finding } from '../core/finding';
import type { InputFile } from '../inputs/discover';
import { handlerForFile, SOURCES } from '../sources/registry';
import type { SourceHandler } from '../sources/types';
import { UNRECOGNIZED_FILE } from '../sources/unrecognized-file';

export function detectKind(f: InputFile, text: string): SourceHandler | undefined {
  return handlerForFile({ abs: f.abs, display: f.display, text, explicit: f.explicit }, f.claimedByPath, f.claims);
}

const KIND_LABELS = SOURCES.map((s) => s.label).join(', ');

export function unrecognizedFile(display: string): Finding {
  return {
    ruleId: UNRECOGNIZED_FILE.id,
    severity: 'info',
    message: `not a kind of file sysctl-lint understands (${KIND_LABELS}); skipped`,
    location: { file: display, span: { start: 0, end: 0 } },
    related: [],
  };
}
