// npm run package: production build, then oscar-facts-<version>.vsix with @vscode/vsce.
// Bundles carry their dependencies, so node_modules stays out (--no-dependencies).
import { execFileSync } from "node:child_process";
import { readFileSync, rmSync } from "node:fs";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const { version } = JSON.parse(readFileSync("package.json", "utf8"));
const out = process.argv[2] ?? `oscar-facts-${version}.vsix`;
execFileSync(process.execPath, ["scripts/build.mjs", "--production"], { stdio: "inherit" });
// Production bundles ship no source maps; drop any left by a development build.
const maps = ["dist/cli.js.map", "dist/server.js.map", "dist/server-main.js.map", "dist/extension.js.map"];
for (const f of maps) rmSync(f, { force: true });
const vsce = require.resolve("@vscode/vsce/vsce");
// README images ship in the package and stay relative: VS Code shows them from the installed extension.
execFileSync(
  process.execPath,
  [vsce, "package", "--no-dependencies", "--allow-missing-repository", "--no-rewrite-relative-links", "--out", out],
  { stdio: "inherit" },
);
console.log(`oscar-facts: packaged ${out}`);
