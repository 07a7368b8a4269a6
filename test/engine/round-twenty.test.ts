/**
 * Readings added in the twentieth round, each pinned on sentences written for the test: the rule's reading made,
 * and the nearby sentences it must leave alone.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { assertSilent, findings, supportedStatements } from "../helpers";

test("'X lost C' with no winner named says X was nominated for C that night", () => {
  const read = supportedStatements("At the 82nd Academy Awards, Avatar lost Best Picture.");
  assert.ok(
    read.some((s) => /Avatar was nominated for Best Picture/.test(s)),
    read.join("\n"),
  );
  const wrong = findings("At the 82nd Academy Awards, Up lost best director.");
  assert.equal(wrong.length, 1);
  assert.match(wrong[0].message, /Up was nominated for .*not Directing/);
  // The loser of a named winner is the loss reader's, once.
  assert.equal(findings("At the 82nd Academy Awards, Avatar lost Best Picture to Up in the Air.").length, 1);
});

test("a nomination lost out on or snubbed for is no nomination", () => {
  assertSilent([
    "At the 82nd Academy Awards, Avatar lost out on a Best Actor nomination.",
    "Avatar was snubbed for a best actor nomination at the 82nd Academy Awards.",
  ]);
});

test("a name no nominee bears, said to be nominated or to have won, is refuted", () => {
  const listed = findings(
    "At the 81st Academy Awards, Kate Winslet won best actress. Meryl Streep, Greta Vance and Anne Hathaway " +
      "were also nominated.",
  );
  assert.deepEqual(
    listed.map((f) => f.message.split(":")[0]),
    ["Greta Vance has never been nominated for an Academy Award"],
  );
  assert.equal(findings("The 81st Academy Awards: the film earned Marcus Holloway a best actor nomination.").length, 1);
  assert.equal(findings("At the 81st Academy Awards, Sean Penn beat Marcus Holloway for best actor.").length, 1);
  const won = findings("At the 81st Academy Awards, Marcus Holloway won best actor.");
  assert.equal(won.length, 1);
  assert.match(won[0].message, /The nominees were .*Sean Penn \(won\)/);
  assert.deepEqual(
    won[0].fixes.map((f) => f.replacement),
    ["Sean Penn"],
  );
});

test("a stranger denied, hedged, cast, of another body, or near a known name is left alone", () => {
  assertSilent([
    "At the 81st Academy Awards, Marcus Holloway was never nominated.",
    "At the 81st Academy Awards, Marcus Holloway should have been nominated for best actor.",
    "Marcus Holloway was nominated for a Golden Globe for the film.",
    "At the 81st Academy Awards, Sean Penn won best actor. He beat Marcus Holloway for the role years before.",
    "At the 81st Academy Awards, Sean Penn won best actor; Jim Cameron was nominated too.",
    "At the 81st Academy Awards, Sean Penn won best actor. Marcus Holloway was nominated to the board in 2010.",
    "Was Marcus Holloway nominated for best actor at the 81st Academy Awards?",
  ]);
});

test("a host's inherited night gives way when the sentence's names did not compete then (to its wins' night)", () => {
  const piece = "Westerns at the Oscars\n\nThe 59th Academy Awards were held in 1987.\n\n";
  assertSilent([
    piece + "Michael Cimino's The Deer Hunter took five awards, at a ceremony hosted by Johnny Carson.",
    piece +
      "Conan O'Brien, hosting for the first time, kept it brisk while Ariana Grande, nominated for Wicked, " +
      "watched from the front row.",
    "The 64th Academy Awards were held in 1992.\n\nIn February 2007 the Academy gave him an honorary Oscar, " +
      "on a night hosted by Ellen DeGeneres.",
  ]);
  // Names that agree on no one night leave the host unchecked; a night of its own is still checked.
  assert.equal(findings(piece + "The Deer Hunter took five awards, at a ceremony hosted by Johnny Carson.").length, 0);
  assert.equal(findings(piece + "At the 51st Academy Awards, hosted by Billy Crystal, The Deer Hunter won.").length, 1);
});

test("a ruler's numeral ends a sentence: 'as Queen Elizabeth I. Birdman won …'", () => {
  const read = supportedStatements(
    "Judi Dench won supporting actress as Queen Elizabeth I. Birdman won four Oscars at the 87th Academy Awards.",
  );
  assert.ok(
    read.some((s) => /Judi Dench won Actress in a Supporting Role at the 71st/.test(s)),
    read.join("\n"),
  );
  assert.equal(findings("The film starred John F. Kennedy Jr. as himself at the 87th Academy Awards.").length, 0);
});

test("'hosted by X, and Y, as R, beat Z': Y is the next clause's subject, no host", () => {
  assertSilent([
    "Amadeus took eight Oscars at the 57th Academy Awards, at a ceremony hosted by Jack Lemmon, and " +
      "F. Murray Abraham, as Antonio Salieri, beat Tom Hulce.",
  ]);
  assert.equal(findings("The 90th Academy Awards were hosted by Jimmy Kimmel, Amy Schumer and Tom Hulce.").length, 2);
});

test("'the film' after 'his score for X's F' in the same sentence is F, not a film named before", () => {
  const before = "Chariots of Fire won at the 54th Academy Awards.\n\n";
  const text =
    before +
    "His score for Sydney Pollack's Out of Africa, with its sweeping main theme, is still heard at weddings, and " +
    "the film was a best picture nominee with 11 nominations in all.";
  assert.deepEqual(findings(text), []);
  assert.ok(
    supportedStatements(text).some((s) => /^Out of Africa had 11 nominations/.test(s)),
    text,
  );
  // (With no film of its own, "the film" is the one named before: a film that was no best picture nominee.)
  const control =
    "Days of Heaven won at the 51st Academy Awards.\n\nIts score is still played, and the film was a " +
    "best picture nominee.";
  assert.equal(findings(control).length, 1);
});

test("a gapped second subject with its count: ', and F just one, for C' gives C to F", () => {
  const text =
    "At the 89th Academy Awards, Hacksaw Ridge won two, for film editing and sound mixing, and Arrival just " +
    "one, for sound editing.";
  assert.deepEqual(findings(text), []);
  assert.ok(supportedStatements(text).some((s) => /^Arrival won Sound Editing/.test(s)));
});

test("a trailing 'having been nominated N times' is the opening subject's, not the nearest film's", () => {
  assertSilent([
    "The 88th Academy Awards were held in 2016. Ennio Morricone, 87, won his first competitive Oscar, for the " +
      "score of Quentin Tarantino's The Hateful Eight, having been nominated five times before.",
  ]);
});

test("a dashed aside before the verb is passed over, unless it only names the subject", () => {
  const text =
    "At the 98th Academy Awards, Sinners — which eclipsed the 14 of Titanic and La La Land — finished with four.";
  assert.deepEqual(findings(text), []);
  assert.ok(supportedStatements(text).some((s) => /^Sinners won 4 Oscars/.test(s)));
  const named = "At the 95th Academy Awards, the Daniels — Daniel Kwan and Daniel Scheinert — won best director.";
  assert.ok(supportedStatements(named).some((s) => /^Daniel Kwan won Directing/.test(s)));
});

test("a rank before ', having won … at the first ceremony for F' is not F's, nor that night's", () => {
  assertSilent([
    "The 3rd Academy Awards were held in 1930.\n\nAll Quiet on the Western Front won best picture and earned " +
      "Lewis Milestone his second directing Oscar, having won the comedy directing award at the first ceremony " +
      "for Two Arabian Knights.",
  ]);
});

test("', and F went/added …' opens a clause of its own: the categories after it are not the first subject's", () => {
  assertSilent([
    "At the 97th Academy Awards, Anora won five Oscars, and Dune: Part Two added two more, for sound and visual " +
      "effects.",
    "Terminator 2: Judgment Day won four of its six nominations, and The Matrix went four for four in editing, " +
      "sound, sound effects editing and visual effects at the 72nd ceremony.",
  ]);
});

test("'…: to X, who played R, Y, and won C' goes on with X, past the commas of the relative clause", () => {
  const text =
    "At the 71st Academy Awards, Tom Hanks was nominated for best actor, but the acting prizes went elsewhere: " +
    "to Gwyneth Paltrow, as Viola; to Judi Dench, who played the queen, Elizabeth, and won best supporting actress.";
  assert.deepEqual(findings(text), []);
  assert.ok(supportedStatements(text).some((s) => /^Judi Dench won Actress in a Supporting Role/.test(s)));
});

test("a category after 'than' is the compared thing's, unless a pause ends the comparison first", () => {
  assertSilent([
    "At the 98th Academy Awards, O'Brien joked that Sinners had more nominations than some of the countries " +
      "competing for international feature have theaters.",
  ]);
  const listed =
    "At the 92nd Academy Awards, Parasite won four Oscars, more than any other film: best picture and " +
    "best director among them.";
  assert.ok(
    supportedStatements(listed).some((s) => /^Parasite won Best Picture/.test(s)),
    listed,
  );
});

test("'the young actors of the F ensemble went home empty-handed': a noun after 'of' is the subject", () => {
  assertSilent([
    "At the 89th Academy Awards, Moonlight won best picture, but the three young actors of the Moonlight " +
      "ensemble went home empty-handed.",
  ]);
  assert.equal(
    findings(
      "At the 89th Academy Awards, the La La Land cast went home happy, but La La Land itself went " +
        "home empty-handed.",
    ).length,
    1,
  );
});

test("a venue whose sentence names a host of other nights is not checked against an inherited night", () => {
  const piece = (n: number, year: number, venue: string) =>
    `The ${n}th Academy Awards were held in ${year}.\n\nThat night at the ${venue}, where Jon Stewart was host, ` +
    "he was brief.";
  assertSilent([piece(56, 1984, "Kodak Theatre")]);
  assert.equal(findings(piece(78, 2006, "Shrine Auditorium")).length, 1);
});

test("a possessed title after a preposition ('opposite X's F') is no subject of the verb after it", () => {
  const text =
    "At the 89th Academy Awards, Viola Davis was honored for Fences: she had played Rose Maxson opposite Denzel " +
    "Washington's Troy and won best supporting actress.";
  assert.deepEqual(findings(text), []);
  assert.ok(supportedStatements(text).some((s) => /^Viola Davis won Actress in a Supporting Role/.test(s)));
});

test("'X had won the Globe and the SAG Award, but lost C to Y': the loss is the Oscar's, X's", () => {
  const said = (winner: string) =>
    "At the 96th Academy Awards, Lily Gladstone had won both the Globe for drama actress and the SAG Award, but " +
    `lost best actress to ${winner}.`;
  assert.deepEqual(findings(said("Emma Stone")), []);
  assert.ok(supportedStatements(said("Emma Stone")).some((s) => /^Emma Stone won Actress in a Leading Role/.test(s)));
  assert.equal(findings(said("Jessica Chastain")).length, 1);
});

test("a body named after ', and at …' is another conjunct's: the category keeps the body said before it", () => {
  const text =
    'At the Actor Awards, "Sinners" won the ensemble prize; "One Battle After Another" countered at the BAFTAs, ' +
    "where it was named best film and Sean Penn won supporting actor, and at the Globes, where it won best " +
    "musical or comedy.";
  assert.ok(
    supportedStatements(text).some((s) => /^Sean Penn won supporting actor/.test(s)),
    text,
  );
  assert.ok(!findings(text).some((f) => /Supporting/.test(f.message)));
});

test("a one-word title before ', for which' or ', in which' is a film", () => {
  const text =
    "The 93rd Academy Awards were held in 2021.\n\nThen there is Amadeus, for which Peter Shaffer adapted his " +
    "own play and won. The film took eight Oscars from 11 nominations.";
  assert.ok(
    supportedStatements(text).some((s) => /^Amadeus won 8 Oscars/.test(s)),
    text,
  );
});
