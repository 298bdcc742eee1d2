import type { ReportContext } from './context';
import type { ReportSink } from './sink';
import { writeJsonReport } from './json';
import { writeTextReport } from './text';
import { writeSarifReport } from './sarif';
import { reportGithub } from './github';
import { reportHtml } from './html';
import { reportJunit } from './junit';
import { reportGitlab } from './gitlab';

/** Writes a report in pieces (see sink.ts). */
export type Reporter = (ctx: ReportContext, write: ReportSink) => void;

/** A format rendered as one string before it is written. */
const whole =
  (render: (ctx: ReportContext) => string): Reporter =>
  (ctx, write) =>
    write(render(ctx));

/**
 * `--format` values and their reporters: a plain map, no discovery magic. Text, JSON and SARIF,
 * the formats of large runs and of the Action, write finding by finding; the others are
 * rendered whole.
 */
export const REPORTERS: Record<string, Reporter> = {
  text: writeTextReport,
  json: writeJsonReport,
  sarif: writeSarifReport,
  github: whole(reportGithub),
  html: whole(reportHtml),
  junit: whole(reportJunit),
  gitlab: whole(reportGitlab),
};
