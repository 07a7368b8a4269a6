/**
 * Who a clause is about when its subject is no name we know: a quoted song, a description of
 * a film, a possessive's noun, a category. Each rule is pinned on a sentence written for it.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { assertSilent, claims, findings, supportedStatements as supported } from "../helpers";

test("a straight quote after a full stop opens the next sentence: the quoted song is its subject", () => {
  const text = 'Green Book won Best Picture at the 91st Academy Awards. "Shallow" won Best Original Song.';
  assert.deepEqual(findings(text), []);
  assert.ok(supported(text).some((s) => /^Green Book won Best Picture/.test(s)));
});

test("a description with an indefinite article, or a noun inside a phrase, is a film not named before", () => {
  assertSilent([
    "Parasite won Best Picture at the 92nd Academy Awards. A British war film won Best Cinematography.",
    "Parasite won Best Picture at the 92nd Academy Awards. " +
      "A song from a Disney sequel was nominated for Best Original Song.",
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
    "At the 92nd Academy Awards, Joker won Best Score, and " +
      '"Into the Unknown", from Frozen II, was nominated for Best Song.',
  ]);
  // The list itself still reads: both categories after one verb are the subject's.
  const list = "At the 92nd Academy Awards, 1917 won Best Cinematography, and Best Visual Effects.";
  assert.ok(supported(list).some((s) => /1917 won Visual Effects/.test(s)));
});

test("a list of rivals ends where a name has a verb of its own: 'beating X, and Y won Best Actress'", () => {
  const text =
    "Adrien Brody won Best Actor at the 97th Academy Awards, beating Timothée Chalamet, " +
    "and Mikey Madison won Best Actress.";
  assert.deepEqual(findings(text), []);
  assert.ok(supported(text).some((s) => /^Mikey Madison won Actress/.test(s)));
});

test("a name ending in 'Jr.' is known by the word before it, and its full stop ends no clause", () => {
  const text =
    "Emma Stone and Robert Downey Jr. were both honoured at the 96th Academy Awards. " +
    "Stone won Best Actress and Downey won Best Supporting Actor.";
  assert.deepEqual(findings(text), []);
  assert.ok(supported(text).some((s) => /^Robert Downey Jr\. won Actor in a Supporting Role/.test(s)));
  const joined =
    "At the 96th Academy Awards, Cillian Murphy won Best Actor and Robert Downey Jr. won Best Supporting Actor.";
  assert.ok(supported(joined).some((s) => /^Robert Downey Jr\. won Actor in a Supporting Role/.test(s)));
});

test("a film in a clause of another time is not placed on the sentence's night", () => {
  const text =
    "Jack Lemmon hosted the 30th Academy Awards, two years after winning Best Supporting Actor for Mister Roberts.";
  assert.deepEqual(findings(text), []);
  assert.ok(supported(text).some((s) => /^Jack Lemmon won Actor in a Supporting Role at the 28th/.test(s)));
});

test("a lower-case category name is read whole: 'original song score' is not 'original song'", () => {
  const text = "At the 49th Academy Awards, Bound for Glory won the Oscar for original song score.";
  assert.deepEqual(findings(text), []);
  assert.ok(supported(text).some((s) => /Bound for Glory won Original Song Score/.test(s)));
});

test("awards counted 'at the 92nd' are counted at that night, whatever year an aside names", () => {
  const text = "Little Women, a new version of the 1933 film, won one award at the 92nd.";
  assert.deepEqual(findings(text), []);
  assert.ok(supported(text).some((s) => /^Little Women won 1 Oscar at the 92nd/.test(s)));
  const [f] = findings("Parasite won four awards at the 91st.");
  assert.match(f?.message ?? "", /Parasite competed at the 92nd Academy Awards/);
});

test("a negation in an aside closed before the verb does not deny the verb", () => {
  const texts = [
    "With no speech prepared, Marlee Matlin won Best Actress for Children of a Lesser God.",
    "Al Pacino, who had not won in seven earlier nominations, won Best Actor for Scent of a Woman.",
  ];
  for (const text of texts) {
    assert.deepEqual(findings(text), [], text);
    assert.ok(
      supported(text).some((s) => / won Actress| won Actor/.test(s)),
      text,
    );
  }
  // A negation that governs the verb still does.
  assert.ok(!supported("Glenn Close did not win Best Actress for The Wife.").some((s) => / won /.test(s)));
});

test("after a film described, not named, 'the film' is that unknown film: never an earlier one", () => {
  assertSilent([
    "At the 47th Academy Awards, The Godfather Part II won Best Picture. Polanski's noir was the night's big loser. " +
      "The film won just one of its 11 nominations.",
  ]);
});

test("a quoted song the data knows, in a sentence about songs, is no film of that name", () => {
  assertSilent([
    '"White Christmas" won Best Song at the 15th Academy Awards.',
    'Fred Astaire hosted the 23rd Academy Awards. "Mona Lisa" won Best Song.',
  ]);
});

test("a relative clause's win ('joining X, who won for F') is not on the main clause's night", () => {
  assertSilent([
    "At the 92nd Academy Awards, Renée Zellweger won Best Actress, joining Jodie Foster, who won for The Accused.",
  ]);
});

test("a long subject after ', and' keeps its own verb: '…, and X's photography and the art direction were'", () => {
  assertSilent([
    "The 14th Academy Awards were held in 1942.\n\nDonald Crisp won Best Supporting Actor, and Arthur Miller's " +
      "black-and-white photography and the art direction were also honoured.\n",
  ]);
});

test("a live blog's present tense: 'F, which also picks up C' gives C to the film", () => {
  const text =
    "Bong Joon Ho wins best director at the 92nd Academy Awards. " +
    'Bong Joon Ho and Han Jin-won win original screenplay for "Parasite," which also picks up international feature.';
  assertSilent([text]);
  assert.ok(supported(text).some((s) => /^Parasite won International Feature Film at the 92nd/.test(s)));
});

test("a relative named by kin ('her father', 'his sister, Ethel,') is not the person named before", () => {
  for (const t of [
    "Liza Minnelli watched her mother lose best actress for A Star Is Born.",
    "John Huston won best director in 1949, and his father, Walter, won best supporting actor that night.",
  ])
    assert.deepEqual(findings(t), [], t);
});

test("'X, best known for F, won C': an aside opened by 'best known', 'then', 'once' leaves X the subject", () => {
  const verdicts = (t: string) => claims(t).map((c) => `${c.kind}:${c.verdict}`);
  const right =
    "Ben Burtt, best known for the Star Wars saga, won for sound effects editing on E.T. The Extra-Terrestrial.";
  assert.deepEqual(findings(right), []);
  assert.ok(verdicts(right).includes("win:supported"));
  const wrong = "Walter Murch, then best known for The Godfather, won film editing for The Conversation.";
  assert.equal(findings(wrong)[0]?.rule, "wrong-winner");
});

test("a role played ('nominated for playing X') is no subject; a lone possessive owns no later item", () => {
  assertSilent([
    'At the 96th Academy Awards, Bradley Cooper, nominated for playing Leonard Bernstein in "Maestro," ' +
      "went home empty-handed.",
    'At the 96th Academy Awards, "Oppenheimer" managed seven wins, Murphy\'s and the best picture prize among them.',
  ]);
});

test("'F, whose … images brought a third nomination': what 'whose' possesses is the subject", () => {
  assertSilent([
    "Conrad Hall was first nominated for Morituri. A year later he was nominated for Richard Brooks's western " +
      "The Professionals, and Brooks hired him again for In Cold Blood, whose stark monochrome images of Kansas " +
      "brought a third nomination.",
  ]);
});
