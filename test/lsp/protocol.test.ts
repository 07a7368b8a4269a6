import { test, after } from "node:test";
import assert from "node:assert/strict";
import { TextDocument } from "vscode-languageserver-textdocument";
import type { CodeAction, Diagnostic, Hover, TextEdit } from "vscode-languageserver-protocol";
import { diagnosticsOf, open, startServer, text, waitFor } from "./client";

const uri = "file:///drafts/night.md";
const draft = [
  "# Anora's night",
  "",
  "At the 97th Academy Awards, Demi Moore won Best Actress.",
  "Mikey Madison was nominated for Best Actress for Anora.",
  "",
].join("\n");

const clients: { stop(): Promise<void> }[] = [];
after(async () => {
  for (const c of clients) await c.stop();
});

function applyEdits(text: string, edits: TextEdit[]): string {
  return TextDocument.applyEdits(TextDocument.create(uri, "markdown", 1, text), edits);
}

test("push: diagnostics, hover, quick fix, incremental edits, settings, close", async () => {
  const c = await startServer();
  clients.push(c);
  await open(c, uri, draft);
  const diags = await waitFor(
    () => diagnosticsOf(c, uri, 1),
    (d) => !!d && d.length > 0,
  );
  assert.equal(diags.length, 1);
  const d = diags[0];
  assert.equal(d.source, "oscar-facts");
  assert.equal(d.code, "wrong-winner");
  assert.deepEqual(d.range, { start: { line: 2, character: 28 }, end: { line: 2, character: 38 } });
  assert.match(text(d), /Actress in a Leading Role went to Mikey Madison for Anora/);
  assert.ok(d.relatedInformation?.some((r) => /Evidence: .*Mikey Madison \(Anora\) — won/.test(r.message)));

  const hover = (await c.conn.sendRequest("textDocument/hover", {
    textDocument: { uri },
    position: { line: 3, character: 3 },
  })) as Hover;
  assert.match(
    (hover.contents as { value: string }).value,
    /\*\*Mikey Madison\*\* — 1 Academy Award nomination, 1 win/,
  );

  const actions = (await c.conn.sendRequest("textDocument/codeAction", {
    textDocument: { uri },
    range: d.range,
    context: { diagnostics: [d] },
  })) as CodeAction[];
  const fix = actions.find((a) => a.isPreferred);
  assert.ok(fix, "a preferred quick fix");
  assert.equal(fix.kind, "quickfix");
  assert.equal(fix.title, 'Replace "Demi Moore" with "Mikey Madison"');
  assert.ok(actions.some((a) => /^Ignore this claim/.test(a.title)));
  const fixed = applyEdits(draft, fix.edit!.changes![uri]);
  assert.match(fixed, /Mikey Madison won Best Actress\./);

  // Apply the fix as an incremental change, as an editor would.
  const edit = fix.edit!.changes![uri][0];
  await c.conn.sendNotification("textDocument/didChange", {
    textDocument: { uri, version: 2 },
    contentChanges: [{ range: edit.range, text: edit.newText }],
  });
  assert.deepEqual(
    await waitFor(
      () => diagnosticsOf(c, uri, 2),
      (x) => !!x,
    ),
    [],
  );

  // Type a new wrong sentence at the end: a finding appears for that version.
  await c.conn.sendNotification("textDocument/didChange", {
    textDocument: { uri, version: 3 },
    contentChanges: [
      {
        range: { start: { line: 4, character: 0 }, end: { line: 4, character: 0 } },
        text: "At the 97th Academy Awards, Flow won Best Picture.\n",
      },
    ],
  });
  const v3 = await waitFor(
    () => diagnosticsOf(c, uri, 3),
    (x) => !!x && x.length === 1,
  );
  assert.match(text(v3[0]), /Best Picture went to Anora/);

  // Settings: a rule's severity, then checking off, live.
  c.settings = { diagnosticSeverity: { "wrong-winner": "warning" } };
  await c.conn.sendNotification("workspace/didChangeConfiguration", { settings: {} });
  await waitFor(
    () => diagnosticsOf(c, uri),
    (x) => !!x && x.length === 1 && x[0].severity === 2,
  );
  c.settings = { enable: false };
  await c.conn.sendNotification("workspace/didChangeConfiguration", { settings: {} });
  await waitFor(
    () => diagnosticsOf(c, uri),
    (x) => !!x && x.length === 0,
  );
  c.settings = {};
  await c.conn.sendNotification("workspace/didChangeConfiguration", { settings: {} });
  await waitFor(
    () => diagnosticsOf(c, uri),
    (x) => !!x && x.length === 1,
  );

  await c.conn.sendNotification("textDocument/didClose", { textDocument: { uri } });
  await waitFor(
    () => diagnosticsOf(c, uri),
    (x) => !!x && x.length === 0,
  );
});

test("the ignore action writes a directive that silences the finding", async () => {
  const c = await startServer();
  clients.push(c);
  await open(c, uri, draft);
  const [d] = await waitFor(
    () => diagnosticsOf(c, uri, 1),
    (x) => !!x && x.length === 1,
  );
  const actions = (await c.conn.sendRequest("textDocument/codeAction", {
    textDocument: { uri },
    range: d.range,
    context: { diagnostics: [d] },
  })) as CodeAction[];
  const ignore = actions.find((a) => /^Ignore this claim/.test(a.title))!;
  const edited = applyEdits(draft, ignore.edit!.changes![uri]);
  assert.match(edited, /<!-- oscar-facts-disable-next-line -->\nAt the 97th Academy Awards, Demi Moore/);
  await c.conn.sendNotification("textDocument/didChange", {
    textDocument: { uri, version: 2 },
    contentChanges: [{ text: edited }],
  });
  assert.deepEqual(
    await waitFor(
      () => diagnosticsOf(c, uri, 2),
      (x) => !!x,
    ),
    [],
  );
});

test("pull diagnostics when the client supports them", async () => {
  const c = await startServer({ pull: true });
  clients.push(c);
  await open(c, uri, draft);
  const report = (await c.conn.sendRequest("textDocument/diagnostic", { textDocument: { uri } })) as {
    kind: string;
    items: Diagnostic[];
  };
  assert.equal(report.kind, "full");
  assert.equal(report.items.length, 1);
  assert.equal(report.items[0].code, "wrong-winner");
  assert.equal(c.diagnostics.size, 0, "nothing pushed in pull mode");
});

test("a document over the size limit is skipped with one notice", async () => {
  const c = await startServer({ settings: { maxDocumentSize: 100 } });
  clients.push(c);
  await open(c, uri, draft);
  assert.deepEqual(
    await waitFor(
      () => diagnosticsOf(c, uri, 1),
      (x) => !!x,
    ),
    [],
  );
  await waitFor(
    () => c.log.filter((m) => /more than oscarFacts.maxDocumentSize/.test(m)).length,
    (n) => n === 1,
  );
  await c.conn.sendNotification("textDocument/didChange", {
    textDocument: { uri, version: 2 },
    contentChanges: [{ text: draft + " " }],
  });
  await waitFor(
    () => diagnosticsOf(c, uri, 2),
    (x) => !!x,
  );
  assert.equal(c.log.filter((m) => /more than oscarFacts.maxDocumentSize/.test(m)).length, 1);
});

test("garbage in: the server answers empty and keeps serving", async () => {
  const c = await startServer();
  clients.push(c);
  // Requests about documents it never saw, positions out of range, malformed params.
  assert.equal(
    await c.conn.sendRequest("textDocument/hover", {
      textDocument: { uri: "file:///nope.md" },
      position: { line: 0, character: 0 },
    }),
    null,
  );
  assert.deepEqual(
    await c.conn.sendRequest("textDocument/codeAction", {
      textDocument: { uri: "file:///nope.md" },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [] },
    }),
    [],
  );
  await open(c, uri, draft);
  await waitFor(
    () => diagnosticsOf(c, uri, 1),
    (x) => !!x && x.length === 1,
  );
  assert.equal(
    await c.conn.sendRequest("textDocument/hover", { textDocument: { uri }, position: { line: 999, character: -5 } }),
    null,
  );
  await assert.rejects(c.conn.sendRequest("no/such/method", {}));
  assert.deepEqual(
    await c.conn.sendRequest("textDocument/codeAction", { textDocument: { uri }, range: null, context: null }),
    [],
  );
  await waitFor(() => c.log.some((m) => /oscar-facts: textDocument\/codeAction failed: TypeError/.test(m)), Boolean);
  // Raw bytes that are not JSON-RPC at all.
  c.proc.stdin.write("Content-Length: 9\r\n\r\n{garbage}");
  await c.conn.sendNotification("textDocument/didOpen", {
    textDocument: { uri: "file:///b.md", languageId: "markdown", version: 1, text: 17 },
  });
  // Still alive and correct afterwards.
  const hover = (await c.conn.sendRequest("textDocument/hover", {
    textDocument: { uri },
    position: { line: 2, character: 30 },
  })) as Hover;
  assert.match((hover.contents as { value: string }).value, /Demi Moore/);
  assert.equal(c.proc.exitCode, null);
});
