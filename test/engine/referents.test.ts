/**
 * What a role, a career rank or a count belongs to when the sentence names several people,
 * films or nights. Each rule is pinned on a sentence written for it.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { assertSilent, claims, findings, supportedStatements as supported } from "../helpers";

test("a film named after someone else ('lost to Y of F') is not the role's film", () => {
  const text =
    "At the 12th Academy Awards, Mickey Rooney, nominated for his portrayal of Mickey Moran, " +
    'lost the best actor prize to Robert Donat of "Goodbye, Mr. Chips."';
  assert.deepEqual(findings(text), []);
  assert.ok(supported(text).includes("Mickey Rooney played Mickey Moran"));
});

test("two roles with their films: each role takes its own film, an ampersand in a title included", () => {
  assertSilent([
    "Cate Blanchett's turn as Carol Aird in Carol and her portrayal of Lydia Tár in Tár both earned nominations.",
    "Meryl Streep earned nominations for playing Miranda Priestly in The Devil Wears Prada " +
      "and Julia Child in Julie & Julia.",
  ]);
  const both =
    "Meryl Streep's turn as Miranda Priestly in The Devil Wears Prada and her portrayal of Julia Child in " +
    "Julie & Julia both earned nominations.";
  assert.deepEqual(findings(both), []);
  assert.ok(supported(both).includes("Meryl Streep played Julia Child"));
});

test("a role written with two words run together ('DeWitt') is the data's ('De Witt')", () => {
  const text = "George Sanders played Addison DeWitt in All About Eve.";
  assert.deepEqual(findings(text), []);
  assert.ok(supported(text).includes("George Sanders played Addison DeWitt"));
});

test("a career rank is not counted to an inherited night when the sentence's films competed at another", () => {
  assertSilent([
    "Lawrence of Arabia won seven Oscars at the 35th Academy Awards, including a score for Maurice Jarre. " +
      "Doctor Zhivago won five, and Jarre won his second Oscar.",
  ]);
});

test("'the film' in a season count, for an earlier film that is not the piece's main one, is never refuted", () => {
  assertSilent([
    "Oppenheimer won five Golden Globes in January. Poor Things took the comedy prize.\n\n" +
      "In London, the film won seven BAFTAs.\n",
  ]);
});

test("a year in a relative clause after the claim is the clause's, not the claim's night", () => {
  const text =
    "Meryl Streep won Best Actress for The Iron Lady, in which she played Margaret Thatcher, " +
    "who became prime minister in 1979.";
  assert.deepEqual(findings(text), []);
  assert.ok(supported(text).some((s) => /^Meryl Streep won Actress in a Leading Role at the 84th/.test(s)));
});

test("a win for the right film in another category blames the category, not the film", () => {
  // Nicholson won a supporting Oscar too, for another film: the film is still not what is wrong.
  const [f] = findings("Jack Nicholson won Best Supporting Actor for As Good as It Gets.");
  assert.match(f?.message ?? "", /Supporting Role went to Robin Williams .*Jack Nicholson won Actor in a Leading Role/);
});

test("'the award went to X for F' after a clause naming a category: X won that category", () => {
  const lead = "At the 35th Academy Awards, Omar Sharif was nominated for Best Supporting Actor; the award went to ";
  assert.ok(
    supported(`${lead}Ed Begley for Sweet Bird of Youth.`).some((s) => /^Ed Begley won Actor in a Supporting/.test(s)),
  );
  const [f] = findings(`${lead}Telly Savalas for Birdman of Alcatraz.`);
  assert.match(
    f?.message ?? "",
    /went to Ed Begley for Sweet Bird of Youth; Telly Savalas was nominated but did not win/,
  );
});

test("'F, in which he played C': the sentence's person plays C in F", () => {
  const right = 'Walter Matthau was nominated for "The Sunshine Boys," in which he played Willy Clark.';
  assert.deepEqual(findings(right), []);
  assert.ok(supported(right).includes("Walter Matthau played Willy Clark"));
  const [f] = findings('Walter Matthau was nominated for "The Sunshine Boys," in which he played Al Lewis.');
  assert.match(f?.message ?? "", /nominated as Willy Clark in The Sunshine Boys/);
});

test("a pronoun's person is borne out by a film of theirs on the clause's night: a wrong category is blamed", () => {
  const before = "Jessica Lange was nominated for Frances. ";
  assert.deepEqual(findings(`${before}At the 55th Academy Awards, she won Best Supporting Actress for Tootsie.`), []);
  const [f] = findings(`${before}At the 55th Academy Awards, she won Best Actress for Tootsie.`);
  assert.match(f?.message ?? "", /Jessica Lange won Actress in a Supporting Role/);
});

test("a career rank after earlier wins named with 'after' is counted to the sentence's night", () => {
  const text =
    "At the 81st Academy Awards, Sean Penn won Best Actor for Milk. It was Penn's second Oscar, after Mystic River.";
  assert.ok(supported(text).some((s) => /Sean Penn's 2nd Oscar/.test(s)));
});

test("a win 'for F1, F2 and F3' is one win per film, each checked", () => {
  const right = "Tom Hanks won Best Actor for Philadelphia and Forrest Gump.";
  assert.deepEqual(findings(right), []);
  assert.equal(supported(right).filter((s) => /^Tom Hanks won Actor/.test(s)).length, 2);
  const [f] = findings("Tom Hanks won Best Actor for Philadelphia, Cast Away and Forrest Gump.");
  assert.match(f?.message ?? "", /73rd Academy Awards .*went to Russell Crowe for Gladiator; Tom Hanks was nominated/);
});

test("'X won Best Supporting Actor as C' names X's role", () => {
  const right = "At the 32nd Academy Awards, Hugh Griffith won Best Supporting Actor as Sheik Ilderim.";
  assert.ok(supported(right).includes("Hugh Griffith played Sheik Ilderim"));
  const [f] = findings("At the 32nd Academy Awards, Hugh Griffith won Best Supporting Actor as Judah Ben-Hur.");
  assert.match(f?.message ?? "", /nominated as Sheik Ilderim/);
});

test("a rank 'of X's career' or 'the Nth of his career' is that person's", () => {
  const lead = "Bette Davis was nominated for All About Eve at the 23rd Academy Awards. ";
  assert.ok(
    supported(`${lead}It was the eighth nomination of Davis's career.`).includes("Bette Davis's 8th nomination"),
  );
  assert.equal(findings(`${lead}It was the seventh nomination of Davis's career.`)[0]?.rule, "wrong-career");
  const tracy =
    "At the 40th Academy Awards, Spencer Tracy received a Best Actor nomination for Guess Who's Coming to Dinner; " +
    "it was the ninth of his career.";
  assert.ok(supported(tracy).includes("Spencer Tracy's 9th nomination"));
});

test("an ampersand title with lower-case words inside is read whole", () => {
  const text = "Wallace & Gromit in The Curse of the Were-Rabbit won Best Animated Feature.";
  assert.deepEqual(findings(text), []);
  assert.ok(supported(text).some((s) => /Were-Rabbit won Animated Feature Film at the 78th/.test(s)));
});

test("a role's film is one said 'in F' after it, not a title inside a description of the character", () => {
  assertSilent([
    "Sean Penn was named Best Actor for Milk, in which he played Harvey Milk, the San Francisco supervisor.",
  ]);
});

test("a character name a letter apart from the data's, in a long word, is the same role", () => {
  const text = "Humphrey Bogart was nominated for playing Rick Blaine in Casablanca.";
  assert.deepEqual(findings(text), []);
  assert.ok(supported(text).includes("Humphrey Bogart played Rick Blaine"));
});

test("'It was his second Oscar' ranks the win the paragraph just told, whatever year it was told with", () => {
  const lead = "Sean Penn won Best Actor for Milk in 2009. ";
  assert.ok(supported(`${lead}It was his second Oscar.`).includes("Sean Penn's 2nd Oscar"));
  assert.match(findings(`${lead}It was his third Oscar.`)[0]?.message ?? "", /2nd competitive Oscar, not the 3rd/);
  // "X won his second Oscar" tells a new win: not the one before.
  const two = "Lawrence of Arabia won seven Oscars at the 35th Academy Awards, including a score for Maurice Jarre. ";
  assertSilent([`${two}Doctor Zhivago won five, and Jarre won his second Oscar.`]);
});

test("'won … N times, for F1, F2 and F3' and 'won twice, for F1 and F2': one win per film", () => {
  const cut =
    "Thelma Schoonmaker has won Best Film Editing three times, for Raging Bull, The Aviator and The Departed.";
  assert.equal(supported(cut).filter((s) => /won Film Editing/.test(s)).length, 3);
  const two = "Olivia de Havilland won twice, for To Each His Own and The Heiress.";
  assert.equal(supported(two).filter((s) => /won an Oscar for/.test(s)).length, 2);
});

test("a person named as a role is no later pronoun's antecedent", () => {
  const text =
    "Cate Blanchett won Best Supporting Actress for The Aviator, in which she portrayed Katharine Hepburn. " +
    "She was nominated for Best Actress for Elizabeth.";
  assert.ok(supported(text).some((s) => /^Cate Blanchett was nominated for Actress in a Leading Role/.test(s)));
  assert.ok(!claims(text).some((c) => /Katharine Hepburn was nominated/.test(c.statement)));
});

test("'played C in F': an ordinary-word title after a role is the film, and a 'Jr.' name plays it", () => {
  assert.match(
    findings("Peter Finch played Daniel Hirsh in Network.")[0]?.message ?? "",
    /nominated as Howard Beale in Network .*not as Daniel Hirsh/,
  );
  assertSilent([
    "Peter Finch played Howard Beale in Network.",
    "Cuba Gooding Jr. played Rod Tidwell in Jerry Maguire.",
  ]);
  assert.match(
    findings("Cuba Gooding Jr. played Peter Helfgott in Jerry Maguire.")[0]?.message ?? "",
    /nominated as Rod Tidwell in Jerry Maguire .*not as Peter Helfgott/,
  );
});

test("each item of a list keeps its own film: 'A for F and B as C', 'X, who won for F, and Y, nominated for G'", () => {
  const nominees =
    'The 78th Academy Awards nominees include Heath Ledger for "Brokeback Mountain" and ' +
    "Philip Seymour Hoffman as Truman Capote.";
  assertSilent([
    nominees,
    "Reese Witherspoon beat Judi Dench, who had won for Shakespeare in Love, " +
      "and Keira Knightley, nominated for Pride & Prejudice.",
    "Cedric Gibbons won for Gaslight, in which Ingrid Bergman played Paula Alquist, and for The Yearling.",
  ]);
  assert.ok(supported(nominees).some((s) => /^Philip Seymour Hoffman played Truman Capote/.test(s)));
});

test("a subject pronoun goes on with the sentence before's subject, not its object", () => {
  const text = "Joaquin Phoenix thanked Todd Phillips. He then won best actor at the 92nd Academy Awards.";
  assertSilent([text]);
  assert.ok(supported(text).some((s) => /^Joaquin Phoenix won Actor in a Leading Role at the 92nd/.test(s)));
  // (Whom the pronoun cannot be, it is not: "She" is not Todd Phillips.)
  const she = "Renée Zellweger hugged Joaquin Phoenix. She won best actress at the 92nd Academy Awards.";
  assert.ok(supported(she).some((s) => /^Renée Zellweger won Actress in a Leading Role at the 92nd/.test(s)));
});

test("a later conjunct's 'it' after a subject we could not read is that subject, not a film named before", () => {
  assertSilent(["Ben-Hur won 11 Oscars. Gravity brought its director a new fame, and it won seven Oscars."]);
  // An "it" in the first clause goes on with the film before, and so does the later one.
  assert.equal(findings("Ben-Hur was a hit in 1959. Critics loved it, and it won 12 Oscars.").length, 1);
  // With the first clause's subject a pronoun, "it" still goes on with the film before.
  const [f] = findings("Ben-Hur won 11 Oscars. It broke records, and it won twelve Oscars.");
  assert.match(f.message, /Ben-Hur won 11 Oscars/);
});

test("a pronoun whose paragraph named no one else, with a film of theirs, is checked like the name", () => {
  const text = "Meryl Streep was nominated 21 times. She won best supporting actress for The Deer Hunter.";
  const [f] = findings(text);
  assert.match(f.message, /went to Maggie Smith for California Suite; Meryl Streep was nominated but did not win/);
  // The finding marks words of its own sentence, never the name in the one before.
  assert.ok(f.start > text.indexOf("She"));
  assert.deepEqual(findings(text.replace("The Deer Hunter", "Kramer vs. Kramer")), []);
  // Another woman named before, and the sentence's subject: "she" goes on with her, whose film it is not.
  assertSilent([
    "Viola Davis praised Meryl Streep, nominated 21 times. She won best supporting actress for The Deer Hunter.",
  ]);
});

test("a subject pronoun that goes on with a subject the sentences before kept is sure when the film is theirs", () => {
  const lemmon =
    'Jack Lemmon won two Oscars. The first came early: he was named best supporting actor for "Mister Roberts", ' +
    'opposite Henry Fonda and James Cagney. Nearly two decades later he won best actor for "The China Syndrome".';
  assert.match(
    findings(lemmon)[0]?.message ?? "",
    /went to Dustin Hoffman for Kramer vs\. Kramer; Jack Lemmon was nominated/,
  );
  assert.deepEqual(findings(lemmon.replace("The China Syndrome", "Save the Tiger")), []);
  // Another woman named before her: the subject is still the one "she" goes on with.
  const streep =
    "Meryl Streep was nominated 21 times, as was Viola Davis. She won best supporting actress for The Deer Hunter.";
  assert.match(findings(streep)[0]?.message ?? "", /went to Maggie Smith/);
  // "Nearly two decades later" measures time; it hedges no verb, but "nearly won" does.
  assertSilent(['Jack Lemmon nearly won best actor for "The China Syndrome".']);
  const year = lemmon.replace('"The China Syndrome"', '"The China Syndrome" (1973)');
  assert.match(
    findings(year)[0]?.message ?? "",
    /Jack Lemmon won Actor for Save the Tiger, not for The China Syndrome/,
  );
});

test("'directed F' and 'starred in F' make an ordinary-word title a film", () => {
  const text = "Bong Joon Ho directed Parasite. The film won five Oscars.";
  assert.match(findings(text)[0]?.message ?? "", /Parasite won 4 Oscars/);
  assert.match(findings("Sandra Bullock starred in Gravity. The film won six Oscars.")[0]?.message ?? "", /won 7/);
  assert.deepEqual(findings("Sandra Bullock starred in Gravity. The film won seven Oscars."), []);
});

test("a maker's film ('Bong's film', 'Cameron's epic') is the last film named that the maker is credited on", () => {
  const bong = "Bong Joon Ho directed Parasite. Bong's film won five Oscars.";
  assert.match(findings(bong)[0]?.message ?? "", /Parasite won 4 Oscars/);
  assert.ok(supported("Bong Joon Ho directed Parasite. Bong's film won four Oscars.").length > 0);
  // Two films are called Titanic; the maker's credit says which one.
  const cameron = "James Cameron directed Titanic. Cameron's romantic epic won Best Actress.";
  assert.match(findings(cameron)[0]?.message ?? "", /Helen Hunt/);
  // A maker not credited on the film, or "his next film": a film we do not know, and not the maker's count.
  const spielberg = "Steven Spielberg directed Jaws. Spielberg's film won five Oscars.";
  assertSilent([spielberg, "Bong Joon Ho directed Parasite. Bong's next film won five Oscars."]);
  assert.ok(claims(spielberg).every((c) => !/Spielberg won/.test(c.statement)));
  // "X's epic continuation of …" is an appositive's description, not the maker's film as subject.
  const dune = "Dune: Part Two, Denis Villeneuve's epic continuation of the saga, won Best Cinematography.";
  assert.match(findings(dune)[0]?.message ?? "", /The Brutalist/);
});

test("a film compared with ('the first since F') or beaten in a list is not what 'its' or 'it' stands for", () => {
  const since =
    "At the 85th Academy Awards, Jennifer Lawrence won best actress for Silver Linings Playbook. " +
    "The film was the first since Reds to be nominated in every acting category, but hers was its only win.";
  assert.deepEqual(findings(since), []);
  assert.ok(supported(since).some((s) => /^Silver Linings Playbook won 1 Oscar/.test(s)));
  const listed =
    'At the 97th Academy Awards, "No Other Land" won over "Sugarcane" and "Porcelain War." It also won a BAFTA.';
  assert.ok(claims(listed).every((c) => !/^Porcelain War won/.test(c.statement)));
});

test("'he' after 'X won, beating Y and Z' is not Y or Z; 'went to X' names no one beaten", () => {
  const text =
    "Hoffman won best actor at the 78th Academy Awards, beating Heath Ledger and David Strathairn. " +
    "He had already collected the Golden Globe.";
  assert.deepEqual(findings(text), []);
  const wentTo =
    "At the 61st Academy Awards, the award for best actress went to Jodie Foster. She won the Oscar for The Accused.";
  assert.ok(supported(wentTo).some((s) => /^Jodie Foster won/.test(s)));
});

test("'from a record N nominations' after a person's films is the person's career", () => {
  const text =
    'Meryl Streep won for "Kramer vs. Kramer," "Sophie\'s Choice" and "The Iron Lady," from a record 21 nominations.';
  assert.deepEqual(findings(text), []);
  assert.ok(supported(text).some((s) => /^Meryl Streep had 21 nominations in all/.test(s)));
});

test("a one-word title a capitalised name goes on from ('Pesci's Tommy DeVito') is that name, not the film", () => {
  assertSilent([
    '"GoodFellas" lost best picture at the 63rd Academy Awards, and Joe Pesci\'s Tommy DeVito earned ' +
      "the film its lone win.",
  ]);
});

test("'Doc' is a title like 'Dr.'; 'the X look-alike Y' plays Y", () => {
  assertSilent([
    'At the 12th Academy Awards, Thomas Mitchell won supporting actor for "Stagecoach," in which he played ' +
      "the drunken Doc Boone.",
    "At the 70th Academy Awards, Kim Basinger, who played the Veronica Lake look-alike Lynn Bracken in " +
      '"L.A. Confidential," won.',
  ]);
});

test("'the film of the same name' is a film not named before", () => {
  const text =
    'At the 27th Academy Awards, "The Country Girl" won two Oscars. ' +
    '"Three Coins in the Fountain" was named best song, ' +
    "and the film of the same name won for color cinematography.";
  assertSilent([text]);
});

test("a film after 'to X's' is governed by 'to': 'lost to Costner's F — … its lone win' is not F's", () => {
  const text =
    'At the 63rd Academy Awards, "GoodFellas" lost to Kevin Costner\'s "Dances With Wolves" — Joe Pesci earned ' +
    "the film its lone win.";
  assert.ok(claims(text).every((c) => !/^Dances With Wolves won 1/.test(c.statement)));
  assertSilent([text]);
});

test('\'"A," "B" and "C," from N nominations\' under a person\'s heading is no film\'s count', () => {
  assertSilent([
    'Meryl Streep\n"Kramer vs. Kramer," "Sophie\'s Choice" and "The Iron Lady," from a record 21 nominations.',
  ]);
});

test("a title's three-letter last word stands for it ('All About Eve' … 'Eve'); 'it' after it is that film", () => {
  const text =
    "All About Eve and Sunset Blvd. met at the 23rd Academy Awards. Sunset Blvd. had 11 nominations. " +
    "Abroad, Eve was named best film by the British Academy. On Oscar night, the Academy went with Eve. " +
    "It won six awards.";
  assert.deepEqual(findings(text), []);
  assert.ok(supported(text).some((s) => /^All about Eve won 6 Oscars/.test(s)));
});

test("'N nominations for its actresses' is a share of the film's count, not its total", () => {
  assertSilent(["At the 23rd Academy Awards, All About Eve landed four nominations for its actresses."]);
});

test("review mends: ', and Y won' ends a list of the beaten; the one lost to may be 'she'; 'Nolan's F Oscar'", () => {
  const andThen = "Parasite beat 1917, and Joker won Best Actor. It also won Best Original Score.";
  assertSilent([andThen]);
  assert.ok(supported(andThen).some((s) => /^Joker won Original Score/.test(s)));
  const lostTo = "At the 96th Academy Awards, Lily Gladstone lost to Emma Stone. She won for Poor Things.";
  assert.ok(supported(lostTo).some((s) => /^Emma Stone won/.test(s)));
  const oscar = "Christopher Nolan's Oppenheimer Oscar haul reached seven.";
  assert.ok(supported(oscar).some((s) => /^Oppenheimer is Christopher Nolan's film/.test(s)));
});

test("'He beat A, B and C' after his win that night: a rival nominated only in other years is wrong", () => {
  const text =
    'Adrien Brody won best actor for "The Brutalist" at the 97th Academy Awards. ' +
    "He beat Timothée Chalamet, Denzel Washington and Ralph Fiennes.";
  const [f] = findings(text);
  assert.match(f?.message ?? "", /Denzel Washington was not an Actor in a Leading Role nominee/);
  assert.equal(text.slice(f.start, f.end), "Denzel Washington");
  assert.deepEqual(findings(text.replace("Denzel Washington", "Colman Domingo")), []);
  // A year later his night is not the one told: the rival is not refuted.
  assertSilent([
    "A year later, Adrien Brody was back. He beat Timothée Chalamet, Denzel Washington and Ralph Fiennes.",
  ]);
});

test("a role's film: no film beaten, no other actor's in a list, none after its relative clause", () => {
  assertSilent([
    "How Green Was My Valley beat Citizen Kane for best picture and won five Oscars, including best supporting " +
      "actor for Donald Crisp, who played the stern patriarch Mr. Morgan.",
    'Best actress nominees at the 40th Academy Awards: Anne Bancroft as Mrs. Robinson in "The Graduate," ' +
      "Faye Dunaway as Bonnie Parker and Audrey Hepburn.",
    "Adrien Brody, who plays the architect László Tóth, has won the Golden Globe and is the favorite to repeat " +
      'his 2003 win for "The Pianist."',
    "At the 96th Academy Awards, Cillian Murphy won Best Actor, and Robert Downey Jr. won Best Supporting Actor " +
      "for his role as Lewis Strauss.",
  ]);
  const list =
    'Best actress nominees at the 40th Academy Awards: Anne Bancroft as Mrs. Robinson in "The Graduate," ' +
    "Faye Dunaway as Bonnie Parker and Audrey Hepburn.";
  assert.ok(supported(list).includes("Faye Dunaway played Bonnie Parker"));
});

test("'… and was nominated for F' in a relative clause goes on with its person; an apposed name too", () => {
  const olivier =
    'Vivien Leigh was married to Laurence Olivier, who won best actor for "Hamlet" in 1949 and was nominated ' +
    'for "Wuthering Heights" the same year she won for Scarlett.';
  assert.deepEqual(findings(olivier), []);
  assert.ok(supported(olivier).includes("Laurence Olivier was nominated for Wuthering Heights"));
  const huston =
    "Her father, John Huston, had directed her in Prizzi's Honor and was nominated himself that night, for directing.";
  assert.ok(claims(huston).some((c) => c.verdict === "supported" && /^John Huston was nominated/.test(c.statement)));
});

test("'…, where his film took seven Oscars, including C': the relative clause has its own subject", () => {
  assertSilent([
    "John Williams has won five Oscars. Williams' score won at the 66th Academy Awards, where Spielberg's " +
      "Holocaust drama took seven Oscars, including best picture and director.",
  ]);
});

test("a sentence opened by a person's possessive ('Taylor's dress …') has no person subject for 'she'", () => {
  const text =
    'Edith Head dressed the stars. Elizabeth Taylor\'s white party dress in "A Place in the Sun," which brought ' +
    'Edith Head her fourth Oscar, was copied everywhere. She won again for "Roman Holiday."';
  assert.ok(supported(text).includes("Edith Head won an Oscar for Roman Holiday"));
});

test("a described film ('the South Korean satire') is the film the sentence before opened on, or the draft's", () => {
  const opening =
    'HOLLYWOOD (Wire) — Bong Joon Ho\'s "Parasite" won best picture at the 92nd Academy Awards, in a season ' +
    'in which Sam Mendes\'s war film "1917" had looked like the favorite.';
  for (const gap of [" ", "\n\n"]) {
    const text = opening + gap + "The South Korean satire also won original screenplay.";
    const won = claims(text).find((c) => c.kind === "win" && /screenplay/i.test(c.statement));
    assert.equal(won?.verdict, "supported", gap);
    assert.match(won!.statement, /^Parasite/);
  }
});
