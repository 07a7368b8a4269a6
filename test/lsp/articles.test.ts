/** The five shared articles through the protocol: the engine's findings arrive as diagnostics, with hovers and fixes. */
import { test, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { CodeAction, Hover } from "vscode-languageserver-protocol";
import { articleFiles, oscarFacts, sharedArticles } from "../helpers";
import { diagnosticsOf, open, startServer, waitFor, type TestClient } from "./client";

let client: TestClient | undefined;
after(async () => client?.stop());

test("each shared article's findings arrive as diagnostics, with hovers and fixes", async () => {
  client = await startServer();
  const files = articleFiles();
  assert.ok(files.length >= 5);
  let total = 0;
  for (const file of files) {
    const text = readFileSync(join(sharedArticles, file), "utf8");
    const uri = `file:///articles/${file}`;
    await open(client, uri, text, "plaintext");
    const expected = oscarFacts().doValidation(text);
    const diags = await waitFor(
      () => diagnosticsOf(client!, uri, 1),
      (d) => !!d,
    );
    assert.deepEqual(
      diags.map((d) => [d.code, d.message]),
      expected.map((f) => [f.rule, f.message]),
      file,
    );
    total += diags.length;
    for (const [i, d] of diags.entries()) {
      const actions = (await client.conn.sendRequest("textDocument/codeAction", {
        textDocument: { uri },
        range: d.range,
        context: { diagnostics: [d] },
      })) as CodeAction[];
      // Every fix the engine offers arrives as a quick fix with its edit; every finding can be ignored.
      const titles = actions.filter((a) => a.kind === "quickfix" && a.edit).map((a) => a.title);
      for (const fix of expected[i].fixes) assert.ok(titles.includes(fix.title), `${file}: fix "${fix.title}"`);
      assert.ok(
        titles.some((t) => /^Ignore this claim/.test(t)),
        `${file}: ignore action`,
      );
    }
    // Hover on the first person the engine found in the article.
    const person = oscarFacts()
      .analyze(text)
      .mentions.find((m) => m.kind === "person")!;
    const lines = text.slice(0, person.start).split("\n");
    const hover = (await client.conn.sendRequest("textDocument/hover", {
      textDocument: { uri },
      position: { line: lines.length - 1, character: lines[lines.length - 1].length + 1 },
    })) as Hover;
    assert.match((hover.contents as { value: string }).value, /Academy Award nomination/, file);
  }
  assert.equal(total, 3, "only the real errors: two in 001, one in 000");
});
