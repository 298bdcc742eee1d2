/**
 * Reads workflow commands back the way the Actions runner does (ActionCommand.TryParseV2):
 * `::name key=value,key=value::data`, property values and data un-escaped with `%25` last.
 * Lines between `::stop-commands::TOKEN` and `::TOKEN::` are not commands.
 */
export interface ParsedCommand {
  command: string;
  properties: Record<string, string>;
  data: string;
}

const unescapeData = (s: string) => s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
const unescapeProperty = (s: string) => s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%3A/g, ':').replace(/%2C/g, ',').replace(/%25/g, '%');

export function parseWorkflowCommands(output: string): ParsedCommand[] {
  const out: ParsedCommand[] = [];
  let stopToken: string | undefined;
  for (const line of output.split(/\r?\n/)) {
    if (stopToken !== undefined) {
      if (line === `::${stopToken}::`) stopToken = undefined;
      continue;
    }
    if (!line.startsWith('::')) continue;
    const end = line.indexOf('::', 2);
    if (end < 0) continue;
    const head = line.slice(2, end);
    const data = line.slice(end + 2);
    const space = head.indexOf(' ');
    const command = space < 0 ? head : head.slice(0, space);
    const properties: Record<string, string> = {};
    if (space >= 0) {
      for (const pair of head.slice(space + 1).split(',')) {
        const eq = pair.indexOf('=');
        if (eq > 0) properties[pair.slice(0, eq)] = unescapeProperty(pair.slice(eq + 1));
      }
    }
    if (command === 'stop-commands') {
      stopToken = data;
      continue;
    }
    out.push({ command, properties, data: unescapeData(data) });
  }
  return out;
}

/**
 * Commands the runner would execute in `output` other than sysctl-lint's own annotations and
 * report group: read as the runner reads them (lines split at CR, LF and CRLF, leading blanks
 * trimmed before `::`, the legacy `##[` anywhere in a line), skipping stopped sections.
 */
export function foreignCommands(output: string): string[] {
  const out: string[] = [];
  let stopToken: string | undefined;
  for (const raw of output.split(/\r\n|\r|\n/)) {
    const line = raw.trimStart();
    if (stopToken !== undefined) {
      if (line === `::${stopToken}::`) stopToken = undefined;
      continue;
    }
    if (line.startsWith('::')) {
      const end = line.indexOf('::', 2);
      if (end < 0) continue;
      if (line.slice(2, end).split(' ')[0] === 'stop-commands') {
        stopToken = line.slice(end + 2);
        continue;
      }
      if (!isOwnCommand(line)) out.push(line);
    } else if (line.includes('##[')) out.push(line);
  }
  return out;
}

/** sysctl-lint's own: annotations titled with a rule id or `sysctl-lint`, and the report group. */
function isOwnCommand(line: string): boolean {
  if (line === '::endgroup::' || /^::group::sysctl-lint report \(\d+ problems\)$/.test(line)) return true;
  const m = /^::(error|warning|notice) ([^:]*)::/.exec(line);
  const title = m ? /(?:^|,)title=([^,]*)/.exec(m[2] as string)?.[1] : undefined;
  return title !== undefined && /^(sysctl-lint(\/[a-z-]+)?|sysctl-lint failed|[a-z][a-z0-9-]*)$/.test(title);
}
