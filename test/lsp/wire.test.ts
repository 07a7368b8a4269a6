/** The --stdio writer's encoding: the same bytes as JSON.stringify, whatever it kept from earlier publishes. */
import { test } from "node:test";
import assert from "node:assert/strict";
import { encodeMessage } from "../../server/src/lsp/wire";

const diagnostic = (message: string, line: number) =>
  Object.freeze({
    range: Object.freeze({ start: Object.freeze({ line, character: 2 }), end: Object.freeze({ line, character: 9 }) }),
    severity: 1,
    source: "oscar-facts",
    code: "wrong-winner",
    message,
  });

test("a publishDiagnostics encodes as JSON.stringify does, twice over the same diagnostics", () => {
  const kept = [diagnostic("Anora won — not “Conclave”", 3), diagnostic('ñ \u0000 \\ "q"', 7)];
  const loose = { range: { start: { line: 1, character: 0 }, end: { line: 1, character: 4 } }, message: "x" };
  for (const uri of ["file:///a.md", 'file:///"\u0000diagnostics\u0000".md']) {
    for (const diagnostics of [kept, [...kept, loose], [], [loose, kept[1]]]) {
      const msg = {
        jsonrpc: "2.0",
        method: "textDocument/publishDiagnostics",
        params: { uri, version: 4, diagnostics },
      };
      for (let i = 0; i < 2; i++) assert.deepEqual(encodeMessage(msg), Buffer.from(JSON.stringify(msg), "utf-8"));
    }
  }
});

test("other messages encode as JSON.stringify does", () => {
  const msgs = [
    { jsonrpc: "2.0", id: 3, result: { contents: { kind: "markdown", value: "é — ✓" } } },
    { jsonrpc: "2.0", method: "window/logMessage", params: { type: 3, message: "diagnostics" } },
  ];
  for (const msg of msgs) assert.deepEqual(encodeMessage(msg), Buffer.from(JSON.stringify(msg), "utf-8"));
});
