/**
 * The defects the fuzzer of issue 10 found, each reproduced over the protocol: stale
 * results after a close and reopen, cancellation, one long draft holding up another, and
 * what the client said it can do.
 */
import { test, after } from "node:test";
import assert from "node:assert/strict";
import { TextDocument } from "vscode-languageserver-textdocument";
import {
  CancellationTokenSource,
  ResponseError,
  type CodeAction,
  type Command,
  type Diagnostic,
  type Hover,
  type TextEdit,
  type WorkspaceEdit,
} from "vscode-languageserver-protocol";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { makeDraft } from "../../bench/corpus";
import { root } from "../helpers";
import { diagnosticsOf, open, poll, startServer, waitFor, type ClientOptions, type TestClient } from "./client";

const uri = "file:///drafts/night.md";
const demi = "At the 97th Academy Awards, Demi Moore won Best Actress for The Substance.";
const mikey = "At the 97th Academy Awards, Mikey Madison won Best Actress for Anora.";
const line = { start: { line: 0, character: 0 }, end: { line: 0, character: 80 } };

const clients: TestClient[] = [];
after(async () => {
  for (const c of clients) await c.stop();
});

async function client(opts: ClientOptions = {}): Promise<TestClient> {
  const c = await startServer(opts);
  clients.push(c);
  return c;
}

const pull = (c: TestClient, u = uri) =>
  c.conn.sendRequest("textDocument/diagnostic", { textDocument: { uri: u } }) as Promise<{ items: Diagnostic[] }>;
const hover = (c: TestClient, character: number, u = uri, cancel?: CancellationTokenSource) => {
  const params = { textDocument: { uri: u }, position: { line: 0, character } };
  return (
    cancel
      ? c.conn.sendRequest("textDocument/hover", params, cancel.token)
      : c.conn.sendRequest("textDocument/hover", params)
  ) as Promise<Hover | null>;
};
const actions = (c: TestClient, diagnostics: Diagnostic[] = []) =>
  c.conn.sendRequest("textDocument/codeAction", {
    textDocument: { uri },
    range: line,
    context: { diagnostics },
  }) as Promise<(CodeAction | Command)[]>;
const hoverText = (h: Hover | null) => (h ? (h.contents as { value: string }).value : "");
const configRequests = (c: TestClient) => c.requests.filter((r) => r.method === "workspace/configuration").length;

function editsOf(e: WorkspaceEdit): TextEdit[] {
  const change = e.documentChanges?.[0];
  return change && "edits" in change ? (change.edits as TextEdit[]) : e.changes![uri];
}

/** Every replacing fix's range holds the name its title says it replaces. */
function assertFixesHold(text: string, list: (CodeAction | Command)[]): void {
  for (const a of list) {
    const m = /^Replace "(.+)" with/.exec(a.title);
    if (!m || !("edit" in a) || !a.edit) continue;
    const [e] = editsOf(a.edit);
    assert.equal(TextDocument.create(uri, "markdown", 1, text).getText(e.range), m[1], a.title);
  }
}

test("reopened with other text while settings are read: no finding, hover or fix of the old text (pull)", async () => {
  const c = await client({ pull: true });
  const release = c.holdConfiguration();
  await open(c, uri, demi);
  const inFlight = pull(c);
  await waitFor(
    () => configRequests(c),
    (n) => n! >= 1,
  ); // the server waits for the settings
  await c.conn.sendNotification("textDocument/didClose", { textDocument: { uri } });
  await open(c, uri, mikey); // same uri, same version 1, other text
  release();
  assert.deepEqual((await inFlight).items, [], "the pull in flight answers for the text open now");
  assert.deepEqual((await pull(c)).items, [], "later pulls too");
  const card = hoverText(await hover(c, 30));
  assert.match(card, /Mikey Madison/);
  assert.doesNotMatch(card, /Demi Moore/);
  const list = await actions(c);
  assert.ok(!list.some((a) => /Demi Moore/.test(a.title)), list.map((a) => a.title).join("; "));
  assertFixesHold(mikey, list);
});

test("reopened with other text while settings are read: nothing of the old text is published (push)", async () => {
  const c = await client();
  const published: { version?: number; messages: string[] }[] = [];
  c.conn.onNotification(
    "textDocument/publishDiagnostics",
    (p: { uri: string; version?: number; diagnostics: Diagnostic[] }) => {
      c.diagnostics.set(p.uri, p);
      published.push({ version: p.version, messages: p.diagnostics.map((d) => String(d.message)) });
    },
  );
  const release = c.holdConfiguration();
  await open(c, uri, demi);
  await waitFor(
    () => configRequests(c),
    (n) => n! >= 1,
  ); // a publish is waiting for the settings
  await c.conn.sendNotification("textDocument/didClose", { textDocument: { uri } });
  await waitFor(
    () => published.length,
    (n) => n! >= 1,
  ); // the close clears the document
  const sinceClose = published.length;
  await open(c, uri, mikey);
  release();
  // The check request waits for the same settings and analysis as the publish held above,
  // so once it answers, that publish has been sent (or dropped).
  const check = (await c.conn.sendRequest("oscarFacts/check", { uri })) as { findings: number };
  assert.equal(check.findings, 0);
  await waitFor(
    () => published.length,
    (n) => n! > sinceClose,
  );
  for (const p of published.slice(sinceClose)) assert.deepEqual(p.messages, [], "published after the reopen");
  assert.match(hoverText(await hover(c, 30)), /Mikey Madison/);
});

test("a quick fix is offered only on the text it was made for", async () => {
  const c = await client();
  await open(c, uri, demi + "\n");
  const [d] = await waitFor(
    () => diagnosticsOf(c, uri, 1),
    (x) => !!x && x.length === 1,
  );
  assertFixesHold(demi, await actions(c, [d]));
  // The name is typed on to ("Demi Moorex"): the old fix no longer fits the words there.
  await c.conn.sendNotification("textDocument/didChange", {
    textDocument: { uri, version: 2 },
    contentChanges: [{ range: d.range, text: "Demi Moorex" }],
  });
  const changed = demi.replace("Demi Moore", "Demi Moorex");
  const list = await actions(c, [d]);
  assert.ok(!list.some((a) => /^Replace "Demi Moore"/.test(a.title)), list.map((a) => a.title).join("; "));
  // An edit far from the finding leaves its fix in place, on the right characters.
  await c.conn.sendNotification("textDocument/didChange", {
    textDocument: { uri, version: 3 },
    contentChanges: [{ text: demi + "\n\nMore to come.\n" }],
  });
  const again = await actions(c);
  assert.ok(again.some((a) => /^Replace "Demi Moore"/.test(a.title)));
  assertFixesHold(demi, again);
  void changed;
});

test("a cancelled request is answered RequestCancelled (-32800)", async () => {
  const c = await client();
  const release = c.holdConfiguration();
  await open(c, uri, demi);
  await waitFor(
    () => configRequests(c),
    (n) => n! >= 1,
  );
  const cts = new CancellationTokenSource();
  const h = hover(c, 30, uri, cts);
  cts.cancel();
  release(); // the settings arrive after the cancellation: a server that ignores it answers the hover
  await assert.rejects(h, (e: ResponseError<unknown>) => e.code === -32800);
  assert.match(hoverText(await hover(c, 30)), /Demi Moore/, "still serving");
});

test("a long draft being analysed holds up neither another draft nor a cancellation", async () => {
  const c = await client({ debounceMs: 0, settings: { maxDocumentSize: 5_000_000 } });
  const small = "file:///drafts/small.md";
  await open(c, small, mikey);
  await waitFor(
    () => diagnosticsOf(c, small, 1),
    (x) => !!x,
  );
  const big = "file:///drafts/big.md";
  // About 1 MB of award-season prose in paragraphs: seconds of analysis, in slices.
  const data = JSON.parse(readFileSync(join(root, "dist", "data", "oscars.json"), "utf8"));
  await open(c, big, makeDraft(data, 150_000, 5));
  await waitFor(
    () => configRequests(c),
    (n) => n! >= 2,
  ); // its settings are read: the analysis starts
  const order: string[] = [];
  const bigDone = waitFor(
    () => diagnosticsOf(c, big, 1),
    (x) => !!x,
    120_000,
  ).then(() => order.push("big diagnostics"));
  const cts = new CancellationTokenSource();
  const waiting = hover(c, 30, big, cts).then(
    () => order.push("big hover answered"),
    (e: ResponseError<unknown>) => order.push(`big hover ${e.code}`),
  );
  assert.match(hoverText(await hover(c, 30, small)), /Mikey Madison/);
  order.push("small hover");
  cts.cancel();
  await waiting;
  await bigDone;
  assert.deepEqual(order, ["small hover", "big hover -32800", "big diagnostics"]);
  assert.ok(diagnosticsOf(c, big, 1)!.length > 100, "the long draft was checked");
});

test("a pull client without refresh support is never sent workspace/diagnostic/refresh", async () => {
  const c = await client({ pull: true, capabilities: { workspace: { diagnostics: { refreshSupport: false } } } });
  await open(c, uri, demi);
  assert.equal((await pull(c)).items.length, 1);
  c.settings = { diagnosticSeverity: "warning" };
  await c.conn.sendNotification("workspace/didChangeConfiguration", { settings: {} });
  // A request answered after the change: a refresh would have been sent before its answer.
  await hover(c, 30);
  assert.deepEqual(
    c.requests.filter((r) => r.method === "workspace/diagnostic/refresh"),
    [],
  );
  assert.equal((await pull(c)).items[0].severity, 2, "the next pull has the new settings");
});

test("a refresh the client rejects leaves no unhandled rejection", async () => {
  const c = await client({ pull: true, rejectRefresh: true });
  await open(c, uri, demi);
  await pull(c);
  await c.conn.sendNotification("workspace/didChangeConfiguration", { settings: {} });
  await waitFor(
    () => c.requests.filter((r) => r.method === "workspace/diagnostic/refresh").length,
    (n) => n! === 1,
  );
  await hover(c, 30);
  assert.ok(!c.log.some((m) => /unhandled rejection/.test(m)), c.log.join("\n"));
});

test("a client that shows only plain text gets plain-text hovers", async () => {
  const c = await client({ capabilities: { textDocument: { hover: { contentFormat: ["plaintext"] } } } });
  await open(c, uri, mikey);
  const h = await hover(c, 30);
  assert.equal((h!.contents as { kind: string }).kind, "plaintext");
  const card = hoverText(h);
  assert.match(card, /^Mikey Madison — 1 Academy Award nomination, 1 win$/m);
  assert.doesNotMatch(card, /\*\*|\||\\/);
});

test("a client without CodeAction literals gets Commands that apply the fix", async () => {
  const c = await client({ capabilities: { textDocument: { codeAction: {} } } });
  await open(c, uri, demi);
  await waitFor(
    () => diagnosticsOf(c, uri, 1),
    (x) => !!x && x.length === 1,
  );
  const list = (await actions(c)) as Command[];
  const fix = list.find((a) => a.title === 'Replace "Demi Moore" with "Mikey Madison"');
  assert.ok(fix && typeof fix.command === "string" && !("edit" in fix), JSON.stringify(list));
  await c.conn.sendRequest("workspace/executeCommand", { command: fix.command, arguments: fix.arguments });
  const applied = c.requests.find((r) => r.method === "workspace/applyEdit")!.params as { edit: WorkspaceEdit };
  assert.equal(
    TextDocument.applyEdits(TextDocument.create(uri, "markdown", 1, demi), editsOf(applied.edit)),
    mikey.replace("Anora", "The Substance"),
  );
  // Run after the words changed, the command changes nothing and says why.
  await c.conn.sendNotification("textDocument/didChange", {
    textDocument: { uri, version: 2 },
    contentChanges: [{ text: demi.replace("Demi", "Demy") }],
  });
  await c.conn.sendRequest("workspace/executeCommand", { command: fix.command, arguments: fix.arguments });
  assert.equal(c.requests.filter((r) => r.method === "workspace/applyEdit").length, 1);
  await waitFor(() => c.log.some((m) => /changed since this fix was offered/.test(m)), Boolean);
});

test("a client with versioned edits gets fixes tied to the document's version", async () => {
  const c = await client({ capabilities: { workspace: { workspaceEdit: { documentChanges: true } } } });
  await open(c, uri, demi, "markdown", 7);
  await waitFor(
    () => diagnosticsOf(c, uri, 7),
    (x) => !!x && x.length === 1,
  );
  const fix = (await actions(c)).find((a) => /^Replace/.test(a.title)) as CodeAction;
  const change = fix.edit!.documentChanges![0] as { textDocument: { uri: string; version: number } };
  assert.deepEqual(change.textDocument, { uri, version: 7 });
});

test("a document over the size limit keeps nothing, and its memory is returned once it is closed", async () => {
  const c = await client();
  const heap = async (collect: boolean) =>
    ((await c.conn.sendRequest("oscarFacts/memory", { collect })) as { heapUsedMb: number }).heapUsedMb;
  const before = await heap(true);
  const big = "file:///drafts/big.md";
  // 5 million UTF-16 characters (10 MB as a two-byte string): five times the default limit.
  const text = "Anora won Best Picture \u2013 \u201cWicked\u201d. ".repeat(150_000);
  await open(c, big, text);
  await waitFor(
    () => diagnosticsOf(c, big, 1),
    (x) => !!x,
  );
  for (let version = 2; version <= 4; version++) {
    const at = { line: 0, character: version };
    await c.conn.sendNotification("textDocument/didChange", {
      textDocument: { uri: big, version },
      contentChanges: [{ range: { start: at, end: at }, text: "x" }],
    });
    await waitFor(
      () => diagnosticsOf(c, big, version),
      (x) => !!x,
    );
  }
  // Only the protocol library's own copy of the text is alive.
  assert.ok((await heap(true)) - before < 10.5 + 3, `${((await heap(false)) - before).toFixed(1)} MB more than before`);
  await c.conn.sendNotification("textDocument/didClose", { textDocument: { uri: big } });
  // Closed, the server collects by itself once quiet: nothing here forces it.
  const after = await poll(
    () => heap(false),
    (used) => used - before < 3,
    15_000,
  );
  assert.ok(after - before < 3, `${(after - before).toFixed(1)} MB left after closing`);
});

test("a change starting past the last line is read as the end of the text; positions stay whole numbers", async () => {
  const c = await client();
  await open(c, uri, "# Night\n\nThe winners were announced.");
  await waitFor(
    () => diagnosticsOf(c, uri, 1),
    (x) => !!x,
  );
  const change = (version: number, range: unknown, text: string) =>
    c.conn.sendNotification("textDocument/didChange", {
      textDocument: { uri, version },
      contentChanges: [{ range, text }],
    });
  // Lines 40 to 42 do not exist; the text inserted has as many line breaks as the range spans.
  const past = { start: { line: 40, character: 3 }, end: { line: 42, character: 0 } };
  await change(2, past, "\n\nAt the 97th Academy Awards, Demi Moore won Best Actress.");
  await change(3, { start: { line: 1, character: 0 }, end: { line: 1, character: 0 } }, "\n");
  const [d] = await waitFor(
    () => diagnosticsOf(c, uri, 3),
    (x) => !!x && x.length === 1,
  );
  assert.deepEqual(d.range, { start: { line: 5, character: 28 }, end: { line: 5, character: 38 } });
  const h = (await c.conn.sendRequest("textDocument/hover", {
    textDocument: { uri },
    position: { line: 5, character: 30 },
  })) as Hover;
  assert.match(hoverText(h), /Demi Moore/);
  assert.deepEqual(h.range, { start: { line: 5, character: 28 }, end: { line: 5, character: 38 } });
});
