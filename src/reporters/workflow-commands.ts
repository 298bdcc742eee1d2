/**
 * GitHub Actions workflow commands (`::error file=…,line=…::message`), escaped exactly as
 * @actions/toolkit's core/src/command.ts escapes them: message data `%`, CR and LF;
 * property values additionally `:` and `,`. Properties with an empty or zero value are left
 * out, as the toolkit does.
 */

export function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

export type CommandProperties = Record<string, string | number | undefined>;

export function workflowCommand(command: string, properties: CommandProperties, message: string): string {
  const props = Object.entries(properties)
    .filter(([, v]) => v !== undefined && v !== '' && v !== 0)
    .map(([k, v]) => `${k}=${escapeProperty(String(v))}`);
  return `::${command}${props.length ? ' ' + props.join(',') : ''}::${escapeData(message)}`;
}

/** The annotation properties of @actions/core (`AnnotationProperties`), in the toolkit's order. */
export interface AnnotationProperties {
  title?: string;
  file?: string;
  startLine?: number;
  endLine?: number;
  startColumn?: number;
  endColumn?: number;
}

export function annotationCommand(level: 'error' | 'warning' | 'notice', message: string, p: AnnotationProperties = {}): string {
  return workflowCommand(level, { title: p.title, file: p.file, line: p.startLine, endLine: p.endLine, col: p.startColumn, endColumn: p.endColumn }, message);
}
