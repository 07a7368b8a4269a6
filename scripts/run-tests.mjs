// Runs every test/**/*.test.ts with node's test runner (TypeScript through tsx).
// --update-snapshots rewrites the reviewed snapshots of the shared articles.
import { spawnSync } from "node:child_process";
import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";

function find(dir) {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? find(p) : p.endsWith(".test.ts") ? [p] : [];
  });
}

const env = { ...process.env };
if (process.argv.includes("--update-snapshots")) env.UPDATE_SNAPSHOTS = "1";
const only = process.argv.slice(2).filter((a) => !a.startsWith("--"));
const files = (only.length ? only : find("test")).sort();
const r = spawnSync(process.execPath, ["--import", "tsx", "--test", "--test-reporter", "spec", ...files], {
  stdio: "inherit",
  env,
});
process.exit(r.status ?? 1);
