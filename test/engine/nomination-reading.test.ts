import { test } from "node:test";
import assert from "node:assert/strict";
import { assertSilent, claims, findings, underlined, supportedStatements as supported } from "../helpers";

test("a copula before a category and its noun: 'X was a C nominee', 'X and Y were among the C nominees'", () => {
  assert.ok(
    supported("At the 58th Academy Awards, Jon Voight was a best actor nominee.").includes(
      "Jon Voight was nominated for Actor in a Leading Role at the 58th Academy Awards (1986)",
    ),
  );
  const both = supported(
    "At the 58th Academy Awards, Jon Voight and James Garner were among the five best actor nominees.",
  );
  assert.ok(both.some((s) => s.startsWith("Jon Voight was nominated for Actor in a Leading Role")));
  assert.ok(both.some((s) => s.startsWith("James Garner was nominated for Actor in a Leading Role")));
  assert.ok(
    supported("Jon Voight was the best actor winner for Coming Home.").some((s) =>
      s.startsWith("Jon Voight won Actor in a Leading Role at the 51st"),
    ),
  );
  const text = "At the 58th Academy Awards, Jon Voight was a best actress nominee.";
  const [f] = findings(text);
  assert.equal(underlined(text, f), "best actress");
  assert.match(f.message, /Jon Voight was nominated for Actor in a Leading Role, not Actress in a Leading Role/);
});

test("must stay silent: a name that is not the copula's subject", () => {
  // The object of a verb inside the subject phrase, a possessor, a presenter, a relative "whose".
  assert.deepEqual(
    findings("At the 58th Academy Awards, the film that starred Jon Voight was a best picture nominee."),
    [],
  );
  assert.deepEqual(findings("At the 58th Academy Awards, Jon Voight's co-star was a best actress nominee."), []);
  assert.deepEqual(findings("At the 76th Academy Awards, Sean Penn's wife was a best actress nominee."), []);
  assert.deepEqual(findings("At the 76th Academy Awards, Sean Penn's wife, a best actress nominee, smiled."), []);
  assert.deepEqual(findings("At the 76th Academy Awards, Tim Robbins said Sean Penn was the best actress winner."), []);
  assert.deepEqual(
    findings("At the 58th Academy Awards, Jon Voight was the presenter for the best actress nominees."),
    [],
  );
  assert.deepEqual(findings("At the 58th Academy Awards, Jon Voight was seated among the best actress nominees."), []);
  assert.deepEqual(
    findings("At the 58th Academy Awards, Jon Voight was there with best actress nominee Geraldine Page."),
    [],
  );
  assert.deepEqual(findings("At the 58th Academy Awards, Jon Voight was not a best director nominee."), []);
});

test("'X, whose daughter won C': the subject is the one possessed, not X", () => {
  assert.deepEqual(
    findings(
      "At the 72nd Academy Awards, Jon Voight, whose daughter won Best Supporting Actress, was in the audience.",
    ),
    [],
  );
  assert.deepEqual(
    findings(
      "At the 72nd Academy Awards, Jon Voight, whose daughter was nominated for Best Supporting Actress, sat still.",
    ),
    [],
  );
});

test("'the nominees for C were X, Y and Z' names every nominee of the list", () => {
  const read = supported(
    "At the 58th Academy Awards, the nominees for Best Director were Sydney Pollack, Peter Weir, John Huston, Hector Babenco and Akira Kurosawa.",
  );
  for (const who of ["Sydney Pollack", "Peter Weir", "John Huston", "Hector Babenco", "Akira Kurosawa"])
    assert.ok(read.includes(`${who} was nominated for Directing at the 58th Academy Awards (1986)`), who);
  const listed = supported(
    "At the 58th Academy Awards, the contenders for Best Actor included Jon Voight and James Garner.",
  );
  assert.ok(listed.some((s) => s.startsWith("James Garner was nominated for Actor in a Leading Role")));
});

test("'up for F, which also landed a C nomination for Y': the relative clause's category is its own", () => {
  const read = supported(
    "At the 69th Academy Awards, Milos Forman was up for The People vs. Larry Flynt, which also landed a Best Actor nomination for Woody Harrelson.",
  );
  assert.ok(read.includes("Milos Forman was nominated for The People vs. Larry Flynt"));
  assert.ok(read.some((s) => s.startsWith("Woody Harrelson was nominated for Actor in a Leading Role")));
});

test("an Oscar-nominee epithet before a name: 'the Oscar-nominated X', 'Academy Award nominee X'", () => {
  for (const text of [
    "Mozart was memorably played by the Oscar nominated, Tom Hulce.",
    "In Amadeus, the Oscar-nominated Tom Hulce plays Mozart.",
    "The Academy Award-nominated actor Tom Hulce starred.",
    "Academy Award nominee Tom Hulce smiled for the cameras.",
  ])
    assert.ok(supported(text).includes("Tom Hulce was nominated for an Oscar"), text);
  const both = supported("Oscar nominees Tom Hulce and F. Murray Abraham both played in Amadeus.");
  assert.deepEqual(
    both.filter((s) => s.endsWith("for an Oscar")),
    ["Tom Hulce was nominated for an Oscar", "F. Murray Abraham was nominated for an Oscar"],
  );
});

test("must stay silent: an epithet that is negated, hedged, a count or of another body", () => {
  for (const text of [
    "The never Oscar-nominated Tom Hulce smiled.",
    "Likely Oscar nominee Tom Hulce smiled.",
    "A would-be Oscar nominee, Tom Hulce smiled.",
    "The Golden Globe-nominated actor Tom Hulce smiled.",
    // (A count is the tallies' to check: Peter O'Toole had eight.)
    "Eight-time Oscar nominee Peter O'Toole smiled.",
    "The Oscar-nominated film starred Tom Hulce.",
  ]) {
    assert.deepEqual(
      claims(text).filter((c) => c.statement.endsWith("for an Oscar")),
      [],
      text,
    );
    assert.deepEqual(findings(text), [], text);
  }
});

test("'Name (AAN)' and 'Name (AA)': a reference work's marks of a nomination and a win for the piece's film", () => {
  const read = supported(
    "At the 57th Academy Awards, Amadeus won. Mozart was played by Tom Hulce (AAN), opposite F. Murray Abraham (AA).",
  );
  assert.ok(read.includes("Tom Hulce was nominated for Actor in a Leading Role for Amadeus"));
  assert.ok(read.includes("F. Murray Abraham won Actor in a Leading Role for Amadeus"));
  // A mark the data does not bear out is left unread, never an error: the mark may be of another film.
  const text = "At the 57th Academy Awards, Amadeus won. Mozart was played by Tom Hulce (AA).";
  assert.deepEqual(findings(text), []);
  assert.ok(!supported(text).some((s) => s.startsWith("Tom Hulce won")));
});

test("'in this drama with Y, which earned him a C nomination': 'which' is the film the noun names, not Y", () => {
  const text =
    "One Flew Over the Cuckoo's Nest (1975): He plays a convict in this drama with Louise Fletcher, which earned him a best-actor Oscar.";
  assert.ok(supported(text).some((s) => s.endsWith("won Actor at the 48th Academy Awards (1976)")));
  assert.deepEqual(findings(text), []);
  const wrong =
    "One Flew Over the Cuckoo's Nest (1975): He plays a convict in this drama with Louise Fletcher, which earned him a supporting-actor Oscar.";
  const [f] = findings(wrong);
  assert.match(f.message, /Actor in a Supporting Role went to George Burns/);
  // A film of another sentence is not guessed: "the comedy" may be any film.
  assert.deepEqual(
    findings(
      "Kramer vs. Kramer is great. Hoffman later made this comedy with Jessica Lange, which won her the best actress Oscar.",
    ),
    [],
  );
});

test("a film giving a person a nomination or an Oscar: the person holds it, for that film", () => {
  assert.ok(
    supported("Kramer vs. Kramer gave Justin Henry a supporting actor Oscar nomination.").includes(
      "Justin Henry was nominated for Actor in a Supporting Role at the 52nd Academy Awards (1980)",
    ),
  );
  assert.ok(
    supported("Kramer vs. Kramer earned Robert Benton the best director Oscar.").includes(
      "Robert Benton won Directing at the 52nd Academy Awards (1980)",
    ),
  );
  const text = "Kramer vs. Kramer gave Justin Henry a best actor Oscar nomination.";
  const [f] = findings(text);
  assert.equal(underlined(text, f), "best actor");
  assert.match(f.message, /Justin Henry was nominated for Actor in a Supporting Role, not Actor in a Leading Role/);
  // One given something else, and a possessor, are not the ones given the award.
  assert.deepEqual(findings("Jaws gave Steven Spielberg a hit, and the film a best picture nomination."), []);
  assert.deepEqual(findings("Kramer vs. Kramer gave Dustin Hoffman's co-star a best supporting actress Oscar."), []);
});

test("a short title acts as its film before a verb of giving ('Kramer gave him …')", () => {
  const read = supported(
    "Kramer vs. Kramer was a hit. The boy was Justin Henry; Kramer gave him a supporting actor Oscar nomination.",
  );
  assert.ok(
    read.some((s) => /^(?:Kramer vs\. Kramer|Justin Henry) was nominated for Actor in a Supporting Role/.test(s)),
  );
  // A surname of a person named in full stays the person.
  assert.deepEqual(claims("Stanley Kramer made films. Kramer gave Spencer Tracy a role."), []);
});

test("a name written family name first is the same person ('Kurosawa Akira')", () => {
  assert.ok(
    supported("Hamaguchi Ryusuke was nominated for Drive My Car.").includes(
      "Ryusuke Hamaguchi was nominated for Drive My Car",
    ),
  );
  const text = "At the 58th Academy Awards, Kurosawa Akira won Best Director.";
  const [f] = findings(text);
  assert.match(f.message, /Directing went to Sydney Pollack for Out of Africa; Akira Kurosawa was nominated/);
});

test("must stay silent: two capitalised words that are a reversed name only by chance", () => {
  // "Robert" and "Holly" are someone's family names, "Young" someone's given name: no reversal.
  for (const text of [
    "Young Robert Redford smiled at the 49th Academy Awards.",
    "Hunter Holly was the name of the boat.",
    "At the 58th Academy Awards, Pollack Sydney was an odd sign.",
  ])
    assert.deepEqual(
      claims(text).filter((c) => c.kind === "nomination" || c.kind === "win"),
      [],
      text,
    );
});

test("another body's award as an epithet of a listed nominee: the entry is still the pair", () => {
  const text =
    "At the 84th Academy Awards, the nominees were listed.\n\n- SAG Award winner Viola Davis for The Help.\n";
  assert.ok(supported(text).includes("Viola Davis was nominated for The Help"));
  // Never refuted: the epithet's body may be the one the pair is about.
  assert.deepEqual(findings("Golden Globe winner Meryl Streep for The Help was there."), []);
});

test("label lines one under another are separate entries, however long the one before", () => {
  const text =
    "At the 57th Academy Awards, Amadeus had 11 nominations.\n" +
    "Director: Milos Forman\n" +
    "Screenplay: Peter Shaffer, based on his own stage play of the same name, first staged in London\n" +
    "Actor: Tom Hulce\n";
  assert.ok(supported(text).some((s) => s.startsWith("Tom Hulce was nominated for Actor in a Leading Role")));
});

test("must stay silent: 'the C nominees were read by X' names a presenter, not a list", () => {
  assert.deepEqual(findings("At the 58th Academy Awards, the best actress nominees were read by Jon Voight."), []);
  assert.deepEqual(
    findings("At the 58th Academy Awards, the nominees for Best Director were announced by Jon Voight and Jane Fonda."),
    [],
  );
  // Describing words before the list keep it a list.
  const read = supported(
    "At the 58th Academy Awards, the best actor nominees were veterans Jon Voight and James Garner.",
  );
  assert.ok(read.some((s) => s.startsWith("James Garner was nominated for Actor in a Leading Role")));
});

test("a pluperfect or 'years before' dates the predicate before the night the clause states", () => {
  for (const text of [
    "At the 58th Academy Awards, Jon Voight, who had won best actor years before, lost.",
    "At the 58th Academy Awards, Jon Voight, who had been a best actor winner, lost.",
    "At the 58th Academy Awards, Jon Voight was a best actor winner once before.",
  ]) {
    assert.deepEqual(findings(text), [], text);
    assert.ok(
      supported(text).includes("Jon Voight won Actor in a Leading Role at the 51st Academy Awards (1979)"),
      text,
    );
  }
  // The plain past still speaks of the stated night.
  const [f] = findings("At the 58th Academy Awards, Jon Voight won best actor.");
  assert.match(f.message, /went to William Hurt/);
});

test("a stranded 'for' in a relative clause: 'F, which she was nominated for'", () => {
  assert.ok(
    supported("Louise Fletcher starred in One Flew Over the Cuckoo's Nest, which she was nominated for.").includes(
      "Louise Fletcher was nominated for One Flew over the Cuckoo's Nest",
    ),
  );
  const text = "Jack Nicholson starred in One Flew Over the Cuckoo's Nest, which Danny DeVito was nominated for, too.";
  const [f] = findings(text);
  assert.equal(underlined(text, f), "One Flew Over the Cuckoo's Nest");
  assert.match(f.message, /Danny DeVito has no Oscar nomination for One Flew over the Cuckoo's Nest/);
  // Denied, hedged, or a pronoun with two people before it: no error.
  for (const quiet of [
    "Danny DeVito starred in One Flew Over the Cuckoo's Nest, a film that he was never nominated for.",
    "Danny DeVito starred in One Flew Over the Cuckoo's Nest, which he might have been nominated for.",
    "Jack Nicholson starred with Danny DeVito in One Flew Over the Cuckoo's Nest, which he was nominated for.",
  ])
    assert.deepEqual(findings(quiet), [], quiet);
});

test("'X won C1 for F, which also won C2 over Y': the relative clause's antecedent beat Y", () => {
  const text =
    "At the 71st Academy Awards, Roberto Benigni won best actor for Life Is Beautiful, which also won best foreign " +
    "language film over Central Station.";
  assert.deepEqual(findings(text), []);
  assert.ok(
    claims(text).some((c) => c.verdict === "supported" && /Central Station competed with Life Is/.test(c.statement)),
  );
});

test("rivals beaten 'in which' a bare category with its award noun was won are that category's nominees", () => {
  const text =
    "At the 92nd Academy Awards, Parasite won Best Original Screenplay for Bong Joon Ho and Han Jin Won. " +
    "Bong then accepted the directing prize, in which he beat Martin Scorsese and Todd Phillips.";
  assert.deepEqual(findings(text), []);
  assert.ok(
    claims(text).some(
      (c) => c.verdict === "supported" && /^Todd Phillips was nominated for Directing/.test(c.statement),
    ),
  );
});

test("what a film 'ended with' after another's 'ended the night with N wins' is won", () => {
  const text =
    "Anora ended the night with five wins from six nominations at the 97th Academy Awards, " +
    "while The Brutalist ended with three.";
  assert.deepEqual(findings(text), []);
  assert.ok(claims(text).some((c) => c.verdict === "supported" && /^The Brutalist won 3 Oscars/.test(c.statement)));
});

test("'left out of the C race', 'shut out of', 'overlooked for': a category denied is no nomination", () => {
  for (const t of [
    "Dreamgirls had eight nominations but was left out of the best picture race.",
    "Dreamgirls was shut out of the best picture race.",
    "Dreamgirls was overlooked for Best Picture.",
  ])
    assert.deepEqual(findings(t), [], t);
  // (A denial set off as an aside governs nothing after it.)
  assert.equal(
    findings("Dreamgirls, overlooked by the Golden Globes, won Best Picture at the 79th Academy Awards.")[0]?.rule,
    "wrong-winner",
  );
});

test("'an honorary award' is any award the data calls honorary or special that night", () => {
  const verdicts = (t: string) => claims(t).map((c) => `${c.kind}:${c.verdict}`);
  assert.ok(verdicts("Rashomon received an honorary award at the 24th Academy Awards.").includes("win:supported"));
  assert.ok(verdicts("Monsieur Vincent received an honorary Oscar in 1949.").includes("win:supported"));
  assert.equal(findings("Rashomon received an honorary award at the 23rd Academy Awards.")[0]?.rule, "wrong-winner");
});

test("'won nothing from its N nominations, including C for X': with no wins, what is included was nominated", () => {
  const text = "Gangs of New York won nothing from its ten nominations, including best actor for Daniel Day-Lewis.";
  assert.deepEqual(findings(text), []);
  assert.ok(
    supported(text).some((s) => /Daniel Day-Lewis|Actor in a Leading Role/.test(s)),
    supported(text).join("\n"),
  );
  const some = "Gangs of New York won two of its ten nominations, including best actor for Daniel Day-Lewis.";
  assert.ok(findings(some).some((f) => f.rule === "wrong-winner"));
});

test("'At the Nth, X was nominated for F': an ordinary-word title after 'nominated for', checked at the Nth", () => {
  const text = "At the 55th Academy Awards, Jessica Lange was nominated for Country.";
  const [f] = findings(text);
  assert.match(f.message, /Jessica Lange was nominated for Country at the 57th Academy Awards \(1985\), not the 55th/);
  assert.equal(f.fixes[0].replacement, "57th Academy Awards");
  assert.deepEqual(findings(text.replace("55th", "57th")), []);
  // A number before a count's noun stays a count ("12" is also a film's title).
  assert.deepEqual(findings("At the 32nd Academy Awards, Ben-Hur was nominated for 12 Oscars."), []);
  // A relative clause's win ends at its comma: the film after it is the main clause's.
  assertSilent(["Jessica Lange, who won at the 55th Academy Awards, was nominated for Country."]);
});

test("'X won C over A and B' is read at the night X won C, the paragraph's night having X in another category", () => {
  const para = "Warren Beatty was nominated for best actor for Bonnie and Clyde at the 40th Academy Awards.";
  const right = `${para} Beatty won best director over Louis Malle and Steven Spielberg.`;
  assertSilent([right]);
  assert.ok(supported(right).includes("Steven Spielberg competed with Warren Beatty"));
  const wrong = `${para} Beatty won best director over Louis Malle and Sydney Pollack.`;
  assert.match(findings(wrong)[0]?.message ?? "", /^At the 54th Academy Awards \(1982\), Sydney Pollack was not/);
});

test("'Y beat her for C' after 'X was nominated': X was nominated for C and Y won it", () => {
  const said = "At the 91st Academy Awards, Christian Bale was nominated for Vice, and ";
  const right = `${said}Rami Malek beat him for best actor.`;
  assertSilent([right]);
  const read = supported(right);
  assert.ok(
    read.includes("Christian Bale was nominated for Actor in a Leading Role at the 91st Academy Awards (2019)"),
  );
  assert.ok(read.includes("Rami Malek won Actor in a Leading Role at the 91st Academy Awards (2019)"));
  const wrong = findings(`${said}Viggo Mortensen beat him for best actor.`);
  assert.match(wrong[0]?.message ?? "", /Actor in a Leading Role went to Rami Malek for Bohemian Rhapsody/);
});
