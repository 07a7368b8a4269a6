import { test } from "node:test";
import assert from "node:assert/strict";
import { claims, findings, underlined, assertSilent } from "../helpers";

const counts = (text: string) => claims(text).filter((c) => c.kind === "count");
const supported = (text: string) => counts(text).filter((c) => c.verdict === "supported");

test("a count shared by several films: each claim covers its film's name and the number", () => {
  const text = "At the 62nd Academy Awards, The Little Mermaid and Born on the Fourth of July won two Oscars apiece.";
  assert.deepEqual(findings(text), []);
  assert.deepEqual(
    supported(text).map((c) => underlined(text, c)),
    ["The Little Mermaid and Born on the Fourth of July won two", "Born on the Fourth of July won two"],
  );
  const wrong = text.replace("two Oscars", "three Oscars");
  const fs = findings(wrong);
  assert.equal(fs.length, 2);
  // The fix still replaces the number alone.
  for (const f of fs) assert.equal(wrong.slice(f.fixes[0].start, f.fixes[0].end), "three");
});

test("a title-case 'Oscars' after a number is the count's noun", () => {
  assert.equal(supported("'The Silence of the Lambs' Sweeps 5 Major Oscars").length, 1);
  const [f] = findings("Oppenheimer Takes 8 Oscars");
  assert.match(f.message, /Oppenheimer won 7 Oscars/);
  // Before a nominations noun it is a filler: the count is of nominations.
  assert.deepEqual(findings("Barbie Lands 8 Oscars Nominations"), []);
});

test("a count called Oscars is the Academy's whatever other body the clause names", () => {
  const text = "Oppenheimer won five Golden Globes and seven Oscars.";
  assert.deepEqual(findings(text), []);
  assert.ok(supported(text).some((c) => /Oppenheimer won 7 Oscars/.test(c.statement)));
  const [f] = findings("Oppenheimer won five Golden Globes and eight Oscars.");
  assert.match(f.message, /Oppenheimer won 7 Oscars/);
  // A plain "awards" after another body stays that body's, or unread.
  assert.deepEqual(findings("Oppenheimer won seven BAFTAs, then four awards at the Golden Globes."), []);
});

test("'the Columbia release' stands for the film the draft is about", () => {
  const text = "Kramer vs. Kramer was the year's top film. The Columbia release won five Oscars.";
  assert.equal(supported(text).length, 1);
});

test("a fact-box count line before any film is named takes the one film its sentence names", () => {
  const text = "Won: Eight Oscars, including Best Picture, 1985 - Milos Forman's Amadeus swept the night.";
  assert.ok(supported(text).some((c) => /Amadeus won 8 Oscars/.test(c.statement)));
  // Never refuted: the film is a guess.
  assert.deepEqual(findings(text.replace("Eight", "Nine")), []);
});

test("'F, the 1959 release that won N': a relative clause after an appositive noun phrase is the name's", () => {
  const text = "Gump could not catch the record holder, Ben-Hur, the 1959 release that won 11 Academy Awards.";
  assert.ok(supported(text).some((c) => /Ben-Hur won 11 Oscars/.test(c.statement)));
  const [f] = findings(text.replace("won 11", "won 12"));
  assert.match(f.message, /Ben-Hur won 11 Oscars/);
  assert.equal(supported("He admired Katharine Hepburn, the actress who won four Oscars.").length, 1);
  // A name inside the description ends it: that name is no appositive head.
  assert.deepEqual(findings("Titanic beat Hugo, the Scorsese film that won five Oscars."), []);
});

test("'the only nomination received by F', 'F's lone win': a count of one", () => {
  const night = "At the 61st Academy Awards, Jodie Foster's win came from ";
  const text = night + "the only nomination received by The Accused.";
  assert.ok(supported(text).some((c) => /The Accused had 1 nomination at/.test(c.statement)));
  const [f] = findings(night + "the only nomination received by Rain Man.");
  assert.match(f.message, /Rain Man had 8 nominations, not 1/);
  assert.deepEqual(f.fixes, []);
  assert.ok(supported("At the 96th Academy Awards, Barbie's lone win, for Original Song, was a consolation.").length);
});

test("must stay silent: an 'only' count narrowed by the words after it", () => {
  assertSilent([
    "At the 61st Academy Awards, it was the only nomination received by Rain Man in the writing categories.",
    "At the 96th Academy Awards, Maestro's only nomination outside acting was Best Picture.",
    "At the 96th Academy Awards, Barbie's only win in the acting races never came.",
    "At the 96th Academy Awards, Oppenheimer's only Oscar nominee without a win was Emily Blunt.",
  ]);
});

test("'A and B led. Each won N': a sentence opened by each or both counts for the films just coordinated", () => {
  const lead = "At the 96th Academy Awards, Poor Things and Barbie drew crowds. ";
  const text = lead + "Each picked up eight nominations.";
  const fs = findings(text);
  assert.equal(fs.length, 1);
  assert.match(fs[0].message, /Poor Things had 11 nominations, not 8/);
  assert.ok(supported(text).some((c) => /Barbie had 8 nominations/.test(c.statement)));
  // Someone named since, or a part of a larger set, is no such list.
  assert.deepEqual(counts(lead.replace(". ", ", with Margot Robbie. ") + "Both earned eight nominations."), []);
  assert.deepEqual(findings(lead + "Each of the other nominees got two nominations."), []);
  // "Each nominee": others than the films before are the holders.
  assert.deepEqual(findings(lead + "Each nominee won two awards."), []);
});

test("'its only win' is the film no preposition governs, not the nearest one", () => {
  const text =
    'At the 91st Academy Awards, "The Favourite" shared the lead with "Roma" on 10 nominations, ' +
    "and Best Actress was its only win.";
  assert.deepEqual(findings(text), []);
  assert.ok(supported(text).some((c) => /The Favourite won 1 Oscar/.test(c.statement)));
});

const records = (text: string) => claims(text).filter((c) => c.kind === "record");

test("a film's 'most nominations' or 'most Oscars' tops its night, or equals the record then", () => {
  const lead = 'The family drama "Everything Everywhere All at Once" went into these awards with the most nominations.';
  assert.equal(records(lead)[0]?.verdict, "supported");
  const [f] = findings(lead.replace("Everything Everywhere All at Once", "The Fabelmans"));
  assert.match(f.message, /Everything Everywhere All at Once had the most nominations \(11\); The Fabelmans had 7/);
  assert.equal(
    records("At the 96th Academy Awards, Oppenheimer won the most Oscars of the night.")[0]?.verdict,
    "supported",
  );
  assert.equal(
    records("At the 70th Academy Awards, Titanic earned the most nominations ever (14).")[0]?.verdict,
    "supported",
  );
  const [g] = findings("At the 70th Academy Awards, Good Will Hunting earned the most nominations ever.");
  assert.match(g.message, /the record then was 14 \(All about Eve and Titanic\)/);
});

test("'F tied G for most Oscar wins (N), a record later tied by H'", () => {
  const text = "In 2004, The Lord of the Rings: The Return of the King tied Ben-Hur for most Oscar wins (11).";
  assert.equal(records(text)[0]?.verdict, "supported");
  const [f] = findings(text.replace("(11)", "(12)"));
  assert.match(f.message, /had 11 Oscars, not 12/);
  const later = "In 1960, Ben-Hur won the most Oscars ever, a record that was later tied by Titanic.";
  assert.deepEqual(findings(later), []);
});

test("must stay silent: a superlative narrowed, ranked, hedged or asked", () => {
  assertSilent([
    "At the 96th Academy Awards, Poor Things received the most nominations of any comedy.",
    "At the 96th Academy Awards, Poor Things, which had the second most nominations, won four.",
    "At the 96th Academy Awards, Poor Things won the most Oscars after Oppenheimer.",
    "After Oppenheimer swept the 96th Academy Awards, Poor Things still had the most nominations among comedies.",
    "Did Poor Things win the most Oscars at the 96th Academy Awards?",
    "At the 96th Academy Awards, Barbie, the most-nominated film of the summer season, won one.",
    "At the 96th Academy Awards, Barbie did not win the most Oscars.",
    "Ben-Hur won the most Oscars ever at the time.",
    "At the 96th Academy Awards, Oppenheimer and Poor Things won the most Oscars.",
    "At the 96th Academy Awards, Poor Things won the most awards at the Golden Globes.",
    "The BAFTA Film Awards were held in London. Poor Things won the most awards.",
    "At the 96th Academy Awards, Poor Things took home the most awards in the craft categories.",
    "At the 96th Academy Awards, Poor Things won the most Oscars, after Oppenheimer.",
  ]);
});

test("the record for a film winning all its nominations: each holder swept that many, none more before", () => {
  const text =
    'The record for a film winning all its nominations was nine, set by "Gigi" (1958) and "The Last Emperor" (1988).';
  assert.deepEqual(
    records(text).map((c) => c.verdict),
    ["supported", "supported"],
  );
  const [f] = findings(text.replace("The Last Emperor", "Ben-Hur").replace("(1988)", "(1959)"));
  assert.match(f.message, /Ben-Hur won 11 of its 12 nominations/);
  const [g] = findings(text.replace("was nine", "was ten"));
  assert.match(g.message, /Gigi won all 9 of its nominations, not 10/);
  const sweep = "It broke the old sweep record of nine out of nine by 1987's The Last Emperor and 1958's Gigi.";
  assert.equal(records(sweep).filter((c) => c.verdict === "supported").length, 2);
  const set =
    "In 2004, The Lord of the Rings: The Return of the King set a record " +
    "for winning all 11 Oscars it was nominated for.";
  assert.equal(records(set)[0]?.verdict, "supported");
  // Hedged, or no holder: nothing read.
  assert.deepEqual(records("Gigi may have set a sweep record of nine out of nine by itself."), []);
  assert.deepEqual(records("Nobody has broken the record for winning all its nominations since 2004."), []);
});

test("the films listed after a count record hold that count on their night", () => {
  const text =
    "Maestro fell short of the record holders for 14 nominations, which include " +
    "'All About Eve' (1950 | 23rd Academy Awards); 'Titanic' (1997 | 70th Academy Awards) " +
    "and 'La La Land' (2016 | 89th Academy Awards).";
  assert.deepEqual(findings(text), []);
  assert.equal(records(text).filter((c) => c.verdict === "supported").length, 3);
  // Each claim spans the shared number and its film's name.
  assert.match(underlined(text, records(text)[0]), /^14 nominations, which include 'All About Eve$/);
  const [f] = findings("The record of 11 Oscars is held by Ben-Hur and La La Land.");
  assert.match(f.message, /La La Land had 6 Oscars at the 89th Academy Awards \(2017\), not 11/);
  // The list ends at the first word that is no list glue.
  assert.deepEqual(findings("The record of 11 Oscars, held by Ben-Hur until La La Land came close, was tied."), []);
  assert.deepEqual(findings("The record of 14 nominations held by All About Eve was broken by La La Land."), []);
});

test("'all five best picture nominees received at least one award': every film of the field won on the night", () => {
  const text = "At the 61st Academy Awards, all five best picture nominees received at least one award.";
  assert.equal(counts(text)[0]?.verdict, "supported");
  const [f] = findings("At the 96th Academy Awards, every Best Picture nominee won at least one Oscar.");
  assert.match(f.message, /Killers of the Flower Moon, Maestro and Past Lives won nothing/);
});

test("must stay silent: a field of people, another body's awards, or a nomination", () => {
  assertSilent([
    "At the 96th Academy Awards, all five Best Actress nominees received at least one award this season.",
    "At the 96th Academy Awards, all ten best picture nominees won at least one award at the Golden Globes.",
    "At the 96th Academy Awards, each of the ten best picture nominees earned at least one nomination elsewhere.",
    "At the 96th Academy Awards, not every best picture nominee won at least one Oscar.",
  ]);
});

test("the most nominations without a win: a performer's acting tally by the night, a film's record then", () => {
  const lead = "At the 79th Academy Awards, Peter O'Toole lost again. ";
  const text = lead + "He set a record as the performer earning the most nominations without a win.";
  assert.equal(records(text)[0]?.verdict, "supported");
  const film = "At the 58th Academy Awards, The Color Purple earned the most nominations without a win.";
  assert.equal(records(film)[0]?.verdict, "supported");
  // Borne out or left unread, never refuted: Streep had won by then.
  const wrong = text.replace("Peter O'Toole", "Meryl Streep").replace("He set", "She set");
  assert.deepEqual(records(wrong), []);
  assert.deepEqual(findings(wrong), []);
});

test("a title with a count in brackets after it is a film, as in a tally", () => {
  const text = "Close behind were Gone With the Wind (8 wins) and From Here to Eternity (8 wins).";
  assert.equal(supported(text).length, 2);
});

test("a person's career superlative: the role named picks the categories, and the count must top everyone's", () => {
  const allen =
    "Woody Allen was nominated 24 times: seven for Best Director and 16 for Best Original Screenplay, " +
    "the most nominations ever earned by a writer.";
  assert.ok(records(allen).some((c) => c.verdict === "supported" && /of any writer/.test(c.statement)));
  assert.equal(records("Meryl Streep holds the record for the most acting nominations.")[0]?.verdict, "supported");
  assert.equal(records("Katharine Hepburn won the most acting Oscars ever.")[0]?.verdict, "supported");
  // Not the top: left unread, never refuted.
  assert.deepEqual(records("Steven Spielberg has the most nominations of any director."), []);
  assert.deepEqual(findings("Jack Nicholson has the most nominations of any performer."), []);
  // A bare "most nominations" with no scope, role or record may be a night's: not a career's.
  assert.deepEqual(records("At the 96th Academy Awards, Emma Stone won the most nominations."), []);
});

test("a superlative after 'but' or 'while' is the contrasting clause's subject's", () => {
  const text =
    "At the 92nd Academy Awards, Joker led with the most nominations, 11, but Parasite won the most Oscars, four.";
  assert.deepEqual(
    records(text).map((c) => c.verdict),
    ["supported", "supported"],
  );
  const [f] = findings(text.replace("but Parasite", "but Joker"));
  assert.match(f.message, /Parasite had the most Oscars \(4\); Joker had 2/);
});

test("'F with N' after 'ahead of', 'and' or a comma is F's count, of what the number before it counted", () => {
  const field =
    'At the 93rd Academy Awards, "Mank" led the field with 10 nominations, ahead of "The Father" with six, ' +
    '"Minari" with six and "Nomadland" with six.';
  const read = claims(field).filter((c) => c.kind === "nomination" || c.kind === "count");
  for (const film of ["Mank had 10", "The Father had 6", "Minari had 6", "Nomadland had 6"])
    assert.ok(
      read.some((c) => c.verdict === "supported" && c.statement.startsWith(film)),
      film,
    );
  assert.deepEqual(findings(field), []);
  // The number is the film's own: a wrong one is refuted for that film, not the leader.
  const [wrong] = findings(field.replace('"Minari" with six', '"Minari" with nine'));
  assert.match(wrong?.message ?? "", /Minari had 6 nominations, not 9/);
  // "also with N" counts what the first half counted: nominations here, whatever verb follows.
  const parallel =
    'At the 93rd Academy Awards, "Mank", nominated 10 times, won two, and "The Father", also with six, won two.';
  assert.deepEqual(findings(parallel), []);
});

test("a fact box's count above its list is read with the names listed under it", () => {
  const box = [
    "Oscar Nominations: 7",
    "Director: Billy Wilder",
    "Actor: Jack Lemmon",
    "Actress: Shirley MacLaine",
    "Supporting Actor: Jack Kruschen",
    "Oscar Awards: 5",
    "",
  ].join("\n");
  const right = claims(box.replace("Nominations: 7", "Nominations: 10")).filter((c) => c.kind === "count");
  assert.ok(right.some((c) => c.verdict === "supported" && /The Apartment had 10 nominations/.test(c.statement)));
  assert.ok(right.some((c) => c.verdict === "supported" && /The Apartment won 5 Oscars/.test(c.statement)));
  assert.match(findings(box)[0]?.message ?? "", /The Apartment had 10 competitive nominations, not 7/);
});

test("'from N nominations' after a person's wins over several films is the person's career count", () => {
  const correct = [
    "Daniel Day-Lewis is the only man with three Best Actor wins, for My Left Foot, There Will Be Blood and " +
      "Lincoln, from six nominations.",
    "Pete Docter won three times, for Up, Inside Out and Soul, from four nominations in the category.",
    "Walt Disney holds the record for the most competitive Oscars won by one person: 22, from 59 nominations. " +
      "At the 26th Academy Awards he won four awards in a single night.",
  ];
  assertSilent(correct);
  const read = claims(correct[0]).filter((c) => c.kind === "count");
  assert.ok(read.some((c) => c.verdict === "supported" && /Day.Lewis had 6 nominations in all/.test(c.statement)));
});

test("'its' counts are not a beaten film's: 'F upset G; the winner won three of its six nominations'", () => {
  const text =
    "At the 78th Academy Awards, Crash upset Brokeback Mountain; the winner won three of its six nominations.";
  assert.deepEqual(findings(text), []);
  assert.ok(claims(text).some((c) => c.verdict === "supported" && /^Crash had 6 nominations/.test(c.statement)));
});

test("a partitive of the night's awards counts them all: 'nine of the golden statuettes', 'golden statuettes'", () => {
  const right = "At the 92nd Academy Awards, Parasite collected four of the golden statuettes.";
  assert.deepEqual(findings(right), []);
  assert.ok(claims(right).some((c) => c.kind === "count" && c.verdict === "supported"));
  for (const wrong of [
    "At the 92nd Academy Awards, Parasite collected five of the golden statuettes.",
    "At the 92nd Academy Awards, Parasite won five golden statuettes.",
    "At the 92nd Academy Awards, Parasite won five of the Oscars.",
  ])
    assert.equal(findings(wrong)[0]?.rule, "wrong-count", wrong);
});

test("a share of a group of categories is no claim on one category: 'none of the acting awards'", () => {
  assertSilent([
    "At the 92nd Academy Awards, Parasite won none of the acting awards.",
    "At the 92nd Academy Awards, Parasite won two of the four awards it was nominated for in writing and directing.",
  ]);
});

test("a count of a night's Oscars may include a special award the film won that night", () => {
  assert.ok(
    claims("The Best Years of Our Lives won eight of the statuettes at the 19th Academy Awards.").some(
      (c) => c.verdict === "supported",
    ),
  );
  assert.equal(
    findings("The Best Years of Our Lives won nine Oscars at the 19th Academy Awards.")[0]?.rule,
    "wrong-count",
  );
});

test("a person's tally in one category said with 'times': 'nominated seven times for Best Actor'", () => {
  assert.ok(claims("Peter O'Toole was nominated eight times for Best Actor.").some((c) => c.verdict === "supported"));
  assert.match(
    findings("Peter O'Toole was nominated seven times for Best Actor.")[0]?.message ?? "",
    /has 8 competitive/,
  );
  assert.match(
    findings("Thelma Schoonmaker has won Best Film Editing four times.")[0]?.message ?? "",
    /has 3 competitive/,
  );
});

test("'X has been nominated for N Academy Awards', 'X has won N Oscars': the career so far, refuted when wrong", () => {
  assert.ok(
    claims("Cate Blanchett has been nominated for eight Academy Awards.").some((c) => c.verdict === "supported"),
  );
  assert.match(
    findings("Cate Blanchett has been nominated for 12 Academy Awards.")[0]?.message ?? "",
    /has 8 competitive/,
  );
  // An honorary award may be counted with the wins.
  assert.deepEqual(findings("Sophia Loren has won two Oscars."), []);
  assert.match(findings("Sophia Loren has won three Oscars.")[0]?.message ?? "", /1 competitive win \(2 with honorary/);
});

test("what a film 'came out with' or 'went home with' after going in with nominations is won", () => {
  const text =
    "At the 95th Academy Awards, The Banshees of Inisherin went in with nine nominations and came out with none.";
  const wins =
    "At the 95th Academy Awards, All Quiet on the Western Front went in with nine nominations and came out with four.";
  assertSilent([wins]);
  assert.ok(supported(wins).some((c) => /won 4 Oscars at the 95th/.test(c.statement)));
  assert.ok(!supported(text).some((c) => /had 0 nominations/.test(c.statement)));
});

test("'was next with N' counts what the sentence before counted, past an aside and the night's name", () => {
  const text =
    "Oppenheimer led the nominations for the 96th Academy Awards with 13. " +
    "Poor Things, which won the Golden Globe for best comedy, was next with 11.";
  assertSilent([text]);
  assert.ok(supported(text).some((c) => /^Poor Things had 11 nominations at the 96th/.test(c.statement)));
});

test("'tied the record for nominations' is the nominations record, whatever the night is called", () => {
  const text = "At the 70th Academy Awards, Titanic tied the record for nominations, with 14.";
  assertSilent([text]);
  assert.ok(claims(text).some((c) => c.verdict === "supported" && /tied the record for nominations/.test(c.statement)));
});

test("a count of one in the singular: 'one Academy Award nod', 'a single nomination'", () => {
  // Whiplash: five nominations at the 87th; The Boxtrolls: one.
  assertSilent(["The Boxtrolls earned one Academy Award nod.", "The Boxtrolls received a single nomination."]);
  assert.ok(supported("The Boxtrolls received one nomination.").some((c) => /had 1 nomination/.test(c.statement)));
  assert.match(findings("Whiplash received one nomination.")[0]?.message ?? "", /had 5 nominations, not 1/);
});

test("'That took until 2026, when F received 16': 'took until' takes no award, so the count keeps its noun", () => {
  const text =
    "All About Eve's 14 nominations were matched by Titanic at the 70th ceremony. " +
    "That took until 2026, when Sinners received 16.";
  assertSilent([text]);
  assert.ok(supported(text).some((c) => /^Sinners had 16 nominations/.test(c.statement)));
});

test("an appositive's verb is not the count's: 'F, the underdog that had won the Globe, was next with 10'", () => {
  const text =
    "The Curious Case of Benjamin Button led the nominations for the 81st Academy Awards with 13. " +
    "Slumdog Millionaire, the underdog that had won the Golden Globe for best drama, was next with 10. " +
    "Slumdog Millionaire ends with eight wins; Milk ends with two.";
  assertSilent([text]);
  assert.ok(supported(text).some((c) => /^Slumdog Millionaire had 10 nominations/.test(c.statement)));
  assert.ok(supported(text).some((c) => /^Milk won 2 Oscars/.test(c.statement)));
});

test("'X has N Oscars' in a piece on no one night counts the career so far; before a night, it is not checked", () => {
  assert.match(findings("Jack Nicholson has four Oscars.")[0]?.message ?? "", /3 competitive wins, not 4/);
  assert.match(findings("Jack Nicholson now has 12 Oscar nominations and four wins.")[0]?.message ?? "", /not 4/);
  assertSilent([
    "Jack Nicholson has three Oscars.",
    "At the 98th Academy Awards, Sean Penn, who already has two Oscars, is nominated again.",
    "Emma Stone has two nominations this year.",
  ]);
});

test("a pronoun whose paragraph named no one else it fits holds a career count: 'She has won four times'", () => {
  const text = "Meryl Streep has been nominated 21 times. She has won four times.";
  const [f] = findings(text);
  assert.match(f.message, /Meryl Streep has 3 competitive wins, not 4/);
  assert.equal(underlined(text, f), "four");
  assert.deepEqual(findings(text.replace("four", "three")), []);
  // Another woman named before: "she" may be either, and the count is not checked.
  assertSilent(["Meryl Streep has been nominated 21 times, more than Viola Davis. She has won four times."]);
});

test("a title two films share, counted at a night neither competed at: the count names the night", () => {
  const [f] = findings("Titanic won 11 Oscars at the 71st Academy Awards.");
  assert.equal(f.rule, "wrong-ceremony-date");
  assert.match(f.message, /Titanic won 11 Oscars at the 70th Academy Awards \(1998\), not the 71st/);
  assert.equal(f.fixes[0].replacement, "70th Academy Awards");
  assert.deepEqual(findings("Titanic won 11 Oscars at the 70th Academy Awards."), []);
  // A count of another time than the night stated is no claim on it.
  assertSilent(["At the 71st Academy Awards, Shakespeare in Love won seven Oscars, a year after Titanic won 11."]);
});

test("a film's count dated by a year it neither was held in nor honoured: the year is refuted", () => {
  const [f] = findings("Gandhi won eight Oscars in 1984.");
  assert.equal(f.rule, "wrong-ceremony-date");
  assert.match(f.message, /Gandhi won 8 Oscars at the 55th Academy Awards \(1983\), not in 1984/);
  assert.equal(f.fixes[0].replacement, "1983");
  assert.equal(findings("In 2010, Slumdog Millionaire won eight Oscars.")[0]?.fixes[0].replacement, "2009");
  assert.equal(findings("Gandhi won eight Oscars at the 1984 ceremony.").length, 1);
  // The year it was held, or the year of its films, bears it out; a year said of something else is no date.
  assertSilent([
    "Gandhi won eight Oscars in 1983.",
    "Gandhi won eight Oscars in 1982.",
    "In 2012, Richard Attenborough, whose Gandhi won eight Oscars, was honoured in London.",
    "Ben-Hur won 11 Oscars, a record Titanic matched in 1998.",
    "By 1990, Gandhi had won eight Oscars.",
  ]);
});

test("a count up to a night ('By the 71st, F had won 11') and one before 'acting Oscars' are no night's", () => {
  assertSilent([
    "By the 71st Academy Awards, Titanic had won 11 Oscars.",
    "Katharine Hepburn was nominated for 12 acting Oscars.",
  ]);
});

test("'converted N of its M nominations' counts wins", () => {
  const text = "At the 64th Academy Awards, JFK converted two of its eight nominations.";
  assert.deepEqual(findings(text), []);
  const [f] = findings(text.replace("two of", "three of"));
  assert.match(f.message, /JFK won 2 Oscars \(Cinematography and Film Editing\)/);
  assertSilent(["The studio converted the old theatre into a cinema for the 64th Academy Awards screening."]);
});

test("'finished with N', 'took N', 'picked up N' after a count of nominations are not read; after wins, wins", () => {
  // In a tally of nominations the verb may count nominations ("Maestro finished with seven") or, after
  // a film's own nominations, its wins ("On the night it took seven"): neither is guessed.
  assertSilent([
    "Oppenheimer led the 96th Academy Awards nominations with 13. Poor Things followed with 11 nominations. " +
      "Barbie collected eight, while Maestro finished with six.",
    "Oppenheimer led the 96th Academy Awards nominations with 13. On the night it took seven.",
    "Poor Things had 11 nominations at the 96th Academy Awards and picked up four.",
    "At the 98th Academy Awards, Hamnet received eight nominations, and Sinners picked up seven.",
  ]);
  // "went in with 14 nominations and finished with 11": the night's wins.
  assert.ok(
    supported("At the 70th Academy Awards, Titanic went in with 14 nominations and finished with 11.").some((c) =>
      /^Titanic won 11 Oscars/.test(c.statement),
    ),
  );
  const wins = "At the 70th Academy Awards, Titanic won 11 Oscars, and Good Will Hunting took two.";
  assert.deepEqual(findings(wins), []);
  assert.ok(supported(wins).some((c) => /^Good Will Hunting won 2 Oscars/.test(c.statement)));
  assert.equal(findings(wins.replace("took two", "took three")).length, 1);
});

test("a person's count 'for C' or 'in C' is that category's tally; a count up to a point is not the career's", () => {
  const right = "Katharine Hepburn has won four Academy Awards for Best Actress.";
  assert.deepEqual(findings(right), []);
  assert.ok(supported(right).some((c) => /had 4 Best Actress wins/.test(c.statement)));
  const wrong = "Katharine Hepburn has won three Academy Awards for Best Actress.";
  const [f] = findings(wrong);
  assert.equal(underlined(wrong, f), "three");
  assert.match(f.message, /4 competitive Best Actress wins, not 3/);
  assert.ok(
    supported("Jack Nicholson was nominated eight times for Best Actor.").some((c) =>
      /8 Best Actor nom/.test(c.statement),
    ),
  );
  // A film's categories after "for" are what its count is made of; "before" bounds a tally we do not count.
  assert.ok(supported("Parasite won four Oscars for best picture, director and screenplay.").length > 0);
  assertSilent([
    "Thomas Newman was nominated 11 times for original score before 2010.",
    "Roger Deakins was nominated 13 times for cinematography before he finally won.",
  ]);
});

test("a career rank 'as an actor' counts acting nominations; a film after the rank ('… ago in F') is its own", () => {
  const acting = "At the 59th Academy Awards, Paul Newman, on his seventh nomination as an actor, finally won.";
  assert.deepEqual(findings(acting), []);
  assert.ok(claims(acting).some((c) => c.verdict === "supported" && /7th nomination for an acting/.test(c.statement)));
  assert.equal(findings(acting.replace("seventh", "eighth")).length, 1);
  const earlier =
    "Paul Newman won for The Color of Money, the role that had brought him his second nomination " +
    "a quarter-century ago in The Hustler.";
  assert.deepEqual(findings(earlier), []);
  const wrong = earlier.replace("second", "fourth");
  const [f] = findings(wrong);
  assert.equal(underlined(wrong, f), "fourth");
  assert.match(f.message, /34th Academy Awards .*2nd competitive nomination, not the 4th/);
  // Words that tell of another win stop the search: "(the first coming for F)", "after two for F".
  assertSilent([
    "Amadeus won Milos Forman his second Best Director Oscar (the first coming for " +
      "One Flew Over the Cuckoo's Nest a decade earlier).",
  ]);
});

test("a verb of winning says what a bare number counts: 'and took home seven', 'took five from 11'", () => {
  const home = "La La Land arrived at the 89th Academy Awards with 14 nominations and took home six.";
  assert.ok(supported(home).some((c) => /^La La Land won 6 Oscars/.test(c.statement)));
  const wrong = home.replace("took home six", "took home seven");
  const [f] = findings(wrong);
  assert.equal(underlined(wrong, f), "seven");
  const share = "At the 71st Academy Awards, Saving Private Ryan took five from 11.";
  assert.ok(supported(share).some((c) => /^Saving Private Ryan won 5 Oscars/.test(c.statement)));
  assert.ok(supported(share).some((c) => /had 11 nominations/.test(c.statement)));
  assert.match(findings(share.replace("five", "four"))[0]?.message ?? "", /won 5 Oscars .*not 4/);
});

test("a table's rows: under '| Ceremony | Film | Nominations | Wins |' each row counts its film at its night", () => {
  const table = [
    "Best Picture winners of the early 1950s:",
    "",
    "| Ceremony | Film | Nominations | Wins |",
    "|---|---|---|---|",
    "| 1951 | All About Eve | 14 | 6 |",
    "| 1955 | On the Waterfront | 12 | 8 |",
    "| 1959 | Gigi | 9 | 9 |",
    "",
  ].join("\n");
  assert.deepEqual(findings(table), []);
  assert.ok(supported(table).some((c) => /^All About Eve had 14 nominations at the 23rd/.test(c.statement)));
  assert.ok(supported(table).some((c) => /^On the Waterfront won 8 Oscars at the 27th/.test(c.statement)));
  // A one-word title in the film column is the film, no capital or cue needed.
  assert.ok(supported(table).some((c) => /^Gigi won 9 Oscars at the 31st/.test(c.statement)));
  const wrong = table.replace("| 12 | 8 |", "| 12 | 7 |");
  const [f] = findings(wrong);
  assert.equal(underlined(wrong, f), "7");
  assert.match(f.message, /On the Waterfront won 8 competitive Oscars, not 7/);
  assert.equal(f.fixes[0].replacement, "8");
  // A table whose header names no counts reads nothing of its numbers.
  assertSilent(["| Ceremony | Film | Minutes |\n|---|---|---|\n| 1951 | All About Eve | 7 |\n"]);
});

test("'winning all three of its nominations' counts as many wins as nominations", () => {
  const right = "At the 94th Academy Awards, CODA won best picture, winning all three of its nominations.";
  assert.deepEqual(findings(right), []);
  assert.ok(supported(right).some((c) => /^CODA won 3 Oscars/.test(c.statement)));
  assert.ok(supported(right).some((c) => /^CODA had 3 nominations/.test(c.statement)));
  const wrong = right.replace("three", "four");
  assert.ok(findings(wrong).some((f) => /CODA had 3 nominations, not 4/.test(f.message)));
});

test("'winless after 16 nominations' counts all of them; only a win's 'after' bounds the count", () => {
  const text = "Greg P. Russell remains winless after 16 nominations.";
  assert.ok(supported(text).some((c) => /had 16 nominations/.test(c.statement)));
  const first = "Martin Scorsese won his first Oscar after five nominations for directing.";
  assert.ok(!claims(first).some((c) => c.kind === "count" && c.verdict !== "unverifiable"));
});

test("'F, with ten, went home empty-handed, as did G with seven': the parallel 'with N' counts nominations", () => {
  const text =
    "The 96th Academy Awards took place on March 10, 2024. Killers of the Flower Moon, with ten, went home " +
    "empty-handed, as did Maestro with seven.";
  assert.deepEqual(findings(text), []);
  assert.match(findings(text.replace("with seven", "with six"))[0]?.message ?? "", /Maestro had 7 nominations/);
});

test("'the <maker> film … left the <venue> with seven': a maker's name before a film noun describes the film", () => {
  const text =
    "Schindler's List was the favorite all season. The Steven Spielberg film entered the 66th Academy Awards " +
    "with 12 nominations and left the Dorothy Chandler Pavilion with seven.";
  assert.deepEqual(findings(text), []);
  const counts = claims(text).filter((c) => c.kind === "count");
  assert.deepEqual(
    counts.map((c) => [c.verdict, c.message]),
    [
      ["supported", "12 nominations"],
      ["supported", "7 Oscars"],
    ],
  );
  assert.equal(findings(text.replace("seven.", "eight."))[0]?.rule, "wrong-count");
});

test("'competed for 12 awards', 'vying for seven Oscars' count nominations", () => {
  assert.deepEqual(findings("Mank competed for 10 awards at the 93rd Academy Awards."), []);
  const [f] = findings("Mank was vying for 12 Oscars at the 93rd Academy Awards.");
  assert.match(f?.message ?? "", /Mank had 10 nominations, not 12/);
});

test("'won C1 from four nominations, including C2': the win named its category, so C2 was a nomination", () => {
  const night = "At the 90th Academy Awards, ";
  assert.deepEqual(
    findings(`${night}Get Out won original screenplay from four nominations, including best picture.`),
    [],
  );
  assert.ok(
    claims(`${night}Get Out won original screenplay from four nominations, including best picture.`).some(
      (c) => c.verdict === "supported" && /^Get Out was nominated for Best Picture/.test(c.statement),
    ),
  );
  // A count of wins keeps "including" with the wins.
  const wins = findings(`${night}Get Out won two Oscars from four nominations, including best picture.`);
  assert.ok(wins.some((f) => /Best Picture went to The Shape of Water/.test(f.message)));
});
