// npm run test:e2e: installs what the end-to-end tests need (scripts/e2e/setup.sh), makes
// sure the .vsix exists, then runs test/e2e/*.e2e.ts with node's test runner. Prints the
// time each stage took.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";

const t0 = Date.now();
const stage = (name, since) => console.log(`[e2e] ${name}: ${((Date.now() - since) / 1000).toFixed(1)} s`);

let paths;
try {
  paths = execFileSync("bash", ["scripts/e2e/setup.sh"], { encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] });
} catch {
  console.error("[e2e] set-up failed (the line above says which step)");
  process.exit(1);
}
const env = { ...process.env };
for (const line of paths.split("\n")) {
  const m = /^([A-Z0-9_]+)=(.*)$/.exec(line);
  if (m) env[m[1]] = m[2];
}
stage("set-up (code-server, Node 24, Chromium, Neovim)", t0);

const t1 = Date.now();
if (!existsSync("build/oscar-facts.vsix"))
  execFileSync(process.execPath, ["scripts/package.mjs", "build/oscar-facts.vsix"], { stdio: "inherit" });
stage("package", t1);

const only = process.argv.slice(2);
const files = only.length
  ? only
  : readdirSync("test/e2e")
      .filter((f) => f.endsWith(".e2e.ts"))
      .sort()
      .map((f) => `test/e2e/${f}`);
let failed = false;
for (const file of files) {
  const t = Date.now();
  const r = spawnSync(process.execPath, ["--import", "tsx", "--test", "--test-reporter", "spec", file], {
    stdio: "inherit",
    env,
  });
  stage(file, t);
  failed ||= r.status !== 0;
}
stage("total", t0);
process.exit(failed ? 1 : 0);
