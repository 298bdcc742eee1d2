/**
 * Packer templates as a source: one template builds one machine image, provisioned by its
 * provisioners in the order they are written.
 *
 * - `shell` provisioners run on the build machine: their `inline` commands (joined into one
 *   script, as Packer does, with positions inside each HCL or JSON string) and their
 *   `script`/`scripts` files are analysed with build-time semantics. Files they write land in
 *   the image; values they write into the running kernel (`sysctl -w`, `echo > /proc/sys`) and
 *   `sysctl -p`/`--system` change the build machine only and never reach the image.
 * - `file` provisioners upload repository files (or `content`) as the SSH user: straight into
 *   a sysctl location, or, as usual, to /tmp and then moved by a later shell step (`sudo mv
 *   /tmp/99-k8s.conf /etc/sysctl.d/`): the move is followed and the repository file is linted
 *   as that file of the image, at its own positions.
 * - `shell-local` runs on the host running Packer and is ignored; so are other provisioners.
 *
 * Scripts and uploaded files are read only inside the linted tree, and are then part of the
 * template's node rather than linted again on their own.
 */
import path from 'node:path';
import { analyzeScript, isSysctlFilePath, joinMapped, type SysctlFileWrite } from '../shell/index';
import { ProvisionFacts } from '../provisioning/facts';
import type { ParsedSysctl } from '../../model/facts';
import { parseSysctl } from '../sysctl-conf/parse';
import { parseContentAsSysctl } from '../shell/content';
import { locate } from '../script/handler';
import type { RelatedFile, SourceHandler, SourceInput } from '../types';
import { isHclTemplatePath, looksLikeHclTemplate, looksLikeLegacyJson, readTemplate, stringsOf, type PackerTemplate, type Provisioner } from './template';

const SYSCTL_DIR = /^\/(etc|run|usr\/local\/lib|usr\/lib|lib)\/sysctl\.d\/?$/;

/** An upload: a path on the build machine and the repository file or directory it came from. */
interface Upload {
  remote: string;
  local: string;
  directory: boolean;
}

class PackerRun {
  readonly facts: ProvisionFacts;
  readonly consumed: RelatedFile[] = [];
  private readonly uploads: Upload[] = [];
  private readonly dir: string;

  constructor(
    private readonly input: SourceInput,
    private readonly template: PackerTemplate,
  ) {
    this.facts = new ProvisionFacts(input.display);
    this.dir = path.dirname(input.abs);
  }

  /** `${path.root}`, `{{template_dir}}` and user variables with literal defaults, substituted. */
  private expand(p: string): string | undefined {
    const out = p
      .replace(/\$\{\s*path\.(root|cwd)\s*\}|\{\{\s*template_dir\s*\}\}|\{\{\s*pwd\s*\}\}/g, this.dir)
      .replace(/\$\{\s*var\.([A-Za-z0-9_-]+)\s*\}|\{\{\s*user\s+`([^`]+)`\s*\}\}/g, (m, a: string | undefined, b: string | undefined) => this.template.variables.get((a ?? b) as string) ?? m);
    return /\$\{|\{\{|%\{/.test(out) ? undefined : out;
  }

  /**
   * A local path of the template: Packer resolves relative paths against the directory it is
   * run from, the template's own or one above it.
   */
  private local(p: string): RelatedFile | undefined {
    const expanded = this.expand(p);
    if (!expanded || !this.input.readRelated) return undefined;
    if (path.isAbsolute(expanded)) return this.input.readRelated(expanded);
    for (let d = this.dir, i = 0; i < 8; i++) {
      const r = this.input.readRelated(path.resolve(d, expanded));
      if (r) return r;
      const up = path.dirname(d);
      if (up === d) break;
      d = up;
    }
    return undefined;
  }

  private localDir(p: string): string | undefined {
    const expanded = this.expand(p);
    if (!expanded) return undefined;
    return path.isAbsolute(expanded) ? expanded : path.resolve(this.dir, expanded);
  }

  run(): void {
    for (const p of this.template.provisioners) {
      if (p.type === 'shell') this.shell(p);
      else if (p.type === 'file') this.file(p);
    }
  }

  private shell(p: Provisioner): void {
    const step = { label: p.label, timing: 'build' as const };
    const inline = stringsOf(p.get('inline'));
    if (inline.length) {
      const script = joinMapped(inline, '\n');
      this.facts.addShell(analyzeScript(script.text, script.map), step, this.input.display, (w) => this.copied(w));
      this.facts.noteKubernetes(script.text, p.label);
      // `bash /tmp/scripts/provision.sh` runs a script a file provisioner uploaded.
      for (const m of script.text.matchAll(/(?:^|[\s;&|])(\/[^\s;&|'"$`]+\.(?:sh|bash))(?=$|[\s;&|])/gm)) {
        const f = this.uploaded(m[1] as string);
        if (f) this.runScript(f, `the script ${m[1]} run by ${p.label}`);
      }
    }
    for (const s of [...stringsOf(p.get('script')), ...stringsOf(p.get('scripts'))]) {
      const f = this.local(s.text);
      if (f) this.runScript(f, `the script run by ${p.label}`);
    }
  }

  /** A repository script run on the build machine. */
  private runScript(f: RelatedFile, label: string): void {
    this.consumed.push(f);
    if (!/sysctl|\/proc\/sys/.test(f.text)) return;
    this.facts.addShell(analyzeScript(f.text), { label, timing: 'build' }, f.display, (w) => this.copied(w));
    this.facts.noteKubernetes(f.text, f.display);
  }

  /** The repository file an upload put at `remote` on the build machine. */
  private uploaded(remote: string): RelatedFile | undefined {
    for (let i = this.uploads.length - 1; i >= 0; i--) {
      const u = this.uploads[i] as Upload;
      const prefix = u.remote.replace(/\/?$/, '/');
      const local = remote === u.remote ? u.local : u.directory && remote.startsWith(prefix) ? path.join(u.local, remote.slice(prefix.length)) : undefined;
      if (local) return this.input.readRelated?.(local);
    }
    return undefined;
  }

  /** The content of a file a shell step copies or moves into a sysctl location. */
  private copied(w: SysctlFileWrite): ParsedSysctl | undefined {
    const from = w.from;
    if (!from?.literal || !from.path.startsWith('/')) return undefined;
    const f = this.uploaded(from.path);
    if (!f) return undefined;
    this.consumed.push(f);
    return locate(parseSysctl(f.text), f.display);
  }

  private file(p: Provisioner): void {
    const direction = stringsOf(p.get('direction'))[0]?.text;
    if (direction === 'download') return;
    const dest = stringsOf(p.get('destination'))[0];
    if (!dest || dest.templates.length) return;
    const step = { label: p.label, timing: 'build' as const };
    const content = stringsOf(p.get('content'))[0];
    if (content) {
      if (isSysctlFilePath(dest.text)) {
        const parsed = parseContentAsSysctl({ text: content.text, map: content.map, expansions: content.templates });
        this.facts.addFile({ path: dest.text, location: { file: this.input.display, span: dest.span }, mode: 'create', parsed, step });
      }
      return;
    }
    for (const src of [...stringsOf(p.get('source')), ...stringsOf(p.get('sources'))]) {
      const directory = /\/$/.test(src.text) || !/\.[A-Za-z0-9]+$/.test(path.posix.basename(src.text));
      const base = path.posix.basename(src.text.replace(/\/+$/, ''));
      if (!directory) {
        const remote = dest.text.endsWith('/') || SYSCTL_DIR.test(dest.text) ? dest.text.replace(/\/?$/, '/') + base : dest.text;
        const f = this.local(src.text);
        if (isSysctlFilePath(remote)) {
          if (f) this.consumed.push(f);
          this.facts.addFile({ path: remote, location: { file: this.input.display, span: dest.span }, mode: 'copy', parsed: f ? locate(parseSysctl(f.text), f.display) : undefined, step });
        } else if (f) this.uploads.push({ remote, local: f.abs, directory: false });
      } else {
        const local = this.localDir(src.text);
        if (!local) continue;
        const remote = src.text.endsWith('/') ? dest.text : dest.text.replace(/\/?$/, '/') + base;
        this.uploads.push({ remote, local, directory: true });
      }
    }
  }
}

/** Anything a template's provisioners do to kernel settings needs a script, an upload or one of these words. */
const TRIGGER = /sysctl|\/proc\/sys|script|"file"|type"?\s*[:=]\s*"file"/;

export const packerHandler: SourceHandler = {
  kind: 'packer',
  label: 'a Packer template',
  claimsPath: (display) => isHclTemplatePath(display) || /\.json$/i.test(display),
  confirmsContent: ({ display, text }) => (isHclTemplatePath(display) ? true : looksLikeLegacyJson(text) || (/\.pkr\.json$/i.test(display) && /"build"\s*:/.test(text))),
  claimsContent: (text) => looksLikeLegacyJson(text) || looksLikeHclTemplate(text),
  readAheadRank: (display) => (isHclTemplatePath(display) || /\.json$/i.test(display) ? 1 : undefined),
  extract(input) {
    if (!TRIGGER.test(input.text)) return {};
    const template = readTemplate(input.text, input.display);
    // A docker build makes a container image: a node's kernel settings are not in it.
    if (template.containerOnly) return {};
    const run = new PackerRun(input, template);
    run.run();
    const node = run.facts.toNode(`packer:${input.display}`, 'packer', 'build');
    return { nodes: node ? [node] : [], findings: run.facts.findings, consumed: run.consumed };
  },
};
