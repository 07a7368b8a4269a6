import { test } from "node:test";
import assert from "node:assert/strict";
import { assertSilent, claims, findings, underlined } from "../helpers";

test("win counts keep the writer's number style in the fix", () => {
  assert.deepEqual(findings("At the 97th Academy Awards, Anora took home five awards."), []);
  const text = "At the 97th Academy Awards, The Brutalist took home Four awards.";
  const [f] = findings(text);
  assert.equal(f.rule, "wrong-count");
  assert.equal(underlined(text, f), "Four");
  assert.match(
    f.message,
    /The Brutalist won 3 Oscars \(Actor in a Leading Role, Cinematography and Original Score\), not 4/,
  );
  assert.equal(f.fixes[0].replacement, "Three");
});

test("N out of its M nominations checks both numbers", () => {
  assert.deepEqual(findings("At the 97th Academy Awards, Anora won five out of its six nominations."), []);
  const text = "At the 97th Academy Awards, Anora won five out of its seven nominations.";
  const fs = findings(text);
  assert.deepEqual(
    fs.map((f) => underlined(text, f)),
    ["seven"],
  );
  assert.equal(fs[0].fixes[0].replacement, "six");
});

test("a single Oscar and beating N other contenders", () => {
  assert.deepEqual(findings("At the 97th Academy Awards, Conclave won a single Oscar, for Adapted Screenplay."), []);
  assert.deepEqual(findings("At the 97th Academy Awards, Anora won Best Picture, beating nine other contenders."), []);
  const text = "At the 97th Academy Awards, Anora won Best Picture, beating seven other contenders.";
  const [f] = findings(text);
  assert.match(f.message, /Best Picture had 10 nominees/);
  assert.equal(f.fixes[0].replacement, "nine");
});

test("won N of its M", () => {
  assert.deepEqual(findings("At the 97th Academy Awards, Wicked won two of its 10 nominations."), []);
  const text = "At the 97th Academy Awards, Wicked won three of its 10 nods.";
  const [f] = findings(text);
  assert.equal(underlined(text, f), "three");
  assert.match(f.message, /Wicked won 2 Oscars \(Costume Design and Production Design\), not 3/);
});

test("a person's count in a piece on a past night may be the career up to that night", () => {
  const lead = "The 61st Academy Awards were a triumph for Rain Man. Dustin Hoffman won Best Actor, ";
  const count = (text: string) => claims(lead + text).find((c) => c.kind === "count");
  assert.equal(count("his second win out of a career total of six nominations.")?.verdict, "supported");
  // Seven is his whole career (Wag the Dog came later): also borne out.
  assert.equal(count("his second win out of a career total of seven nominations.")?.verdict, "supported");
  // Neither: a count of some other span, never refuted.
  assert.equal(count("his second win out of a career total of five nominations.")?.verdict, "unverifiable");
});

test("'N nominations and winning M': the number after 'and winning' counts the same holder's wins", () => {
  const text = "Gandhi dominated the night, earning 11 Academy Award nominations and winning eight.";
  assert.deepEqual(findings(text), []);
  assert.equal(claims(text).filter((c) => c.kind === "count" && c.verdict === "supported").length, 2);
  const [f] = findings(text.replace("winning eight", "winning nine"));
  assert.match(f?.message ?? "", /Gandhi won 8 Oscars/);
});

test("'two-time Oscar winner X', 'X, a 21-time Oscar nominee,' count the whole record", () => {
  const count = (text: string) => claims(text).find((c) => c.rule === "wrong-career");
  assert.equal(count("Two-time Oscar winner Hilary Swank starred.")?.verdict, "supported");
  assert.equal(count("Meryl Streep, a 21-time Oscar nominee, was there.")?.verdict, "supported");
  const [f] = findings("Four-time Oscar winner Meryl Streep was nominated again.");
  assert.match(f?.message ?? "", /Meryl Streep has 3 competitive Oscar wins, not 4/);
  // Fewer than the record holds may count an earlier time, or leave out honorary awards: never refuted.
  assert.deepEqual(findings("Two-time Oscar winner Meryl Streep was nominated again."), []);
  assert.deepEqual(findings("Paul Newman, a two-time Oscar winner, died in 2008."), []);
  assert.deepEqual(
    findings("Two-time Oscar winner Paul Newman received the Jean Hersholt award at the 66th Academy Awards."),
    [],
  );
  // Going into the night: "a three-time winner, won again".
  assert.deepEqual(findings("Katharine Hepburn, a three-time Oscar winner, won again at the 54th Academy Awards."), []);
  // The appositive is its own name's, not the sentence's first person's.
  const two = "At the 62nd Academy Awards, Jack Nicholson and Meryl Streep, an eight-time nominee, presented.";
  assert.deepEqual(findings(two), []);
});

test("'X was nominated N times (in all)': a plain past count of nominations, like 'won N Oscars'", () => {
  assert.deepEqual(findings("Bette Davis was nominated ten times in all."), []);
  assert.equal(findings("Bette Davis was nominated 12 times in all.")[0]?.rule, "wrong-count");
  // A time said with it allows a career so far.
  assert.deepEqual(findings("Bette Davis was nominated five times before 1940."), []);
});

test("'went N for M', 'each N for M': a record of N wins for M nominations", () => {
  const at94 = 'At the 94th Academy Awards, "CODA" went ';
  assertSilent([
    at94 + "three for three.",
    "No film has lost more races than The Turning Point and The Color Purple, each 0 for 11.",
  ]);
  const found = findings(at94 + "four for four.");
  assert.deepEqual(
    found.map((f) => f.rule),
    ["wrong-count", "wrong-count"],
  );
  assert.match(found[0].message, /CODA won 3 Oscars/);
  assert.match(found[1].message, /CODA had 3 nominations/);
});

test("'X, who shared C with Y, went home with N statuettes': Y closes the relative clause; the count is X's", () => {
  const who =
    "At the 92nd Academy Awards, Bong Joon Ho, who shared the top prize with producer Kwak Sin Ae, went home with ";
  assertSilent([who + "three statuettes of his own."]);
  assert.match(findings(who + "four statuettes of his own.")[0]?.message ?? "", /Bong Joon Ho won 3 Oscars/);
  // A head we cannot read is no one we know: the name closing the clause is still not the subject.
  assertSilent([who.replace("Bong Joon Ho", "Bong") + "four statuettes of his own."]);
});

test("'X and Y each won N Oscars' gives the count to each person", () => {
  const text = "Joseph Ruttenberg and Leon Shamroy each won four Oscars.";
  const read = claims(text).filter((c) => c.kind === "count" && c.verdict === "supported");
  assert.deepEqual(
    read.map((c) => c.statement),
    ["Joseph Ruttenberg won 4 Oscars in all", "Leon Shamroy won 4 Oscars in all"],
  );
});

test("a career count above thirty is read: 'from 35 nominations'", () => {
  const ok = "Edith Head won eight Oscars from 35 nominations.";
  assert.deepEqual(findings(ok), []);
  assert.ok(claims(ok).some((c) => c.kind === "count" && c.verdict === "supported" && /35/.test(c.message)));
  const [f] = findings("Edith Head has 40 Oscar nominations.");
  assert.equal(f?.rule, "wrong-count");
  assert.match(f.message, /35/);
});

test("'N sound nominations' may count mixing and editing together; a number matching neither is still wrong", () => {
  assert.deepEqual(findings("Gary Rydstrom has seven wins from 19 sound nominations."), []);
  assert.deepEqual(findings("Gary Rydstrom has been nominated 11 times for sound."), []);
  const [f] = findings("Gary Rydstrom has seven wins from 15 sound nominations.");
  assert.equal(f?.rule, "wrong-count");
});

test(
  "'nominated four times as a director' counts the role's " +
    "category; 'the musical won six' guessed wrong is no finding",
  () => {
    assert.deepEqual(findings("Stanley Kubrick has been nominated four times as a director."), []);
    assert.match(
      findings("Stanley Kubrick has been nominated five times as a director.")[0]?.message ?? "",
      /4 competitive Best Director nominations/,
    );
    assert.match(
      findings("Meryl Streep has been nominated 20 times as an actress.")[0]?.message ?? "",
      /21 competitive acting nominations/,
    );
    const draft =
      "Nomadland won best picture at the 93rd Academy Awards.\n\nThe musical won six Oscars from 13 nominations.\n";
    assert.deepEqual(findings(draft), []);
  },
);
