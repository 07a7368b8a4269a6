import { closeSync, openSync, readSync, statSync } from "node:fs";
import { UsageError } from "./args";

/**
 * Reads a draft as UTF-8 text; refuses folders, binaries, UTF-16, invalid UTF-8 and drafts
 * longer than `maxSize` characters with a clear message. A draft far over the limit is
 * refused without being read whole.
 */
export function readDraft(path: string, maxSize: number): string {
  // UTF-8 takes at most 3 bytes per UTF-16 character: more bytes than that cannot fit.
  const byteLimit = 3 * maxSize;
  const name = path === "-" ? "<stdin>" : path;
  let buf: Buffer;
  try {
    if (path !== "-" && statSync(path).isDirectory()) throw new UsageError(`${path}: is a folder, not a file`);
    buf = readAtMost(path, byteLimit + 1);
  } catch (e) {
    if (e instanceof UsageError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    const why =
      code === "ENOENT" ? "no such file" : code === "EACCES" ? "permission denied" : `cannot read (${code ?? e})`;
    throw new UsageError(`${path}: ${why}`);
  }
  const tooLarge = (size: string) =>
    new UsageError(
      `${name}: too large to check (${size}; --max-size is ${maxSize.toLocaleString("en-US")} characters)`,
    );
  if (buf.length > byteLimit) throw tooLarge(`more than ${byteLimit.toLocaleString("en-US")} bytes`);
  const bom = utf16or32(buf);
  if (bom) throw new UsageError(`${name}: ${bom} text; save it as UTF-8`);
  if (buf.includes(0)) throw new UsageError(`${name}: binary file (contains NUL bytes), not a text draft`);
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(buf);
  } catch {
    throw new UsageError(`${name}: not valid UTF-8 text`);
  }
  if (text.length > maxSize) throw tooLarge(`${text.length.toLocaleString("en-US")} characters`);
  return text;
}

/** "UTF-16" or "UTF-32" when the bytes start with that encoding's byte order mark. */
function utf16or32(b: Buffer): string | undefined {
  if (
    b.length >= 4 &&
    ((b[0] === 0xff && b[1] === 0xfe && b[2] === 0 && b[3] === 0) ||
      (b[0] === 0 && b[1] === 0 && b[2] === 0xfe && b[3] === 0xff))
  )
    return "UTF-32";
  if (b.length >= 2 && ((b[0] === 0xff && b[1] === 0xfe) || (b[0] === 0xfe && b[1] === 0xff))) return "UTF-16";
  return undefined;
}

/** Up to `limit` bytes of a file or of standard input ("-"). */
function readAtMost(path: string, limit: number): Buffer {
  const fd = path === "-" ? 0 : openSync(path, "r");
  try {
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(Math.min(1 << 20, limit - total));
      let n: number;
      try {
        n = readSync(fd, chunk, 0, chunk.length, null);
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === "EAGAIN") continue; // a non-blocking pipe, not ready yet
        if ((e as NodeJS.ErrnoException).code === "EOF") break;
        throw e;
      }
      if (n === 0) break;
      chunks.push(chunk.subarray(0, n));
      total += n;
      if (total >= limit) break;
    }
    return Buffer.concat(chunks, total);
  } finally {
    if (fd !== 0) closeSync(fd);
  }
}
