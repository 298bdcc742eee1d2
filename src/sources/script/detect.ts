/**
 * Which files are shell scripts, and when they run. A script is recognised by its name
 * (`*.sh`, `*.bash`, also as a `.tpl`/`.j2`/`.tftpl` template; `rc.local`), by a shell shebang,
 * or, for a file named explicitly, by shell syntax that no sysctl file has (a here-document,
 * `set -e`, `if ... fi`). This is asked before any "looks like a sysctl file" guess: a script
 * that writes a sysctl file with a here-document has more `key = value` lines than commands.
 */
import type { WriteTiming } from '../../model/types';

const SCRIPT_NAME = /\.(sh|bash|ksh|dash)(\.(tpl|tmpl|tftpl|j2|jinja2?|erb))?$/i;
const BOOT_SCRIPT = /(^|\/)(rc\.local|etc\/rc\.d\/rc\.local|etc\/local\.d\/[^/]+\.start)$/;
const SHEBANG = /^#![ \t]*(\/usr)?(\/local)?\/bin\/(env[ \t]+(-S[ \t]+)?)?(busybox[ \t]+)?(ba|da|k|mk|z|a)?sh\b/;
/** A here-document operator ending a line: `cat > /etc/sysctl.d/x.conf <<'EOF'`. */
const HEREDOC = /<<-?[ \t]*(['"]?)([A-Za-z_][A-Za-z0-9_]*)\1[ \t]*$/;
/** Lines only a shell script has. */
const SHELL_LINE = /^(set[ \t]+[-+][a-zA-Z]+|if[ \t].*;[ \t]*then|then|fi|do|done|esac|else|(export|sudo|modprobe|systemctl|apt-get|yum|dnf|echo|printf|cat|tee)[ \t])/;

export function isScriptPath(display: string): boolean {
  return SCRIPT_NAME.test(display) || BOOT_SCRIPT.test(display);
}

export function hasShellShebang(text: string): boolean {
  return SHEBANG.test(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
}

/** A shell script by its content: a shell shebang, or shell syntax no sysctl file has. */
export function looksLikeShellScript(text: string): boolean {
  if (hasShellShebang(text)) return true;
  if (text.startsWith('#!')) return false;
  const lines = text.split('\n', 400);
  let shellLines = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = (lines[i] as string).trim();
    const h = HEREDOC.exec(line);
    // A here-document whose delimiter line follows: only a shell reads that.
    if (h && lines.slice(i + 1).some((l) => l.trim() === h[2])) return true;
    if (SHELL_LINE.test(line) && ++shellLines >= 2) return true;
  }
  return false;
}

/**
 * When a script runs, as far as its place tells: rc.local, OpenRC `local.d` and cloud-init's
 * `scripts/per-boot` at every boot, cloud-init's `per-instance`/`per-once` once; anything else
 * is not known (run by a tool, a unit or a person).
 */
export function scriptTiming(display: string): WriteTiming {
  if (BOOT_SCRIPT.test(display) || /(^|\/)per-boot\//.test(display)) return 'every-boot';
  if (/(^|\/)per-(instance|once)\//.test(display)) return 'once';
  return 'unknown';
}
