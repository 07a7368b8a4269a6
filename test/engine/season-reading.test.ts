import { test } from "node:test";
import assert from "node:assert/strict";
import { claims, findings, assertSilent } from "../helpers";

const AT97 = "At the 97th Academy Awards, ";
const GLOBES25 = "At the 2025 Golden Globes, ";

const seasonOf = (text: string, ceremony?: number) => claims(text, ceremony).filter((c) => c.kind === "season");

test("a Globes genre after the category is part of its name: 'went to' and 'for F' still bind", () => {
  const ok = seasonOf(GLOBES25 + "Best Actor in a Musical or Comedy went to Sebastian Stan for A Different Man.");
  assert.deepEqual(
    ok.map((c) => c.verdict),
    ["supported"],
  );
  assert.deepEqual(findings(GLOBES25 + "Best Actress in a Drama went to Fernanda Torres for I'm Still Here."), []);
  assert.deepEqual(
    findings(GLOBES25 + "Best Actress, in a Drama film, went to Fernanda Torres for I'm Still Here."),
    [],
  );
  assert.deepEqual(findings(GLOBES25 + "Best Picture – Drama went to The Brutalist."), []);
  // No Globe for a supporting actor in a comedy: the film won the lead category.
  const [f] = findings(
    GLOBES25 + "Best Supporting Actor in a Musical or Comedy went to Sebastian Stan for A Different Man.",
  );
  assert.equal(f.rule, "wrong-season-win");
  assert.match(f.message, /Supporting Role in Any Motion Picture went to A Real Pain; A Different Man won Best/);
});

test("'for Netflix's F': a studio's possessive before the film", () => {
  const c = seasonOf(
    "At the 2021 Golden Globes, her late husband won best actor in a drama for Netflix's Ma Rainey's Black Bottom.",
  );
  assert.deepEqual(
    c.map((x) => x.verdict),
    ["supported"],
  );
});

test("'the Golden Globe for best actor in a drama': the genre after the body's category", () => {
  assert.deepEqual(findings(AT97 + "The Brutalist had won the Golden Globe for best actor in a drama."), []);
  const [f] = findings(AT97 + "A Different Man had won the Golden Globe for best actor in a drama.");
  assert.match(f.message, /Motion Picture - Drama went to The Brutalist/);
});

test("must stay silent: a person's award for a film the Oscars did not nominate them for", () => {
  // A film named beside the person, not theirs at the Oscars: it may be the one they won for.
  assert.deepEqual(
    findings(AT97 + "Sebastian Stan, who won a Golden Globe for A Different Man, was nominated for The Apprentice."),
    [],
  );
  assert.deepEqual(
    findings("Sebastian Stan, star of A Different Man, won the Golden Globe for best actor in a drama in 2025.", 97),
    [],
  );
  // Tied only through the Oscars: A Different Man's Globe has no Oscar acting nominee to own it.
  assert.deepEqual(
    findings(AT97 + "Sebastian Stan, fresh from his Golden Globe win, was nominated for Best Actor."),
    [],
  );
});

test("a person tied through the Oscars is refuted when another nominee's film took the prize", () => {
  const [f] = findings(AT97 + "Ralph Fiennes, fresh from his BAFTA win, lost to Adrien Brody.");
  assert.match(f.message, /Best Leading Actor went to The Brutalist; Conclave won/);
});

test("participles of winning verbs: 'clinching the Palme d'Or'", () => {
  const text =
    "At the 95th Academy Awards, Triangle of Sadness arrived with momentum, clinching the Palme d'Or at Cannes.";
  const read = seasonOf(text);
  assert.ok(read.length > 0 && read.every((c) => c.verdict === "supported"));
  const [f] = findings("At the 95th Academy Awards, Tár arrived with momentum, clinching the Palme d'Or at Cannes.");
  assert.match(f.message, /Palme d'Or went to Triangle of Sadness/);
});

test("'SAG champs X, Y (\"F\") and Z': each name after a body's champions won there", () => {
  const text =
    'At the 94th Academy Awards, voters backed SAG champs Troy Kotsur, Will Smith ("King Richard") and ' +
    'Ariana DeBose ("West Side Story").';
  assert.deepEqual(
    seasonOf(text).map((c) => c.verdict),
    ["supported", "supported", "supported"],
  );
  const [f] = findings(
    'At the 94th Academy Awards, this year\'s SAG champ Kristen Stewart ("Spencer") went home empty-handed.',
  );
  assert.match(f.message, /Female Actor in a Leading Role went to The Eyes of Tammy Faye; Spencer won nothing there/);
  // "three-time SAG winner", "SAG winner X": a title from any year, never refuted by this season's edition.
  assert.deepEqual(findings("At the 94th Academy Awards, three-time SAG winner Kristen Stewart went home."), []);
  assert.deepEqual(findings('At the 94th Academy Awards, SAG winner Kristen Stewart ("Spencer") went home.'), []);
});

test("must stay silent: a body that only describes a name does not own the clause's category", () => {
  for (const text of [
    "At the 97th Academy Awards, Golden Globe nominee Anora won Best Picture.",
    "At the 97th Academy Awards, Anora, a Golden Globe nominee, won Best Picture.",
    "At the 97th Academy Awards, Anora, snubbed at the Golden Globes, won Best Picture.",
    "Anora, ignored by the Golden Globes, won Best Picture at the 97th Academy Awards.",
    "At the 97th Academy Awards, Anora (a Golden Globe nominee) won Best Picture.",
  ]) {
    assert.deepEqual(findings(text), [], text);
    assert.ok(
      claims(text).some((c) => c.kind === "win" && c.verdict === "supported"),
      text,
    );
  }
  // The body's own phrase still binds: "won Best Picture – Drama at the Globes", an aside holding the category.
  assert.deepEqual(findings("Emilia Pérez, at the 82nd Golden Globes, won Best Musical or Comedy."), []);
  const [f] = findings("At the 2025 Golden Globes, Anora won Best Picture – Drama.");
  assert.match(f.message, /Best Motion Picture - Drama went to The Brutalist/);
});

test("'a best ensemble nom from the Screen Actors Guild': the noun between category and body decides", () => {
  const nom = seasonOf(
    "At the 94th Academy Awards, CODA had surprised with a best ensemble nom from the Screen Actors Guild.",
  );
  assert.deepEqual(
    nom.map((c) => [c.verdict, c.rule]),
    [["supported", "wrong-season-nomination"]],
  );
  // "earned a … nomination" is no win, whatever the verb.
  const [f] = findings("At the 94th Academy Awards, Dune had earned a best ensemble nomination at the SAG Awards.");
  assert.match(f.message, /Cast in a Motion Picture went to CODA; Dune was not nominated/);
  const [g] = findings("At the 94th Academy Awards, Belfast had earned the SAG Award for best ensemble.");
  assert.match(g.message, /Cast in a Motion Picture went to CODA; Belfast won nothing there/);
});

test("must stay silent: a body's prize that heads its own clause, or one hedged or denied", () => {
  assertSilent([
    "At the 94th Academy Awards, after Belfast stumbled, the best ensemble win at the SAG Awards went to CODA.",
    "At the 94th Academy Awards, Dune missed out on a best ensemble nomination at the SAG Awards.",
    "At the 94th Academy Awards, Dune could have earned a best ensemble nomination at the SAG Awards.",
    "At the 94th Academy Awards, Dune, without a best ensemble nomination at the SAG Awards, still won six Oscars.",
  ]);
});

test("the Silver Lion and Silver Bear: the festival's prize group, its category after 'for'", () => {
  const text =
    "At the 94th Academy Awards, The Power of the Dog was the favorite: it won the Silver Lion for Best Directing " +
    "at the Venice Film Festival; and it won Best Picture – Drama at the Golden Globes.";
  const read = seasonOf(text);
  assert.equal(read.length, 2);
  assert.ok(read.every((c) => c.verdict === "supported"));
  const [f] = findings(
    "At the 94th Academy Awards, Belfast was the favorite: it won the Silver Lion for Best Directing at Venice.",
  );
  assert.match(f.message, /Silver Lion for Best Director went to The Power of the Dog/);
});

test("must stay silent: a clause after a semicolon or 'while' whose subject we do not know", () => {
  assertSilent([
    "At the 95th Academy Awards, All the Beauty and the Bloodshed had won the Golden Lion; Bones and All took the Silver Lion for Best Director.",
    "At the 96th Academy Awards, Poor Things had won the Golden Lion, while Evil Does Not Exist took the Silver Lion.",
  ]);
});

test("'best picture at the Critics Choice Awards and at the Spirit Awards': the second body shares the category", () => {
  const text =
    "At the 95th Academy Awards, Everything Everywhere All at Once had swept the season, winning best picture at the " +
    "Critics Choice Awards and at the Independent Spirit Awards and best ensemble at the Screen Actors Guild Awards.";
  const read = seasonOf(text);
  assert.equal(read.length, 3);
  assert.ok(read.every((c) => c.verdict === "supported"));
  const [f] = findings(
    "At the 95th Academy Awards, Everything Everywhere All at Once had won best picture at the Critics Choice Awards and at the BAFTAs.",
  );
  assert.match(f.message, /At the 2023 BAFTA Film Awards, Best Film went to All Quiet on the Western Front/);
  // A new clause after the second body has its own subject and claim.
  for (const quiet of [
    "At the 97th Academy Awards, Anora had won best feature at the Spirit Awards and at the Globes it was shut out.",
    "At the 97th Academy Awards, Anora had won best director at the Spirit Awards, and at the Critics Choice Awards it took nothing.",
  ])
    assert.deepEqual(findings(quiet), [], quiet);
});

test("'won the awards in the categories of A and <B at the Globes>': categories first, then the body's award", () => {
  const text =
    "At the 96th Academy Awards, Anatomy of a Fall had won the awards in the categories of Best Non-English " +
    "Language Film and Best Screenplay at the Golden Globes.";
  assert.deepEqual(
    seasonOf(text).map((c) => c.verdict),
    ["supported", "supported"],
  );
  const wrong = findings(
    "At the 96th Academy Awards, The Zone of Interest had won Best Non-English Language Film and Best Screenplay at the Golden Globes.",
  );
  assert.equal(wrong.length, 2);
  assert.match(wrong[1].message, /Best Screenplay - Motion Picture went to Anatomy of a Fall/);
  // BAFTA's name for the category.
  assert.deepEqual(
    findings(
      "At the 96th Academy Awards, The Zone of Interest had won Best Film Not in the English Language at the BAFTAs.",
    ),
    [],
  );
});

test("must stay silent: an award that heads its own clause after a list of wins", () => {
  const text =
    "At the 2025 Golden Globes, The Brutalist won Best Actor, and Best Director at the Globes went to Brady Corbet.";
  assert.deepEqual(findings(text), []);
});

test("'the equivalent award at the Globes, Critics Choice and SAG': the category named before, for each body", () => {
  const text =
    "At the 95th Academy Awards, Ke Huy Quan, a nominee for best supporting actor, had already been taking home " +
    "the equivalent award at the Golden Globes, Critics Choice and SAG.";
  const read = seasonOf(text);
  assert.equal(read.length, 3);
  assert.ok(read.every((c) => c.verdict === "supported"));
  const wrong = findings(text.replace("Ke Huy Quan", "Brendan Fraser")).filter((f) => f.rule === "wrong-season-win");
  assert.equal(wrong.length, 3);
  assert.match(wrong[2].message, /Male Actor in a Supporting Role went to Everything Everywhere All at Once/);
  // "the Indie Spirits" is the Independent Spirit Awards.
  const spirits = seasonOf(
    "At the 95th Academy Awards, Everything Everywhere All at Once won best picture at the Critics Choice and the Indie Spirits.",
  );
  assert.deepEqual(
    spirits.map((c) => c.verdict),
    ["supported", "supported"],
  );
});

test("must stay silent: a body that goes on into a phrase of its own is no item of the list", () => {
  const text =
    "At the 97th Academy Awards, Anora had won best feature at the Spirit Awards, Globes voters preferring The Brutalist.";
  assert.deepEqual(findings(text), []);
  assert.equal(seasonOf(text).length, 1);
});

test("a short aside between a film and its verb keeps the film the subject: '\"F\", with eight, won best film'", () => {
  const text =
    'The 97th Academy Awards nominations are out. "Conclave", with eight, won best film at the BAFTAs and ' +
    "the cast award at the SAG Awards.\n";
  const season = claims(text).filter((c) => c.kind === "season");
  assert.equal(season.length, 2);
  assert.ok(season.every((c) => c.verdict === "supported" && c.statement.startsWith("Conclave")));
  assert.match(
    findings(text.replace("best film at the BAFTAs", "best director at the BAFTAs"))[0]?.message ?? "",
    /Conclave/,
  );
});

test("the Globes' 'Best Motion Picture – Foreign Language' and '– Animated' are those categories", () => {
  const right = [
    'At the 2020 Golden Globes, "Parasite" won Best Motion Picture – Foreign Language.',
    "At the 2023 Golden Globes, Guillermo del Toro's Pinocchio won Best Motion Picture - Animated.",
  ];
  for (const text of right) {
    assert.deepEqual(findings(text), [], text);
    assert.equal(claims(text).find((c) => c.kind === "season")?.verdict, "supported", text);
  }
  assert.match(
    findings("At the 2020 Golden Globes, 1917 won Best Motion Picture – Foreign Language.")[0]?.message ?? "",
    /Parasite/,
  );
});

test("a body first named late in an Oscars paragraph takes only the sentences from where it is named", () => {
  const text =
    "The 89th Academy Awards were held in 2017. Moonlight won best picture at the Oscars.\n\n" +
    "Mahershala Ali won best supporting actor for Moonlight. He had also won the SAG Award for the same role.\n";
  const read = claims(text);
  assert.ok(read.some((c) => c.kind === "win" && /Ali won Actor in a Supporting Role at the 89th/.test(c.statement)));
  assert.ok(read.some((c) => c.kind === "season" && c.verdict === "supported" && /Ali won SAG/.test(c.statement)));
});

test("the SAG Awards' 'Female Actor in a Leading Role' and 'best drama actress' are those categories", () => {
  const right = [
    "At the Screen Actors Guild Awards in 2018, Frances McDormand won Outstanding Performance by a Female Actor " +
      "in a Leading Role for Three Billboards Outside Ebbing, Missouri.",
    "At the Screen Actors Guild Awards in 2018, Allison Janney won Outstanding Performance by a Female Actor " +
      "in a Supporting Role for I, Tonya.",
    "Julianne Moore, the Golden Globe winner for best drama actress, won the Oscar for best actress at the 87th " +
      "Academy Awards.",
  ];
  for (const text of right) {
    assert.deepEqual(findings(text), [], text);
    assert.ok(
      claims(text).some((c) => c.kind === "season" && c.verdict === "supported"),
      text,
    );
  }
  const wrong = "At the 2015 Golden Globes, Julianne Moore was named best comedy actress for Still Alice.";
  assert.match(findings(wrong)[0]?.message ?? "", /Comedy or Musical/);
});

test("an opening naming the Oscars and another body leaves later sentences unsure of their body", () => {
  const text =
    "Chloé Zhao's Nomadland won the Golden Lion in 2020 and went on to win Best Picture at the 93rd Academy " +
    "Awards. Zhao won Best Director, and Frances McDormand won Best Actress.\n";
  assert.deepEqual(findings(text), []);
});

test("'the drama acting awards' are the Globes' split, not an Oscar category", () => {
  const text =
    "The 71st Academy Awards were held in 1999. Shakespeare in Love won best picture.\n\n" +
    "Roberto Benigni won best actor.\n\nAt the Golden Globes in January 1999, Saving Private Ryan won Best Motion " +
    "Picture - Drama.\n\nThe drama acting awards went to Jim Carrey for The Truman Show and Cate Blanchett for " +
    "Elizabeth.\n";
  assert.deepEqual(findings(text), []);
});

test("a year right after a prize ('won the Golden Bear in 1989') is that edition's year, not an Oscar night's", () => {
  assert.deepEqual(findings("Barry Levinson's Rain Man won the Golden Bear in 1989."), []);
  assert.equal(claims("Parasite won the Palme d'Or in 2019.").find((c) => c.kind === "season")?.verdict, "supported");
  assert.match(findings("Parasite won the Palme d'Or in 2018.")[0]?.message ?? "", /2018 Cannes/);
});

test("'the Globe' is the Golden Globe; a season none of a film's namesakes competed in refutes nothing", () => {
  const text = "Cillian Murphy took the Globe, the BAFTA and the SAG award for Oppenheimer.";
  const read = claims(text).filter((c) => c.kind === "season" && c.verdict === "supported");
  assert.ok(read.some((c) => /won Globe/.test(c.statement)));
  assert.ok(read.some((c) => /won BAFTA/.test(c.statement)));
  assertSilent([
    ' date 2025-06-01 Lady Gaga\'s duet from "A Star Is Born" swept the Globe and the Oscar.',
    "Ryan Gosling starred in The Globe and Mail's list of the year's best performances.",
  ]);
});

test("'F beat A and B. It had already won X': 'it' goes on with the film the sentence opened on", () => {
  const flow =
    '"Flow" beat "The Wild Robot" and "Inside Out 2" at the 2025 ceremony. It had already won the Golden Globe.';
  assert.deepEqual(findings(flow), []);
  assert.ok(claims(flow).some((c) => c.verdict === "supported" && c.statement === "Flow won Golden Globe"));
  const wrong = flow.replace('"Flow" beat "The Wild Robot"', '"The Wild Robot" beat "Flow"');
  assert.ok(findings(wrong).some((f) => /Golden Globes/.test(f.message)));
});

test("a body's category the claim matches none of is unverifiable, never an error", () => {
  const text =
    "2019 – Roma (Mexico)\nIt lost best picture to Green Book.\n\n2021 – Another Round (Denmark)\n" +
    "It had won the BAFTA for film not in the English language.";
  assert.ok(findings(text).every((f) => !/No BAFTA Film Awards category/.test(f.message)));
});

test("another body's award is the season of the film it was for, not of a film named after 'after'", () => {
  const text =
    ' date 2022-03-01\n\nJanusz Kaminski, who won the Critics Choice award for "Lincoln", is nominated again after ' +
    '"Amistad."';
  const [f] = findings(text);
  assert.match(f?.message ?? "", /^At the 2013 Critics' Choice Awards, Best Cinematography went to Life of Pi/);
});
