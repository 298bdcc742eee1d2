/**
 * Helm partials (`templates/_*.tpl`) whose `define` bodies are sysctl.d content (a chart that
 * renders a sysctl file into a ConfigMap or an init container's here-document): each such body
 * is read as a sysctl file at its positions, template actions absent, expressions
 * unevaluated. Other helpers (labels, names) are not sysctl content and yield nothing.
 */
import { placeFile } from '../../model/node-layout';
import { looksLikeSysctl } from '../sysctl-conf/handler';
import type { SourceHandler } from '../types';
import { readGoPartialAsSysctl } from './sysctl-template';

const PARTIAL = /(^|\/)templates\/_[^/]+\.tpl$/;

export const helmPartialHandler: SourceHandler = {
  kind: 'helm-partial',
  label: 'a Helm template partial',
  selfContained: true,
  claimsPath: (display) => PARTIAL.test(display),
  claimsContent: () => false,
  extract(input) {
    if (!/define/.test(input.text) || !/[\w-]\.[\w-]+\s*=/.test(input.text)) return {};
    const parsed = readGoPartialAsSysctl(input.text, looksLikeSysctl);
    if (!parsed) return {};
    const placement = placeFile(input.display);
    return {
      nodeFiles: [{ placement, file: { file: input.display, nodePath: placement.nodePath, name: placement.name, dirRank: placement.dirRank, parsed, realFile: input.realFile, isSymlink: input.isSymlink, via: 'Helm define' } }],
    };
  },
};
