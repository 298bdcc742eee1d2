/**
 * systemd service units (`*.service`) as a source: their `ExecStartPre=`, `ExecStart=` and
 * `ExecStartPost=` commands run each time the unit starts, so an enabled unit (`[Install]`
 * with `WantedBy=`/`RequiredBy=`) writes its values at every boot and loses nothing at a
 * reboot. A script the unit runs that lies in the linted tree (in the same image tree, or next
 * to the unit) is read with that timing instead of being linted on its own, where nothing
 * would say when it runs.
 */
import path from 'node:path';
import type { WriteTiming } from '../../model/types';
import { ProvisionFacts } from '../provisioning/facts';
import { analyzeScript } from '../shell/index';
import type { RelatedFile, SourceHandler, SourceInput } from '../types';

const UNIT_NAME = /\.service$/i;
const EXEC = /^[ \t]*(ExecStartPre|ExecStart|ExecStartPost)[ \t]*=[ \t]*(.*)$/gm;
/** Where units sit in an image tree: the part before is the image root. */
const UNIT_DIR = /^(.*?)\/?(etc|usr\/lib|lib|usr\/local\/lib|run)\/systemd\/system\/[^/]+$/;

function timingOf(text: string): WriteTiming {
  return /^[ \t]*(WantedBy|RequiredBy|UpheldBy)[ \t]*=[ \t]*\S/m.test(text) ? 'every-boot' : 'unknown';
}

/** A script a command line starts: `/usr/local/bin/tune.sh`, `/bin/bash /opt/x.sh`. */
function scriptOf(command: string): string | undefined {
  const words = command.split(/[ \t]+/).filter(Boolean);
  let i = 0;
  if (words[i] !== undefined && /(^|\/)(ba|da)?sh$/.test(words[i] as string)) i++;
  while (words[i]?.startsWith('-')) i++;
  const w = words[i];
  return w && w.startsWith('/') && !/(^|\/)(sysctl|echo|sh|bash|systemctl|modprobe)$/.test(w) ? w : undefined;
}

function readScript(input: SourceInput, p: string): RelatedFile | undefined {
  if (!input.readRelated) return undefined;
  const unitDir = path.dirname(input.abs);
  const m = UNIT_DIR.exec(input.abs.split(path.sep).join('/'));
  const candidates = [...(m ? [path.join(m[1] || '/', p)] : []), path.join(unitDir, path.basename(p))];
  for (const c of candidates) {
    const r = input.readRelated(c);
    if (r) return r;
  }
  return undefined;
}

export const systemdUnitHandler: SourceHandler = {
  kind: 'systemd-unit',
  label: 'a systemd unit',
  selfContained: true,
  claimsPath: (display) => UNIT_NAME.test(display),
  claimsContent: (text) => text.includes('[Service]') && /^\[Service\][ \t]*$/m.test(text) && /^[ \t]*ExecStart[ \t]*=/m.test(text),
  confirmsContent: () => true,
  readAheadRank: (display) => (UNIT_NAME.test(display) ? 1 : undefined),
  extract(input) {
    if (!/Exec/.test(input.text)) return {};
    const timing = timingOf(input.text);
    const facts = new ProvisionFacts(input.display);
    const consumed: RelatedFile[] = [];
    for (const m of input.text.matchAll(EXEC)) {
      // systemd's prefixes (`-` ignore failure, `@`, `+`, `!`, `!!`, `:`) are not part of the command.
      const raw = m[2] as string;
      const prefix = /^[-@+!:]*/.exec(raw)?.[0].length ?? 0;
      const start = m.index + m[0].length - raw.length + prefix;
      const command = raw.slice(prefix).replace(/\r$/, '');
      const label = `${m[1]}= of this unit`;
      if (/sysctl|\/proc\/sys/.test(command)) {
        facts.addShell(analyzeScript(command, (s) => ({ start: s.start + start, end: s.end + start })), { label, timing }, input.display);
      }
      const script = scriptOf(command);
      const f = script ? readScript(input, script) : undefined;
      if (!f) continue;
      consumed.push(f);
      if (/sysctl|\/proc\/sys/.test(f.text)) facts.addShell(analyzeScript(f.text), { label: `the script run by ${label}`, timing }, f.display);
    }
    const node = facts.toNode(`unit:${input.display}`, 'systemd', 'unknown');
    return { nodes: node ? [node] : [], findings: facts.findings, consumed };
  },
};
