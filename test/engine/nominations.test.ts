import { test } from "node:test";
import assert from "node:assert/strict";
import { claims, findings, underlined } from "../helpers";

test("nominated for: true and false side by side", () => {
  assert.deepEqual(findings("At the 97th Academy Awards, Yura Borisov was nominated for Best Supporting Actor."), []);
  const text = "At the 97th Academy Awards, Yura Borisov was nominated for Best Actor.";
  const [f] = findings(text);
  assert.equal(f.rule, "wrong-nomination");
  assert.equal(underlined(text, f), "Best Actor");
  assert.match(f.message, /Yura Borisov was nominated for Actor in a Supporting Role, not Actor in a Leading Role/);
  assert.equal(f.fixes[0].replacement, "Best Actor in a Supporting Role");
});

test("nomination counts and leading the field", () => {
  assert.deepEqual(findings("At the 97th Academy Awards, Emilia Pérez led the nominations with 13 nods."), []);
  const text = "At the 97th Academy Awards, Wicked led the nominations with 13 nods.";
  const [f] = findings(text);
  assert.equal(underlined(text, f), "13");
  assert.match(f.message, /Wicked had 10 nominations, not 13; Emilia Pérez led with 13/);
  assert.equal(f.fixes[0].replacement, "10");
});

test("tying another film for the second-most nominations", () => {
  assert.deepEqual(
    findings(
      "At the 97th Academy Awards, Wicked earned ten nominations, tying The Brutalist for the second-most nominations.",
    ),
    [],
  );
  const bad = findings(
    "At the 97th Academy Awards, Conclave was a contender, tying The Brutalist for the second-most nominations.",
  );
  assert.equal(bad.length, 1);
  assert.match(bad[0].message, /Conclave had 8 nominations and The Brutalist 10/);
});

test("rivals in a category", () => {
  assert.deepEqual(findings("At the 97th Academy Awards, Mikey Madison won Best Actress, beating out Demi Moore."), []);
  const text = "At the 97th Academy Awards, Mikey Madison won Best Actress, beating out Ariana Grande.";
  const fs = findings(text);
  assert.equal(fs.length, 1);
  assert.equal(underlined(text, fs[0]), "Ariana Grande");
  assert.match(fs[0].message, /not a Actress in a Leading Role nominee|not an? Actress in a Leading Role nominee/);
});

test("a nomination in another year is unverifiable, not an error, when the year is only the article's", () => {
  const c = claims("Adrien Brody was nominated for Best Actor.", 97).find((x) => x.kind === "nomination");
  assert.equal(c?.verdict, "supported");
});

test("a claim after ', and' belongs to the second clause's subject", () => {
  const text =
    "At the 97th Academy Awards, Conclave won Best Adapted Screenplay, and Wicked led the nominations with 14.";
  const fs = findings(text);
  assert.equal(fs.length, 1);
  assert.match(fs[0].message, /Wicked had 10 nominations, not 14; Emilia Pérez led with 13/);
  // In a cast list, "and" joins objects: the film is still the subject.
  assert.deepEqual(
    findings("At the 97th Academy Awards, Anora, starring Mikey Madison and Yura Borisov, took home five awards."),
    [],
  );
});

test("a nomination the sentence says was taken back is not refuted for being off the official list", () => {
  assert.deepEqual(
    findings(
      "Greg P. Russell was nominated for 13 Hours: The Secret Soldiers of Benghazi, a nomination later revoked.",
    ),
    [],
  );
  assert.equal(findings("Greg P. Russell was nominated for 13 Hours: The Secret Soldiers of Benghazi.").length, 1);
});
