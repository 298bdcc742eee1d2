/**
 * cloud-init user-data as a source: recognised by its header (`#cloud-config`, `## template:
 * jinja`, `#cloud-boothook`, `#cloud-config-archive`, a multipart MIME message with cloud-init
 * part types, gzip magic bytes) or, while walking directories, by a name such as `user-data`,
 * `cloud-init.yaml` or a `cloud-init/` directory (the content decides then). One user-data
 * file becomes one node.
 */
import path from 'node:path';
import type { SourceHandler } from '../types';
import { isGzip } from './decode';
import { UserDataFacts } from './facts';
import { userDataNode } from './node';
import { formatOf, gunzipUserData, readUserData } from './user-data';
import type { Part } from './cloud-config';
import { UNRECOGNIZED_FILE } from '../unrecognized-file';
import { clusterOfItsOwn } from '../partial-facts';

const NAME = /^(user[-_]?data|vendor[-_]?data|cloud[-_]?init|cloud[-_]?config|cloudinit)([-_.][^/]*)?$/i;
const DIR = /(^|\/)(cloud[-_]?init|cloudinit|cloud[-_]?config|user[-_]?data)\/[^/]+$/i;
const NOT_USER_DATA = /\.(md|rst|png|jpe?g|gif|svg|pdf|html?|go|py|rb|js|ts|json|lock|tf|hcl|iso|img|qcow2|raw)$/i;
const MIME_CLOUD_PART = /content-type:\s*(text\/(cloud-config|cloud-boothook|x-shellscript|cloud-config-archive|jinja2)|multipart\/mixed)/i;

/** Content claim: the header of a user-data format cloud-init recognises. */
export function looksLikeUserData(text: string): boolean {
  if (text.charCodeAt(0) === 0x1f && (text.charCodeAt(1) === 0x8b || text.charCodeAt(1) === 0xfffd)) return true;
  const f = formatOf(text);
  if (f === 'cloud-config' || f === 'cloud-config-archive' || f === 'boothook' || f === 'jinja') return true;
  return f === 'mime' && MIME_CLOUD_PART.test(text.slice(0, 4096));
}

export const cloudInitHandler: SourceHandler = {
  kind: 'cloud-init',
  label: 'cloud-init user-data',
  claimsPath(display) {
    const base = path.posix.basename(display);
    if (NOT_USER_DATA.test(base)) return false;
    return NAME.test(base) || DIR.test(display);
  },
  claimsContent(text) {
    return looksLikeUserData(text);
  },
  // User-data that writes a k3s or RKE2 configuration states cluster facts.
  clusterFactTrigger: /\/etc\/rancher\/(k3s|rke2)\/config\.ya?ml/,
  confirmsContent(input) {
    // Named like user-data: a header, or a shell script (user-data can be a plain script).
    return looksLikeUserData(input.text) || formatOf(input.text) === 'script';
  },
  extract(input) {
    const facts = new UserDataFacts(input.display);
    const text = input.text;
    const ctx = { facts, fileText: text };
    if (text.charCodeAt(0) === 0x1f) {
      // Binary: the text was decoded as UTF-8 and is damaged; the bytes read are what counts.
      const bytes = input.bytes;
      if (!bytes || !isGzip(bytes)) return {};
      const part = gunzipUserData(bytes, { start: 0, end: 0 }, ctx);
      if (part) readUserData(part, ctx);
    } else {
      const format = formatOf(text);
      // Claimed by name while walking: a plain script named user-data is one too.
      if (format === 'other' || (format === 'mime' && !looksLikeUserData(text))) {
        return input.explicit ? { findings: [notUserData(input.display)] } : {};
      }
      const whole: Part = { text, map: (s) => s, exact: true, span: { start: 0, end: text.length }, name: 'user-data' };
      readUserData(whole, ctx);
    }
    const node = userDataNode(facts);
    const nodes = node ? [node] : [];
    // A k3s/RKE2 configuration read only in part decides nothing for the other files (../partial-facts.ts).
    const partial = facts.distroConfigs.filter((c) => !c.complete).map((c) => c.fact);
    if (partial.length) nodes.push(clusterOfItsOwn(input.display, partial));
    return { nodes, findings: facts.findings, clusterFacts: facts.distroConfigs.filter((c) => c.complete).map((c) => c.fact) };
  },
};

function notUserData(file: string) {
  return {
    ruleId: UNRECOGNIZED_FILE.id,
    severity: 'info' as const,
    message: 'named like cloud-init user-data but has no user-data header (#cloud-config, #!, MIME); skipped',
    location: { file, span: { start: 0, end: 0 } },
    related: [],
  };
}
