/** The engine's side of "show what was checked": marks, the claims list, sheets and the name index. */
import { test } from "node:test";
import assert from "node:assert/strict";
import { carryMarks, ceremoniesNamed } from "../../server/src/engine";
import { oscarFacts } from "../helpers";

const draft = [
  "At the 97th Academy Awards, Mikey Madison won Best Actress for Anora.",
  "Demi Moore won Best Actress for The Substance.",
  "",
  "Edward Berger's Conclave won Best Adapted Screenplay.",
  "<!-- oscar-facts-disable-next-line -->",
  "Kieran Culkin won Best Supporting Actor for A Real Pain.",
].join("\n");

const before = (text: string, offset: number) => text.slice(Math.max(0, offset - 12), offset);

test("marks: ✓ at the end of each verified claim, ? only when asked, none for wrong or silenced claims", () => {
  const e = oscarFacts();
  const a = e.analyze(draft);
  assert.deepEqual(
    e.claimMarks(a, "verified").map((m) => [m.label, before(draft, m.offset)]),
    [
      ["✓", "ss for Anora"],
      ["✓", "d Screenplay"],
    ],
  );
  assert.deepEqual(
    e.claimMarks(a, "all").map((m) => [m.label, before(draft, m.offset)]),
    [
      ["✓", "ss for Anora"],
      ["?", "r's Conclave"],
      ["✓", "d Screenplay"],
    ],
  );
  assert.deepEqual(e.claimMarks(a, "off"), []);
  const [tip] = e.claimMarks(a, "verified");
  assert.match(
    tip.tooltip,
    /^\*\*✓ Verified:\*\* Mikey Madison won Actress in a Leading Role at the 97th Academy Awards \(2025\)\n\nEvidence: Actress in a Leading Role: Mikey Madison for Anora/,
  );
});

test("marks keep their place through later edits and drop where the claim's words were edited", () => {
  const marks = [
    { offset: 10, label: "✓" as const, tooltip: "a" },
    { offset: 20, label: "✓" as const, tooltip: "b" },
    { offset: 30, label: "✓" as const, tooltip: "c" },
  ];
  // Typing right after a mark leaves it; typing before it moves it; deleting its last words drops it.
  assert.deepEqual(
    carryMarks(marks, [{ start: 10, end: 10, length: 3 }]).map((m) => m.offset),
    [10, 23, 33],
  );
  assert.deepEqual(
    carryMarks(marks, [{ start: 0, end: 0, length: 1 }]).map((m) => m.offset),
    [11, 21, 31],
  );
  assert.deepEqual(
    carryMarks(marks, [{ start: 15, end: 20, length: 0 }]).map((m) => m.offset),
    [10, 25],
  );
  assert.deepEqual(
    carryMarks(marks, [
      { start: 12, end: 12, length: 2 },
      { start: 0, end: 5, length: 0 },
    ]).map((m) => m.offset),
    [5, 17, 27],
  );
});

test("the claims list: every claim with its verdict and words, none under an off directive", () => {
  const e = oscarFacts();
  const listed = e.listClaims(e.analyze(draft));
  assert.deepEqual(
    listed.map((c) => [c.verdict, c.text]),
    [
      // The night it names is borne out with the win, in one claim.
      ["supported", "97th Academy Awards, Mikey Madison won Best Actress for Anora"],
      ["refuted", "Demi Moore"],
      ["unverifiable", "Edward Berger's Conclave"],
      ["supported", "Conclave won Best Adapted Screenplay"],
    ],
  );
  assert.match(
    listed[1].summary,
    /✗ Wrong.*\n\nAt the 97th Academy Awards \(2025\), Actress in a Leading Role went to Mikey Madison for Anora/,
  );
  assert.match(
    listed[1].summary,
    /- Actress in a Leading Role, 97th Academy Awards \(2025\): Mikey Madison — Anora \(won\), as Ani/,
  );
});

test("ceremony sheets: facts, every category with winners first, songs and roles; ceremonies by number or year", () => {
  const e = oscarFacts();
  const sheet = e.ceremonySheet(1)!;
  assert.match(sheet, /^# 1st Academy Awards \(1929\)\n\nHonouring the films of 1927\/28\./);
  assert.match(
    sheet,
    /## Actor\n\n- ★ \*\*Emil Jannings\*\* — \*The Last Command\*, as General Dolgorucki .*; \*The Way of All Flesh\*, as August Schilling\n- Richard Barthelmess/,
  );
  assert.match(sheet, /<https:\/\/www\.oscars\.org\/oscars\/ceremonies\/1929>/);
  const ninetySecond = e.ceremonySheet(92)!;
  assert.match(ninetySecond, /## Original Score\n\n- ★ \*\*Hildur Guðnadóttir\*\* — \*Joker\*/);
  assert.match(ninetySecond, /## Original Song\n\n- ★ \*\*"\(I'm Gonna\) Love Me Again" from \*Rocketman\*\*\* — /);
  assert.match(ninetySecond, /## International Feature Film\n\n- ★ \*\*\*Parasite\*\*\* — South Korea/);
  assert.equal(e.ceremonySheet(99), undefined);
  assert.equal(e.ceremonySheet("oscar-facts:/97th%20Academy%20Awards%20(2025).md"), e.ceremonySheet(97));
  assert.deepEqual(
    [
      ceremoniesNamed(e.kb, "97"),
      ceremoniesNamed(e.kb, "97th"),
      ceremoniesNamed(e.kb, "2025"),
      ceremoniesNamed(e.kb, "1930"),
    ],
    [[97], [97], [97], [2, 3]],
  );
  assert.deepEqual(
    [ceremoniesNamed(e.kb, "0"), ceremoniesNamed(e.kb, "1900"), ceremoniesNamed(e.kb, "Anora")],
    [[], [], []],
  );
});

test("completion: word prefixes regardless of diacritics, the ceremony first, the longest run of typed words", () => {
  const e = oscarFacts();
  const first = (text: string, ceremony?: number) => e.doComplete(text, text.length, ceremony)!.items[0]?.label;
  assert.equal(first("Gudn"), "Hildur Guðnadóttir");
  assert.equal(first("Guðn"), "Hildur Guðnadóttir");
  assert.equal(first("HILDUR GU"), "Hildur Guðnadóttir");
  assert.equal(first("Saldan", 97), "Zoe Saldaña");
  assert.equal(first("Saldan"), "Carlos Saldanha", "without a ceremony, fame decides: 2 nominations against 1");
  const zoe = e.doComplete("with Zoe Sal", 12, 97)!;
  assert.deepEqual(
    [zoe.start, zoe.end, zoe.items[0].label, zoe.items[0].filterText],
    [5, 12, "Zoe Saldaña", "Zoe Saldana"],
  );
  assert.equal(first("the film Wallace & Gro", 97), "Wallace & Gromit: Vengeance Most Fowl");
  assert.equal(first("Jean-Chr", 97), "Jean-Christophe Spadaccini");
  // With nothing typed, the ceremony's people and films; with a word nothing starts, nothing.
  const empty = e.doComplete("At the 97th Academy Awards, ", 28, 97)!;
  assert.ok(empty.items.length > 10 && empty.items.every((i) => i.kind === "person" || i.kind === "film"));
  assert.deepEqual(e.doComplete("xqzv", 4, 97)!.items, []);
});
