import { readFileSync, statSync } from "node:fs";
import { UsageError } from "./args";

/** Reads a draft as UTF-8 text; refuses folders, binaries and invalid UTF-8 with a clear message. */
export function readDraft(path: string): string {
  let buf: Buffer;
  try {
    if (path !== "-" && statSync(path).isDirectory()) throw new UsageError(`${path}: is a folder, not a file`);
    buf = readFileSync(path === "-" ? 0 : path);
  } catch (e) {
    if (e instanceof UsageError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    throw new UsageError(`${path}: ${code === "ENOENT" ? "no such file" : code === "EACCES" ? "permission denied" : `cannot read (${code ?? e})`}`);
  }
  if (buf.includes(0)) throw new UsageError(`${path}: binary file (contains NUL bytes), not a text draft`);
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(buf);
  } catch {
    throw new UsageError(`${path}: not valid UTF-8 text`);
  }
}
