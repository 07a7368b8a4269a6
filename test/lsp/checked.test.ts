/** What was checked, over the protocol: ✓/? inlay hints, oscarFacts/claims, name completion, ceremony sheets. */
import { test, after } from "node:test";
import assert from "node:assert/strict";
import type {
  CompletionItem,
  CompletionList,
  Hover,
  InlayHint,
  MarkupContent,
  TextEdit,
} from "vscode-languageserver-protocol";
import { TextDocument } from "vscode-languageserver-textdocument";
import { diagnosticsOf, open, startServer, waitFor, type TestClient } from "./client";

const uri = "file:///drafts/checked.md";
const draft = [
  "# Anora's night",
  "",
  "At the 97th Academy Awards, Mikey Madison won Best Actress for Anora.",
  "Demi Moore won Best Actress for The Substance.",
  "",
  "Edward Berger's Conclave won Best Adapted Screenplay.",
  "",
].join("\n");
const doc = TextDocument.create(uri, "markdown", 1, draft);
const whole = { start: { line: 0, character: 0 }, end: { line: 99, character: 0 } };

const clients: TestClient[] = [];
after(async () => {
  for (const c of clients) await c.stop();
});

async function start(opts: Parameters<typeof startServer>[0] = {}): Promise<TestClient> {
  const c = await startServer(opts);
  clients.push(c);
  return c;
}

const hints = (c: TestClient, u = uri) =>
  c.conn.sendRequest("textDocument/inlayHint", { textDocument: { uri: u }, range: whole }) as Promise<InlayHint[]>;
const tooltip = (h: InlayHint) => (h.tooltip as MarkupContent).value;
/** The text just before each hint: what it marks. */
const marked = (text: string, hs: InlayHint[]) =>
  hs.map(
    (h) =>
      `${h.label} ${text
        .slice(0, TextDocument.create(uri, "markdown", 1, text).offsetAt(h.position))
        .slice(-10)
        .trim()}`,
  );

test("inlay hints: ✓ after a verified claim with its evidence, none on the wrong one; showVerified live", async () => {
  const c = await start();
  await open(c, uri, draft);
  await waitFor(
    () => diagnosticsOf(c, uri, 1),
    (d) => !!d && d.length === 1,
  );
  const verified = await hints(c);
  assert.deepEqual(marked(draft, verified), ["✓ for Anora", "✓ Screenplay"]);
  assert.deepEqual(verified[0].position, doc.positionAt(draft.indexOf("Anora.") + "Anora".length));
  assert.match(
    tooltip(verified[0]),
    /✓ Verified.*Mikey Madison won Actress in a Leading Role at the 97th Academy Awards \(2025\)/,
  );
  assert.match(tooltip(verified[0]), /Evidence: Actress in a Leading Role: Mikey Madison for Anora/);
  assert.equal(verified[0].paddingLeft, true);

  // "all" adds the claim the data cannot check, with the reason; "off" shows nothing.
  c.settings = { showVerified: "all" };
  const refreshes = c.hintRefreshes;
  await c.conn.sendNotification("workspace/didChangeConfiguration", { settings: {} });
  await waitFor(
    () => c.hintRefreshes,
    (n) => n! > refreshes,
  );
  const all = await hints(c);
  assert.deepEqual(marked(draft, all), ["✓ for Anora", "? s Conclave", "✓ Screenplay"]);
  assert.match(tooltip(all[1]), /\? Not verifiable.*Conclave is Edward Berger's film[\s\S]*No nomination names both/);
  c.settings = { showVerified: "off" };
  await c.conn.sendNotification("workspace/didChangeConfiguration", { settings: {} });
  assert.deepEqual(await hints(c), []);
  c.settings = { enable: false };
  await c.conn.sendNotification("workspace/didChangeConfiguration", { settings: {} });
  assert.deepEqual(await hints(c), []);
});

test("inlay hints follow the diagnostics: between checks they keep their place in the edited text", async () => {
  // A long debounce: no diagnostics are computed while "typing"; oscarFacts/check computes them.
  const c = await start({ debounceMs: 600_000 });
  await open(c, uri, draft);
  const first = await hints(c);
  assert.equal(first.length, 2);
  // Type a heading word above the marks and a new verified sentence below them.
  const added = "\nKieran Culkin won Best Supporting Actor for A Real Pain.\n";
  const edited = draft.replace("# Anora's", "# Anora's big") + added;
  await c.conn.sendNotification("textDocument/didChange", {
    textDocument: { uri, version: 2 },
    contentChanges: [
      { range: { start: { line: 0, character: 9 }, end: { line: 0, character: 9 } }, text: " big" },
      { range: { start: { line: 6, character: 0 }, end: { line: 6, character: 0 } }, text: added },
    ],
  });
  const between = await hints(c);
  assert.deepEqual(
    marked(edited, between),
    ["✓ for Anora", "✓ Screenplay"],
    "the old marks, moved with their text; none yet for the new sentence",
  );
  const refreshes = c.hintRefreshes;
  await c.conn.sendRequest("oscarFacts/check", { uri });
  await waitFor(
    () => c.hintRefreshes,
    (n) => n! > refreshes,
  );
  assert.deepEqual(marked(edited, await hints(c)), ["✓ for Anora", "✓ Screenplay", "✓ Real Pain"]);
});

interface ClaimsResult {
  version: number;
  checked: boolean;
  reason?: string;
  ceremony: number | null;
  claims: {
    verdict: string;
    statement: string;
    message: string;
    evidence: { category: string; won: boolean }[];
    text: string;
    range: { start: { line: number; character: number }; end: { line: number; character: number } };
    summary: string;
  }[];
}

test("oscarFacts/claims: every claim with verdict, statement, message, evidence and range", async () => {
  const c = await start();
  await open(c, uri, draft);
  const r = (await c.conn.sendRequest("oscarFacts/claims", { uri })) as ClaimsResult;
  assert.equal(r.checked, true);
  assert.equal(r.version, 1);
  assert.equal(r.ceremony, 97);
  assert.deepEqual(
    r.claims.map((x) => [x.verdict, x.text]),
    [
      ["supported", "97th Academy Awards, Mikey Madison won Best Actress for Anora"],
      ["refuted", "Demi Moore"],
      ["unverifiable", "Edward Berger's Conclave"],
      ["supported", "Conclave won Best Adapted Screenplay"],
    ],
  );
  for (const x of r.claims) assert.equal(draft.slice(doc.offsetAt(x.range.start), doc.offsetAt(x.range.end)), x.text);
  const wrong = r.claims[1];
  assert.match(wrong.statement, /Demi Moore won Actress in a Leading Role/);
  assert.match(wrong.message, /went to Mikey Madison for Anora/);
  assert.ok(wrong.evidence.some((e) => e.won && e.category === "Actress in a Leading Role"));
  assert.match(wrong.summary, /✗ Wrong/);

  // A rule set to "off" leaves the Wrong group as it leaves the diagnostics; a closed document says why.
  c.settings = { diagnosticSeverity: { "wrong-winner": "off" } };
  await c.conn.sendNotification("workspace/didChangeConfiguration", { settings: {} });
  const off = (await c.conn.sendRequest("oscarFacts/claims", { uri })) as ClaimsResult;
  assert.deepEqual(
    off.claims.map((x) => x.verdict),
    ["supported", "unverifiable", "supported"],
  );
  const closed = (await c.conn.sendRequest("oscarFacts/claims", { uri: "file:///never-opened.md" })) as ClaimsResult;
  assert.deepEqual([closed.checked, closed.reason, closed.claims], [false, "the document is not open", []]);
});

async function complete(c: TestClient, text: string, at = text.length) {
  const u = `file:///drafts/complete-${clients.length}-${Math.random().toString(36).slice(2)}.md`;
  await open(c, u, text);
  const pos = TextDocument.create(u, "markdown", 1, text).positionAt(at);
  return (await c.conn.sendRequest("textDocument/completion", {
    textDocument: { uri: u },
    position: pos,
  })) as CompletionList;
}

function apply(text: string, item: CompletionItem): string {
  return TextDocument.applyEdits(TextDocument.create(uri, "markdown", 1, text), [item.textEdit as TextEdit]);
}

test("completion: names as the data spells them, whatever the diacritics; partial two-word names replaced whole", async () => {
  const c = await start();
  assert.equal(c.initialized?.capabilities.completionProvider?.triggerCharacters, undefined, "no trigger characters");
  const line = "At the 97th Academy Awards, the score went to Gudn";
  const gudn = await complete(c, line);
  assert.equal(gudn.isIncomplete, true);
  assert.equal(gudn.items[0].label, "Hildur Guðnadóttir");
  assert.equal(apply(line, gudn.items[0]), "At the 97th Academy Awards, the score went to Hildur Guðnadóttir");
  assert.match(gudn.items[0].detail!, /^Original Score, 92nd \(2020\), winner/);
  assert.equal((await complete(c, "Guðn")).items[0].label, "Hildur Guðnadóttir");

  const zoe = await complete(c, "At the 97th Academy Awards, Zoe Sal won");
  const partial = "At the 97th Academy Awards, Zoe Sal won";
  const z = await complete(c, partial, partial.indexOf(" won"));
  assert.equal(z.items[0].label, "Zoe Saldaña");
  assert.equal(z.items[0].detail, "Actress in a Supporting Role, 97th (2025), winner");
  assert.equal(apply(partial, z.items[0]), "At the 97th Academy Awards, Zoe Saldaña won");
  assert.ok(zoe.items.length > 0);
  const saldan = await complete(c, "At the 97th Academy Awards, Saldan");
  assert.equal(saldan.items[0].label, "Zoe Saldaña");

  // The word under the cursor is replaced whole, not just its typed part.
  const mid = "Mikey Madi won";
  const m = await complete(c, mid, "Mikey Ma".length);
  assert.equal(
    apply(
      mid,
      m.items.find((i) => i.label === "Mikey Madison")!,
    ),
    "Mikey Madison won",
  );

  // Categories and characters too.
  const cat = await complete(c, "She won Best Supporting Act");
  assert.deepEqual(
    cat.items.slice(0, 2).map((i) => i.label),
    ["Best Supporting Actor", "Best Supporting Actress"],
  );
  const role = await complete(c, "At the 97th Academy Awards, Chalamet played Bob Dy");
  assert.equal(role.items[0].label, "Bob Dylan");
  assert.match(role.items[0].detail!, /^Character: Timothée Chalamet in A Complete Unknown, 97th \(2025\), nominee/);
});

test("completion ranks the draft's ceremony first, then fame; the item's card arrives on resolve", async () => {
  const c = await start();
  const ninetySeventh = await complete(c, "At the 97th Academy Awards, Mad");
  assert.equal(ninetySeventh.items[0].label, "Mikey Madison");
  const fiftieth = await complete(c, "At the 50th Academy Awards, Mad");
  assert.equal(fiftieth.items[0].label, "Madame Rosa");
  const noCeremony = await complete(c, "Stree");
  assert.equal(noCeremony.items[0].label, "Meryl Streep");
  const resolved = (await c.conn.sendRequest("completionItem/resolve", ninetySeventh.items[0])) as CompletionItem;
  assert.match(
    (resolved.documentation as MarkupContent).value,
    /\*\*Mikey Madison\*\* — 1 Academy Award nomination, 1 win/,
  );
  // Checking off: no completion either.
  c.settings = { enable: false };
  await c.conn.sendNotification("workspace/didChangeConfiguration", { settings: {} });
  assert.equal(await complete(c, "Gudn"), null);
});

test("ceremony sheets: the list with the draft's ceremony, the Markdown over workspace/textDocumentContent, links in hovers", async () => {
  const c = await start({ initializationOptions: { sheetCommand: "oscarFacts.openCeremonySheet" } });
  assert.deepEqual(c.initialized?.capabilities.workspace?.textDocumentContent, { schemes: ["oscar-facts"] });
  await open(c, uri, draft);
  await waitFor(
    () => diagnosticsOf(c, uri, 1),
    (d) => !!d,
  );
  const list = (await c.conn.sendRequest("oscarFacts/ceremonies", { uri })) as {
    current: number;
    ceremonies: { n: number; label: string; bestPicture: string; uri: string }[];
  };
  assert.equal(list.current, 97);
  assert.equal(list.ceremonies.length, 98);
  const sheet = list.ceremonies.find((x) => x.n === 97)!;
  assert.deepEqual([sheet.label, sheet.bestPicture], ["97th Academy Awards (2025)", "Anora"]);
  const { text } = (await c.conn.sendRequest("workspace/textDocumentContent", { uri: sheet.uri })) as { text: string };
  assert.match(text, /^# 97th Academy Awards \(2025\)\n/);
  assert.match(
    text,
    /- \*\*Held:\*\* Sunday, March 2, 2025\n- \*\*Venue:\*\* Dolby Theatre, Los Angeles\n- \*\*Host:\*\* Conan O'Brien/,
  );
  assert.match(
    text,
    /## Actress in a Supporting Role\n\n- ★ \*\*Zoe Saldaña\*\* — \*Emilia Pérez\*, as Rita\n- Monica Barbaro — \*A Complete Unknown\*, as Joan Baez/,
  );
  assert.match(
    text,
    /## Original Song\n\n- ★ \*\*"El Mal" from \*Emilia Pérez\*\*\* — Music by Clément Ducol and Camille/,
  );
  assert.equal(
    text.match(/^## /gm)?.length,
    28,
    "23 competitive categories, 3 honorary awards and 2 kinds of technical award",
  );
  const unknown = (await c.conn.sendRequest("workspace/textDocumentContent", { uri: "oscar-facts:/120th.md" })) as {
    text: string;
  };
  assert.match(unknown.text, /No ceremony sheet .*1st to the 98th/);

  const ceremonyHover = (await c.conn.sendRequest("textDocument/hover", {
    textDocument: { uri },
    position: { line: 2, character: 10 },
  })) as Hover;
  const card = (ceremonyHover.contents as MarkupContent).value;
  assert.ok(
    card.includes(`(command:oscarFacts.openCeremonySheet?${encodeURIComponent(JSON.stringify([sheet.uri]))} `),
    card,
  );
  assert.match(
    card,
    /\[oscars\.org: the 97th Academy Awards \(2025\)\]\(https:\/\/www\.oscars\.org\/oscars\/ceremonies\/2025\)/,
  );
  const person = (await c.conn.sendRequest("textDocument/hover", {
    textDocument: { uri },
    position: { line: 3, character: 2 },
  })) as Hover;
  assert.match((person.contents as MarkupContent).value, /\(https:\/\/www\.oscars\.org\/oscars\/ceremonies\/2025\)/);

  // A client without command links gets the Academy's page only.
  const plain = await start();
  await open(plain, uri, draft);
  const h = (await plain.conn.sendRequest("textDocument/hover", {
    textDocument: { uri },
    position: { line: 2, character: 10 },
  })) as Hover;
  assert.doesNotMatch((h.contents as MarkupContent).value, /command:/);
  assert.match((h.contents as MarkupContent).value, /oscars\.org\/oscars\/ceremonies\/2025/);
});
