/**
 * Shell command analysis shared by every source that carries commands: cloud-init `bootcmd`,
 * `runcmd` and script parts, container `command`/`args`, provisioning scripts. See analyze.ts
 * for what is understood and what is deliberately not evaluated.
 */
import type { Assignment, Scope } from '../../model/types';
import type { SysctlWrite } from './analyze';

export { analyzeArgv, analyzeScript, isModulesFilePath, isSysctlFilePath } from './analyze';
export type { ShellAnalysis, SysctlFileWrite, SysctlReapply, SysctlWrite } from './analyze';
export { parseContentAsSysctl } from './content';
export { execWord, templateRanges, type ShellWord } from './lexer';
export { joinMapped, opaque, sliceOf, type MappedText } from './mapped-text';

/** A command's write as a runtime assignment of a node (applied after the sysctl files). */
export function writeToAssignment(w: SysctlWrite, where: { file: string; scope: Scope; via: string }): Assignment {
  return {
    key: w.key,
    rawKey: w.rawKey,
    value: w.value,
    ignoreFailure: w.ignoreUnknown,
    isGlob: w.isGlob,
    templated: w.unevaluated,
    keySpan: w.keySpan,
    valueSpan: w.valueSpan,
    lineSpan: w.commandSpan,
    file: where.file,
    scope: where.scope,
    phase: 'runtime',
    via: `${where.via}: ${w.command}`,
    split: w.split,
  };
}
