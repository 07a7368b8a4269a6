// npm run accuracy: the engine over ../shared/corpus, scored by the shared scorer (figures by
// claim kind and error type). --verbose lists every miss and false alarm; --json FILE keeps the figures.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join, resolve } from "node:path";

const root = resolve(import.meta.dirname, "..");
const scorer = resolve(root, "..", "shared", "corpus", "score.py");
if (!existsSync(scorer)) {
  console.error(`accuracy: no corpus scorer at ${scorer} (the shared folder must sit beside the project)`);
  process.exit(2);
}
if (!existsSync(join(root, "dist", "cli.js"))) {
  console.error("accuracy: the project is not built; run npm ci (or npm run build) first");
  process.exit(2);
}
const r = spawnSync("python3", [scorer, root, ...process.argv.slice(2)], { stdio: "inherit" });
process.exit(r.status ?? 2);
