/**
 * Standard input, read whole and bounded like every input (`--max-file-size`): editors and
 * pipelines hand one text to `sysctl-lint -`.
 */
import fs from 'node:fs';
import { ReadRefused, tooLargeMessage } from './read-file';

/** Waits a little without spinning when standard input is non-blocking and empty for now. */
function pause(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/** Reads file descriptor `fd` (0: standard input) to its end. Throws {@link ReadRefused}. */
export function readStdin(maxSize: number, fd = 0): Buffer {
  const chunks: Buffer[] = [];
  let total = 0;
  const buf = Buffer.allocUnsafe(64 * 1024);
  for (;;) {
    let n: number;
    try {
      n = fs.readSync(fd, buf, 0, buf.length, null);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'EAGAIN') {
        pause(10);
        continue;
      }
      if (code === 'EOF') break;
      throw new ReadRefused(`cannot read standard input: ${code === 'EISDIR' ? 'it is a directory' : (e as Error).message}`, 'io');
    }
    if (n === 0) break;
    total += n;
    if (total > maxSize) throw new ReadRefused(tooLargeMessage('standard input', undefined, maxSize, '--max-file-size'), 'too-large');
    chunks.push(Buffer.from(buf.subarray(0, n)));
  }
  return Buffer.concat(chunks, total);
}
