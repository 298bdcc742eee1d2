import type { ReportContext } from './context';
import { reportJson } from './json';
import { reportText } from './text';
import { reportSarif } from './sarif';
import { reportGithub } from './github';
import { reportHtml } from './html';
import { reportJunit } from './junit';
import { reportGitlab } from './gitlab';

export type Reporter = (ctx: ReportContext) => string;

/** `--format` values and their reporters: a plain map, no discovery magic. */
export const REPORTERS: Record<string, Reporter> = {
  text: reportText,
  json: reportJson,
  sarif: reportSarif,
  github: reportGithub,
  html: reportHtml,
  junit: reportJunit,
  gitlab: reportGitlab,
};
