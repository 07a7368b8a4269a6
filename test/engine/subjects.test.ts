/**
 * Who a clause is about when its subject is no name we know: a quoted song, a description of
 * a film, a possessive's noun, a category. Each rule is pinned on a sentence written for it.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { assertSilent, claims, findings } from "../helpers";

const supported = (text: string) =>
  claims(text)
    .filter((c) => c.verdict === "supported")
    .map((c) => c.statement);

test("a straight quote after a full stop opens the next sentence: the quoted song is its subject", () => {
  const text = 'Green Book won Best Picture at the 91st Academy Awards. "Shallow" won Best Original Song.';
  assert.deepEqual(findings(text), []);
  assert.ok(supported(text).some((s) => /^Green Book won Best Picture/.test(s)));
});

test("a description with an indefinite article, or a noun inside a phrase, is a film not named before", () => {
  assertSilent([
    "Parasite won Best Picture at the 92nd Academy Awards. A British war film won Best Cinematography.",
    "Parasite won Best Picture at the 92nd Academy Awards. A song from a Disney sequel was nominated for Best Original Song.",
    "At the 92nd Academy Awards, Parasite won Best Picture; a number from a musical biopic won Best Original Song.",
  ]);
});

test("a description with words of its own may be the draft's film or another: never refuted, still read", () => {
  assertSilent([
    "At the 92nd Academy Awards, Parasite won Best Picture. The First World War epic won Best Visual Effects.",
  ]);
  // "the film" alone is the film the draft is about, and is checked.
  const [f] = findings("Parasite won Best Picture at the 92nd Academy Awards. The film also won Best Cinematography.");
  assert.match(f?.message ?? "", /Cinematography went to Roger Deakins for 1917/);
});

test("after ', and' a subject of its own governs the verb: a possessive's noun, a category", () => {
  assertSilent([
    "At the 92nd Academy Awards, Parasite won Best Picture, and Elton John's song won Best Original Song.",
    "At the 92nd Academy Awards, Joaquin Phoenix won Best Actor, and the sound mixing award was a surprise.",
    "At the 92nd Academy Awards, Joaquin Phoenix won Best Actor, and the film editing was also honoured.",
    'At the 92nd Academy Awards, Joker won Best Score, and "Into the Unknown", from Frozen II, was nominated for Best Song.',
  ]);
  // The list itself still reads: both categories after one verb are the subject's.
  const list = "At the 92nd Academy Awards, 1917 won Best Cinematography, and Best Visual Effects.";
  assert.ok(supported(list).some((s) => /1917 won Visual Effects/.test(s)));
});
