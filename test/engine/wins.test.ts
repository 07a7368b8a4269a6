import { test } from "node:test";
import assert from "node:assert/strict";
import { assertSilent, claims, findings, underlined } from "../helpers";

const AT97 = "At the 97th Academy Awards, ";

test("a true win raises nothing and is recorded as supported", () => {
  const text = AT97 + "Mikey Madison won Best Actress for Anora.";
  assert.deepEqual(findings(text), []);
  const c = claims(text).find((x) => x.kind === "win");
  assert.equal(c?.verdict, "supported");
});

test("a wrong winner is refuted with the real winner and a fix", () => {
  const text = AT97 + "Demi Moore won Best Actress.";
  const [f] = findings(text);
  assert.equal(f.rule, "wrong-winner");
  // A nominee named as the winner: the name is the slot to replace, and carries the underline.
  assert.equal(underlined(text, f), "Demi Moore");
  assert.match(f.message, /Actress in a Leading Role went to Mikey Madison for Anora/);
  assert.equal(f.fixes[0].replacement, "Mikey Madison");
  assert.equal(f.fixes[0].preferred, true);
  assert.ok(f.evidence.some((e) => e.won && e.nominees.includes("Mikey Madison") && e.ceremony === 97));
});

test("a film's list of wins: each wrong category is flagged, the right one is not", () => {
  const good = "The 97th Academy Awards saw Dune: Part Two pick up wins in sound and visual effects.";
  assert.deepEqual(findings(good), []);
  const bad =
    "The 97th Academy Awards saw Dune: Part Two pick up wins in cinematography, production design and visual effects.";
  const fs = findings(bad);
  assert.deepEqual(
    fs.map((f) => underlined(bad, f)),
    ["cinematography", "production design"],
  );
  assert.match(
    fs[0].message,
    /Cinematography went to Lol Crawley for The Brutalist; Dune: Part Two won Sound and Visual Effects/,
  );
  assert.match(fs[1].message, /Production Design went to Nathan Crowley and Lee Sandales for Wicked/);
  assert.equal(fs[0].fixes[0].replacement, "sound and visual effects");
});

test("'went to' and 'Oscar-winning' forms", () => {
  assert.deepEqual(findings(AT97 + "Best Supporting Actor went to Kieran Culkin."), []);
  const text = AT97 + "Best Supporting Actor went to Edward Norton.";
  const [f] = findings(text);
  assert.match(f.message, /Kieran Culkin for A Real Pain/);
  assert.deepEqual(findings("The Oscar-winning Adrien Brody returned to the stage."), []);
  const never = findings("The Oscar-winning Demi Moore returned to the stage.", 97);
  assert.equal(never.length, 1);
  assert.match(never[0].message, /no win/);
});

test("a win at another ceremony is not called wrong when the sentence may mean that year", () => {
  // Brody won for The Pianist at the 75th; the film moves the context there.
  assert.deepEqual(findings("Adrien Brody, who won Best Actor for The Pianist, was back on stage.", 97), []);
});

test("hedged and negated sentences are not claims", () => {
  assert.deepEqual(findings(AT97 + "Demi Moore was expected to win Best Actress."), []);
  assert.deepEqual(findings(AT97 + "Demi Moore did not win Best Actress."), []);
});

test("a person known only by surname later in the draft", () => {
  const text = "Adrien Brody starred in The Brutalist. At the 97th Academy Awards, Brody won Best Supporting Actor.";
  const [f] = findings(text);
  assert.equal(f.rule, "wrong-winner");
  assert.match(f.message, /Kieran Culkin/);
  assert.match(f.message, /Adrien Brody won Actor in a Leading Role/);
});

test("'X, who won Best Y' names the winner", () => {
  assert.deepEqual(findings(AT97 + "Zoe Saldaña, who won Best Supporting Actress, thanked her mother."), []);
  const [f] = findings(AT97 + "Ariana Grande, who won Best Supporting Actress, thanked her mother.");
  assert.match(f.message, /went to Zoe Saldaña for Emilia Pérez; Ariana Grande was nominated but did not win/);
});

test("a category won at another award body is not an Oscar claim", () => {
  // Emilia Pérez won the Golden Globe for Best Motion Picture – Musical or Comedy, not the Oscar.
  assert.deepEqual(findings(AT97 + "Emilia Pérez had already won Best Picture at the Golden Globes."), []);
  assert.deepEqual(
    findings(AT97 + "Demi Moore, who won the Golden Globe for Best Actress, lost to Mikey Madison."),
    [],
  );
  assert.equal(findings(AT97 + "Emilia Pérez won Best Picture.").length, 1);
});

test("in a piece about an Oscar night, 'X won for F' needs no 'Oscar': a nominee who lost is refuted", () => {
  const lead = "At the 80th Academy Awards, the cinematography race was close. ";
  assert.match(
    findings(`${lead}Roger Deakins won for No Country for Old Men.`)[0]?.message ?? "",
    /nominated for Cinematography for No Country for Old Men but did not win; it went to Robert Elswit/,
  );
  assert.deepEqual(findings(`${lead}Robert Elswit won for There Will Be Blood.`), []);
});

test("a person named in full, nominated in a category and never winning it, did not win it, whatever the night", () => {
  assert.match(
    findings("Glenn Close won Best Actress at the Oscars.")[0]?.message ?? "",
    /Glenn Close was nominated for Best Actress 4 times \(60th .*\) and never won it/,
  );
  // Another body's award, or no word of the Oscars in the piece: no finding.
  assert.deepEqual(findings("Glenn Close won Best Actress at the Golden Globes."), []);
  assert.deepEqual(findings("Glenn Close won Best Actress."), []);
});

test("'X was best actor for F': a 'best' title after a copula, with no article, is a win", () => {
  const verdicts = (t: string) => claims(t).map((c) => `${c.kind}:${c.verdict}`);
  assert.ok(verdicts("Frances McDormand was best actress for Fargo.").includes("win:supported"));
  assert.ok(verdicts("Parasite was Best Picture at the 92nd Academy Awards.").includes("win:supported"));
  assert.equal(findings("Tom Hanks was best actor for Big.")[0]?.rule, "wrong-winner");
  assert.equal(findings("1917 was Best Picture at the 92nd Academy Awards.")[0]?.rule, "wrong-winner");
  // Praise, not a title: an article, a noun after, or no "for"/"at".
  for (const t of [
    "Tom Hanks was the best actor in Big.",
    "Tom Hanks was best actor material in Big.",
    "For many viewers, 1917 was best picture of the year.",
  ])
    assert.deepEqual(findings(t), [], t);
});

test("'won for F and, at the Nth ceremony, for G': a night after 'and' is the later film's", () => {
  const right = "Harold F. Kress won for How the West Was Won and, at the 47th ceremony, for The Towering Inferno.";
  assert.deepEqual(findings(right), []);
  const wrong = "Harold F. Kress won for The Towering Inferno and, at the 47th ceremony, for How the West Was Won.";
  assert.equal(findings(wrong)[0]?.rule, "wrong-winner");
});

test("'won C at the Nth Academy Awards for F': the film after the night is the win's", () => {
  assert.deepEqual(findings("Holly Hunter won best actress at the 66th Academy Awards for The Piano."), []);
  const wrong = "Holly Hunter won best actress at the 66th Academy Awards for Broadcast News.";
  assert.equal(findings(wrong)[0]?.rule, "wrong-winner");
  assert.match(findings(wrong)[0]?.message ?? "", /The Piano/);
});

test("a bare category word named as the award ('the Oscar for makeup', 'the sound award') is refuted like any", () => {
  assert.deepEqual(findings("The Fly won the Oscar for makeup."), []);
  assert.equal(findings("Platoon won the Oscar for makeup at the 59th Academy Awards.")[0]?.rule, "wrong-winner");
  assert.equal(findings("Platoon won the makeup award at the 59th Academy Awards.")[0]?.rule, "wrong-winner");
});

test("'At the Nth, X won for F' with no category: a win that night for another film blames the film", () => {
  const [f] = findings("At the 61st Academy Awards, Barry Levinson won for Good Morning, Vietnam.");
  assert.match(f.message, /Barry Levinson won Directing for Rain Man, not for Good Morning, Vietnam/);
  assert.equal(f.fixes[0].replacement, "Rain Man");
  assert.deepEqual(findings("At the 61st Academy Awards, Barry Levinson won for Rain Man."), []);
  // A film that is no "for" of the win (a rival) is not blamed.
  assertSilent(["At the 61st Academy Awards, Barry Levinson won, beating the makers of Good Morning, Vietnam."]);
});

test("'prevailed for F', 'took the prize for F': a win with no category named, read like 'won for F'", () => {
  const text = "At the 60th Academy Awards, Michael Douglas prevailed for Wall Street.";
  assert.deepEqual(findings(text), []);
  assert.ok(claims(text).some((c) => c.verdict === "supported" && /Michael Douglas won an Oscar/.test(c.statement)));
  const [f] = findings("At the 60th Academy Awards, Michael Douglas collected the Oscar for Platoon.");
  assert.match(f.message, /won Actor in a Leading Role for Wall Street, not for Platoon/);
  // A nominee said to take the prize at the night it lost.
  const [g] = findings("At the 60th Academy Awards, Glenn Close took the prize for Fatal Attraction.");
  assert.match(
    g.message,
    /Glenn Close was nominated for Actress in a Leading Role for Fatal Attraction but did not win/,
  );
  // One who accepted, or took home, the film's own award that night is not refuted.
  assertSilent([
    "At the 96th Academy Awards, Jonathan Glazer accepted the award for The Zone of Interest.",
    "At the 96th Academy Awards, Jonathan Glazer collected the Oscar for The Zone of Interest.",
    "At the 14th Academy Awards, Walt Disney won for Fantasia.",
  ]);
  // A nomination received is no win.
  const received = claims("At the 60th Academy Awards, Michael Douglas received a nomination for Wall Street.");
  assert.ok(!received.some((c) => /won an Oscar/.test(c.statement)));
});

test("'A and B tied for C' is a win of C by each", () => {
  const text = "At the 85th Academy Awards, Skyfall and Zero Dark Thirty tied for sound editing.";
  assert.deepEqual(findings(text), []);
  const wins = claims(text).filter((c) => c.verdict === "supported" && c.kind === "win");
  assert.deepEqual(
    wins.map((c) => c.message.split(" for ").pop()),
    ["Skyfall", "Zero Dark Thirty"],
  );
  // "tied for the lead" names no award.
  const lead = claims("At the 85th Academy Awards, Lincoln tied for the lead with 12 nominations.");
  assert.ok(!lead.some((c) => c.kind === "win"));
});

test("'won for A and again for B': the win carries over to the film after 'and … for'", () => {
  const text = "Dianne Wiest won Oscars for Hannah and Her Sisters and again for Bullets over Broadway.";
  assert.deepEqual(findings(text), []);
  assert.ok(claims(text).some((c) => c.verdict === "supported" && /67th/.test(c.message)));
  const [f] = findings(text.replace("Bullets over Broadway", "Parenthood"));
  assert.match(f.message, /Dianne Wiest was nominated for Actress in a Supporting Role for Parenthood but did not win/);
});

test("'X took C1 and Y and Z shared C2': after a category, 'and' before new names and a verb opens a clause", () => {
  const text = "At the 97th Academy Awards, Paul Tazewell took costume design and Nathan Crowley and Lee Sandales ";
  assertSilent([text + "shared production design.", text + "won production design."]);
  const [f] = findings(text.replace("Paul Tazewell", "Conrad Buff") + "won production design.");
  assert.equal(f?.rule, "wrong-winner");
  assert.match(f.message, /Costume Design went to Paul Tazewell/);
});

test('\'won for "A," "B" and "C"\': quotes around listed titles do not end the list; each is a win', () => {
  const list = 'At the Oscars, Walter Brennan won for "Come and Get It," "Kentucky" and "';
  assertSilent([list + 'The Westerner."']);
  const [f] = findings(list + 'Sergeant York."');
  assert.equal(f?.rule, "wrong-winner");
  assert.match(f.message, /nominated for Actor in a Supporting Role for Sergeant York but did not win/);
});

test("'X won C1 and Y and Z won C2 in 2012': the night said at the end is both conjuncts'", () => {
  const c = claims(
    "Meryl Streep won Best Actress and Christopher Plummer and Octavia Spencer won the supporting prizes in 2012.",
  );
  assert.match(c.find((x) => /Meryl Streep won/.test(x.statement))?.statement ?? "", /84th Academy Awards/);
});

test("a song named 'for' a song category is checked against the record's song, and blamed with the right one", () => {
  const wrong = 'At the 96th Academy Awards, Billie Eilish won best original song for "I\'m Just Ken".';
  const [f] = findings(wrong);
  assert.equal(underlined(wrong, f), "I'm Just Ken");
  assert.match(f.message, /"What Was I Made For\?" \(Barbie\), not "I'm Just Ken"/);
  assert.equal(f.fixes[0]?.replacement, "What Was I Made For?");
  // The right song, or a song said of the singer rather than of the category, raises nothing.
  assertSilent([
    'At the 96th Academy Awards, Billie Eilish won best original song for "What Was I Made For".',
    'Billie Eilish, who sang "No Time to Die," won best original song at the 96th Academy Awards for Barbie.',
  ]);
});

test("the half of a split category ('black-and-white cinematography', 'Costume Design (Color)') is checked", () => {
  const wrong =
    'At the 27th Academy Awards, Milton Krasner won black-and-white cinematography for "Three Coins in the Fountain."';
  const [f] = findings(wrong);
  assert.equal(underlined(wrong, f), "black-and-white");
  assert.match(
    f.message,
    /won Cinematography \(Color\) for Three Coins in the Fountain, not the black-and-white award/,
  );
  assert.equal(f.fixes[0]?.replacement, "color");
  assertSilent([
    'At the 27th Academy Awards, Milton Krasner won color cinematography for "Three Coins in the Fountain."',
    'Edith Head won Costume Design (Color) for "Samson and Delilah" at the 23rd Academy Awards.',
  ]);
});

test("'C that night went to X': a time said between the category and its verb", () => {
  const said = (film: string) => `At the 74th Academy Awards, the animated short that night went to "${film}."`;
  assert.deepEqual(findings(said("For the Birds")), []);
  assert.match(findings(said("Shrek"))[0]?.message ?? "", /Animated Short Film went to For the Birds/);
});

test("a film's title in quotes after a song category is the film, though a song shares its title", () => {
  assertSilent([
    'Bruce Springsteen won best original song for "Philadelphia".',
    'Tom Snow was nominated for best original song for "Footloose".',
  ]);
});

test("a song as the subject of a win: '\"T,\" from F, won best original song' is checked against that night", () => {
  const right = 'At the 95th Academy Awards, "Naatu Naatu," from RRR, won best original song.';
  assert.deepEqual(findings(right), []);
  assert.ok(
    claims(right).some((c) => c.verdict === "supported" && /"Naatu Naatu" won Original Song/.test(c.statement)),
  );
  const wrong = 'At the 95th Academy Awards, "Lift Me Up" won best original song.';
  const [f] = findings(wrong);
  assert.equal(underlined(wrong, f), "Lift Me Up");
  assert.match(f.message, /Original Song went to "Naatu Naatu" from RRR/);
  assert.equal(f.fixes[0].replacement, "Naatu Naatu");
  // A song the data does not name is no claim we can check.
  assertSilent(['At the 95th Academy Awards, "A Song Nobody Wrote" won best original song.']);
});

test("'supporting acting prize' narrows the acting award to the supporting categories", () => {
  const [f] = findings("Joaquin Phoenix took a supporting acting prize in 2020.");
  assert.equal(f?.rule, "wrong-winner");
  assert.match(f.message, /Actor in a Supporting Role went to Brad Pitt/);
  const ok = "Laura Dern won a supporting acting Oscar for Marriage Story.";
  assert.deepEqual(findings(ok), []);
  assert.equal(claims(ok).find((c) => c.kind === "win")?.verdict, "supported");
});

test("'went to X for F — not for G': the film denied is not the one the award went for", () => {
  const text =
    "The 73rd Academy Awards were held in 2001. Best director went to Steven Soderbergh for Traffic — not for " +
    "Erin Brockovich, the other film he was nominated for.";
  assert.deepEqual(findings(text), []);
});

test("'The award went to X for F' opening a sentence takes the category the sentence before named", () => {
  const before = "At the 79th Academy Awards, Helen Mirren and Meryl Streep were nominated for best actress.";
  assert.deepEqual(findings(`${before} The award went to Helen Mirren for The Queen.`), []);
  const [f] = findings(`${before} The award went to Meryl Streep for The Devil Wears Prada.`);
  assert.match(f?.message ?? "", /went to Helen Mirren for The Queen/);
  // Another body's paragraph keeps its own award.
  assertSilent([
    "The Queen was nominated at the 79th Academy Awards.\n\nMeryl Streep won best actress " +
      "in a comedy at the Golden Globes. The award went to Streep for The Devil Wears Prada.",
  ]);
});
