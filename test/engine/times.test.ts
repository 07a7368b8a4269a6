/**
 * Which night a clause is about when a sentence has several: an opening time governs every
 * clause, a first verb's year is not a second verb's, a sentence's own film sets the night of
 * its host or venue. Sentences written for the test.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { assertSilent, findings, supportedStatements as supported } from "../helpers";

test("an opening time ('In 1942,') holds for a clause after ', and'", () => {
  const text =
    "Gone with the Wind won Best Picture at the 12th Academy Awards. " +
    "In 1942, How Green Was My Valley beat Citizen Kane for Best Picture, and John Ford won Best Director.";
  assert.deepEqual(findings(text), []);
  assert.ok(supported(text).some((s) => /^John Ford won Directing at the 14th/.test(s)));
});

test("a year inside a first verb's phrase is not a second verb's: '… in 2002 and won Best Actor for F'", () => {
  const text = "Sidney Poitier received an honorary award in 2002 and won Best Actor for Lilies of the Field.";
  assert.deepEqual(findings(text), []);
  assert.ok(supported(text).some((s) => /^Sidney Poitier won Actor at the 36th/.test(s)));
});

test("a host or venue sentence whose film competed at another night is about that night", () => {
  const lead = "Parasite won four Oscars at the 92nd Academy Awards. Anora won Best Picture at a ceremony hosted by ";
  assert.deepEqual(findings(`${lead}Conan O'Brien.`), []);
  assert.match(findings(`${lead}Jimmy Kimmel.`)[0]?.message ?? "", /97th Academy Awards .* hosted by Conan O'Brien/);
});

test("'up for N Oscars' counts nominations", () => {
  assert.ok(
    supported("Joker is up for eleven Oscars at the 92nd Academy Awards.").some((s) => /11 nominations/.test(s)),
  );
  assert.match(
    findings("Joker is up for twelve Oscars at the 92nd Academy Awards.")[0]?.message ?? "",
    /11 nominations/,
  );
});

test("'…, beating X and Y, both nominated for F': the nominations are X's and Y's", () => {
  assertSilent([
    "All About Eve won six Oscars. Judy Holliday won Best Actress for Born Yesterday, " +
      "beating Bette Davis and Anne Baxter, both nominated for All About Eve.",
  ]);
});

test("review round: 'went home with N', italics, 'for it', an ordinary title after a category", () => {
  assertSilent([
    "At the 97th Academy Awards, Anora had six nominations and went home with five.",
    "Sean Penn, whose first Oscar was for *Mystic River*, won Best Actor at the 81st Academy Awards.",
    "At the 96th Academy Awards, Christopher Nolan (nominated for *Dunkirk*) won Best Director.",
    "Jack Nicholson won his first Oscar for One Flew Over the Cuckoo's Nest, and at the 70th Academy Awards " +
      "he won Best Actor.",
    "Joan Fontaine won Best Actress for Suspicion at the 14th Academy Awards.\n\n" +
      "The Treasure of the Sierra Madre won three Oscars, and John Huston won Best Director for it.\n",
    "The Last Emperor won Best Picture at the 60th Academy Awards.\n\n" +
      "Denzel Washington won Best Supporting Actor for Glory.\n",
  ]);
  assert.ok(
    supported("At the 97th Academy Awards, Anora had six nominations and went home with five.").some((s) =>
      /Anora won 5 Oscars/.test(s),
    ),
  );
});

test("a date a ceremony 'was scheduled for' in the past is a plan, not the day held", () => {
  assertSilent(["The 10th Academy Awards were scheduled for March 3, 1938, and held a week later."]);
  assert.equal(findings("The 10th Academy Awards were held on March 3, 1938.")[0]?.rule, "wrong-ceremony-date");
});

test("a night said in a relative or participle aside is the aside's, not the main verb's", () => {
  assertSilent([
    "Julianne Moore, who was nominated for Far from Heaven at the 75th Academy Awards, won for Still Alice.",
    "Leonardo DiCaprio, nominated for Blood Diamond at the 79th Academy Awards, won for The Revenant.",
  ]);
  const main = "Julianne Moore, who was nominated for Far from Heaven at the 75th Academy Awards, won for Still Alice.";
  assert.ok(supported(main).some((s) => /^Julianne Moore won an Oscar for Still Alice/.test(s)));
});

test("the main verb's year is not an aside's, and an aside's own night is checked", () => {
  const text = "Akira Kurosawa, who was nominated for directing, received an honorary Oscar in 1990.";
  assert.deepEqual(findings(text), []);
  assert.ok(supported(text).some((s) => /^Akira Kurosawa was nominated for Directing at the 58th/.test(s)));
  const aside =
    "Emma Stone, who won Best Actress for La La Land at the 88th Academy Awards, won again for Poor Things.";
  assert.match(findings(aside)[0]?.message ?? "", /at the 89th Academy Awards \(2017\), not at the 88th/);
});

test("a year that may be the night's or its films' and fits neither: the film or the year is to blame", () => {
  assert.match(
    findings("Tom Hanks won Best Actor for Philadelphia in 1997.")[0]?.message ?? "",
    /Tom Hanks won Actor in a Leading Role at the 66th Academy Awards \(1994\), not in 1997/,
  );
  assert.match(
    findings("George C. Scott won Best Actor for The Hustler in 1971.")[0]?.message ?? "",
    /George C. Scott won Actor for Patton, not for The Hustler/,
  );
  assertSilent([
    "Tom Hanks won Best Actor for Philadelphia in 1993.",
    "Tom Hanks won Best Actor for Philadelphia in 1994.",
  ]);
});

test("'at the Nth Academy Awards in YEAR': a year that is the night's own only restates it", () => {
  assert.match(
    findings("Hattie McDaniel won best supporting actress at the 13th Academy Awards in 1941.")[0]?.message ?? "",
    /at the 12th Academy Awards \(1940\), not at the 13th/,
  );
  assertSilent(["Hattie McDaniel won best supporting actress at the 12th Academy Awards in 1940."]);
});

test("a relative clause that ends the sentence keeps its year: '…, Y, who had won for G in 1949'", () => {
  const text =
    "Anjelica Huston won best supporting actress for Prizzi's Honor, directed by her father, John Huston, " +
    "who had won two Oscars for The Treasure of the Sierra Madre in 1949.";
  assertSilent([text]);
});

test("'F won at the Nth Academy Awards': a win that night, refuted when it competed and won nothing", () => {
  assert.match(
    findings('"Fire of Love" won at the 95th Academy Awards.')[0]?.message ?? "",
    /Fire of Love was nominated \(Documentary Feature Film\) but won nothing/,
  );
  assertSilent(["Navalny won at the 95th Academy Awards.", "Parasite won big at the 92nd Academy Awards."]);
  assert.ok(supported("Navalny won at the 95th Academy Awards.").some((s) => /^Navalny won at the 95th/.test(s)));
});

test("'won C six times', 'twice': several nights, not pinned to the night the article inherits", () => {
  const text =
    "Stan Winston won visual effects at the 59th Academy Awards.\n\n" +
    "Richard Edlund won the visual effects award four times, from Star Wars to Return of the Jedi.\n";
  assert.deepEqual(findings(text), []);
  // One category won twice is no one night: a night stated further on is another clause's.
  const before =
    "Jane Fonda won best actress twice, for Klute and Coming Home, " +
    "before her father, Henry, finally won best actor at the 54th Academy Awards.";
  assert.deepEqual(findings(before), []);
  assert.ok(supported(before).some((s) => /Jane Fonda won Actress/.test(s)));
});

test("'X's first win came for F, and its latest for G, at the Nth': the night is the later conjunct's", () => {
  const text =
    "Italy won again at the 71st Academy Awards. " +
    "France won first for My Uncle, and most recently for Indochine, at the 65th Academy Awards.";
  assert.deepEqual(findings(text), []);
});

test("a sentence opening 'Two years later,' pins none of its clauses to the inherited night", () => {
  const text =
    "Marlon Brando won best actor at the 45th Academy Awards.\n\n" +
    "Two years later, Robert De Niro won best supporting actor, and Francis Ford Coppola won best director.\n";
  assert.deepEqual(findings(text), []);
});

test("'at the Nth, a year after her win for F': a win timed by 'after' or 'before' is at another night", () => {
  const text =
    "Luise Rainer won best actress for The Good Earth at the 10th ceremony, a year after her win for The Great " +
    "Ziegfeld.";
  assert.deepEqual(findings(text), []);
  assert.ok(supported(text).some((s) => /Luise Rainer won Actress at the 10th/.test(s)));
  assertSilent(["At the 10th Academy Awards, Luise Rainer won again, two years after she won for The Great Ziegfeld."]);
  // The main clause's own film is still checked against the night.
  const swapped =
    "Luise Rainer won best actress for The Great Ziegfeld at the 10th ceremony, a year after her win for Flow.";
  assert.match(findings(swapped)[0].message, /won Actress for The Good Earth/);
});

test("'…, 40 years after her first nomination, for \"F\"': the quoted film right after the rank is its own", () => {
  const text =
    'At the 98th ceremony, Amy Madigan won for "Weapons," four decades after her first nomination, ' +
    'for "Twice in a Lifetime."';
  assert.deepEqual(findings(text), []);
  assert.ok(supported(text).includes("Amy Madigan's 1st nomination"));
});

test("'a record set by X at the Nth': that night is the record holder's, not the clause's", () => {
  const text = "Sean Baker won best director, tying a record set by Walt Disney at the 26th Academy Awards.";
  assert.deepEqual(findings(text), []);
  assert.ok(supported(text).some((s) => /Sean Baker won Directing/.test(s)));
  // The holder after a longer record noun is still the one named.
  const long =
    "Sean Baker won four Oscars at the 97th Academy Awards, tying the record for the most Oscars won by one person";
  assert.deepEqual(findings(`${long} in a single night set by Walt Disney.`), []);
  const [f] = findings(`${long} in a single night set by Bob Fosse.`);
  assert.match(f.message, /held by Walt Disney/);
});

test("'won C the following year', with no night of its own, is not pinned to the night the text was on", () => {
  const before = "Jack Nicholson lost for Chinatown at the 47th Academy Awards. ";
  assertSilent([before + "Nicholson won Best Actor the following year for One Flew over the Cuckoo's Nest."]);
  // Said of no other time, the inherited night holds.
  assert.equal(findings(before + "That night Nicholson won Best Actor.")[0]?.rule, "wrong-winner");
});

test("', when …' is the time named right before it: '… to the 40th in 1968, when F won Best Picture'", () => {
  const span = "Johnny Carson hosted five times, from the 51st ceremony in 1979 to the 56th in 1984, when ";
  assertSilent([span + "Terms of Endearment was named Best Picture."]);
  const [f] = findings(span + "Gandhi was named Best Picture.");
  assert.equal(f?.rule, "wrong-winner");
  assert.match(f.message, /Gandhi won Best Picture at the 55th Academy Awards/);
});

test("a paragraph's night holds until it moves off it: a time shift, or a claim borne out on another night", () => {
  const shifted =
    "At the 41st Academy Awards, Barbra Streisand won best actress for Funny Girl. " +
    "Years later she was nominated again. Ryan O'Neal went home empty-handed.";
  const borne =
    "At the 85th Academy Awards, Daniel Day-Lewis won for Lincoln. " +
    "Five years on, on March 4, 2018, Gary Oldman won for Darkest Hour. Jimmy Kimmel hosted.";
  assertSilent([shifted, borne]);
  // Without the move, the paragraph's night still settles the claim.
  const kept = "At the 85th Academy Awards, Daniel Day-Lewis won for Lincoln. Jimmy Kimmel hosted.";
  assert.match(findings(kept)[0]?.message ?? "", /Seth MacFarlane/);
});

test("a 'date 2018-05-10' stamp dates the page, not the claim after it", () => {
  assertSilent([' date 2018-05-10 Anne V. Coates, Oscar-winning editor of "Lawrence of Arabia," dies at 94']);
});

test("'went home empty-handed' after 'nominated for' a film described, not named, is at no night we know", () => {
  const text = (film: string) =>
    "At the 96th Academy Awards, Oppenheimer won seven Oscars. " +
    `Dennis Muren, nominated for ${film}, went home empty-handed.`;
  assertSilent([text("George Lucas's prequel")]);
  // A named film still places it.
  assert.ok(findings(text("Barbie")).length > 0);
});

test("the article's night gives way to one a later paragraph's claim is borne out on, not one told as earlier", () => {
  const moved =
    "At the 80th Academy Awards, Roger Deakins lost twice.\n\n" +
    "The drought ended on March 4, 2018, when Roger Deakins won for Blade Runner 2049. Jimmy Kimmel hosted.";
  assertSilent([moved]);
  const earlier =
    "At the 69th Academy Awards, Milos Forman was the lone veteran, having won 20 years before for " +
    "One Flew Over the Cuckoo's Nest. Milos Forman won Best Director.";
  assert.match(findings(earlier)[0]?.message ?? "", /Anthony Minghella/);
});

test("'The Academy Awards will be presented on Sunday' under a dateline: the next night, not the piece's", () => {
  const text =
    " date 2024-03-08 His first nomination came at the 56th ceremony. " +
    "The Academy Awards will be presented on Sunday at the Dolby Theatre, with Jimmy Kimmel hosting.";
  assertSilent([text]);
  assert.ok(supported(text).some((s) => /^Jimmy Kimmel hosted the 96th/.test(s)));
  // Without a dateline, the night the piece is about is still the one to come.
  const undated = "The 49th Academy Awards nominations are out. The Oscars will be presented March 29.";
  assert.ok(findings(undated).some((f) => /March 28, 1977/.test(f.message)));
});

test("only a year-month-day stamp dates the page ('1931-32' is a season); a comment moves no night", () => {
  assert.ok(supported("Frank Borzage won Best Director for 1931-32.").some((s) => /5th Academy Awards/.test(s)));
  const comment =
    "At the 89th Academy Awards, Moonlight won Best Picture. Years later, the mix-up is still discussed. " +
    "Jimmy Kimmel hosted the ceremony.";
  assert.ok(supported(comment).some((s) => /Jimmy Kimmel hosted the 89th/.test(s)));
});
