/**
 * Reading rules of the claim frames, each pinned on a sentence written for the test: the
 * slot a word order fills, what settles the ceremony, and when a clause must stay silent.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { assertSilent, claims, findings, underlined, supportedStatements as supported } from "../helpers";

/** Each count read, as "verdict: statement" without its ceremony. */
const counts = (text: string) =>
  claims(text)
    .filter((c) => c.kind === "count")
    .map((c) => `${c.verdict}: ${c.statement.replace(/ at the .*/, "")}`);

const verdicts = (text: string) =>
  claims(text)
    .filter((c) => c.kind === "win" || c.kind === "nomination")
    .map((c) => c.verdict);

test("a year in the clause places the claim: the ceremony held then or honouring that year's films", () => {
  const good = "Hattie McDaniel won Best Supporting Actress for Gone with the Wind in 1940.";
  assert.deepEqual(findings(good), []);
  assert.ok(verdicts(good).includes("supported"));
  const bad = "Hattie McDaniel won Best Actress for Gone with the Wind in 1940.";
  const [f] = findings(bad);
  assert.equal(f?.rule, "wrong-winner");
  assert.match(f.message, /12th Academy Awards/);
});

test("a film given after a comma is part of the claim: the wrong one is blamed, with the right one as fix", () => {
  const text = "Kathryn Bigelow became the first woman to win Best Director, for Zero Dark Thirty.";
  const [f] = findings(text);
  assert.equal(underlined(text, f), "Zero Dark Thirty");
  assert.match(f.message, /The Hurt Locker/);
  assert.equal(f.fixes[0]?.replacement, "The Hurt Locker");
  assert.deepEqual(findings("Kathryn Bigelow became the first woman to win Best Director, for The Hurt Locker."), []);
});

test("a film names its own ceremony: a film that lost is refuted without any year in the sentence", () => {
  const text = "The Irishman won Best Picture.";
  const [f] = findings(text);
  assert.equal(f?.rule, "wrong-winner");
  assert.match(f.message, /Parasite/);
});

test("list lines bind the name to the category, in either order", () => {
  const draft =
    "The 94th Academy Awards.\n\nBest Director – Jane Campion\n\nDrive My Car – Best International Feature\n";
  assert.deepEqual(findings(draft), []);
  assert.equal(claims(draft).filter((c) => c.verdict === "supported" && c.kind === "win").length, 2);
});

test("a bracketed qualifier is part of the category, not its holder", () => {
  const draft = "At the 34th Academy Awards:\n\n- Best Cinematography (Color) — Daniel L. Fapp\n";
  assert.ok(claims(draft).some((c) => c.verdict === "supported" && c.statement.includes("Daniel L. Fapp")));
});

test("'X and Y won A and B' holds when each category went to one of them", () => {
  const text = "At the 82nd Academy Awards, Sandra Bullock and Jeff Bridges won Best Actress and Best Actor.";
  assert.deepEqual(findings(text), []);
  assert.equal(verdicts(text).filter((v) => v === "supported").length, 2);
});

test("a relative pronoun's antecedent is the subject: 'which' a film, 'who' a person", () => {
  const text =
    "At the 67th Academy Awards, Robert Zemeckis won Best Director for Forrest Gump, " +
    "which also took prizes for film editing and visual effects.";
  assert.deepEqual(findings(text), []);
  const unknown =
    "At the 67th Academy Awards, Robert Zemeckis won Best Director for ''Gump,'' " +
    "which also took prizes for film editing.";
  assert.deepEqual(findings(unknown), []);
});

test("a nomination noun after the category makes it a nomination claim, whatever verb came before", () => {
  const text = "Walt Disney received his only Best Picture nomination in 1965 for Mary Poppins.";
  assert.deepEqual(findings(text), []);
  assert.ok(claims(text).some((c) => c.kind === "nomination" && c.verdict === "supported"));
});

test("'N wins out of M nominations, including A, B' lists wins", () => {
  const text =
    "From Here to Eternity won 8 Oscars out of 13 nominations, including Best Supporting Actress (Thelma Ritter).";
  const [f] = findings(text);
  assert.equal(f?.rule, "wrong-winner");
  assert.match(f.message, /Donna Reed/);
});

test("negated and hedged clauses state no fact and stay silent", () => {
  assert.deepEqual(findings("At the 97th Academy Awards, Demi Moore did not win Best Actress."), []);
  assert.deepEqual(findings("At the 97th Academy Awards, Demi Moore was expected to win Best Actress."), []);
});

test("in a piece about another award body, a category without 'Oscar' is not an Oscar claim", () => {
  const text =
    "The Golden Globes went well for Netflix. At the Golden Globes, Minari was named best foreign language film.";
  assert.deepEqual(findings(text), []);
});

test("the article's ceremony follows the films it names when it names no ceremony", () => {
  const text =
    "Promising Young Woman and Judas and the Black Messiah led the field.\n\n" +
    "Yuh-Jung Youn won best supporting actress for Mank.";
  const [f] = findings(text);
  assert.equal(f?.rule, "wrong-winner");
  assert.equal(underlined(text, f), "Mank");
  assert.match(f.message, /Minari/);
});

test("a transliterated name is the same person: ð is d", () => {
  const text = "Hildur Gudnadóttir won Best Original Score for Joker.";
  assert.deepEqual(findings(text), []);
  assert.ok(claims(text).some((c) => c.verdict === "supported" && /Guðnadóttir/.test(c.statement)));
});

test("'eight Oscars' is a count, not a ceremony", () => {
  const text = "Slumdog Millionaire won eight Oscars at the 81st Academy Awards.";
  assert.ok(claims(text).some((c) => c.kind === "count" && c.verdict === "supported"));
  const wrong = "Slumdog Millionaire won nine Oscars at the 81st Academy Awards.";
  assert.equal(findings(wrong)[0]?.rule, "wrong-count");
});

test("a list of nominees with their films is one night: each entry is checked with its own film", () => {
  const good =
    "The best supporting actor nominees were Kieran Culkin (A Real Pain), Edward Norton (A Complete Unknown) " +
    "and Guy Pearce (The Brutalist).";
  assert.deepEqual(findings(good), []);
  assert.equal(claims(good).filter((c) => c.kind === "nomination" && c.verdict === "supported").length, 3);
  const bad =
    "The best supporting actor nominees were Kieran Culkin (A Real Pain), Edward Norton (Birdman) " +
    "and Guy Pearce (The Brutalist).";
  const [f] = findings(bad);
  assert.equal(underlined(bad, f), "Birdman");
  assert.match(f.message, /A Complete Unknown/);
});

test("a list line without a verb holds when the name won or was nominated in that category", () => {
  const draft = "The 16th Academy Awards.\n\nSupporting Actor: Claude Rains\n";
  assert.deepEqual(findings(draft), []);
  assert.ok(claims(draft).some((c) => c.verdict === "supported" && /Claude Rains was nominated/.test(c.statement)));
});

test("a title that acts as a film does is one, in any year; the ceremony stated is blamed when wrong", () => {
  const text = "Birdman won Best Picture at the 88th Academy Awards.";
  const [f] = findings(text);
  assert.equal(underlined(text, f), "88th Academy Awards");
  assert.match(f.message, /87th Academy Awards.*Spotlight/);
  assert.deepEqual(findings("Birdman won Best Picture at the 87th Academy Awards."), []);
  assert.deepEqual(findings("She won Best Actress at the 70th Academy Awards."), []);
});

test("a film is known by its main title ('Birdman' for 'Birdman or (The Unexpected Virtue of Ignorance)')", () => {
  const text = "Michael Keaton (Birdman) was nominated for Best Actor at the 87th Academy Awards.";
  assert.deepEqual(findings(text), []);
  assert.ok(claims(text).some((c) => c.verdict === "supported" && /Michael Keaton/.test(c.statement)));
});

test("a count belongs to its holder: a film on its night, refuted with the right number", () => {
  const good =
    "At the 95th Academy Awards, Everything Everywhere All at Once, which got 11 nominations, won seven Oscars.";
  assert.deepEqual(findings(good), []);
  assert.equal(claims(good).filter((c) => c.rule === "wrong-count" && c.verdict === "supported").length, 2);
  const bad =
    "At the 95th Academy Awards, Everything Everywhere All at Once, which got 10 nominations, won seven Oscars.";
  const [f] = findings(bad);
  assert.equal(underlined(bad, f), "10");
  assert.equal(f.fixes[0]?.replacement, "11");
});

test("a person's count holds for that night or for the career; wrong for both, it is refuted", () => {
  const career = "Katharine Hepburn won four Oscars.";
  assert.ok(claims(career).some((c) => c.rule === "wrong-count" && c.verdict === "supported"));
  assert.match(findings("Katharine Hepburn won five Oscars.")[0]?.message ?? "", /won 4 Oscars in all .*not 5/);
});

test("a plain past count with no night in view is the career's or one night's", () => {
  // Edith Head: eight wins in all, two of them on one night (the 23rd).
  assert.match(findings("Edith Head won seven Oscars.")[0]?.message ?? "", /8 Oscars in all \(at most 2 at one/);
  assertSilent([
    "Edith Head won two Oscars.",
    // A time makes it a career so far; a category or a film makes it a share.
    "By 1955, Edith Head had won six Oscars.",
    "By 1961, Edith Head won seven Oscars.",
    "Edith Head won six Oscars for black-and-white costume design.",
  ]);
});

test("counts that are not one holder's total stay silent", () => {
  for (const text of [
    "At the 70th Academy Awards, Good Will Hunting and As Good as It Gets won two Oscars apiece.",
    "At the 57th Academy Awards, Amadeus won eight of the eleven Oscars it was nominated for.",
    "At the 64th Academy Awards, The Silence of the Lambs won Best Picture and picked up four other honors.",
    "Katharine Hepburn swept up a further eight noms.",
  ]) {
    assert.deepEqual(findings(text), [], text);
  }
});

test("a role is checked against the nominated one: the film named settles which nomination is meant", () => {
  const good = "Jack Nicholson as Robert Eroica Dupea in Five Easy Pieces.";
  assert.deepEqual(findings(good), []);
  assert.ok(claims(good).some((c) => c.rule === "wrong-role" && c.verdict === "supported"));
  // George Hanson is his Easy Rider role, not his Five Easy Pieces one.
  const bad = "Jack Nicholson as George Hanson in Five Easy Pieces.";
  const [f] = findings(bad);
  assert.equal(f?.rule, "wrong-role");
  assert.equal(underlined(bad, f), "George Hanson");
  assert.equal(f.fixes[0]?.replacement, "Robert Eroica Dupea");
});

test("'a performance as', 'plays', 'his portrayal of' name roles; titles and ranks do not decide", () => {
  const text =
    "At the 64th Academy Awards, Anthony Hopkins won Best Actor " +
    "for his performance as the sadistic Dr. Hannibal Lecter.";
  assert.ok(claims(text).some((c) => c.rule === "wrong-role" && c.verdict === "supported"));
  const wrong =
    "At the 64th Academy Awards, Anthony Hopkins won Best Actor " +
    "for his performance as the sadistic Dr. Frederick Chilton.";
  assert.equal(findings(wrong)[0]?.rule, "wrong-role");
  assert.deepEqual(findings("At the 79th Academy Awards, Helen Mirren won as Queen Elizabeth II in The Queen."), []);
  assert.deepEqual(
    findings("At the 45th Academy Awards, Brando decried Hollywood's portrayal of Native Americans."),
    [],
  );
});

test("a hedge governs what follows it; a 'C winner X' noun phrase states its fact in any sentence", () => {
  const later =
    "At the 65th Academy Awards, Emma Thompson won Best Actress for Howards End, which would later be rereleased.";
  assert.ok(claims(later).some((c) => c.kind === "win" && c.verdict === "supported"));
  const noun = "Annie Hall, starring Best Actress winner Diane Keaton, will celebrate its anniversary.";
  assert.ok(claims(noun).some((c) => c.kind === "win" && c.verdict === "supported"));
  assert.deepEqual(findings("Will Demi Moore win Best Actress at the 97th Academy Awards?"), []);
});

test("Golden Globes categories ('Best Film in the Comedy or Musical category') are not Oscar claims", () => {
  const text =
    "At the Golden Globes, Emilia Pérez won Best Film in the Comedy or Musical category, " +
    "elevating the Oscar chances of Netflix's top Oscar contender.";
  assert.deepEqual(findings(text), []);
});

test("a career rank is checked on the win the film names: 'her third Oscar for The Iron Lady'", () => {
  const good = "Meryl Streep won her third Oscar for The Iron Lady.";
  assert.deepEqual(findings(good), []);
  assert.ok(claims(good).some((c) => c.rule === "wrong-career" && c.verdict === "supported"));
  const bad = "Meryl Streep won her fourth Oscar for The Iron Lady.";
  const [f] = findings(bad);
  assert.equal(underlined(bad, f), "fourth");
  assert.equal(f.fixes[0]?.replacement, "third");
});

test("a career rank on the article's night: 'the fourth nomination was the charm'", () => {
  const night = "At the 76th Academy Awards, Renee Zellweger won Best Supporting Actress. ";
  assert.deepEqual(findings(night + "For Renee Zellweger, the third nomination was the charm."), []);
  const bad = night + "For Renee Zellweger, the fourth nomination was the charm.";
  assert.equal(findings(bad)[0]?.rule, "wrong-career");
});

test("'N wins out of its M nominations' checks both numbers on the film", () => {
  const good = "At the 62nd Academy Awards, Driving Miss Daisy won four Oscars out of its nine nominations.";
  assert.deepEqual(findings(good), []);
  const bad = "At the 62nd Academy Awards, Driving Miss Daisy won four Oscars out of its eleven nominations.";
  const [f] = findings(bad);
  assert.equal(underlined(bad, f), "eleven");
});

test("a participle after a comma describes the subject: 'won Best Actor for F, playing C'", () => {
  const good = "Casey Affleck won Best Actor for Manchester by the Sea, playing Lee Chandler.";
  assert.deepEqual(findings(good), []);
  // Joe Chandler is Lee's brother: a shared surname is another character.
  const bad = "Casey Affleck won Best Actor for Manchester by the Sea, playing Joe Chandler.";
  const [f] = findings(bad);
  assert.equal(underlined(bad, f), "Joe Chandler");
  assert.equal(f.fixes[0]?.replacement, "Lee Chandler");
});

test("a category in a clause about another body is checked against that body's data", () => {
  const good = "Nomadland won best drama at the 78th Golden Globes.";
  assert.deepEqual(findings(good), []);
  assert.ok(claims(good).some((c) => c.kind === "season" && c.verdict === "supported"));
  const bad = "Mank won best drama at the 78th Golden Globes.";
  assert.equal(findings(bad)[0]?.rule, "wrong-season-win");
  // "named X as C" holds X; a Globes variant in the category names the body.
  const named = "BAFTA and Critics Choice both named “Belfast” as Best Picture.";
  assert.equal(findings(named)[0]?.rule, "wrong-season-win");
});

test("a category belongs to the body named nearest it: an Oscar list after a festival prize stays Oscar", () => {
  const text =
    "Nomadland, the film that won the Golden Lion at Venice, won three Academy Awards at the Oscars ceremony: " +
    "Best Picture, Best Director (Chloé Zhao) and Best Actress (Frances McDormand).";
  assert.deepEqual(findings(text), []);
  assert.ok(claims(text).filter((c) => c.kind === "win" && c.verdict === "supported").length >= 2);
});

test("nominee lists and tables pair a person with a film; 'X's film F' and 'F by X' attribute it", () => {
  for (const text of [
    "At the 38th Academy Awards: David Lean for Doctor Zhivago.",
    "Timothée Chalamet in “A Complete Unknown” and Adrien Brody in “The Brutalist”.",
    "| Ethan Hawke | “Blue Moon” |",
  ]) {
    assert.ok(
      claims(text).some((c) => c.rule === "wrong-nomination" && c.verdict === "supported"),
      text,
    );
    assert.deepEqual(findings(text), [], text);
  }
  const own = "Jane Campion’s subversive Western The Power of the Dog swept the season.";
  assert.ok(claims(own).some((c) => c.rule === "wrong-attribution" && c.verdict === "supported"));
  const by = "The Shape of Water (2017) by Guillermo del Toro.";
  assert.ok(claims(by).some((c) => c.rule === "wrong-attribution" && c.verdict === "supported"));
});

test("a character with the actor in brackets is a role claim: 'Karen Holmes (Kerr)'", () => {
  const text = "At the 26th Academy Awards, From Here to Eternity won. Karen Holmes (Deborah Kerr) is its heroine.";
  assert.ok(claims(text).some((c) => c.rule === "wrong-role" && c.verdict === "supported"));
});

test("'it' stands for the film the sentence named as a subject; a spaced dash opens a new clause", () => {
  const text =
    "From Here to Eternity was a huge favorite in 1953 - it won 8 Oscars, " +
    "including Best Supporting Actress (Donna Reed).";
  assert.deepEqual(findings(text), []);
  const bad = text.replace("Donna Reed", "Thelma Ritter");
  const [f] = findings(bad);
  assert.equal(f?.rule, "wrong-winner");
  assert.match(f.message, /Donna Reed/);
  // An object is no antecedent: "in a race with Mockingbird, the picture received 7 Oscars" is another film.
  const race = "At the 35th Academy Awards, in a tight race with To Kill a Mockingbird, the picture received 7 Oscars.";
  assert.deepEqual(findings(race), []);
});

test("'X lost the Oscar to Y' says Y won what X was nominated for that night", () => {
  const night = "At the 16th Academy Awards, Casablanca won Best Picture.\n\n";
  assert.deepEqual(findings(night + "Humphrey Bogart lost the Oscar to Paul Lukas for Watch on the Rhine."), []);
  const bad = night + "Humphrey Bogart lost the Oscar to Gary Cooper.";
  const [f] = findings(bad);
  assert.equal(underlined(bad, f), "Gary Cooper");
  assert.equal(f.fixes[0]?.replacement, "Paul Lukas");
  assert.deepEqual(findings(night + "Humphrey Bogart lost the BAFTA to Gary Cooper."), []);
});

test("a title two films share is the one a year or an earlier mention in the paragraph picks", () => {
  const text =
    "James Cameron's Titanic (1997) earned 14 nominations and won 11 Oscars. " +
    "Titanic was nominated in the Makeup and Actor in a Supporting Role categories but did not win them.";
  const [f] = findings(text);
  assert.equal(f?.rule, "wrong-nomination");
  assert.equal(underlined(text, f), "Actor in a Supporting Role");
  const right = text.replace("Actor in a Supporting Role", "Actress in a Supporting Role");
  assert.deepEqual(findings(right), []);
});

test("a bare number counts what the sentence named before: 'X (12), then Y (9)', 'A and B each got nine'", () => {
  const good =
    "At the 16th Academy Awards, the most nominated films were The Song of Bernadette (12), " +
    "followed by For Whom the Bell Tolls (9).";
  assert.deepEqual(findings(good), []);
  assert.equal(claims(good).filter((c) => c.rule === "wrong-count" && c.verdict === "supported").length, 2);
  const bad = good.replace("(12)", "(10)");
  assert.equal(underlined(bad, findings(bad)[0]), "10");
  const each = "At the 98th Academy Awards, “Marty Supreme” and “Hamnet” each got nine nominations.";
  const [f] = findings(each);
  assert.match(f?.message ?? "", /Hamnet had 8 nominations/);
});

test("'claimed five out of its six nominations' counts wins and nominations, even spelled \"it's\"", () => {
  const text = "At the 97th Academy Awards, Anora claimed five out of it’s six nominations.";
  assert.deepEqual(findings(text), []);
  assert.equal(claims(text).filter((c) => c.rule === "wrong-count" && c.verdict === "supported").length, 2);
  const bad = "At the 97th Academy Awards, Anora claimed four out of its six nominations.";
  assert.equal(underlined(bad, findings(bad)[0]), "four");
});

test("a win without a category: 'X won for F', 'Oscar winner X'", () => {
  const text = "Denzel Washington won for Training Day.";
  assert.deepEqual(findings(text), []);
  assert.ok(claims(text).some((c) => c.rule === "wrong-winner" && c.verdict === "supported"));
  assert.ok(claims("The cast included Oscar winner Goldie Hawn.").some((c) => c.verdict === "supported"));
  // A nominee who lost, named as a winner for that film, with "Oscar" said.
  const bad = "Milos Forman won an Oscar for The People vs. Larry Flynt.";
  assert.equal(findings(bad)[0]?.rule, "wrong-winner");
  // The same words about another body are that body's claim, not an Oscar one.
  const other = findings("Milos Forman won a BAFTA for The People vs. Larry Flynt.");
  assert.ok(other.every((f) => f.rule !== "wrong-winner"));
});

test("coordinated verbs share the clause's subject: 'F was chosen best picture and earned Oscars for …'", () => {
  const text = "The Departed was chosen best picture and earned Oscars for adapted screenplay and film editing.";
  assert.deepEqual(findings(text), []);
  assert.equal(verdicts(text).filter((v) => v === "supported").length, 3);
  const wrong = "The Departed was chosen best picture and earned an Oscar for cinematography.";
  assert.match(findings(wrong)[0]?.message ?? "", /Cinematography went to Guillermo Navarro for Pan's Labyrinth/);
});

test("a later short reference to a title named in full is that film: a quoted word, or one acting as the film", () => {
  const draft =
    "At the 35th Academy Awards, Lawrence of Arabia won Best Picture.\n\n" +
    "“Lawrence” also won Oscars for cinematography and editing. Mockingbird also won for art direction.\n";
  const won = claims(draft).filter((c) => c.verdict === "supported" && c.kind === "win");
  assert.ok(won.some((c) => /Lawrence of Arabia won Film Editing/.test(c.statement)));
  // "To Kill a Mockingbird" was never named in full: "Mockingbird" is no film here.
  assert.ok(!claims(draft).some((c) => /Mockingbird/.test(c.statement)));
  // A name that contains the word is the person ("Jennifer Lawrence"), not the title.
  const person = "Lawrence of Arabia won Best Picture. Jennifer Lawrence won Best Actress for Silver Linings Playbook.";
  assert.ok(!claims(person).some((c) => /Lawrence of Arabia won Best Actress/.test(c.statement)));
});

test("a title without its article is the film: 'Hurt Locker won six Oscars'", () => {
  const text = "At the 82nd Academy Awards, Hurt Locker won six Oscars.";
  assert.ok(claims(text).some((c) => c.verdict === "supported" && /The Hurt Locker won 6 Oscars/.test(c.statement)));
});

test("'S beat O with N Oscars': the count is the subject's, not the object's", () => {
  const text = "At the 82nd Academy Awards, The Hurt Locker trounced Avatar with six Oscars.";
  assert.deepEqual(findings(text), []);
  assert.ok(claims(text).some((c) => c.verdict === "supported" && /The Hurt Locker won 6/.test(c.statement)));
  const wrong = "At the 82nd Academy Awards, The Hurt Locker trounced Avatar with five Oscars.";
  assert.match(findings(wrong)[0]?.message ?? "", /The Hurt Locker won 6 Oscars/);
});

test("an ordinary-word title opening a sentence is the film when an aside follows it", () => {
  const text =
    "At the 82nd Academy Awards, Avatar won three Oscars. Avatar - a record-breaking hit - won for cinematography.";
  assert.ok(claims(text).some((c) => c.verdict === "supported" && /Avatar won Cinematography/.test(c.statement)));
});

test("a bare number ending its phrase counts what the sentence counted: 'and Y had five', 'led with 12'", () => {
  const ok = "At the 58th Academy Awards, Witness had eight nominations, and Kiss of the Spider Woman had four.";
  assert.deepEqual(findings(ok), []);
  const bad = "At the 58th Academy Awards, Witness had eight nominations, and Kiss of the Spider Woman had five.";
  assert.match(findings(bad)[0]?.message ?? "", /Kiss of the Spider Woman had 4 nominations, not 5/);
  const led = "At the 92nd Academy Awards, Joker led the nominated films with 12.";
  assert.match(findings(led)[0]?.message ?? "", /Joker had 11 nominations/);
  const behind =
    "At the 94th Academy Awards, The Power of the Dog led with 12 nominations, with Dune close behind at 8.";
  assert.match(findings(behind)[0]?.message ?? "", /Dune had 10 nominations, not 8/);
  // A number that does not end its phrase ("at 10 p.m.") is no count.
  assert.deepEqual(findings("At the 94th Academy Awards, Dune was nominated, with the show starting at 8 p.m."), []);
});

test("a contracted denial is a denial: 'the only category it didn't win was C' claims no win", () => {
  const draft =
    "At the 32nd Academy Awards, Ben-Hur won Best Picture. " +
    "The only category it didn't win was Best Adapted Screenplay.";
  assert.deepEqual(findings(draft), []);
});

test("a description of the draft's main film is that film: 'the studio's comedy took five Oscars'", () => {
  const draft =
    "Rain Man was the big winner at the 61st Academy Awards. Rain Man won Best Picture.\n\n" +
    "The studio's hugely successful comedy took five Oscars: best picture, best actor and best director.\n";
  assert.match(findings(draft)[0]?.message ?? "", /Rain Man won 4 Oscars/);
  assert.ok(claims(draft).some((c) => c.verdict === "supported" && /Rain Man won Directing/.test(c.statement)));
});

test("old newswire quoting is prose: ``Rain Man`` is a quoted title and MGM`s a possessive, not code", () => {
  const draft = "At the 61st Academy Awards, MGM`s ``Rain Man`` won four Oscars.";
  assert.ok(claims(draft).some((c) => c.verdict === "supported" && /Rain Man won 4 Oscars/.test(c.statement)));
  assert.deepEqual(claims("At the 61st Academy Awards, `Rain Man won four Oscars` is code."), []);
});

test("a closing aside is a clause of its own: '(his first Oscar came in 1961 for West Side Story)'", () => {
  const text =
    "At the 38th Academy Awards, Robert Wise earned his second directing Oscar for The Sound of Music " +
    "(his first Oscar came in 1961 for West Side Story).";
  assert.deepEqual(findings(text), []);
  const ranks = claims(text).filter((c) => c.kind === "career" && c.verdict === "supported");
  assert.equal(ranks.length, 2, "both ranks are read: within Directing, and over the career");
  const wrong = text.replace("his second directing", "his third directing");
  assert.match(findings(wrong)[0]?.message ?? "", /2nd Directing Oscar/);
});

test("people named in full decide the article's ceremony when no ceremony or film does, by a wide margin", () => {
  const draft =
    "The ceremony looked different this year.\n\n" +
    "Chloé Zhao took home Best Director. Daniel Kaluuya won his first Oscar. " +
    "Yuh-Jung Youn took home the best supporting actress award for her turn in Mank. Frances McDormand won too.\n";
  const [f] = findings(draft);
  assert.match(f?.message ?? "", /Minari/, "the 93rd is the draft's night: the wrong film is blamed");
});

test("'the 1985 Oscar nominees' are the nominees for 1985's films in an article about their ceremony", () => {
  const draft =
    "Out of Africa and The Color Purple each received 11 nominations to pace the list of 1985 Oscar nominees. " +
    "Witness and Prizzi's Honor had eight.";
  assert.deepEqual(findings(draft), []);
  assert.ok(claims(draft).some((c) => c.verdict === "supported" && /58th/.test(c.statement)));
});

test("a category heading heads the list below it: each line's names are nominees in that category", () => {
  const draft =
    "The 8th Academy Awards.\n\nBest Actress 1935\n\nElisabeth Bergner Escape Me Never\nBette Davis Dangerous\n\n" +
    "Best Picture\n\n• Mutiny on the Bounty\n• Captain Blood\n\nThe night belonged to Mutiny on the Bounty.\n";
  assert.deepEqual(findings(draft), []);
  const read = claims(draft)
    .filter((c) => c.verdict === "supported")
    .map((c) => c.statement);
  assert.ok(read.some((s) => /Elisabeth Bergner was nominated for Actress/.test(s)));
  assert.ok(read.some((s) => /Bette Davis won Actress/.test(s)));
  assert.ok(read.some((s) => /Captain Blood was nominated for Outstanding Production/.test(s)));
  // Prose after the list is not an entry of it: "The night belonged to …" claims no win.
  assert.equal(read.filter((s) => /Mutiny on the Bounty won/.test(s)).length, 1);
});

test("the names a winner beat are nominees of the category: the sentence's, else the one they all share", () => {
  const named =
    "At the 50th Academy Awards, Annie Hall won Best Picture, beating Star Wars, Julia and The Goodbye Girl.";
  assert.deepEqual(findings(named), []);
  const read = claims(named).filter((c) => c.verdict === "supported" && c.kind === "nomination");
  assert.equal(read.length, 3);
  const wrong = "At the 50th Academy Awards, Annie Hall won Best Picture, beating Star Wars and The Godfather Part II.";
  assert.match(findings(wrong)[0]?.message ?? "", /The Godfather Part II/);
  // No category in the sentence: the one the rivals share at the night, supported only.
  const shared =
    "At the 96th Academy Awards, it beat The Holdovers, May December and Past Lives to clinch its first award.";
  const sharedRead = claims(shared)
    .filter((c) => c.verdict === "supported")
    .map((c) => c.statement);
  assert.ok(sharedRead.some((s) => /May December was nominated for Original Screenplay/.test(s)));
  assert.deepEqual(
    findings("At the 96th Academy Awards, it beat The Holdovers and Barbie to clinch its first award."),
    [],
  );
});

test("the night a clause names is borne out by its films, and wrong when they all competed at another", () => {
  const ok = "Shakespeare in Love outfoxed Saving Private Ryan at the 71st Academy Awards last night.";
  assert.deepEqual(findings(ok), []);
  assert.ok(claims(ok).some((c) => c.kind === "ceremony" && c.verdict === "supported"));
  const bad = "Shakespeare in Love outfoxed Saving Private Ryan at the 70th Academy Awards last night.";
  const [f] = findings(bad);
  assert.match(f?.message ?? "", /competed at the 71st Academy Awards/);
  assert.equal(f.fixes[0]?.replacement, "71st Academy Awards");
  // A person who competed that night bears the ordinal out whatever the films' night.
  const person = "At the 90th Academy Awards, Kathryn Bigelow, who won for The Hurt Locker, presented an award.";
  assert.deepEqual(
    findings(person).filter((x) => x.rule === "wrong-ceremony-date"),
    [],
  );
});

test("a capitalised title set off by an aside opens a sentence as the film, and a comma may close its quotes", () => {
  const slumdog =
    "Slumdog Millionaire, a joyous story, took home the Oscar for best picture at the 80th Academy Awards.";
  assert.match(findings(slumdog)[0]?.message ?? "", /81st Academy Awards/);
  const lambs = "“The Silence of the Lambs,” a thriller, won best picture at the 63rd Academy Awards.";
  assert.match(findings(lambs)[0]?.message ?? "", /64th Academy Awards/);
});

test("a lead-in line says what the list below claims: 'Other winners included:' makes each entry a win", () => {
  const draft =
    "At the 98th Academy Awards:\n\nOther winners included:\n" + "-\nF1 – Best Sound\n-\nSinners – Best Sound\n";
  const [f] = findings(draft);
  assert.match(f?.message ?? "", /Sound went to/);
  assert.equal(findings(draft).length, 1, "F1 won it; Sinners only competed");
  const nominees = "At the 98th Academy Awards:\n\nThe nominees:\n-\nF1 – Best Sound\n-\nSinners – Best Sound\n";
  assert.deepEqual(findings(nominees), []);
});

test("a bare count takes its noun from the sentence before when its own names none", () => {
  const ok = "At the 98th Academy Awards, Sinners scored 16 nominations. Frankenstein and Marty Supreme each got nine.";
  assert.deepEqual(findings(ok), []);
  const bad = "At the 98th Academy Awards, Sinners scored 16 nominations. Frankenstein and Hamnet each got nine.";
  assert.match(findings(bad)[0]?.message ?? "", /Hamnet had 8 nominations, not 9/);
});

test("a title the data joins in camel case is found as the press writes it: 'K-Pop Demon Hunters'", () => {
  const text = "At the 98th Academy Awards, K-Pop Demon Hunters won Best Animated Feature.";
  assert.ok(
    claims(text).some((c) => c.verdict === "supported" && /KPop Demon Hunters won Animated Feature/.test(c.statement)),
  );
});

test("words quoted from a speaker are their own statement: their hedges and categories stay in the quote", () => {
  const text =
    "''I never thought this would happen in a special effects film,'' said Tom Hanks, who won last year " +
    "as the lawyer in ''Philadelphia.''";
  assert.ok(
    claims(text).some((c) => c.verdict === "supported" && /Tom Hanks won an Oscar for Philadelphia/.test(c.statement)),
  );
});

test("'as everyone expected, X won C' reports a win; a colon before a new subject starts a new clause", () => {
  const expected = "As virtually everyone expected, Julia Roberts took Best Actress honors for Erin Brockovich.";
  assert.ok(verdicts(expected).includes("supported"));
  const colon =
    "He was not the only actor recognized: Emma Thompson won an Oscar for her adaptation of Sense and Sensibility.";
  assert.ok(claims(colon).some((c) => c.verdict === "supported" && /Emma Thompson won an Oscar/.test(c.statement)));
});

test("more slots: 'X's win for C', 'X, C for F' as an appositive, 'C Academy Award winner X'", () => {
  assert.ok(verdicts("Mira Sorvino's win for best supporting actress was a surprise.").includes("supported"));
  const appositive = "Trophies went to Sandra Bullock, Best Actress for The Blind Side, and Jeff Bridges.";
  assert.ok(
    claims(appositive).some((c) => c.verdict === "supported" && /Sandra Bullock won Actress/.test(c.statement)),
  );
  const agent = "Best Actress Academy Award winner Meryl Streep posed backstage at the 84th Academy Awards.";
  assert.ok(claims(agent).some((c) => c.verdict === "supported" && /Meryl Streep won Actress/.test(c.statement)));
});

test("a role in another of the actor's films blames the film; a description ends where the film begins", () => {
  const wrong = "Forest Whitaker won for his turn as Uganda's former President Idi Amin in Blood Diamond.";
  const [f] = findings(wrong);
  assert.match(f?.message ?? "", /played Idi Amin in The Last King of Scotland/);
  assert.equal(f.fixes[0]?.replacement, "The Last King of Scotland");
  const unknown = 'Mira Sorvino won for her portrayal of a prostitute in "Mighty Aphrodite."';
  assert.ok(!claims(unknown).some((c) => c.rule === "wrong-role" && /Aphrodite/.test(c.statement)));
});

test("counts: 'a total of', 'one out of seven', a shared title placed by the year, 'the film' re-read", () => {
  assert.ok(
    claims("At the 69th Academy Awards, Shine won one out of seven nominations.").some(
      (c) => c.verdict === "supported" && /Shine had 7 nominations/.test(c.statement),
    ),
  );
  const titanic = "Avatar was expected to follow Cameron's epic, Titanic, which won 11 Oscars in 1998.";
  assert.ok(
    claims(titanic).some((c) => c.verdict === "supported" && /Titanic won 11 Oscars at the 70th/.test(c.statement)),
  );
  const draft =
    "At the 50th Academy Awards, Annie Hall won Best Picture. " +
    "Annie Hall beat Star Wars, Julia and The Turning Point. " +
    "The film won four Oscars out of its five nominations.";
  assert.ok(claims(draft).some((c) => c.verdict === "supported" && /Annie Hall won 4 Oscars/.test(c.statement)));
  const career =
    "Dustin Hoffman won his second Oscar (after Kramer vs. Kramer in 1979), out of a career total of six nominations.";
  assert.deepEqual(
    findings(career).filter((f) => f.rule === "wrong-count"),
    [],
  );
});

test("who made or starred in a film: 'X's gangster film, F', 'F starring A and B', 'F, director X's comedy'", () => {
  const read = (t: string) => claims(t).filter((c) => c.verdict === "supported" && c.kind === "attribution");
  assert.equal(read("Francis Ford Coppola's iconic gangster film, The Godfather, opened in 1972.").length, 1);
  assert.equal(
    read("The Power of the Dog starring Benedict Cumberbatch and Kirsten Dunst led the nominations.").length,
    2,
  );
  assert.equal(
    read("The Banshees of Inisherin, director Martin McDonagh's dark comedy, had nine nominations.").length,
    1,
  );
  // A pair the data does not hold is not refuted: casts are wider than the nominations.
  assert.deepEqual(findings("The Power of the Dog starring Meryl Streep opened in 2021."), []);
});

test("a name cut short where the text ends is not called a misspelling: it may still be being typed", () => {
  const typing = "At the 34th Academy Awards, the scoring award went to Saul Chaplin and Sid Rami";
  assert.deepEqual(
    findings(typing).filter((f) => f.rule === "misspelled-name"),
    [],
  );
  const typo = "At the 34th Academy Awards, the scoring award went to Sid Rami and Saul Chaplin.";
  assert.equal(findings(typo).filter((f) => f.rule === "misspelled-name").length, 1);
});

test("in a piece about another body, a film's count is checked against that body's data", () => {
  const piece = (n: string) =>
    "The BAFTA nominations are out ahead of the 98th Academy Awards. The BAFTA Film Awards favour British films.\n\n" +
    `At the BAFTAs, Sinners is just behind with ${n} nominations.\n`;
  assert.deepEqual(findings(piece("13")), []);
  assert.ok(
    claims(piece("13")).some(
      (c) => c.verdict === "supported" && /Sinners had 13 nominations \(2026 BAFTA/.test(c.statement),
    ),
  );
  assert.match(findings(piece("10"))[0]?.message ?? "", /Sinners had 13 nominations, not 10/);
});

test("a win placed in a year when the person won in another is refuted at the year, unless a tense moves it", () => {
  const bad = "On the 27th February 1941, Hattie McDaniel became the first African-American to win an Oscar.";
  const [f] = findings(bad);
  assert.equal(underlined(bad, f), "1941");
  assert.match(f.message, /12th Academy Awards \(1940\), held on February 29, 1940/);
  assert.deepEqual(
    findings("On February 29, 1940, Hattie McDaniel became the first African-American to win an Oscar."),
    [],
  );
  assert.deepEqual(findings("In 1941, Hattie McDaniel, who had won an Oscar, signed a new contract."), []);
});

test("an unnumbered ceremony 'held this year on March 8' is dated against the article's night", () => {
  const draft =
    "The 98th Academy Awards are near.\n\n" +
    "The BAFTAs hint at who will win at the Academy Awards, held this year on March 8.\n";
  assert.match(findings(draft)[0]?.message ?? "", /March 15, 2026/);
});

test("nominations without a category: each film after 'nominated for', refuted when the record has none", () => {
  const ok = "Dustin Hoffman, who was nominated for 1968's The Graduate, 1970's Midnight Cowboy and 1975's Lenny, won.";
  assert.equal(claims(ok).filter((c) => c.verdict === "supported" && c.kind === "nomination").length, 3);
  assert.deepEqual(
    findings(ok).filter((f) => f.rule === "wrong-nomination"),
    [],
  );
  const bad = "George C. Scott had been nominated twice before, for roles in Anatomy of a Murder and Dr. Strangelove.";
  const [f] = findings(bad);
  assert.match(f?.message ?? "", /George C\. Scott has no Oscar nomination for Dr\. Strangelove/);
  // Hedged or about another body: never refuted.
  assert.deepEqual(findings("George C. Scott may have been nominated for Dr. Strangelove at the Golden Globes."), []);
});

test("a bracketed film after a name is a nominee pair even in a clause with a category", () => {
  const text = "Sandra Hüller will compete for Best Actress with Emma Stone (Poor Things) and Annette Bening (Nyad).";
  assert.equal(claims(text).filter((c) => c.verdict === "supported" && c.kind === "nomination").length, 2);
});

test("names: a nominee's surname with another first name of the same initial is flagged; short forms are not", () => {
  const wrong = "At the 26th Academy Awards, Best Director (Frank Zinnemann) went to From Here to Eternity.";
  assert.match(findings(wrong).find((f) => f.rule === "misspelled-name")?.message ?? "", /Fred Zinnemann/);
  const short = "At the 76th Academy Awards, Fran Walsh shared the Adapted Screenplay award.";
  assert.deepEqual(
    findings(short).filter((f) => f.rule === "misspelled-name"),
    [],
  );
  // Without the article's night, a well-known name's typo is still caught.
  const famous = "Directors who won twice include William Wyler and Eli Kazan.";
  assert.match(findings(famous).find((f) => f.rule === "misspelled-name")?.message ?? "", /Elia Kazan/);
});

test("titles that hold a possessive are found: Schindler's List, Prizzi’s Honor, Sophie's Choice", () => {
  const text = "Meryl Streep won Best Actress for Sophie's Choice; Schindler's List and Prizzi’s Honor won too.";
  const films = claims(text).map((c) => c.statement);
  assert.ok(films.some((s) => /Meryl Streep won Actress in a Leading Role/.test(s)));
  // A possessive name before a title is still two mentions.
  assert.ok(claims("Sean Baker's Anora won Best Picture.").some((c) => /Anora won Best Picture/.test(c.statement)));
});

test("categories joined before one noun share it; a list of categories with brackets does not share a name", () => {
  const shared = "Nomadland made its way to Best Picture and Director wins for Chloe Zhao.";
  const zhao = claims(shared).filter((c) => c.verdict === "supported" && /Chloé Zhao won/.test(c.statement));
  assert.equal(zhao.length, 2);
  const list =
    "At the 26th Academy Awards, From Here to Eternity won Best Screenplay, Best Film Editing, " +
    "Best Supporting Actor (Frank Sinatra) and Best Supporting Actress (Donna Reed).";
  assert.deepEqual(findings(list), []);
});

test("more readings: 'X's best director award for F', 'the movie's awards included C', a pronoun's win", () => {
  const held = "Martin Scorsese's best director award for The Departed was his first Oscar.";
  assert.ok(verdicts(held).includes("supported"));
  const included =
    "Slumdog Millionaire was the night's winner. In addition to best picture, the movie's awards included " +
    "best director for Danny Boyle and best original score.";
  assert.ok(
    claims(included).some(
      (c) => c.verdict === "supported" && /Slumdog Millionaire won Original Score/.test(c.statement),
    ),
  );
  const pronoun = "Jodie Foster was there. She won the Oscar in 1989 for her role in The Accused.";
  assert.ok(
    claims(pronoun).some(
      (c) => c.verdict === "supported" && /Jodie Foster won an Oscar for The Accused/.test(c.statement),
    ),
  );
});

test("lists after 'nominees were' and 'the C race were', each film described or not, are nominees", () => {
  const text =
    "At the 95th Academy Awards, rounding out the Best Picture race were blockbusters Top Gun: Maverick and " +
    "Elvis, the dark comedy The Banshees of Inisherin, the German war epic All Quiet on the Western Front.";
  const read = claims(text).filter((c) => c.verdict === "supported" && /nominated for Best Picture/.test(c.statement));
  assert.equal(read.length, 4);
  assert.deepEqual(findings(text), []);
});

test("a person's tally in one category: 'seven for Best Director', 'eight-time best actor nominee X'", () => {
  const ok =
    "Woody Allen has been nominated for an astonishing 24 Academy Awards: one for Best Actor, seven for Best Director.";
  assert.deepEqual(findings(ok), []);
  assert.ok(
    claims(ok).some((c) => c.verdict === "supported" && /Woody Allen had 24 nominations in all/.test(c.statement)),
  );
  const bad = ok.replace("seven for Best Director", "six for Best Director");
  assert.match(findings(bad)[0]?.message ?? "", /7 competitive Best Director nominations, not 6/);
  const nominee = "Not everyone won: seven-time best actor nominee Peter O'Toole went home empty-handed.";
  assert.match(findings(nominee)[0]?.message ?? "", /8 competitive Best Actor nominations/);
});

test("'the 48th annual Academy Award nominations' is an ordinal; one against many films of another night slips", () => {
  const draft =
    "“Rocky” and “Network” shared the honors as the 48th annual Academy Award nominations were announced.\n\n" +
    "“Taxi Driver,” “All the President's Men” and “Bound for Glory” " +
    "were also nominated for Best Picture.\n";
  const [f] = findings(draft).filter((x) => x.rule === "wrong-ceremony-date");
  assert.match(f?.message ?? "", /competed at the 49th Academy Awards \(1977\), not the 48th/);
});

test("a nominee named as a supporting award's winner for the film she lost with; a surname half misspelt", () => {
  const draft =
    "Jessica Lange won Best Actress at the 67th Academy Awards.\n\n" +
    "''It is an honor,'' said Lange, who previously won a supporting award for ''Frances.''\n";
  assert.match(
    findings(draft)[0]?.message ?? "",
    /Jessica Lange won Actress in a Supporting Role for Tootsie, not for Frances/,
  );
  const typo = "At the 81st Academy Awards, Heath Ledger and Penelope Cruise made history.";
  assert.match(findings(typo).find((f) => f.rule === "misspelled-name")?.message ?? "", /Penélope Cruz/);
});

test("rivals: three or more sharing one category name it, and the odd one out is refuted", () => {
  const bad =
    "At the 96th Academy Awards, it beat The Holdovers, Maestro, May December and Oppenheimer to clinch the award.";
  const [f] = findings(bad);
  assert.equal(underlined(bad, f), "Oppenheimer");
  assert.match(f.message, /Oppenheimer was nominated for/);
  const ok =
    "At the 96th Academy Awards, it beat The Holdovers, Maestro, May December and Past Lives to clinch the award.";
  assert.deepEqual(findings(ok), []);
});

test("a film's only loss: nominated there and lost; a category it won is wrong", () => {
  const ok =
    "At the 32nd Academy Awards, Ben-Hur won Best Picture. " +
    "The only category it didn't win was Best Adapted Screenplay.";
  assert.deepEqual(findings(ok), []);
  assert.ok(claims(ok).some((c) => c.verdict === "supported" && /Ben-Hur lost/.test(c.statement)));
  const bad = ok.replace("Best Adapted Screenplay", "Best Original Score");
  assert.match(findings(bad)[0]?.message ?? "", /Ben-Hur won Music Score/);
});

test("a described role's film after a name: 'X, who played the loner in F', 'X, the scheming inmate in F'", () => {
  const text =
    "Robert De Niro, who played the violently disturbed loner in “Taxi Driver,” and Giancarlo Giannini, " +
    "the scheming inmate in “Seven Beauties,” were nominated.";
  const cast = claims(text).filter((c) => c.verdict === "supported" && / is in /.test(c.statement));
  assert.equal(cast.length, 2);
  assert.deepEqual(findings("Robert De Niro, who played a boxer in “Network,” was there."), []);
});

test("a maker's possessive: 'Sam Mendes' 1917', and the appositive 'F, X's take on a story'", () => {
  const made = (text: string) =>
    claims(text)
      .filter((c) => c.kind === "attribution")
      .map((c) => `${c.verdict}: ${c.statement}`);
  assert.deepEqual(made("Everyone expected Sam Mendes' 1917 to win at the 92nd Academy Awards."), [
    "supported: 1917 is Sam Mendes's film",
  ]);
  const list =
    "At the 96th Academy Awards it beat Poor Things, Yorgos Lanthimos' take on a Frankenstein story, " +
    "and “Anatomy of a Fall,” Justine Triet’s courtroom drama.";
  assert.deepEqual(made(list), [
    "supported: Poor Things is Yorgos Lanthimos's film",
    "supported: Anatomy of a Fall is Justine Triet's film",
  ]);
  // Someone else's film in the appositive is not confirmed (and, with no verdict word, not refuted).
  const other = "The Holdovers, Sam Mendes' comedy about a teacher, was nominated at the 96th Academy Awards.";
  assert.deepEqual(made(other), ["unverifiable: The Holdovers is Sam Mendes's film"]);
  assert.deepEqual(findings(other), []);
});

test("counts shared out ('A and B won two Oscars apiece') and inverted ('With four Oscars was F')", () => {
  const apiece = "At the 70th Academy Awards, L.A. Confidential and As Good as It Gets won two Oscars apiece.";
  assert.deepEqual(counts(apiece), [
    "supported: L.A. Confidential won 2 Oscars",
    "supported: As Good as It Gets won 2 Oscars",
  ]);
  const wrong = apiece.replace("two", "three");
  assert.equal(findings(wrong).length, 2);
  assert.ok(findings(wrong).every((f) => f.fixes[0]?.replacement === "two"));
  // A film compared with is not one of those sharing the count.
  const unlike = "At the 70th Academy Awards, unlike Titanic, L.A. Confidential and As Good as It Gets won two each.";
  assert.ok(!counts(unlike).some((c) => c.includes("Titanic")));
  const each =
    "At the 59th Academy Awards, leading the field with eight nominations each were A Room with a View and Platoon.";
  assert.deepEqual(counts(each), [
    "supported: A Room with a View had 8 nominations",
    "supported: Platoon had 8 nominations",
  ]);
  const was =
    "At the 74th Academy Awards, also with four Oscars was the fantasy epic The Lord of the Rings: The Fellowship of the Ring.";
  assert.deepEqual(counts(was), ["supported: The Lord of the Rings: The Fellowship of the Ring won 4 Oscars"]);
});

test("'acting awards' is any of the four acting categories; a comma list before 'and' is one subject", () => {
  const text =
    "At the 89th Academy Awards, Emma Stone, Casey Affleck, Mahershala Ali and Viola Davis won acting awards.";
  const won = claims(text).filter((c) => c.kind === "win" && c.verdict === "supported");
  assert.deepEqual(
    won.map((c) => c.statement.split(" won ")[0]),
    ["Emma Stone", "Casey Affleck", "Mahershala Ali", "Viola Davis"],
  );
  assert.match(won[0].message, /Actress in a Leading Role/);
  // "Beating X, Y won": a comma alone joins no list; the winner is Y.
  const beat = "At the 89th Academy Awards, beating Ryan Gosling, Casey Affleck won Best Actor.";
  assert.deepEqual(findings(beat), []);
  assert.ok(claims(beat).some((c) => c.verdict === "supported" && c.statement.startsWith("Casey Affleck won")));
});

test("a gerund's subject: 'with X winning C', 'While X winning C was a breakthrough' (a surname after an opener)", () => {
  const draft =
    "Hattie McDaniel starred in Gone with the Wind.\n\n" +
    "At the 12th Academy Awards, while McDaniel winning Best Supporting Actress was a breakthrough, " +
    "the film was criticised.\n";
  assert.ok(claims(draft).some((c) => c.verdict === "supported" && c.statement.startsWith("Hattie McDaniel won")));
  const bad = "At the 12th Academy Awards, with Vivien Leigh winning Best Supporting Actress, history was made.";
  assert.match(findings(bad)[0]?.message ?? "", /went to Hattie McDaniel/);
});

test("roles: a capitalised modifier before the name ('the World War II general X'); a film's portrayal is no role", () => {
  const text = (who: string) =>
    `At the 43rd Academy Awards, George C. Scott won Best Actor for his portrayal of the World War II general ${who}.`;
  assert.deepEqual(findings(text("George S. Patton")), []);
  assert.match(findings(text("Erwin Rommel"))[0]?.message ?? "", /not as Erwin Rommel/);
  const film =
    "At the 12th Academy Awards, Hattie McDaniel won Best Supporting Actress; Gone with the Wind was " +
    "criticised for its positive portrayal of the Old South.";
  assert.deepEqual(findings(film), []);
});

test("lines under 'The nominees:' with no category: each film was nominated on the article's night", () => {
  const draft = (films: string[]) =>
    `The 59th Academy Awards were held in 1987.\n\nThe nominees:\n${films.join("\n")}\n`;
  const read = claims(draft(["Hannah and Her Sisters", "The Mission", "A Room with a View"])).filter(
    (c) => c.kind === "nomination" && c.verdict === "supported",
  );
  assert.equal(read.length, 3);
  assert.match(read[1].statement, /The Mission was nominated at the 59th Academy Awards/);
  // A film of another year is not confirmed, and not called wrong: a list may look back.
  const other = draft(["Hannah and Her Sisters", "Titanic"]);
  assert.deepEqual(findings(other), []);
  assert.ok(!claims(other).some((c) => c.statement.startsWith("Titanic")));
});

test("pairs: 'X for Director's F', 'X (as C) for F', 'his performance in F'; an appositive must describe a film", () => {
  const list =
    "The Best Actress nominees at the 84th Academy Awards were the following:\n\n" +
    "- Michelle Williams (as Marilyn Monroe) for Simon Curtis' My Week with Marilyn.\n" +
    "- Rooney Mara for David Fincher's The Girl with the Dragon Tattoo.\n";
  const pairs = claims(list).filter((c) => c.verdict === "supported" && / was nominated for /.test(c.statement));
  assert.deepEqual(
    pairs.map((c) => c.statement),
    [
      "Michelle Williams was nominated for My Week with Marilyn",
      "Rooney Mara was nominated for The Girl with the Dragon Tattoo",
    ],
  );
  const turn =
    "At the 81st Academy Awards, Mickey Rourke was the favorite, for his comeback performance in The Wrestler.";
  assert.ok(claims(turn).some((c) => c.verdict === "supported" && c.statement === "Mickey Rourke is in The Wrestler"));
  // "F, Penn's performance proved …": no description of a film, so no maker.
  const prose = "At the 81st Academy Awards, for his turn in The Wrestler, Penn's performance proved stronger.";
  assert.ok(!claims(prose).some((c) => /Penn's film/.test(c.statement)));
});

test("nominations without the word: 'X was up for F', 'the first nomination since Y got one for F'", () => {
  const up = (film: string) => `At the 69th Academy Awards, Woody Harrelson was up for “${film},” which lost.`;
  assert.ok(claims(up("The People vs. Larry Flynt")).some((c) => c.verdict === "supported" && c.kind === "nomination"));
  assert.match(findings(up("Fargo"))[0]?.message ?? "", /no Oscar nomination for Fargo/);
  const one =
    "It was the first posthumous nomination since Spencer Tracy got one for “Guess Who's Coming to Dinner” in 1968.";
  assert.ok(
    claims(one).some((c) => c.verdict === "supported" && /Spencer Tracy was nominated for Guess/.test(c.statement)),
  );
  // "one" with no nomination before it is not one.
  assert.deepEqual(
    claims("Spencer Tracy got one for “Guess Who's Coming to Dinner” at last.").filter((c) => c.kind === "nomination"),
    [],
  );
});

test("an appositive between subject and verb: 'F, a comedy about … G, won' is F's claim; '…, who won' keeps its own", () => {
  const text =
    "At the 71st Academy Awards, “Shakespeare in Love,” a romantic comedy about the woman who may have inspired " +
    "“Romeo and Juliet,” won seven awards.";
  const counts = claims(text).filter((c) => c.kind === "count");
  assert.deepEqual(
    counts.map((c) => `${c.verdict}: ${c.statement}`),
    ["supported: Shakespeare in Love won 7 Oscars at the 71st Academy Awards (1999)"],
  );
  const relative =
    "At the 62nd Academy Awards, Oliver Stone won Best Director for Born on the Fourth of July, the second such " +
    "prize for Stone, who won three years ago for Platoon.";
  assert.deepEqual(findings(relative), []);
});

test("a conjunction opens a clause with its own subject: '… to win C as F blasts G with six gongs'", () => {
  const text =
    "At the 82nd Academy Awards, Kathryn Bigelow became the first woman to win best director as The Hurt Locker " +
    "blasts her ex-husband's Avatar with six gongs.";
  const counts = claims(text).filter((c) => c.kind === "count");
  assert.deepEqual(
    counts.map((c) => `${c.verdict}: ${c.statement}`),
    ["supported: The Hurt Locker won 6 Oscars at the 82nd Academy Awards (2010)"],
  );
  assert.match(findings(text.replace("six", "nine"))[0]?.message ?? "", /won 6 Oscars/);
});

test("'C, which went to X' names C's winner, after a loss or anything else the clause said first", () => {
  const text = (who: string) =>
    `At the 94th Academy Awards, The Power of the Dog won Best Director, and one of its losses came in ` +
    `Best Adapted Screenplay, which went to ${who}.`;
  assert.deepEqual(findings(text("CODA's Sian Heder")), []);
  assert.ok(
    claims(text("CODA's Sian Heder")).some((c) => c.verdict === "supported" && /Heder won Adapted/.test(c.statement)),
  );
  assert.match(findings(text("Jane Campion"))[0]?.message ?? "", /Adapted Screenplay went to Siân Heder/);
  // The noun still decides: "nominations went to X" are nominations.
  const noms = "At the 49th Academy Awards, other best-actor nominations went to Robert De Niro and William Holden.";
  assert.deepEqual(findings(noms), []);
});

test("a maker's possessive over a longer description: 'X's adaptation of Y's “F”', 'F, X's depiction of …, and G'", () => {
  const made = (text: string) => claims(text).filter((c) => c.kind === "attribution" && c.verdict === "supported");
  const adapted =
    "At the 97th Academy Awards, RaMell Ross’ adaptation of Colson Whitehead’s “Nickel Boys,” was nominated.";
  assert.equal(made(adapted)[0]?.statement, "Nickel Boys is RaMell Ross's film");
  const and =
    "At the 96th Academy Awards it beat Poor Things, Yorgos Lanthimos’ take on a Frankenstein story and Maestro.";
  assert.equal(made(and)[0]?.statement, "Poor Things is Yorgos Lanthimos's film");
  const depiction =
    "At the 73rd Academy Awards, the winners were Traffic, Steven Soderbergh's depiction of the drug war, and Gladiator.";
  assert.equal(made(depiction)[0]?.statement, "Traffic is Steven Soderbergh's film");
});

test("counts given out: 'three awards each to A and B', 'with two each were A, B and C'", () => {
  const to =
    "At the 61st Academy Awards, the Academy gave three awards each to Dangerous Liaisons and Who Framed Roger Rabbit.";
  assert.deepEqual(counts(to), [
    "supported: Dangerous Liaisons won 3 Oscars",
    "supported: Who Framed Roger Rabbit won 3 Oscars",
  ]);
  const were =
    "At the 62nd Academy Awards, Driving Miss Daisy won four Oscars. In a tie with two each were " +
    "the animated film The Little Mermaid, Glory and Born on the Fourth of July.";
  // Glory won three: the one wrong film in the list is the one refuted.
  assert.deepEqual(counts(were).slice(1), [
    "supported: The Little Mermaid won 2 Oscars",
    "refuted: Glory won 2 Oscars",
    "supported: Born on the Fourth of July won 2 Oscars",
  ]);
});

test("nominees who missed out: 'X, Y and Z miss out', 'F went home empty-handed'", () => {
  const draft = (line: string) => `The 82nd Academy Awards were held in 2010.\n\n- ${line}\n`;
  const missed = claims(draft("Helen Mirren, Colin Firth and Carey Mulligan miss out on big prizes")).filter((c) =>
    /won nothing/.test(c.statement),
  );
  assert.deepEqual(
    missed.map((c) => c.verdict),
    ["supported", "supported", "supported"],
  );
  assert.match(
    findings(draft("Colin Firth and Emily Blunt miss out"))[0]?.message ?? "",
    /Emily Blunt was not nominated/,
  );
  assert.match(findings(draft("Avatar went home empty-handed"))[0]?.message ?? "", /Avatar won Art Direction/);
  assert.deepEqual(findings(draft("Up in the Air went home empty-handed")), []);
  // A hedge: a prediction of who may miss out.
  assert.deepEqual(findings(draft("Avatar may miss out")), []);
});

test("'His Melvin Udall, a retired astronaut, wins him …': a character named as the actor's own", () => {
  const draft = (who: string) =>
    `Jack Nicholson has won three Oscars.\n\nWon for: Terms of Endearment (1983): His ${who}, a retired astronaut, ` +
    `wins him his first supporting-actor statuette.\n`;
  assert.ok(
    claims(draft("Garrett Breedlove")).some((c) => c.verdict === "supported" && / played Garrett/.test(c.statement)),
  );
  const [f] = findings(draft("Melvin Udall"));
  assert.equal(f?.fixes[0]?.replacement, "Garrett Breedlove");
  // Capitalised words that are not a role are left alone when nothing closes them as a name.
  assert.deepEqual(findings("Jack Nicholson won.\n\nHis New York apartment was small.\n"), []);
});

test("'The C wins were predicted: X & Y for the adaptation of F, …': a colon opens the holders; partners share a film", () => {
  const text = (film: string) =>
    "At the 70th Academy Awards, the screenplay wins were also widely predicted: Brian Helgeland & Curtis Hanson " +
    `for the adaptation of “${film}” and “Good Will Hunting’s” Ben Affleck & Matt Damon.`;
  const won = claims(text("L.A. Confidential")).filter((c) => c.kind === "win" && c.verdict === "supported");
  assert.equal(won.length, 4);
  const wrong = findings(text("The Sweet Hereafter"));
  assert.equal(wrong.length, 1, "one finding for the partners");
  assert.equal(wrong[0].fixes[0]?.replacement, "L.A. Confidential");
});

test("'After N tries, X took home an Oscar': nominations up to the first win, that one counted or not", () => {
  const tries = (n: string, noun = "tries") => `After ${n} ${noun}, Alan Arkin took home an Oscar.`;
  const verdict = (text: string) => claims(text).find((c) => c.rule === "wrong-career")?.verdict;
  assert.equal(verdict(tries("three")), "supported");
  assert.equal(verdict(tries("two")), "supported");
  assert.equal(verdict(tries("two", "losses")), "supported");
  assert.match(findings(tries("four"))[0]?.message ?? "", /came on the 3rd night Alan Arkin was nominated/);
  // No competitive win: nothing to count.
  assert.equal(verdict("After eight nominations, Peter O'Toole took home an Oscar."), undefined);
});

test("'X, an unknown who starred in F, also was nominated': a nomination of the article's night, never refuted", () => {
  const draft = (who: string) =>
    `The 49th Academy Awards were held in 1977.\n\n${who}, an unknown who became a star in “Rocky,” also was nominated.\n`;
  assert.ok(
    claims(draft("Sylvester Stallone")).some(
      (c) => c.statement === "Sylvester Stallone was nominated at the 49th Academy Awards (1977)",
    ),
  );
  // Someone with no nomination that night is not called wrong: the sentence may mean another year.
  assert.deepEqual(findings(draft("Meryl Streep")), []);
});

test("counts in a list and after a participle: 'followed by F with 11', 'Nominated for eleven Oscars, F won four'", () => {
  const led =
    "At the 96th Academy Awards, Oppenheimer led the nominations with 13, followed by Poor Things with 11 " +
    "and Killers of the Flower Moon with 10.";
  assert.ok(counts(led).includes("supported: Poor Things had 11 nominations"));
  const participle = "At the 96th Academy Awards, nominated for eleven Oscars, Poor Things won four.";
  assert.deepEqual(counts("Nominated for eleven Oscars, Poor Things won four.\n\nThe 96th Academy Awards were long."), [
    "supported: Poor Things had 11 nominations",
    "supported: Poor Things won 4 Oscars",
  ]);
  assert.ok(participle);
});

test("'his first nomination in the category' ranks within the clause's category", () => {
  const text = (n: string) =>
    `At the 96th Academy Awards, Christopher Nolan won Best Director on his ${n} nomination in the category.`;
  assert.deepEqual(findings(text("second")), []);
  assert.match(findings(text("first"))[0]?.message ?? "", /2nd Directing nomination, not the 1st/);
});

test("'X won C for playing R in F' checks the role; a wrong film is blamed against the article's night", () => {
  const role = (who: string) =>
    `At the 81st Academy Awards, Heath Ledger won Best Supporting Actor for playing ${who} in The Dark Knight.`;
  assert.deepEqual(findings(role("the Joker")), []);
  assert.match(findings(role("Harvey Dent"))[0]?.message ?? "", /as Joker in The Dark Knight/);
  const film = "The 81st Academy Awards were held in 2009.\n\nSean Penn won Best Actor for The Wrestler.\n";
  const [f] = findings(film);
  assert.match(f?.message ?? "", /At the 81st Academy Awards \(2009\), Sean Penn won Actor in a Leading Role for Milk/);
  assert.equal(f.fixes[0]?.replacement, "Milk");
});

test("an award declined or refused was won: 'Brando declined the best actor award'", () => {
  const text = (who: string) => `At the 45th Academy Awards, ${who} declined the best actor award for The Godfather.`;
  assert.ok(
    claims(text("Marlon Brando")).some((c) => c.verdict === "supported" && /Marlon Brando won Actor/.test(c.statement)),
  );
  assert.match(findings(text("Al Pacino"))[0]?.message ?? "", /went to Marlon Brando/);
});

test("International Feature is the country's: a director of the winning film is not refuted; 'supporting awards'", () => {
  const text =
    "The 92nd Academy Awards were held in 2020.\n\nBong Joon-ho took home four Oscars, including best director, " +
    "original screenplay and international feature.\n";
  assert.deepEqual(findings(text), []);
  const won = claims(text).filter((c) => c.kind === "win" && c.verdict === "supported");
  assert.equal(won.length, 3, "the hyphenated 'Joon-ho' is the data's Bong Joon Ho");
  assert.match(won[2].message, /Parasite \(South Korea\), Bong Joon Ho's film/);
  const supporting = "At the 92nd Academy Awards, Brad Pitt won one of the supporting awards.";
  assert.ok(
    claims(supporting).some((c) => c.verdict === "supported" && /Actor in a Supporting Role/.test(c.statement)),
  );
});

test("career ranks of a possessor and a later pronoun; a count in brackets after a film", () => {
  const text =
    "At the 84th Academy Awards, Meryl Streep won Best Actress for The Iron Lady. " +
    "That was Streep's 17th Oscar nomination and her third win.";
  const ranks = claims(text).filter((c) => c.kind === "career" && c.verdict === "supported");
  assert.deepEqual(
    ranks.map((c) => c.statement),
    ["Meryl Streep's 17th nomination", "Meryl Streep's 3rd Oscar"],
  );
  assert.match(findings(text.replace("17th", "16th"))[0]?.message ?? "", /17th competitive nomination/);
  const bracket = "At the 12th Academy Awards, films such as Gone With the Wind (8 wins) set records.";
  assert.ok(
    claims(bracket).some((c) => c.verdict === "supported" && /Gone with the Wind won 8 Oscars/.test(c.statement)),
  );
});

test("'X beat Y for C': Y was nominated in C and X won it", () => {
  const text = (a: string, b: string) =>
    `At the 97th Academy Awards, ${a}, the star of the year, beat ${b} for best actress.`;
  const good = text("Mikey Madison", "Demi Moore");
  assert.deepEqual(findings(good), []);
  assert.ok(claims(good).some((c) => c.verdict === "supported" && c.statement.startsWith("Mikey Madison won Actress")));
  const [f] = findings(text("Demi Moore", "Mikey Madison"));
  assert.match(f?.message ?? "", /went to Mikey Madison for Anora/);
  assert.equal(f.fixes[0]?.replacement, "Mikey Madison");
});

test("'a five-Oscar night' counts the night's wins of the clause's subject", () => {
  const text = (n: string) => `At the 97th Academy Awards, Anora won best picture, capping a ${n}-Oscar night.`;
  assert.ok(
    claims(text("five")).some((c) => c.verdict === "supported" && c.statement.startsWith("Anora won 5 Oscars")),
  );
  assert.equal(findings(text("six"))[0]?.fixes[0]?.replacement, "five");
});

test("a person's own list: 'Katharine Hepburn's nominations:' then a film per line", () => {
  const draft = (films: string[]) =>
    `Katharine Hepburn won four Oscars.\n\nKatharine Hepburn's nominations:\n${films.map((f) => `- ${f}`).join("\n")}\n`;
  const read = claims(draft(["Alice Adams (1935)", "The Philadelphia Story (1940)", "Summertime (1955)"])).filter(
    (c) => c.kind === "nomination" && c.verdict === "supported",
  );
  assert.equal(read.length, 3);
  // A film of someone else's career is not confirmed, and not called wrong.
  const other = draft(["Alice Adams (1935)", "Casablanca (1942)"]);
  assert.deepEqual(findings(other), []);
  assert.ok(!claims(other).some((c) => /Casablanca/.test(c.statement)));
});

test("a count within a category: 'with four Best Actress Oscars', '17 Best Actress nominations'", () => {
  const wins = (n: string) => `Katharine Hepburn holds the record, with ${n} Best Actress Oscars.`;
  assert.ok(
    claims(wins("four")).some(
      (c) => c.verdict === "supported" && c.statement === "Katharine Hepburn had 4 Best Actress wins",
    ),
  );
  assert.equal(findings(wins("five"))[0]?.fixes[0]?.replacement, "four");
  const noms = "Meryl Streep has earned 17 Best Actress nominations.";
  assert.ok(claims(noms).some((c) => c.verdict === "supported" && /17 Best Actress nominations/.test(c.statement)));
});

test("'was nominated 12 times', 'won four times' count nominations and wins", () => {
  assert.ok(
    claims("In all, Katharine Hepburn was nominated 12 times.").some(
      (c) => c.verdict === "supported" && /12 nominations/.test(c.statement),
    ),
  );
  const titanic = (n: string) => `Titanic was nominated ${n} times at the 70th Academy Awards.`;
  assert.deepEqual(findings(titanic("14")), []);
  assert.equal(findings(titanic("12"))[0]?.fixes[0]?.replacement, "14");
});

test("a list under 'Snubbed:' is no list of nominees", () => {
  const draft =
    "The 59th Academy Awards were held in 1987.\n\nSnubbed by the voters:\nThe Mission\nHannah and Her Sisters\n";
  assert.deepEqual(
    claims(draft).filter((c) => c.kind === "nomination"),
    [],
  );
});

test("the 1990s' split score categories are Oscar categories, not a Globes 'musical or comedy'", () => {
  const text =
    "At the 71st Academy Awards, Shakespeare in Love won Best Picture. " +
    "It also won original musical or comedy score, and Life Is Beautiful won original dramatic score.";
  assert.deepEqual(findings(text), []);
  assert.deepEqual(verdicts(text), ["supported", "supported", "supported"]);
  const wrong = "At the 71st Academy Awards, Shakespeare in Love won Best Picture and original dramatic score.";
  assert.match(findings(wrong)[0]?.message ?? "", /Life Is Beautiful/);
});

test("a subtitle stands for the film named in full before it", () => {
  const draft =
    "At the 76th Academy Awards, The Lord of the Rings: The Return of the King won Best Picture.\n\n" +
    "Return of the King also won for costume design and makeup.\n";
  const won = claims(draft).filter((c) => c.verdict === "supported" && c.kind === "win");
  assert.equal(won.length, 3);
  const wrong = draft.replace("makeup", "cinematography");
  assert.match(findings(wrong)[0]?.message ?? "", /Master and Commander/);
  // A short subtitle never named in full is no film.
  assert.ok(!claims("Dead Man's Chest also won for visual effects.").some((c) => c.kind === "win"));
});

test("a line cut mid-phrase by a hard wrap continues the sentence, however short the line", () => {
  const draft =
    "At the 76th Academy Awards, The Lord of the Rings: The Return of the King\n" +
    "won for score\n(Howard Shore), art\ndirection and makeup.\n";
  const won = claims(draft).filter((c) => c.verdict === "supported" && c.kind === "win");
  assert.deepEqual(won.map((c) => c.statement.replace(/ at the .*/, "")).sort(), [
    "Howard Shore won Original Score",
    "The Lord of the Rings: The Return of the King won Art Direction",
    "The Lord of the Rings: The Return of the King won Makeup",
  ]);
});

test("'X presented C to Y': the giver is never the holder; the one given to is", () => {
  const given = "At the 74th Academy Awards, Julia Roberts presented Best Actor to Denzel Washington for Training Day.";
  assert.deepEqual(findings(given), []);
  assert.ok(claims(given).some((c) => c.verdict === "supported" && c.statement.startsWith("Denzel Washington won")));
  const handed = "At the 74th Academy Awards, Julia Roberts handed Denzel Washington the Best Actor award.";
  assert.ok(claims(handed).some((c) => c.verdict === "supported" && c.statement.startsWith("Denzel Washington won")));
  // The holder is a pronoun: nothing is read, and the presenter is not taken for the winner.
  assert.deepEqual(findings("At the 74th Academy Awards, Julia Roberts presented Best Actor to him."), []);
  assert.deepEqual(findings("At the 74th Academy Awards, Julia Roberts presented the award for Best Actor."), []);
  // The passive keeps its subject: the one presented with the award holds it.
  const passive = "At the 74th Academy Awards, Denzel Washington was presented the Best Actor award.";
  assert.ok(claims(passive).some((c) => c.verdict === "supported" && c.statement.startsWith("Denzel Washington won")));
});

test("'F, the 1998 best picture winner,' describes the name before it", () => {
  const good = "Shakespeare in Love, the 1999 best picture winner, made Gwyneth Paltrow a star.";
  assert.deepEqual(findings(good), []);
  assert.deepEqual(verdicts(good), ["supported"]);
  assert.deepEqual(verdicts("Shakespeare in Love, 1998's best picture winner, made her a star."), ["supported"]);
  assert.deepEqual(verdicts("Good Will Hunting, the 1998 best picture nominee, made Matt Damon a star."), [
    "supported",
  ]);
  const [f] = findings("As Good as It Gets, the 1998 best picture winner, made Helen Hunt a star.");
  assert.match(f?.message ?? "", /Titanic/);
});

test("'The nominees for C were A, B and C': one list, read at the one night every name competed in C", () => {
  const text = "The nominees for best actress were Halle Berry, Judi Dench and Sissy Spacek.";
  const read = claims(text).filter((c) => c.kind === "nomination" && c.verdict === "supported");
  assert.equal(read.length, 3);
  assert.ok(read.every((c) => c.statement.includes("74th Academy Awards")));
  // A title named in title case, its short words in lower case, is the film.
  const films = "The nominees for best picture included Gosford Park, In the Bedroom and Moulin Rouge!.";
  const named = claims(films).filter((c) => c.kind === "nomination" && c.verdict === "supported");
  assert.deepEqual(
    named.map((c) => c.statement.replace(/ was nominated.*/, "")),
    ["Gosford Park", "In the Bedroom", "Moulin Rouge"],
  );
  assert.ok(named.every((c) => c.statement.includes("74th Academy Awards")));
  assert.deepEqual(findings("He was in the bedroom with her when the nominees for best picture were read."), []);
});

test("a list entry under a category heading one letter off a nominee of that night is a misspelling", () => {
  const list = (entry: string) =>
    `The 98th Academy Awards nominations\n\nBest Picture\n- Bugonia\n- Frankenstein\n${entry}\n- Hamnet\n`;
  const [f] = findings(list("- FI"));
  assert.equal(f?.rule, "misspelled-name");
  assert.match(f.message, /misspelling of F1/);
  assert.equal(f.fixes[0]?.replacement, "F1");
  // An entry we know nothing of, or far from every nominee, is left alone; so is the right title.
  assert.deepEqual(findings(list("- Marty Supreme")), []);
  assert.deepEqual(findings(list("- Mystery Film")), []);
  assert.deepEqual(findings(list("- F1")), []);
  // Short words differing by an ordinary letter are no slip ("Up" is not "Us").
  assert.deepEqual(findings(list("- FX")), []);
});

test("'X lost C to Y' with no night said: the night Y won C among those X lost it", () => {
  const won = (text: string) => claims(text).filter((c) => c.kind === "win" && c.verdict === "supported");
  assert.match(won("Russell Crowe lost best actor to Denzel Washington.")[0]?.statement ?? "", /74th/);
  assert.match(won("Russell Crowe lost the best actor Oscar to Kevin Spacey.")[0]?.statement ?? "", /72nd/);
  // No such night: which one was meant is unknown, so nothing is claimed against it.
  assert.deepEqual(findings("Russell Crowe lost the best actor Oscar to Sean Penn."), []);
});

test("'X lost C to Y' when X won C that night with Y beside: the two are the wrong way round", () => {
  const [f] = findings("At the 56th Academy Awards, Shirley MacLaine lost Best Actress to Debra Winger.");
  assert.equal(f?.rule, "wrong-winner");
  assert.match(f.message, /Actress in a Leading Role went to Shirley MacLaine for Terms of Endearment; Debra Winger/);
  // With no night said, the one night the two met in the category.
  assert.match(findings("Russell Crowe lost the best actor Oscar to Tom Hanks.")[0]?.message ?? "", /73rd.*Crowe/);
  assert.deepEqual(findings("At the 56th Academy Awards, Debra Winger lost Best Actress to Shirley MacLaine."), []);
});

test("a subtitle of four words or more names its film on its own, in title case", () => {
  const text = "The Fellowship of the Ring won four Oscars.";
  assert.deepEqual(findings(text), []);
  assert.match(claims(text).find((c) => c.kind === "count")?.statement ?? "", /Fellowship of the Ring won 4 Oscars/);
  assert.ok(!claims("He felt like the return of the king.").some((c) => c.kind === "count" || c.kind === "win"));
});

test("'F's four wins included C1 and C2': the possessor won each category listed", () => {
  const text = "A Beautiful Mind's four wins included best picture and director.";
  assert.deepEqual(findings(text), []);
  assert.deepEqual(verdicts(text), ["supported", "supported"]);
  const noms = "Gosford Park's seven nominations included best picture and original screenplay.";
  assert.deepEqual(verdicts(noms), ["supported", "supported"]);
  const [f] = findings("A Beautiful Mind's four wins included best actress.");
  assert.match(f?.message ?? "", /Actress in a Leading Role went to Halle Berry/);
  // The possessor of someone else is not the holder.
  assert.deepEqual(findings("Halle Berry's co-star Billy Bob Thornton was not nominated for best actor."), []);
});

test("'the year before', 'two years later' in a clause that names a night also mean the night so far off", () => {
  const text = "At the 74th Academy Awards, Julia Roberts, who won best actress the year before, presented best actor.";
  assert.deepEqual(findings(text), []);
  assert.match(claims(text).find((c) => c.kind === "win")?.statement ?? "", /73rd Academy Awards/);
  // "a year after X" dates X, not the clause's claim.
  const after = "At the 74th Academy Awards, Julia Roberts won best actress, a year after Hilary Swank.";
  assert.equal(findings(after)[0]?.rule, "wrong-winner");
});

test("gapping: 'X won C1 for F1 and Y for his original script, F2' gives the second category to Y", () => {
  const text =
    "Barry Jenkins won the adapted screenplay award for Moonlight and Kenneth Lonergan for his original script.";
  assert.deepEqual(findings(text), []);
  assert.deepEqual(verdicts(text), ["supported", "supported"]);
  // A second subject we do not know: its category is nobody else's.
  assert.deepEqual(findings(text.replace("Kenneth Lonergan", "Kenneth Someone")), []);
});

test("an opening participle's subject follows its comma: 'Accepting C, filmmaker X …'", () => {
  const text =
    "At the 93rd Academy Awards, accepting the Jean Hersholt Humanitarian Award, filmmaker Tyler Perry spoke.";
  assert.deepEqual(findings(text), []);
  assert.deepEqual(verdicts(text), ["supported"]);
  const [f] = findings("At the 93rd Academy Awards, accepting the best actress award, Viola Davis spoke.");
  assert.match(f?.message ?? "", /Frances McDormand/);
  assert.deepEqual(
    findings("At the 93rd Academy Awards, after accepting the best actress award, she thanked Viola Davis."),
    [],
  );
});

test("'the former' and 'the latter' stand for the two names just joined by 'and', marked where they are said", () => {
  const text =
    "At the 69th Academy Awards, Jerry Maguire and Secrets and Lies each had five bids, " +
    "with the former winning one and the latter leaving empty-handed.";
  assert.deepEqual(findings(text), []);
  const empty = claims(text).find((c) => /won nothing/.test(c.statement));
  assert.equal(empty?.verdict, "supported");
  assert.equal(underlined(text, empty!), "the latter");
  const [f] = findings(text.replace("the former winning one and the latter", "the latter winning one and the former"));
  assert.match(f?.message ?? "", /Jerry Maguire won Actor in a Supporting Role/);
  // "had gone home empty-handed" is an earlier night's, still.
  assert.deepEqual(
    findings("At the 69th Academy Awards, Tom Cruise, who had gone home empty-handed before, lost."),
    [],
  );
});

test("a title whose opening quote was lost at the start of a line still counts as quoted", () => {
  const text = "Rocky” and “Network” each won 10 nominations at the 49th Academy Awards.";
  const counts = claims(text).filter((c) => c.kind === "count" && c.verdict === "supported");
  assert.equal(counts.length, 2);
  // Mid-line, a stray close quote makes nothing a title.
  assert.ok(!claims("He said it was a rocky” start.").some((c) => /Rocky/.test(c.statement)));
});

test("a quoted title one letter off a film of the night is marked as a slip and still read as that film", () => {
  const text = "At the 98th Academy Awards, “Sinner” secured 16 nominations.";
  const found = findings(text);
  assert.deepEqual(
    found.map((f) => f.rule),
    ["misspelled-name"],
  );
  assert.ok(claims(text).some((c) => c.kind === "count" && c.verdict === "supported" && /Sinners/.test(c.statement)));
  // The record's count after "holders for" is not the subject's.
  const record = "At the 98th Academy Awards, “Sinners” beat the previous record holders for 14 nominations.";
  assert.deepEqual(findings(record), []);
});

test("'F competed for C with A, B and C': the films after 'with' were nominated too", () => {
  const text = "In 1943, “Casablanca” competed for the top award with For Whom the Bell Tolls and Heaven Can Wait.";
  assert.deepEqual(findings(text), []);
  assert.equal(verdicts(text).filter((v) => v === "supported").length, 3);
});

test("'She was seen on stage at the 82nd Academy Awards': the night holds for the person told of before", () => {
  const text = "Kathryn Bigelow won best director. She was seen on stage last night at the 82nd Academy Awards.";
  assert.ok(claims(text).some((c) => c.verdict === "supported" && /competed at the 82nd/.test(c.statement)));
  // A pronoun is a guess: another night is not called wrong.
  assert.deepEqual(
    findings("Kathryn Bigelow won best director. She was seen on stage at the 60th Academy Awards."),
    [],
  );
});

test("'the film' of an earlier sentence is its antecedent only at a night the film competed at", () => {
  const before = "Edward Berger directed Conclave, which was nominated at the 97th Academy Awards.\n\n";
  // Conclave competed that night: "the film" is Conclave, and a wrong win is refuted, marked on the category.
  const wrong = findings(`${before}The film took home best picture at the 97th Academy Awards.\n`);
  assert.equal(wrong.length, 1);
  assert.match(wrong[0].message, /Best Picture went to Anora/);
  // No fix rewrites "The film", nor a name in the sentence before: a fix edits only what the claim's sentence says.
  for (const f of wrong[0].fixes) assert.notEqual(f.replacement, "Anora");
  // Conclave did not compete at the 95th: "the film" there is another film, and nothing is claimed of Conclave.
  assert.deepEqual(findings(`${before}The film won best international feature at the 95th Academy Awards.\n`), []);
});

test("'the film' in a later clause is the film an earlier clause has as its subject, not one named otherwise", () => {
  const before = "At the 97th Academy Awards, Wicked won two Oscars.\n\n";
  // "the film" is Anora, the first clause's subject, not Wicked of the paragraph before.
  const right = `${before}Anora won five of its six nominations, and the film took best original screenplay.\n`;
  assert.deepEqual(findings(right), []);
  assert.ok(claims(right).some((c) => c.verdict === "supported" && /Anora won Original Screenplay/.test(c.statement)));
  const wrong = right.replace("original screenplay", "adapted screenplay");
  assert.match(findings(wrong)[0]?.message ?? "", /Adapted Screenplay went to .*Conclave; Anora/);
  // A film named as an object ("after tying F") is not what "the picture" stands for: the film before it is.
  const tying =
    "Titanic was the story of the 70th Academy Awards.\n\n" +
    'After tying "All About Eve" with a record 14 nominations, the picture won 11 Oscars.\n';
  assert.deepEqual(findings(tying), []);
});

test("'C at the Nth Academy Awards went to X': the night between the category and its verb binds nothing", () => {
  assert.deepEqual(findings("Best Actress at the 96th Academy Awards went to Emma Stone for Poor Things.\n"), []);
  const [wrong] = findings("Best Actress at the 96th Academy Awards went to Lily Gladstone.\n");
  assert.match(wrong?.message ?? "", /Actress in a Leading Role went to Emma Stone/);
  assert.equal(wrong?.fixes[0]?.replacement, "Emma Stone");
});

test("'she' and 'he' stand for a person the data nominated as an actress or an actor accordingly", () => {
  const night = "At the 44th Academy Awards, Jane Fonda won best actress for Klute and Gene Hackman won best actor. ";
  const she = claims(`${night}She played Bree Daniel.\n`);
  assert.ok(she.some((c) => c.verdict === "supported" && c.statement === "Jane Fonda played Bree Daniel"));
  const he = claims(`${night}He played Jimmy Doyle.\n`);
  assert.ok(he.some((c) => c.verdict === "supported" && c.statement === "Gene Hackman played Jimmy Doyle"));
  // No actress named before "she": nothing is claimed of the actor.
  assert.deepEqual(findings("At the 44th Academy Awards, Gene Hackman won best actor. She played a call girl.\n"), []);
  assert.deepEqual(
    findings("At the 44th Academy Awards, Gene Hackman won best actor. Her second Oscar came in 1979.\n"),
    [],
  );
});

test("'won none', 'won neither', 'won no Oscar' claim no win", () => {
  for (const text of [
    "Richard Burton was nominated seven times but won none.",
    "Glenn Close was nominated twice that decade and won neither.",
    "Peter O'Toole won no Oscar in competition.",
  ])
    assert.ok(!claims(text).some((c) => c.kind === "win"), text);
});

test("'X lost to Y' with no night of its own holds on any night X lost to Y; a stated night is checked", () => {
  const correct =
    "At the 23rd Academy Awards, Bette Davis lost to Judy Holliday. " +
    "Two years later Davis was nominated for The Star and lost to Shirley Booth.\n";
  assert.deepEqual(findings(correct), []);
  assert.ok(
    claims(correct).some((c) => c.verdict === "supported" && /Shirley Booth won Actress at the 25th/.test(c.statement)),
  );
  const [wrong] = findings("At the 23rd Academy Awards, Bette Davis lost to Shirley Booth.\n");
  assert.match(wrong?.message ?? "", /Actress went to Judy Holliday/);
});

test("'Category: Name' lines under a heading of results are a winners list: a nominee who lost is refuted", () => {
  const list = (actress: string, lead = "The 32nd Academy Awards: the winners") =>
    `${lead}\n\nBest Picture: Ben-Hur\nBest Director: William Wyler (Ben-Hur)\n` +
    "Best Actor: Charlton Heston (Ben-Hur)\n" +
    `Best Actress: ${actress}\nBest Supporting Actor: Hugh Griffith (Ben-Hur)\n`;
  assert.deepEqual(findings(list("Simone Signoret (Room at the Top)")), []);
  const [wrong] = findings(list("Audrey Hepburn (The Nun's Story)"));
  assert.match(wrong?.message ?? "", /Actress went to Simone Signoret .*Audrey Hepburn was nominated but did not win/);
  // Picks, nominees, snubs, or a heading that says nothing: no results are claimed.
  for (const lead of [
    "Our predictions for the 32nd Academy Awards",
    "## Nominees",
    "## Who should have won",
    "## The 32nd Academy Awards",
  ])
    assert.deepEqual(findings(list("Audrey Hepburn (The Nun's Story)", lead)), [], lead);
  assert.deepEqual(findings(list("Audrey Hepburn, Simone Signoret, Doris Day")), []);
});

test("gapping past plain words before a category: 'X won for the costumes and Y for the color cinematography'", () => {
  const text =
    "At the 31st Academy Awards, Gigi won nine Oscars. Cecil Beaton won for the costumes and Joseph Ruttenberg " +
    "for the color cinematography.";
  assert.deepEqual(findings(text), []);
  assert.ok(
    claims(text).some((c) => c.verdict === "supported" && /Joseph Ruttenberg won Cinematography/.test(c.statement)),
  );
});

test("a night named after a semicolon does not date the clause before it; 'its predecessor, F' names F", () => {
  const text =
    "The 95th Academy Awards were held in 2023.\n\nAvatar: The Way of Water received four nominations and won one, " +
    "for visual effects; its predecessor, Avatar, had won three of its nine nominations at the 82nd ceremony.\n";
  assert.deepEqual(findings(text), []);
  const read = claims(text)
    .filter((c) => c.verdict === "supported")
    .map((c) => c.statement);
  assert.ok(read.some((s) => /Way of Water won Visual Effects at the 95th/.test(s)));
  assert.ok(read.some((s) => /^Avatar had 9 nominations at the 82nd/.test(s)));
});

test("'the latter' after two names not joined by 'and' is the second; a verb after 'when' has its own subject", () => {
  const text =
    "At the 86th Academy Awards, Cate Blanchett, who won for Blue Jasmine, beat Meryl Streep, when the latter was " +
    "nominated for August: Osage County.";
  assert.deepEqual(findings(text), []);
  assert.ok(
    claims(text).some((c) => c.verdict === "supported" && /^Meryl Streep was nominated for August/.test(c.statement)),
  );
  const [wrong] = findings(text.replace("August: Osage County", "Philomena"));
  assert.match(wrong?.message ?? "", /Meryl Streep/);
});

test("a country's 'entry for C' is a submission; a second predicate after ', and' keeps its own category", () => {
  const text =
    "Drive My Car won at the 94th Academy Awards, beating Flee and The Worst Person in the World, " +
    "and was also Japan's submission for best picture.";
  assert.deepEqual(findings(text), []);
  assert.deepEqual(findings("Soul was Pixar's entry for best picture at the 93rd Academy Awards."), []);
});

test("gapping past a relative clause on the second subject: 'X won C1 and Y, who played Z, for C2'", () => {
  const right =
    "Jonathan Demme won best director and Anthony Hopkins, who played Hannibal Lecter, for best actor " +
    "at the 64th Academy Awards.";
  assert.deepEqual(findings(right), []);
  assert.ok(supported(right).some((s) => /Anthony Hopkins won Actor in a Leading Role/.test(s)));
  const wrong = right.replace("for best actor", "for best supporting actor");
  assert.equal(findings(wrong)[0]?.rule, "wrong-winner");
  assert.match(findings(wrong)[0]?.message ?? "", /Anthony Hopkins/);
});

test("a film said to compete in a person's category N times is an epithet for the person, not the film", () => {
  assert.deepEqual(findings("Richard Burton never won. The Welshman was nominated for best actor six times."), []);
  assert.deepEqual(findings("Richard Harris never won. The Irishman was nominated for best actor twice."), []);
});

test("a title's comma inside its quotes, then ', and' with a predicate of its own, ends the clause", () => {
  const text =
    'Bret McKenzie earned an original song nomination, for "Man or Muppet," ' +
    'and "Rango" was nominated for animated feature.';
  assert.deepEqual(findings(text), []);
});

test("'her first nomination since F' is the first after a gap, not her first", () => {
  assertSilent([
    "At the 96th Academy Awards, Jodie Foster received her first nomination since Nell, for Nyad.",
    "At the 96th Academy Awards, Jodie Foster earned her first nomination in nearly 30 years.",
  ]);
  assert.equal(findings("At the 96th Academy Awards, Jodie Foster received her first nomination, for Nyad.").length, 1);
});

test("'…, and for C2' after an aside is the main verb's conjunct, not the aside's", () => {
  const text =
    "One Battle After Another won best picture at the 98th Academy Awards. The film also won for supporting actor, " +
    "where Sean Penn claimed his third Oscar, and for film editing.";
  assert.deepEqual(findings(text), []);
  assert.ok(
    claims(text).some(
      (c) => c.verdict === "supported" && /^One Battle after Another won Film Editing/.test(c.statement),
    ),
  );
});

test("a verb after 'after' that follows the night said is of another time", () => {
  const text =
    '"Guillermo del Toro\'s Pinocchio" took the prize at the 95th ceremony, five years after del Toro won best ' +
    'director for "The Shape of Water."';
  assert.deepEqual(findings(text), []);
});

test("'A won C1, B won C2, and C took C3': a conjunct with no night of its own shares its siblings' night", () => {
  const text =
    "At the 12th Academy Awards, Gone with the Wind won eight Oscars.\n\n" +
    "Charlton Heston was named Best Actor for playing Judah Ben-Hur, Hugh Griffith won Best Supporting Actor, " +
    "and William Wyler took Best Director.\n";
  assert.deepEqual(findings(text), []);
  assert.ok(
    claims(text).some((c) => c.verdict === "supported" && /^William Wyler won Directing at the 32nd/.test(c.statement)),
  );
});

test("'X was nominated for F, but Y won': Y won what X was nominated for, that night", () => {
  const right = "Peter O'Toole was nominated for Lawrence of Arabia, but Gregory Peck won instead.";
  assert.deepEqual(findings(right), []);
  assert.ok(
    claims(right).some((c) => c.verdict === "supported" && /^Gregory Peck won Actor at the 35th/.test(c.statement)),
  );
  const [f] = findings(
    "Gregory Peck was nominated for To Kill a Mockingbird, but Peter O'Toole won, and the film won two more.",
  );
  assert.match(f?.message ?? "", /At the 35th Academy Awards \(1963\), Actor went to Gregory Peck/);
  // "won" with an object of its own is another claim ("but Y won the Golden Globe").
  assertSilent(["Peter O'Toole was nominated for Lawrence of Arabia, but Gregory Peck won the Golden Globe."]);
});

test("'went home with the statuette for F', 'took home the Oscar for F' are wins", () => {
  const text = "At the 8th Academy Awards, Katharine Hepburn went home with the statuette for Alice Adams.";
  assert.match(findings(text)[0]?.message ?? "", /Alice Adams but did not win; it went to Bette Davis/);
  assertSilent(["At the 8th Academy Awards, Bette Davis took home the Oscar for Dangerous."]);
});

test("'F1 and F2 each won three, the former for C1, C2 and C3': each category is the named one's", () => {
  const text =
    '"Dangerous Liaisons" and "Who Framed Roger Rabbit" each won three awards at the 61st Academy Awards, ' +
    "the former for art direction, costume design and adapted screenplay.";
  assert.deepEqual(findings(text), []);
  assert.equal(
    claims(text).filter(
      (c) => c.verdict === "supported" && /^Dangerous Liaisons won (?:Art|Costume|Screenplay)/.test(c.statement),
    ).length,
    3,
  );
  assert.equal(findings(text.replace("the former", "the latter")).length, 3);
});

test("'went not to X but to Y': Y is the winner", () => {
  const text = "At the 76th Academy Awards, the Oscar for directing went not to Peter Weir but to Peter Jackson.";
  assert.deepEqual(findings(text), []);
  assert.match(
    findings(text.replace("Weir but to Peter Jackson", "Jackson but to Peter Weir"))[0]?.message ?? "",
    /Peter Jackson/,
  );
});

test("a span 'From F1 at the Nth to F2 …' names no one night for F2", () => {
  assertSilent([
    "From Patton at the 43rd Academy Awards to Kramer vs. Kramer later on, the decade rewarded big films.",
  ]);
});

test("a hedged loss tells no loss; 'but Y won' is silent when Y won something else that night", () => {
  assertSilent([
    "At the 71st Academy Awards, Shakespeare in Love nearly lost Best Picture to Saving Private Ryan.",
    "Kramer vs. Kramer could have lost best picture to Apocalypse Now at the 52nd Academy Awards.",
    "At the 56th Academy Awards, Shirley MacLaine feared she had lost Best Actress to Debra Winger.",
    "Ralph Fiennes was nominated for Schindler's List, but Steven Spielberg won.",
    "Bill Murray was nominated for Lost in Translation, but Sofia Coppola won.",
    // A role after a category no one plays is not that category's performance.
    "Kevin Costner won Best Director, playing Lieutenant John Dunbar.",
  ]);
});

test("'nominated again, for F, and went home empty-handed': the night is F's, not the article's", () => {
  const opening = "At the 96th Academy Awards, Emma Stone won Best Actress for Poor Things. ";
  assertSilent([opening + "Years earlier Stone was nominated for Birdman, and she went home empty-handed."]);
  const [f] = findings(opening + "Stone was nominated for La La Land and went home empty-handed.");
  assert.equal(f?.rule, "wrong-winner");
});

test("'X, who won for F, went home empty-handed': a film in a relative clause does not move the night", () => {
  assertSilent([
    "At the 96th Academy Awards, Oppenheimer won seven Oscars. Martin Scorsese, who won for The Departed, " +
      "went home empty-handed.",
  ]);
});

test("', and' before a quoted title or a presenter opens a clause with a subject of its own", () => {
  const song =
    'At the 1988 Oscars, "Babette\'s Feast" won the foreign-language film award, and "(I\'ve Had) The Time of ' +
    'My Life" from "Dirty Dancing" was named best original song.';
  assert.deepEqual(findings(song), []);
  assert.deepEqual(
    findings('At the 2013 Oscars, "Brave" won animated feature, and Jack Nicholson read best picture.'),
    [],
  );
  // The first conjunct is still read and checked.
  const wrong = 'At the 2013 Oscars, "Brave" won best picture, and Jack Nicholson announced best director.';
  assert.match(findings(wrong)[0]?.message ?? "", /Argo/);
});

test("a relative clause's category and verb are its own: 'F, which was up for C1, beat X'; '…, beat X for C2'", () => {
  const upFor =
    'At the 96th Academy Awards, "Poor Things," which was also up for costume design, beat "Anatomy of a Fall."';
  assert.ok(supported(upFor).some((s) => /^Anatomy of a Fall competed with Poor Things/.test(s)));
  const won =
    "At the 96th Academy Awards, Oppenheimer, which also won best director, beat Barbie and Poor Things " +
    "for best picture.";
  assertSilent([upFor, won]);
  assert.ok(supported(won).some((s) => /^Oppenheimer won Best Picture/.test(s)));
  // The relative clause's own list is still read whole.
  const list =
    "At the 96th Academy Awards, Oppenheimer, which won best picture, best director and best actor, lost best actress.";
  assert.ok(supported(list).some((s) => /^Oppenheimer won Actor in a Leading Role/.test(s)));
});

test("'X lost to Y' with no category, X up for several that night: Y won one of them, or the claim is wrong", () => {
  const right = "Bradley Cooper lost to Cillian Murphy at the 96th Academy Awards.";
  assert.deepEqual(findings(right), []);
  assert.ok(supported(right).some((s) => /^Cillian Murphy won Actor in a Leading Role/.test(s)));
  const wrong = "Bradley Cooper lost to Paul Giamatti at the 96th Academy Awards.";
  const [f] = findings(wrong);
  assert.equal(underlined(wrong, f), "Paul Giamatti");
  assert.match(f.message, /lost Actor in a Leading Role to Cillian Murphy .*; Paul Giamatti won none of them/);
});

test("', and Louis Gossett Jr. won' ends a list of rivals: the full stop of 'Jr.' stands before the verb", () => {
  assertSilent([
    "At the 1983 Oscars, Meryl Streep beat Jessica Lange, and Louis Gossett Jr. won Best Supporting Actor.",
  ]);
});

test("'X was beaten by Y' is X's loss to Y; 'lost to Y for F' checks the film Y won with", () => {
  const passive = "At the 87th Academy Awards, Michael Keaton was narrowly beaten by Eddie Redmayne.";
  assert.deepEqual(findings(passive), []);
  assert.ok(supported(passive).some((s) => /^Eddie Redmayne won Actor in a Leading Role at the 87th/.test(s)));
  const swapped = "At the 87th Academy Awards, Eddie Redmayne was beaten by Michael Keaton.";
  const [s] = findings(swapped);
  assert.equal(underlined(swapped, s), "Michael Keaton");
  // An ordinary-word title after the winner's name is the winner's film, and the night is the one they won with it.
  const right = "Mickey Rourke lost to Sean Penn for Milk.";
  assert.ok(supported(right).some((x) => /^Sean Penn won Actor in a Leading Role at the 81st/.test(x)));
  const wrong = "Jude Law lost to Sean Penn for Milk.";
  const [f] = findings(wrong);
  assert.equal(underlined(wrong, f), "Milk");
  assert.match(f.message, /76th .*Actor in a Leading Role went to Sean Penn for Mystic River, not Milk/);
  assert.equal(f.fixes[0].replacement, "Mystic River");
  // The loser's own film after the winner is no slip; a hedge tells of no loss.
  assertSilent([
    "Jude Law lost to Sean Penn for Cold Mountain.",
    "Michael Keaton was nearly beaten by Eddie Redmayne at the 87th Academy Awards.",
  ]);
});

test("a name with a category of its own after '(F), and' opens a gapped conjunct, not the first one's list", () => {
  const text =
    "At the first Academy Awards, Frank Borzage won for dramatic direction (7th Heaven), and Lewis Milestone " +
    "for comedy direction for Two Arabian Knights.";
  assert.deepEqual(findings(text), []);
  assert.ok(supported(text).some((s) => /^Frank Borzage won Directing \(Dramatic Picture\)/.test(s)));
  const swapped = text.replace("(7th Heaven)", "(Two Arabian Knights)");
  assert.match(findings(swapped)[0]?.message ?? "", /Frank Borzage won Directing \(Dramatic Picture\) for 7th Heaven/);
});

test("the words after an honorary award's 'for' are its citation: no category is claimed", () => {
  assertSilent([
    'At the first ceremony, Charlie Chaplin received a special award for "acting, writing, directing and ' +
      'producing The Circus."',
    "At the first ceremony, Charlie Chaplin received an honorary award for directing The Circus.",
  ]);
  assert.ok(findings("At the first ceremony, Charlie Chaplin won best director for The Circus.").length > 0);
});

test("a role the data knows names the performance, and its night, when the clause says no night or film", () => {
  const text =
    "The 16th Academy Awards were held in 1944. Greer Garson won best actress for the title role of Kay Miniver.";
  assert.deepEqual(findings(text), []);
  assert.ok(supported(text).some((s) => /Greer Garson won Actress at the 15th/.test(s)));
  // A night said in the clause stays the claim's.
  const said = "At the 16th Academy Awards, Greer Garson won best actress for playing Kay Miniver.";
  assert.match(findings(said)[0]?.message ?? "", /went to Jennifer Jones/);
});

test("'shared C with Y' is a win of C for the conjunct's own subject", () => {
  const text =
    'At the 89th Oscars, Mahershala Ali won supporting actor for "Moonlight," and Barry Jenkins shared adapted ' +
    "screenplay with Tarell Alvin McCraney.";
  assert.deepEqual(findings(text), []);
  assert.ok(supported(text).some((s) => /^Barry Jenkins won Adapted Screenplay/.test(s)));
});

test("a special achievement award's 'for its visual effects' is its citation", () => {
  assertSilent([
    'At the 53rd Academy Awards, "The Empire Strikes Back" received a Special Achievement Award for its ' +
      "visual effects.",
  ]);
});

test("a year at the end of a later ', and' conjunct is that conjunct's, not the first one's", () => {
  const text =
    'His nephew Nicolas Cage won best actor for "Leaving Las Vegas," and his daughter Sofia Coppola won the ' +
    'original screenplay Oscar for "Lost in Translation" in 2004.';
  assert.deepEqual(findings(text), []);
  assert.ok(supported(text).some((s) => /^Nicolas Cage won Actor in a Leading Role at the 68th/.test(s)));
  // Without the comma the year is both conjuncts'.
  const both = "Nicolas Cage won best actor and Susan Sarandon won best actress in 1996.";
  assert.ok(supported(both).some((s) => /^Nicolas Cage won Actor in a Leading Role at the 68th/.test(s)));
});

test("'already a two-time winner for F and G' tells of before the clause's night", () => {
  assertSilent([
    "Gary Cooper, already a two-time best actor winner for Sergeant York and High Noon, received an honorary " +
      "award at the 1961 ceremony.",
  ]);
});

test("a win of a category never competed in, its sibling won once, blames the category", () => {
  const text = "At the Oscars, Brendan Fraser played Charlie in The Whale and won Best Supporting Actor.";
  assert.match(
    findings(text)[0]?.message ?? "",
    /won Actor in a Leading Role for The Whale .*never nominated for Best Supporting Actor/,
  );
  assertSilent([text.replace("Best Supporting Actor", "Best Actor")]);
});

test("'won C twice, for A and B': each film of the list is a win of C", () => {
  const penn = "Sean Penn won Best Actor twice, for Mystic River and Dead Man Walking.";
  assert.match(findings(penn)[0]?.message ?? "", /Sean Penn was nominated but did not win/);
  assertSilent([penn.replace("Dead Man Walking", "Milk")]);
});

test("a gapped conjunct with its category right after the name ('and Robert Downey Jr. Best Supporting Actor')", () => {
  const text =
    "At the 96th Academy Awards, Cillian Murphy won Best Actor (Oppenheimer), and Robert Downey Jr. " +
    "Best Supporting Actor.";
  assert.deepEqual(findings(text), []);
  assert.ok(supported(text).some((s) => /^Robert Downey Jr\. won Actor in a Supporting Role/.test(s)));
});

test("rivals with their films after 'beating' ('X in F and Y in G') are read as their nominations", () => {
  const text =
    "Robert Downey Jr. won Best Supporting Actor as Lewis Strauss in Oppenheimer, beating Robert De Niro in " +
    "Killers of the Flower Moon and Ryan Gosling in Barbie.";
  assert.ok(supported(text).includes("Ryan Gosling was nominated for Barbie"));
});

test("'X shared C with Y for F': Y won it too, and F is the film it was for", () => {
  const text = 'Joel Coen shared Best Director with Ethan Coen for "No Country for Old Men."';
  assert.deepEqual(findings(text), []);
  assert.ok(supported(text).some((s) => /^Ethan Coen won Directing at the 80th/.test(s)));
  assert.match(findings(text.replace("No Country for Old Men", "Inside Llewyn Davis"))[0]?.message ?? "", /not for/);
});

test(
  "a winners list: an ordinary-word title after 'Category:' is " +
    "the entry's film; co-winner lines; an entry not even nominated",
  () => {
    const list = (last: string) =>
      [
        "Titanic dominated the 70th Academy Awards.",
        "",
        "THE WINNERS",
        "",
        "Best Picture: Titanic",
        "Best Actor: Jack Nicholson, As Good as It Gets",
        "Best Actress: Helen Hunt, As Good as It Gets",
        "Art Direction: Peter Lamont; set decoration, Michael Ford, Titanic",
        last,
        "",
      ].join("\n");
    assert.deepEqual(findings(list("Visual Effects: Titanic")), []);
    const text = list("Visual Effects: Contact");
    const [f] = findings(text);
    assert.equal(f.fixes[0]?.replacement, "Titanic");
    assert.match(f.message, /Visual Effects went to .* for Titanic/);
    // A nominee as a winner is wrong too.
    assert.equal(findings(list("Original Musical or Comedy Score: Danny Elfman, Men in Black")).length, 1);
  },
);

test("'Visual Effects: Contact' on a line of its own: a title alone after a short label and a colon is a film", () => {
  const text = "At the 70th Academy Awards, Titanic won best picture.\nVisual Effects: Contact\n";
  assert.ok(claims(text).some((c) => /^Contact won Visual Effects/.test(c.statement)));
  // A number after a label is the label's value, not the film "10".
  assert.ok(!claims("Oscar Nominations: 10\n").some((c) => /^10 /.test(c.statement)));
});
