/**
 * The block cache an editor's analyzer keeps: after any edit it answers as a fresh analysis
 * would, and a keystroke re-reads only the paragraph it falls in.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import type { Analysis, Analyzer } from "../../server/src/engine";
import { oscarFacts } from "../helpers";

const PARAGRAPHS = [
  "The 97th Academy Awards were held on March 2, 2025, at the Dolby Theatre.",
  "Anora won five Oscars, including best picture. Sean Baker won best director for Anora.",
  "Adrien Brody won best actor for The Brutalist. It was his second Oscar.",
  "Zoe Saldaña won best supporting actress for Emilia Pérez.",
  "Kieran Culkin won best supporting actor for A Real Pain.",
  "Conan O'Brien hosted the ceremony for the first time.",
  "Wicked won best production design and best costume design.",
  "Mikey Madison won best actress for Anora. She thanked the sex worker community.",
];
const draft = (paragraphs: string[]) => paragraphs.join("\n\n") + "\n";

/** What a user sees of an analysis: its claims with their verdicts, ranges and messages. */
function seen(a: Analysis): string[] {
  return a.claims.map((c) => `${c.start}-${c.end} ${c.verdict} ${c.statement} | ${c.message}`);
}

/** Runs the analysis in steps, as the language server does; counts the paragraphs read afresh. */
function stepped(analyzer: Analyzer, text: string): { analysis: Analysis; reads: number } {
  const steps = analyzer.steps(text);
  let reads = 0;
  for (;;) {
    const r = steps.next();
    if (r.done) return { analysis: r.value, reads };
    reads++;
  }
}

test("after each kind of edit, the kept analyzer answers exactly as a fresh analysis", () => {
  const engine = oscarFacts();
  const analyzer = engine.analyzer();
  const moved = [...PARAGRAPHS.slice(4), ...PARAGRAPHS.slice(0, 4)];
  const edits: [string, string[]][] = [
    ["the draft", PARAGRAPHS],
    ["a typo in one paragraph", PARAGRAPHS.map((p, i) => (i === 3 ? p.replace("supporting", "suporting") : p))],
    ["a wrong count typed", PARAGRAPHS.map((p, i) => (i === 1 ? p.replace("five", "six") : p))],
    ["a paragraph inserted", [...PARAGRAPHS.slice(0, 2), "Flow won best animated feature.", ...PARAGRAPHS.slice(2)]],
    ["a paragraph deleted", PARAGRAPHS.filter((_, i) => i !== 5)],
    ["paragraphs moved", moved],
    ["paragraphs pasted twice", [...PARAGRAPHS, ...PARAGRAPHS]],
    ["the draft again", PARAGRAPHS],
  ];
  for (const [what, paragraphs] of edits) {
    const text = draft(paragraphs);
    assert.deepEqual(seen(analyzer.analyze(text)), seen(engine.analyze(text)), what);
  }
});

test("a keystroke re-reads only the paragraph it falls in; a moved paragraph is not read again", () => {
  const analyzer = oscarFacts().analyzer();
  const first = stepped(analyzer, draft(PARAGRAPHS));
  assert.equal(first.reads % PARAGRAPHS.length, 0, `the first analysis reads every paragraph (${first.reads})`);
  // The steps one paragraph takes: scanned, its names listed for the article's night, read.
  const perParagraph = first.reads / PARAGRAPHS.length;
  // A letter typed inside a common word: one paragraph is read again.
  const typed = PARAGRAPHS.map((p, i) => (i === 6 ? p.replace("production", "productions") : p));
  assert.equal(stepped(analyzer, draft(typed)).reads, perParagraph);
  // Nothing changed: nothing is read.
  assert.equal(stepped(analyzer, draft(typed)).reads, 0);
  // The last two paragraphs moved to the top: the same text, only their places changed.
  const moved = [...typed.slice(-2), ...typed.slice(0, -2)];
  const after = stepped(analyzer, draft(moved));
  assert.ok(after.reads < first.reads / 2, `a move re-reads only paragraphs whose context changed (${after.reads})`);
});

test("a letter typed anywhere, names and titles later paragraphs lean on too, then taken back: as fresh", () => {
  const engine = oscarFacts();
  const analyzer = engine.analyzer();
  // Later paragraphs lean on earlier ones: a surname alone, "the film", "she", a category carried.
  const paragraphs = [
    ...PARAGRAPHS.slice(0, 3),
    "Brody thanked his family. The film also won best cinematography.",
    "Best Original Score",
    "Daniel Blumberg for The Brutalist. Madison was nominated too.",
    ...PARAGRAPHS.slice(3),
    "Baker had won four Oscars that night. Saldaña and Culkin were first-time winners.",
    "Adrien Brody won best actor for The Brutalist.",
    "The film won five Oscars in all.",
  ];
  const text = draft(paragraphs);
  analyzer.analyze(text);
  for (let at = 0; at < text.length; at += 5) {
    const typed = text.slice(0, at) + "e" + text.slice(at);
    assert.deepEqual(seen(analyzer.analyze(typed)), seen(engine.analyze(typed)), `typed at ${at}`);
    assert.deepEqual(seen(analyzer.analyze(text)), seen(engine.analyze(text)), `taken back at ${at}`);
  }
});

test("markup typed into a plain draft, or across the edge of an edit, is blanked as in a fresh analysis", () => {
  const engine = oscarFacts();
  const analyzer = engine.analyzer();
  const text = draft([...PARAGRAPHS.slice(0, 2), "See [Sean Baker] and Emilia Pérez: Anora won best picture."]);
  const at = (s: string) => text.indexOf(s) + s.length;
  const edits: [string, number, string][] = [
    ["a link target after a bracket", at("[Sean Baker]"), "(Anora)"],
    ["inline code", at("See [Sean Baker] and "), "`Emilia Pérez` as `"],
    ["a comment opened", 0, "<!"],
    ["a directive's -f", at("Sean Baker]"), " oscar-f"],
    ["front matter", 0, "---\ntitle: x\n---\n"],
  ];
  for (const [what, where, typed] of edits) {
    analyzer.analyze(text);
    // One character at a time, as typed.
    for (let k = 1; k <= typed.length; k++) {
      const edited = text.slice(0, where) + typed.slice(0, k) + text.slice(where);
      const [kept, fresh] = [analyzer.analyze(edited), engine.analyze(edited)];
      // (Blanked words are no mentions: "Anora" as a link target names nothing.)
      const named = (a: Analysis) => a.mentions.map((m) => `${m.start} ${m.kind} ${m.text}`);
      assert.deepEqual([...seen(kept), ...named(kept)], [...seen(fresh), ...named(fresh)], `${what}, ${k} typed`);
    }
  }
});
