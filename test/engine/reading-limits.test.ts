/**
 * Words that limit what a sentence claims: a share of a count, an appositive that makes a title a
 * song, a clause with a subject of its own, a name the data knows as a character. Each correct
 * sentence stays silent; a wrong one beside it is still caught where the sentence claims it.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { assertSilent, claims, findings, underlined } from "../helpers";

test("a share of a count is no total: 'the two top prizes', 'its other two bids'", () => {
  assertSilent([
    "At the 68th Academy Awards, Braveheart took the two top prizes, best picture and director.",
    "Parasite won four Oscars at the 92nd Academy Awards. The film lost its other two bids, for film editing " +
      "and production design.",
  ]);
  const total = "At the 68th Academy Awards, Braveheart took two Oscars.";
  assert.match(findings(total)[0]?.message ?? "", /Braveheart won 5 Oscars/);
});

test("'giving him N nominations' counts the clause's person, not the last film listed", () => {
  const right =
    'Pete Docter earned writing nominations for "WALL-E," "Up" and "Inside Out," giving him nine nominations in all.';
  assert.deepEqual(findings(right), []);
  assert.ok(claims(right).some((c) => c.verdict === "supported" && /Docter had 9 nominations/.test(c.statement)));
});

test("a name the data gives a character is no misspelling of a person, whatever stands before it", () => {
  const text = "Troy Kotsur plays the fisherman Frank Rossi in CODA.";
  assert.deepEqual(findings(text), []);
  assert.ok(findings("At the 97th Academy Awards, Mikey Maddison won Best Actress.").length === 1);
});

test("'the first Oscars held at X' describes a night; 'the first Oscars were held at X' names the 1st", () => {
  assertSilent(["It was the first Oscars held at the Dorothy Chandler Pavilion."]);
  const first = "The first Academy Awards were held at the Dorothy Chandler Pavilion.";
  const [f] = findings(first);
  assert.match(f.message, /1st Academy Awards \(1929\) took place at the Hollywood Roosevelt Hotel/);
});

test("a sentence set in a year ('In 1995, at a ceremony hosted by X') is about the night held then", () => {
  const lead = "Quincy Jones was nominated at the 40th Academy Awards. ";
  assertSilent([lead + "In 1995, at a ceremony hosted by David Letterman, he received an award."]);
  const wrong = lead + "In 1995, at a ceremony hosted by Whoopi Goldberg, he received an award.";
  const [f] = findings(wrong);
  assert.equal(underlined(wrong, f), "Whoopi Goldberg");
  assert.match(f.message, /67th Academy Awards \(1995\) was hosted by David Letterman/);
});

test("a quoted title set beside 'the theme from F' is a song, not a film of that name", () => {
  assertSilent(['"The Morning After," the theme from "The Poseidon Adventure," won best original song.']);
});

test("'as X verbs' opens a clause with its own subject, a name we do not know or a maker's film", () => {
  assertSilent([
    'At the 96th Academy Awards, "The Zone of Interest" gives Britain its first international feature win as ' +
      "Godzilla stomps off with visual effects.",
    '"The Right Stuff" won the sound prize that night in 1984, even as James L. Brooks\'s weepie swept best ' +
      "picture, director and actress.",
  ]);
  const own = 'At the 96th Academy Awards, "The Zone of Interest" won international feature as Godzilla won sound.';
  assert.ok(
    claims(own).some((c) => c.verdict === "supported" && /Zone of Interest won International/.test(c.statement)),
  );
});

test("a film owned by its maker after 'beat' is beaten: a participle after it tells of the subject", () => {
  const text =
    "At the 91st Oscars, Green Book beat Alfonso Cuarón's Roma for best picture, winning three awards including " +
    "original screenplay and Mahershala Ali's supporting actor prize.";
  assert.deepEqual(findings(text), []);
  assert.ok(claims(text).some((c) => c.verdict === "supported" && /^Green Book won 3 Oscars/.test(c.statement)));
});
