/**
 * cloud-init user-data and its encodings: base64, gzip and quoted-printable decoding (round
 * trips, limits, garbage), and the whole reader over generated cloud-configs, MIME multiparts
 * (nested, base64 and quoted-printable parts), gzip user-data and scripts.
 */
import zlib from 'node:zlib';
import fc from 'fast-check';
import { describe } from 'vitest';
import { LIMITS } from '../../src/core/limits';
import { contentEncoding, decodeBase64, decodeContent, decodeQuotedPrintable, gunzip } from '../../src/sources/cloud-init/decode';
import { cloudInitHandler } from '../../src/sources/cloud-init/handler';
import { anyText, cleanSysctlLines, indent, plainKey, withNoise } from './arbitraries';
import { assertAt, fuzzIt } from './fuzz';
import { assignmentsOf, checkExtraction } from './extraction';

const bytes = fc.uint8Array({ maxLength: 2000 });
const same = (a: Uint8Array, b: Uint8Array) => Buffer.compare(Buffer.from(a), Buffer.from(b)) === 0;

/** Quoted-printable as RFC 2045 writes it: `=XX` for anything not printable ASCII, soft breaks every 76 characters. */
function encodeQuotedPrintable(b: Uint8Array): string {
  let out = '';
  let line = 0;
  for (const c of b) {
    const piece = c >= 33 && c <= 126 && c !== 61 ? String.fromCharCode(c) : `=${c.toString(16).toUpperCase().padStart(2, '0')}`;
    if (line + piece.length > 75) {
      out += '=\r\n';
      line = 0;
    }
    out += piece;
    line += piece.length;
  }
  return out;
}

/** base64 wrapped at a width, as encoders and YAML block scalars write it. */
const wrap = (s: string, width: number) => (width ? (s.match(new RegExp(`.{1,${width}}`, 'g')) ?? []).join('\n') : s);

/** A shell command that writes a setting, as runcmd and scripts hold them. */
const command = fc.oneof(
  fc.tuple(plainKey, fc.constantFrom('1', '0', '65535')).map(([k, v]) => `sysctl -w ${k}=${v}`),
  fc.tuple(plainKey, fc.constantFrom('1', '0')).map(([k, v]) => `echo ${v} > /proc/sys/${k.replace(/\./g, '/')}`),
  fc.constantFrom('sysctl --system', 'sysctl -p', 'systemctl restart systemd-sysctl', 'modprobe br_netfilter', 'reboot', 'apt-get install -y x', '$(echo $(echo x))'),
);

interface UserData {
  text: string;
  /** Every sysctl line is written as plain text (no encoding between the file and the key). */
  plain: boolean;
}

const writeFile = fc.tuple(cleanSysctlLines, fc.constantFrom('text', 'text', 'b64', 'gz+b64', 'base64', 'gzip', 'bogus'), fc.constantFrom('/etc/sysctl.d/99-k8s.conf', '/etc/sysctl.conf', '/etc/modules-load.d/k8s.conf', '/tmp/x'), fc.boolean(), fc.integer({ min: 0, max: 76 })).map(([lines, enc, path, defer, width]) => {
  const body = lines.join('\n') + '\n';
  const plain = enc === 'text' || enc === 'bogus';
  let content: string;
  if (enc === 'b64' || enc === 'base64') content = `|\n${indent(wrap(Buffer.from(body).toString('base64'), width), 6)}`;
  else if (enc === 'gz+b64' || enc === 'gzip') content = `!!binary |\n${indent(wrap(zlib.gzipSync(body).toString('base64'), width), 6)}`;
  else content = `|\n${indent(body, 6)}`;
  const encoding = enc === 'text' ? '' : `\n    encoding: ${enc === 'gzip' ? 'gz' : enc}`;
  return { text: `  - path: ${path}${encoding}\n    defer: ${defer}\n    content: ${content}`, plain };
});

const cloudConfig: fc.Arbitrary<UserData> = fc.tuple(fc.array(writeFile, { maxLength: 4 }), fc.array(command, { maxLength: 4 }), fc.array(command, { maxLength: 2 }), fc.constantFrom('#cloud-config\n', '#cloud-config\n---\n', '## template: jinja\n#cloud-config\n')).map(([files, run, boot, head]) => ({
  text: `${head}write_files:\n${files.map((f) => f.text).join('\n')}\nruncmd:\n${run.map((c) => `  - ${JSON.stringify(c)}`).join('\n')}\nbootcmd:\n${boot.map((c) => `  - [sh, -c, ${JSON.stringify(c)}]`).join('\n')}\n`,
  plain: files.every((f) => f.plain),
}));

const script: fc.Arbitrary<UserData> = fc.tuple(fc.array(command, { maxLength: 5 }), cleanSysctlLines).map(([cmds, lines]) => ({ text: `#!/bin/bash\nset -e\n${cmds.join('\n')}\ncat <<'EOF' > /etc/sysctl.d/90.conf\n${lines.join('\n')}\nEOF\n`, plain: true }));

/** A MIME multipart of user-data parts, some base64 or quoted-printable, some multiparts themselves. */
const mime: fc.Arbitrary<UserData> = fc
  .letrec<{ part: UserData }>((tie) => ({
    part: fc.oneof(
      { depthSize: 'small', maxDepth: 3 },
      cloudConfig,
      script,
      fc.tuple(fc.array(fc.tuple(tie('part'), fc.constantFrom('7bit', 'base64', 'quoted-printable', 'BASE64')), { minLength: 1, maxLength: 3 }), fc.stringMatching(/^[A-Za-z0-9'()+_,./:=?-]{1,30}$/), fc.constantFrom('', '"')).map(([parts, boundary, q]) => {
        const body = parts
          .map(([p, cte]) => {
            const type = p.text.startsWith('#cloud-config') || p.text.startsWith('## template') ? 'text/cloud-config' : p.text.startsWith('Content-Type') ? 'multipart/mixed' : 'text/x-shellscript';
            const nested = type === 'multipart/mixed';
            const enc = nested ? '7bit' : cte.toLowerCase();
            const payload = enc === 'base64' ? wrap(Buffer.from(p.text).toString('base64'), 76) : enc === 'quoted-printable' ? encodeQuotedPrintable(Buffer.from(p.text)) : p.text;
            return nested ? `--${boundary}\n${p.text}` : `--${boundary}\nContent-Type: ${type}; charset="us-ascii"\nContent-Transfer-Encoding: ${enc}\n\n${payload}\n`;
          })
          .join('');
        return { text: `Content-Type: multipart/mixed; boundary=${q}${boundary}${q}\nMIME-Version: 1.0\n\n${body}--${boundary}--\n`, plain: parts.every(([p, cte]) => p.plain && (cte === '7bit' || p.text.startsWith('Content-Type'))) };
      }),
    ),
  }))
  .part.filter((p) => p.text.startsWith('Content-Type'));

const userData = fc.oneof(cloudConfig, script, mime);

/** Whether the reader found a setting. */
function checkUserData(text: string, plain: boolean, raw?: Buffer): boolean {
  const x = checkExtraction(cloudInitHandler, text, 'user-data', raw);
  const found = assignmentsOf(x, 'user-data');
  if (plain) for (const a of found) assertAt(text, a.keySpan, a.rawKey, 'user-data key');
  return found.length > 0;
}

describe('fuzz: cloud-init decoding', () => {
  fuzzIt('base64 round trip, wrapped at any width', fc.tuple(bytes, fc.integer({ min: 0, max: 80 })), ([b, width]) => {
    const d = decodeBase64(wrap(Buffer.from(b).toString('base64'), width));
    if (!d.ok || !same(d.bytes, b)) throw new Error('base64 round trip differs');
  });

  fuzzIt('base64 of any text: a result or an error, never a throw', anyText, (t) => void decodeBase64(t));

  fuzzIt('gzip round trip', bytes, (b) => {
    const d = gunzip(zlib.gzipSync(b));
    if (!d.ok || !same(d.bytes, b)) throw new Error('gzip round trip differs');
  });

  fuzzIt('gzip of garbage or truncated gzip: an error, never a throw', fc.tuple(bytes, fc.nat()), ([b, cut]) => {
    const z = zlib.gzipSync(b);
    const d = gunzip(z.subarray(0, cut % (z.length + 1)));
    if (d.ok && cut % (z.length + 1) < z.length && b.length > 0) throw new Error('truncated gzip decoded');
    void gunzip(b);
  }, { scale: 0.2 });

  // Concatenated gzip members of 1 MiB of zeros each (gunzip reads them all): small input, large output.
  const member = zlib.gzipSync(Buffer.alloc(1024 * 1024));
  fuzzIt('gzip bombs stop at the limit', fc.integer({ min: 1, max: 200 }), (mb) => {
    const bomb = Buffer.concat(Array.from({ length: mb }, () => member));
    const d = gunzip(bomb);
    const decoded = mb * 1024 * 1024;
    const over = decoded > LIMITS.decodedSize || decoded > Math.max(1024 * 1024, bomb.length * LIMITS.expansionRatio);
    if (over !== (!d.ok && d.limit === true)) throw new Error(`${mb} MB of zeros: ${JSON.stringify(d.ok ? 'decoded' : d)}`);
    if (d.ok && d.bytes.length !== decoded) throw new Error('decoded size differs');
    return over;
  }, { scale: 0.002, budgetMs: 5000 });

  fuzzIt('quoted-printable round trip', bytes, (b) => {
    const d = decodeQuotedPrintable(encodeQuotedPrintable(b));
    if (!d.ok || !same(d.bytes, b)) throw new Error('quoted-printable round trip differs');
  });

  fuzzIt('quoted-printable of any text: never throws', anyText, (t) => void decodeQuotedPrintable(t));

  fuzzIt('content encodings: any declared encoding on any content', fc.tuple(fc.constantFrom(undefined, 'b64', 'base64', 'gz', 'gzip', 'gz+b64', 'gz+base64', 'text/plain', 'BASE64', 'x'), anyText), ([declared, content]) => {
    const { encoding } = contentEncoding(declared);
    void decodeContent(content, Buffer.from(content), encoding);
  });
});

describe('fuzz: cloud-init user-data reader', () => {
  fuzzIt('generated user-data: spans inside, plain keys at their bytes', userData, (u) => checkUserData(u.text, u.plain), { scale: 0.05 });

  fuzzIt('generated user-data with hostile fragments: never throws, spans inside', withNoise(userData.map((u) => u.text)), (t) => checkUserData(t, false), { scale: 0.05 });

  fuzzIt('gzip user-data: read from the bytes', userData, (u) => {
    const z = zlib.gzipSync(u.text);
    checkUserData(z.toString('utf8'), false, z);
  }, { scale: 0.05 });

  fuzzIt('MIME nested deeply: within the budget', fc.tuple(fc.integer({ min: 1, max: 3000 }), fc.boolean()), ([depth, closed]) => {
    let text = '#cloud-config\nruncmd: [sysctl -w net.ipv4.ip_forward=1]\n';
    for (let i = 0; i < depth; i++) text = `Content-Type: multipart/mixed; boundary=b${i}\n\n--b${i}\n${text}${closed ? `\n--b${i}--\n` : ''}`;
    void checkUserData(text, false);
  }, { scale: 0.01, budgetMs: 5000 });
});
