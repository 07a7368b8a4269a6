import { test } from "node:test";
import assert from "node:assert/strict";
import { claims, findings, underlined } from "../helpers";

const AT97 = "At the 97th Academy Awards, ";

test("a person's win at another body, tied through the film of their Oscar nomination", () => {
  assert.deepEqual(findings(AT97 + "Mikey Madison, fresh from her BAFTA win, took Best Actress."), []);
  const text = AT97 + "Demi Moore, fresh from her BAFTA win, lost to Mikey Madison.";
  const [f] = findings(text);
  assert.equal(f.rule, "wrong-season-win");
  assert.match(
    f.message,
    /At the 2025 BAFTA Film Awards, Best Leading Actress went to Anora; The Substance won Best Make Up & Hair/,
  );
});

test("a person with no film of that season is unverifiable, not wrong", () => {
  const c = claims(AT97 + "Meryl Streep, fresh from her BAFTA win, presented an award.").find(
    (x) => x.kind === "season",
  );
  assert.notEqual(c?.verdict, "refuted");
});

test("counts of a body's awards: exact numbers, and 'a' meaning at least one", () => {
  assert.deepEqual(findings(AT97 + "Anora had won a BAFTA and three Independent Spirit Awards."), []);
  const text = AT97 + "Anora had won a BAFTA and five Independent Spirit Awards.";
  const [f] = findings(text);
  assert.match(
    f.message,
    /At the 2025 Independent Spirit Awards, Anora won 3 awards \(Best Director, Best Feature and Best Lead Performance\), not 5/,
  );
  assert.equal(f.fixes[0].replacement, "three");
});

test("named festival prizes and the festival's year", () => {
  assert.deepEqual(findings(AT97 + "Anora had won the Palme d'Or at last year's Cannes Film Festival."), []);
  const [f] = findings(AT97 + "The Brutalist had won the Palme d'Or at last year's Cannes Film Festival.");
  assert.match(f.message, /At the 2024 Cannes Film Festival, Palme d'Or went to Anora/);
});

test("Golden Globes' drama and comedy categories are told apart", () => {
  assert.deepEqual(findings(AT97 + "The Brutalist had won the Golden Globe for Best Motion Picture – Drama."), []);
  const [f] = findings(AT97 + "Emilia Pérez had won the Golden Globe for Best Motion Picture – Drama.");
  assert.match(f.message, /Best Motion Picture - Drama went to The Brutalist/);
  assert.deepEqual(findings(AT97 + "Emilia Pérez had won Best Picture at the Golden Globes."), []);
});

test("guilds are not in the data: never refuted", () => {
  const c = claims(AT97 + "Conclave had won the DGA and PGA awards.").filter((x) => x.kind === "season");
  assert.ok(c.length >= 1);
  assert.ok(c.every((x) => x.verdict === "unverifiable"));
});

test("a win at a festival in another year than the one said is flagged, with the real winner", () => {
  const text =
    "Timothée Chalamet won the Best Actor award at the Venice Film Festival for Call Me by Your Name (2017).";
  const [f] = findings(text, 97);
  assert.equal(underlined(text, f), "Best Actor award at the Venice Film Festival");
  assert.match(f.message, /Volpi Cup for Best Actor went to The Insult/);
});

test("the British Academy of Film and Television Arts is BAFTA by its full name", () => {
  const text =
    "At the 95th Academy Awards season, Everything Everywhere All at Once won best picture at the British Academy " +
    "of Film and Television Arts.";
  assert.match(findings(text)[0]?.message ?? "", /Best Film went to All Quiet on the Western Front/);
});

test("'with F taking the BAFTA for Best Film' is F's win at the BAFTAs", () => {
  const ok =
    "At the 94th Academy Awards season, the two films split the precursors, " +
    "with The Power of the Dog taking the BAFTA for Best Film.";
  assert.ok(claims(ok).some((c) => c.verdict === "supported" && /The Power of the Dog won BAFTA/.test(c.statement)));
});

test("a paragraph that names one body: its later sentences are that body's, and a wrong winner there is refuted", () => {
  const para = (film: string) =>
    "The 97th Academy Awards are near.\n\n" +
    "At the 2025 Independent Spirit Awards, several contenders were celebrated. " +
    `Mikey Madison won best lead performance, and ${film} won best documentary.\n`;
  assert.deepEqual(findings(para("No Other Land")), []);
  assert.match(findings(para("Sugarcane"))[0]?.message ?? "", /Best Documentary went to No Other Land/);
  // A paragraph naming two bodies leaves a sentence that names neither unsure.
  const two =
    "The 97th Academy Awards are near.\n\nAt the Independent Spirit Awards and the BAFTAs, contenders were " +
    "celebrated. Mikey Madison won best lead performance, and Sugarcane won best documentary.\n";
  assert.deepEqual(findings(two), []);
});

test("a body's own category before 'at the <body>': 'best ensemble at the Screen Actors Guild Awards'", () => {
  const text =
    "The 95th Academy Awards were held in 2023.\n\nEverything Everywhere All at Once won best picture at the " +
    "Critics Choice Awards and best ensemble at the Screen Actors Guild Awards.\n";
  const read = claims(text).filter((c) => c.kind === "season" && c.verdict === "supported");
  assert.equal(read.length, 2);
  assert.match(read[1].message, /Outstanding Performance by a Cast/);
});
