/**
 * Talos Linux machine configuration (`version: v1alpha1` with a `machine:` section). Talos has
 * no sysctl.d: `machine.sysctls` is a map of keys to values that machined writes at boot, so it
 * is the node's sysctl file. A Talos machine is always a Kubernetes node.
 * Only content claims these files: their names are ordinary `*.yaml` (often Terraform
 * templates, `%{ for }` lines included, which the YAML layer reads as blank).
 */
import type { NodeSpec } from '../../model/build';
import type { ParsedSysctl } from '../../model/facts';
import { parseYaml } from '../yaml/parse';
import { yamlLimitFindings, yamlProblemFinding } from '../yaml/templates';
import { sysctlMapAssignments } from '../yaml/sysctl-map';
import { get, isMap } from '../yaml/tree';
import type { SourceHandler } from '../types';

const TALOS_CONFIG = /^version:\s*v1alpha1\s*$/m;
const MACHINE_SECTION = /^machine:\s*$/m;

function parseMachineSysctls(text: string): { parsed: ParsedSysctl; found: boolean; docs: ReturnType<typeof parseYaml> } {
  const parsed: ParsedSysctl = { assignments: [], exclusions: [], issues: [] };
  const docs = parseYaml(text, { blankTemplateLines: true });
  let found = false;
  for (const d of docs) {
    const sysctls = get(get(d.contents, 'machine'), 'sysctls');
    if (!isMap(sysctls)) continue;
    found = true;
    parsed.assignments.push(...sysctlMapAssignments(sysctls));
  }
  return { parsed, found, docs };
}

export function looksLikeTalos(text: string): boolean {
  return TALOS_CONFIG.test(text) && MACHINE_SECTION.test(text);
}

export const talosConfigHandler: SourceHandler = {
  kind: 'talos-config',
  claimsPath: () => false,
  claimsContent: looksLikeTalos,
  extract(input) {
    const { parsed, found, docs } = parseMachineSysctls(input.text);
    const problem = yamlProblemFinding(input.display, input.text, docs);
    const findings = [...(problem ? [problem] : []), ...yamlLimitFindings(input.display, docs)];
    if (!found) return { findings };
    const node: NodeSpec = {
      id: `talos:${input.display}`,
      label: input.display,
      complete: false,
      scope: 'node',
      role: { value: 'kubernetes', source: `a Talos machine configuration (${input.display})` },
      files: [{ file: input.display, nodePath: '/talos/machine.sysctls', name: 'machine.sysctls', dirRank: 0, parsed, realFile: input.realFile, via: 'machine.sysctls' }],
    };
    return { nodes: [node], findings };
  },
};
