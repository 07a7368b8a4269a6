/** The packaged extension: what is in the .vsix that `npm test` built into build/ (see package.json). */
import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, statSync } from "node:fs";
import { join } from "node:path";
import yauzl from "yauzl";
import { root } from "./helpers";

const vsix = join(root, "build", "oscar-facts.vsix");

function entries(file: string): Promise<Map<string, number>> {
  return new Promise((resolve, reject) => {
    yauzl.open(file, { lazyEntries: true }, (err, zip) => {
      if (err || !zip) return reject(err);
      const out = new Map<string, number>();
      zip.on("entry", (e: yauzl.Entry) => {
        out.set(e.fileName, e.uncompressedSize);
        zip.readEntry();
      });
      zip.on("end", () => resolve(out));
      zip.on("error", reject);
      zip.readEntry();
    });
  });
}

test("the .vsix holds the bundles, the compiled data with its licences, the README's pictures, and nothing from node_modules", async () => {
  assert.ok(existsSync(vsix), `${vsix} is built by npm test (node scripts/package.mjs build/oscar-facts.vsix)`);
  const files = await entries(vsix);
  const names = [...files.keys()]
    .filter((n) => n.startsWith("extension/"))
    .map((n) => n.slice("extension/".length))
    .sort();
  assert.deepEqual(names, [
    "LICENSE.txt",
    "dist/cli.js",
    "dist/data/LICENSE-imdb_awards.txt",
    "dist/data/LICENSE-oscar_data.txt",
    "dist/data/oscars.json",
    "dist/extension.js",
    "dist/server-main.js",
    "dist/server.js",
    "docs/images/ceremony-sheet.png",
    "docs/images/claims-view.png",
    "docs/images/completion.png",
    "docs/images/hover.png",
    "docs/images/verified-marks.png",
    "language-configuration.json",
    "package.json",
    "readme.md",
    "syntaxes/press-article.tmLanguage.json",
  ]);
  assert.ok(!names.some((n) => n.includes("node_modules") || n.endsWith(".map") || n.endsWith(".ts")));
  assert.ok(files.get("extension/dist/data/oscars.json")! > 1_000_000, "the compiled dataset");
});

test("the .vsix stays small", () => {
  const size = statSync(vsix).size;
  assert.ok(size < 3 * 1024 * 1024, `${size} bytes`);
});
