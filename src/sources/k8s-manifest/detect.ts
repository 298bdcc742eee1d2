/**
 * Which YAML and JSON files are Kubernetes configuration. The name and place make a tentative
 * claim (a `.yaml`/`.yml`/`.json` file, also as a `.tpl`/`.j2` template, outside a Helm chart's
 * `templates/` directory); the content confirms it (an object with `apiVersion`/`kind`, or the
 * shape of a kubectl patch). Files found by walking must also contain a trigger word
 * (triggers.ts), so ordinary manifests cost one scan and are skipped without a parse.
 */
import fs from 'node:fs';
import path from 'node:path';
import { mayMatter } from './triggers';
import { looksLikeTalos } from '../talos/handler';

const YAML_PATH = /\.(ya?ml|json)(\.(tpl|tmpl|j2|jinja2?|gotmpl))?$/i;
const K8S_SHAPE = /^[ \t]*["']?(apiVersion|kind)["']?[ \t]*:/m;
const PATCH_SHAPE = /["']?(initContainers|containers|securityContext|hostNetwork|template)["']?[ \t]*:/;
/** A JSON Patch (RFC 6902) on a pod template: `[{"op": "add", "path": "/spec/template/spec/...", ...}]`. */
const JSON_PATCH = /^\s*\[[\s\S]*["']?path["']?\s*:\s*["']?\/spec\/(jobTemplate\/spec\/)?template\/spec/;
const CLOUD_INIT = /^(#cloud-config|#cloud-boothook|#!|Content-Type:\s*multipart|## template:\s*jinja)/i;

const chartDirCache = new Map<string, boolean>();

/** A directory holding a Helm chart (its Chart.yaml). */
function isChartDir(dir: string): boolean {
  let known = chartDirCache.get(dir);
  if (known === undefined) {
    known = fs.existsSync(path.join(dir, 'Chart.yaml')) || fs.existsSync(path.join(dir, 'Chart.yml'));
    chartDirCache.set(dir, known);
  }
  return known;
}

/** Under a chart's `templates/`: Go templates rendered by Helm, not manifests (not linted). */
export function inChartTemplates(abs: string): boolean {
  // Asked of every YAML file a walk meets: most paths have no `templates` directory at all.
  if (!abs.includes(`${path.sep}templates${path.sep}`)) return false;
  const parts = abs.split(path.sep);
  for (let i = parts.length - 2; i > 0; i--) {
    if (parts[i] === 'templates' && isChartDir(parts.slice(0, i).join(path.sep) || path.sep)) return true;
  }
  return false;
}

/** The cheap, tentative claim by name (no reads). */
export function yamlPathClaim(display: string): boolean {
  return YAML_PATH.test(display);
}

export function looksLikeCloudInit(text: string): boolean {
  return CLOUD_INIT.test(text.trimStart().slice(0, 64));
}

export function looksLikeKubernetes(text: string): boolean {
  // A Talos configuration may hold manifests (`inlineManifests` block scalars): it is not one.
  if (looksLikeCloudInit(text) || looksLikeTalos(text)) return false;
  return K8S_SHAPE.test(text) || (/^\s*[{]|^["']?spec["']?\s*:/m.test(text) && PATCH_SHAPE.test(text)) || JSON_PATCH.test(text);
}

/** Named files are taken when they look like Kubernetes; walked files also need a trigger word. */
export function confirmsKubernetes(text: string, explicit: boolean): boolean {
  return looksLikeKubernetes(text) && (explicit || mayMatter(text));
}
