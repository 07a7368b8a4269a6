/**
 * dist/server.js: runs the server bundle (dist/server-main.js) from V8's code cache when one
 * was kept for it, as Node 22's module.enableCompileCache would (the server runs on Node 20).
 * Compiling the bundle and then each function the first check calls was about a tenth of a
 * cold start. The cache is written once the first diagnostics are out, with the functions
 * that check compiled; it lives in the system's temporary directory under a hash of the
 * bundle and of Node's version (older ones are removed), and V8 refuses a cache made under other flags. A cache that
 * cannot be read or written is no error: the bundle is compiled as without one.
 */
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, readdirSync, renameSync, unlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Script } from "node:vm";
import { enlargeYoungGeneration } from "./heap";
import { WARM_EVENT } from "./warm";

// Before compiling: V8 keeps a cache only for the flags it was made under, and the bundle sets this one.
enlargeYoungGeneration();
const file = join(__dirname, "server-main.js");
const source = readFileSync(file, "utf8");
const cacheFile = join(
  process.env.OSCAR_FACTS_CODE_CACHE ?? join(tmpdir(), "oscar-facts-code-cache"),
  `${createHash("sha256").update(process.version).update(source).digest("hex").slice(0, 32)}.bin`,
);
const cachedData = readOrUndefined(cacheFile);
// The module wrapper Node itself puts around a CommonJS file.
const script = new Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, {
  filename: file,
  cachedData,
});
if (!cachedData || script.cachedDataRejected) process.once(WARM_EVENT, () => setImmediate(keepCache));
script.runInThisContext()(module.exports, require, module, file, __dirname);

function readOrUndefined(path: string): Buffer | undefined {
  try {
    return readFileSync(path);
  } catch {
    return undefined;
  }
}

/** Written beside and renamed into place, so a server stopped meanwhile leaves no half a cache. */
function keepCache(): void {
  try {
    mkdirSync(join(cacheFile, ".."), { recursive: true });
    const partial = `${cacheFile}.${process.pid}.tmp`;
    writeFileSync(partial, script.createCachedData());
    renameSync(partial, cacheFile);
    dropOlderCaches();
  } catch {
    // No cache this time: the next start compiles the bundle again.
  }
}

/** Caches of earlier builds (or Node versions) are dropped: one cache, about a megabyte, is kept. */
function dropOlderCaches(): void {
  const dir = join(cacheFile, "..");
  for (const name of readdirSync(dir)) {
    if (!name.endsWith(".bin") || join(dir, name) === cacheFile) continue;
    try {
      unlinkSync(join(dir, name));
    } catch {
      // Another server may be using or replacing it: left as is.
    }
  }
}
