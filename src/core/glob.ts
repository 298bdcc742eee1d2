/**
 * glob(7) patterns as systemd and procps expand them: `*` and `?` never cross a separator
 * (`.` in sysctl keys, `/` in paths), `[...]` / `[!...]` classes.
 */
const cache = new Map<string, RegExp>();

export function globToRegExp(pattern: string, separator: '.' | '/'): RegExp {
  const id = separator + pattern;
  let re = cache.get(id);
  if (re) return re;
  const any = separator === '.' ? '[^.]' : '[^/]';
  let src = '^';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i] as string;
    if (c === '*') src += any + '*';
    else if (c === '?') src += any;
    else if (c === '[') {
      const close = pattern.indexOf(']', i + 2);
      if (close < 0) src += '\\[';
      else {
        const body = pattern.slice(i + 1, close).replace(/^!/, '^').replace(/\\/g, '\\\\');
        src += `[${body}]`;
        i = close;
      }
    } else src += c.replace(/[\\^$+.()|{}]/g, '\\$&');
  }
  re = new RegExp(src + '$');
  cache.set(id, re);
  return re;
}
