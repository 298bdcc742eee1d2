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
