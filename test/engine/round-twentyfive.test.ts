/**
 * Readings added in the twenty-fifth round, each pinned on sentences written for the test: the rule's reading
 * made, and the nearby sentences it must leave alone.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { assertOneFinding, assertSilent, supportedStatements } from "../helpers";

test("a title a nominee owns ('Guillermo del Toro's Pinocchio') goes by what follows the possessive", () => {
  const won = (night: string, category: string) => `At the ${night} Academy Awards, Pinocchio won best ${category}.`;
  assertSilent([won("95th", "animated feature")]);
  assert.ok(supportedStatements(won("95th", "animated feature")).some((s) => /del Toro's Pinocchio won Anim/.test(s)));
  assertOneFinding(won("95th", "original score"), /Original Score went to .*; Guillermo del Toro's Pinocchio won/);
  // The older film of that title keeps its own night.
  assertSilent([won("13th", "original score")]);
  assert.ok(supportedStatements("Corpse Bride was nominated for best animated feature in 2006.").length > 0);
  assertOneFinding("Corpse Bride won best animated feature at the 78th Academy Awards.", /Corpse Bride was nominated/);
});

test("'X's film brought him his third nomination' after a paragraph on someone else: either may be meant", () => {
  const brought = (before: string, rank: string) =>
    `${before} Frank Capra's It's a Wonderful Life brought him his ${rank} nomination.`;
  const stewart = "James Stewart came home from the war in 1945.";
  assertSilent([brought(stewart, "third")]);
  assertSilent([brought(stewart, "sixth")]);
  // The maker is the one the paragraph is about: his rank is checked.
  const capra = "Frank Capra came home from the war in 1945.";
  assertOneFinding(brought(capra, "third"), /Frank Capra's Directing at the 19th .* was their 6th/);
  assertSilent([brought(capra, "sixth")]);
});

test("of films sharing a title, the one that competed on a night the sentence names, over the piece's season", () => {
  const piece = (when: string) =>
    "Little Women won best costume design at the 92nd Academy Awards. " +
    `Little Women had won best adapted screenplay ${when}.`;
  assertSilent([piece("in 1934")]);
  assertSilent([piece("at the 6th Academy Awards")]);
  assert.ok(supportedStatements(piece("in 1934")).some((s) => /Adaptation at the 6th Academy Awards/.test(s)));
  // No night named: the piece's season's film, whose record refutes it.
  assertOneFinding(piece("as well"), /Adapted Screenplay went to Taika Waititi for Jojo Rabbit/);
});

test("a clause naming the Oscars and no award is theirs, after a clause about another body's prizes", () => {
  const said = (who: string, where: string) =>
    `Saving Private Ryan had won the Golden Globe for best drama, and ${who} won ${where}.`;
  const night = said("Steven Spielberg", "Best Director on Oscar night");
  assertSilent([night]);
  assert.ok(supportedStatements(night).some((s) => /Spielberg won Directing at the/.test(s)));
  assertOneFinding(said("Tom Hanks", "Best Actor on Oscar night in 1999"), /went to Roberto Benigni/);
  // "There" goes on with the body named before: the Globes' directing prize.
  assertSilent([said("Steven Spielberg", "Best Director there")]);
});

test("after a verb and its object, 'and' before a name and a verb of winning opens a clause without a comma", () => {
  const night = "At the 60th Academy Awards, ";
  const makeup = (category: string) =>
    `${night}Rick Baker won for the makeup of Harry and the Hendersons and Innerspace took ${category}.`;
  assertSilent([makeup("Best Visual Effects")]);
  assertOneFinding(makeup("Best Sound"), /Sound went to .*; Innerspace won Visual Effects/);
  const beat = (n: string) => `${night}The Last Emperor beat Broadcast News and Moonstruck won ${n} awards.`;
  assertSilent([beat("three")]);
  assertOneFinding(beat("four"), /Moonstruck won 3 Oscars/);
  // A compound subject keeps its verb: "F and G won" with no verb before.
  assert.ok(supportedStatements(`${night}Cher and Olympia Dukakis won for Moonstruck.`).length > 0);
});

test("a rank before a list of films ('in his fourth nomination, had lost for A, B and C') is none of theirs", () => {
  const piece = (rank: string) =>
    "At the 52nd Academy Awards, Dustin Hoffman won best actor for Kramer vs. Kramer. " +
    `Hoffman, in his ${rank} nomination, had lost for "The Graduate," "Midnight Cowboy" and "Lenny."`;
  assertSilent([piece("fourth")]);
  assertSilent([piece("fifth")]);
  // One film after the rank is still its own.
  assertOneFinding("Dustin Hoffman won his second Oscar for Kramer vs. Kramer.", /Dustin Hoffman/);
});

test("'won her second Oscar at the 90th ceremony' names the night even where other bodies are named", () => {
  const piece =
    "Frances McDormand won best actress for Fargo at the 69th Academy Awards. Two decades on, she swept the " +
    "Golden Globe and the BAFTA for Three Billboards, and won her second Oscar at the 90th ceremony.";
  assertSilent([piece]);
  assert.ok(
    supportedStatements(piece).some((s) => /90th Academy Awards \(2018\) brought Frances McDormand's 2nd/.test(s)),
  );
});

test("another body named in a time phrase after the category ('a month after losing the SAG award') is not its", () => {
  const said = (film: string) =>
    `Casey Affleck took best actor for playing Lee Chandler in ${film}, a month after losing the ` +
    "Screen Actors Guild award to Denzel Washington.";
  assertSilent([said("Manchester by the Sea")]);
  assert.ok(
    supportedStatements(said("Manchester by the Sea")).some((s) => /Affleck won Actor in a Leading Role/.test(s)),
  );
});

test("a film's count made 'already' is a tally up to a moment of its night, not the night's total", () => {
  const night = "At the 89th Academy Awards, ";
  assertSilent([night + "Moonlight had already won twice before the envelope mix-up."]);
  assertSilent([night + "La La Land had already won five awards when best picture came."]);
  assertOneFinding(night + "Moonlight won twice.", /Moonlight won 3 Oscars/);
  // The category of a time clause ("when best picture came") is no one's win; one given in it is read.
  assert.ok(
    !supportedStatements(night + "La La Land had won six when best picture came.").some((s) => /Picture/.test(s)),
  );
  const went = night + "La La Land had won six when best picture went to Moonlight.";
  assert.ok(supportedStatements(went).some((s) => /Moonlight won Best Picture/.test(s)));
});

test("the end of a span of years ('the 2013–14 awards season') is no count", () => {
  assertSilent(["Gravity was among the most honored films of the 2013\u201314 awards season."]);
  assertSilent(["Gravity was among the most honored films of the 2013-14 awards season."]);
  assertOneFinding("At the 86th Academy Awards, Gravity won 14 awards.", /Gravity won 7 Oscars/);
});

test("a dashed participle aside keeps its own night; a one-word title a name goes on from is the name", () => {
  const ivory = (category: string) =>
    `Her director, James Ivory \u2014 nominated three times for ${category} without a win \u2014 finally took ` +
    'home an Oscar himself at the 90th Academy Awards for "Call Me by Your Name."';
  assertSilent([ivory("directing")]);
  assertOneFinding(
    "James Ivory \u2014 nominated at the 90th Academy Awards for directing \u2014 won.",
    /not Directing/,
  );
  const arthur = "At the 92nd Academy Awards, Joaquin Phoenix won best actor for Arthur Fleck in Joker.";
  assertSilent([arthur]);
  assertSilent(["At the 54th Academy Awards, John Gielgud won best supporting actor for Arthur."]);
  assertOneFinding("At the 54th Academy Awards, Dudley Moore won best actor for Arthur.", /Henry Fonda/);
  // A participle aside's role is in no film named after the aside closes.
  assertSilent([
    "Leonardo DiCaprio, nominated as Bob, is now an eight-time nominee, counting his producing nomination for " +
      "The Wolf of Wall Street.",
  ]);
});

test("'F, in which X played R, was nominated': the film is the subject, not a name inside the relative clause", () => {
  const said = (category: string) =>
    "At the 96th Academy Awards, Maestro, in which Bradley Cooper played Leonard Bernstein, was nominated for " +
    `${category}.`;
  assertSilent([said("best picture, best actor and original screenplay")]);
  assert.ok(supportedStatements(said("best picture")).some((s) => /^Maestro was nominated for Best Picture/.test(s)));
  assertOneFinding(said("best director"), /Maestro was nominated for Actor in a Leading Role/);
});

test("'X beat Y' or 'X won over Y' with no category: the one they shared that night, which X must have won", () => {
  const night = "At the 86th Academy Awards, ";
  assertOneFinding(night + "Sandra Bullock beat Cate Blanchett.", /Actress in a Leading Role went to Cate Blanchett/);
  assertSilent([night + "Cate Blanchett beat Sandra Bullock."]);
  assert.ok(
    supportedStatements(night + "Cate Blanchett beat Sandra Bullock.").some((s) => /Blanchett won Actress/.test(s)),
  );
  const over = (a: string, b: string) => `At the 35th Academy Awards, ${a} won over ${b}.`;
  assertSilent([over("Horton Foote", "Robert Bolt")]);
  assertOneFinding(over("Robert Bolt", "Horton Foote"), /went to Horton Foote for To Kill a Mockingbird/);
  // Films sharing several categories name none; the box office is no award.
  assertSilent([night + "Gravity beat 12 Years a Slave."]);
  assertSilent([night + "Sandra Bullock beat Cate Blanchett at the box office."]);
  assertSilent([night + "Sandra Bullock was nominated, and few expect her to beat Cate Blanchett."]);
});

test("a subject pronoun after a relative clause opened by 'in which' is the main clause's own", () => {
  // (Pins the opener of "in which" above against taking the film for the main clause's subject.)
  const text =
    "Olivia de Havilland died in 2020. " +
    'The last surviving star of "Gone with the Wind," in which she was nominated as Melanie Hamilton, ' +
    'she won best actress for "To Each His Own" in 1947.';
  assert.ok(supportedStatements(text).some((s) => /de Havilland won Actress at the 19th/.test(s)));
});

test("a list lead-in ending in a colon carries to entries in blocks of their own, a dateline's dash or not", () => {
  const list = (lead: string, actress: string) =>
    `LOS ANGELES, March 24 (Reuters) - ${lead} at the 70th Academy Awards:\n\n` +
    `Best picture: "Titanic"\n\nBest supporting actress: ${actress}, "Titanic"\n`;
  assertOneFinding(list("The following are the main winners", "Gloria Stuart"), /went to Kim Basinger/);
  assertSilent([list("The following were the nominees", "Gloria Stuart")]);
  // Prose between the lead-in and the entry ends the list.
  const prose = list("The main winners", "Gloria Stuart").replace(
    "\n\nBest supporting",
    "\n\nIt was a long night.\n\nBest supporting",
  );
  assertSilent([prose]);
});

test("'lost C to Y' in a category the loser was not in, beside the field Y beat them in: C is wrong", () => {
  const lost = (category: string) => `At the 89th Academy Awards, Dev Patel lost ${category} to Mahershala Ali.`;
  assertOneFinding(lost("best actor"), /Dev Patel lost Actor in a Supporting Role to Mahershala Ali, not best actor/);
  assertSilent([lost("best supporting actor")]);
  assertSilent(["At the 89th Academy Awards, Denzel Washington lost best actor to Casey Affleck."]);
});

test("a venue 'where the previous ceremony had taken place' is the night before's", () => {
  const venue = (place: string) =>
    "The 60th Academy Awards were the first held at the Shrine Auditorium, a larger venue than the " +
    `${place}, where the previous ceremony had taken place.`;
  assertSilent([venue("Dorothy Chandler Pavilion")]);
  assert.ok(supportedStatements(venue("Dorothy Chandler Pavilion")).some((s) => /59th Academy Awards/.test(s)));
  assertOneFinding(venue("Kodak Theatre"), /59th Academy Awards/);
});

test("hosts and dates in plainer words: 'was master of ceremonies', 'hosted, as so often, by', 'the night of'", () => {
  const night = "At the 52nd Academy Awards, Kramer vs. Kramer won best picture. ";
  assertOneFinding(night + "Bob Hope was master of ceremonies.", /hosted by Johnny Carson/);
  assertSilent([night + "Johnny Carson was master of ceremonies."]);
  const aside = (host: string) => `The 35th Academy Awards were hosted, as so often in that era, by ${host}.`;
  assertOneFinding(aside("Bob Hope"), /hosted by Frank Sinatra/);
  assertSilent([aside("Frank Sinatra")]);
  const dated = (day: string) =>
    `On the night of April ${day}, 1963, Lawrence of Arabia won best picture at the 35th Academy Awards.`;
  assertOneFinding(dated("18"), /took place on Monday, April 8, 1963/);
  assertSilent([dated("8")]);
});

test("'X won for T' with a title the data does not know is no win we can bear out", () => {
  const won = (title: string) => `Sandra Bullock won for ${title}.`;
  assert.ok(!supportedStatements(won("Miss Congeniality")).some((s) => /Bullock won/.test(s)));
  assert.ok(supportedStatements(won("The Blind Side")).some((s) => /Bullock won an Oscar for The Blind Side/.test(s)));
  assert.ok(
    supportedStatements(won('"The Blind Side"')).some((s) => /Bullock won an Oscar for The Blind Side/.test(s)),
  );
  // A word of a winning title or role: a short title or the part ("won for Chigurh").
  assert.ok(supportedStatements("Javier Bardem won for Anton Chigurh.").some((s) => /Bardem won an Oscar/.test(s)));
});

test("a winner said to have won 'the Oscar for F', a film they never competed for: the film is to blame", () => {
  assertOneFinding(
    "Patricia Arquette won the Oscar for Foxcatcher.",
    /Oscars were for Boyhood; none was for Foxcatcher/,
  );
  assertSilent(["Patricia Arquette won the Oscar for Boyhood."]);
  assertOneFinding("Ingrid Bergman won an Oscar for Casablanca.", /none was for Casablanca/);
  // An honorary award for the film counts; a nominee who lost is told so.
  assertSilent(["Walt Disney won an Oscar for Snow White and the Seven Dwarfs."]);
  assertOneFinding("Tom Hanks won the Oscar for Saving Private Ryan.", /went to Roberto Benigni/);
  // Only a name right before a finite "won": not "his win for F", nor past a name we do not know.
  assertSilent([
    "Tom Hanks became the first actor since Spencer Tracy to win twice, a year after his win for Philadelphia.",
  ]);
  assertSilent(["That was the year Halle Berry won for Monster's Ball and Denzel won for Training Day."]);
});

test("a role set off after the film the verb won for ('won for Whiplash, as R') is the winner's", () => {
  const won = (role: string) => `At the 87th Academy Awards, J.K. Simmons won for Whiplash, as ${role}.`;
  assertOneFinding(won("Andrew Neiman"), /nominated as Fletcher in Whiplash/);
  assertSilent([won("Terence Fletcher")]);
});

test("roles and names written otherwise: 'Harriet/Minty', a hyphenated name, 'for A, as R, and for B'", () => {
  assertSilent(["At the 92nd Academy Awards, Cynthia Erivo was nominated for playing Harriet Tubman in Harriet."]);
  assertSilent(["At the 92nd Academy Awards, Parasite's editor Yang Jin-mo was nominated for film editing."]);
  assertSilent([
    "Norma Shearer would go on to be nominated for Romeo and Juliet, as Juliet, and for Marie Antoinette, in the " +
      "title role.",
  ]);
  const guinness = (role: string) =>
    `Alec Guinness later picked up nominations for Star Wars, as ${role}, and for Little Dorrit.`;
  assert.ok(supportedStatements(guinness("Obi-Wan Kenobi")).some((s) => /Guinness played Obi-Wan Kenobi/.test(s)));
  assertOneFinding(guinness("Darth Vader"), /Kenobi in Star Wars .*not as Darth Vader/);
});

test("a timeline entry opening on a year is about the night of that year its first film competed at", () => {
  const entry = (category: string) =>
    "1974 \u2014 The Sting. George Roy Hill's caper won seven Oscars.\n\n1975 \u2014 The sequel wins. " +
    `The Godfather Part II became the first sequel to win best picture. Francis Ford Coppola won ${category}.\n`;
  assertSilent([entry("best director")]);
  assert.ok(supportedStatements(entry("best director")).some((s) => /Coppola won Directing at the 47th/.test(s)));
  assertOneFinding(entry("best original screenplay"), /47th Academy Awards/);
});

test("a role's film is not one compared with nor passed for its maker ('in Steven Spielberg's Amistad')", () => {
  const supporting = (film: string) =>
    `At the 70th Academy Awards, Robert Forster of "Jackie Brown" and Anthony Hopkins, who plays John Quincy ` +
    `Adams in ${film}, round out the supporting actors.`;
  assertSilent([supporting('Steven Spielberg\'s "Amistad"')]);
  const stone = (role: string) =>
    "At the 96th Academy Awards, Poor Things landed 11 nominations, second only to Oppenheimer, including a lead " +
    `actress nomination for Emma Stone as ${role}.`;
  assertSilent([stone("Bella Baxter")]);
  assert.ok(supportedStatements(stone("Bella Baxter")).some((s) => /Stone played Bella Baxter/.test(s)));
});

test("a quoted title we do not know right before the verb is its subject, not the name before it", () => {
  const song = (category: string) =>
    "At the 70th Academy Awards, James Cameron wins three statuettes himself \u2014 picture, director and film " +
    `editing \u2014 and "My Heart Will Go On" wins ${category}.`;
  assertSilent([song("best original song")]);
  assertSilent([song("best sound")]);
  assert.ok(supportedStatements('At the 70th Academy Awards, "Titanic" won best picture.').length > 0);
});

test("'…, with X's F close behind at nine': the count after 'at' is the film's after 'with', past its maker", () => {
  const said = (n: string) =>
    'At the 86th Academy Awards, "American Hustle" and "Gravity" each drew 10 nominations, with Steve ' +
    `McQueen's "12 Years a Slave" close behind at ${n}.`;
  assertSilent([said("nine")]);
  assert.ok(supportedStatements(said("nine")).some((s) => /12 Years a Slave had 9 nominations/.test(s)));
  assertOneFinding(said("eight"), /12 Years a Slave had 9 nominations, not 8/);
});

test("review: the round's own rules kept from misfiring", () => {
  // "as" opening a clause after "won for F," is no role.
  assertSilent(["At the 87th Academy Awards, J.K. Simmons won for Whiplash, as Miles Teller watched."]);
  // A "beat" in a relative clause, or at another body, says nothing of the Oscar category.
  assertSilent(["At the 92nd Academy Awards, Scarlett Johansson, who beat Laura Dern at the Globes, lost."]);
  assertSilent([
    "At the 86th Academy Awards, Cate Blanchett won best actress; Amy Adams, who beat Sandra Bullock at the " +
      "Golden Globes, went home empty-handed.",
  ]);
  // "the previous ceremonies" are several nights: none is checked.
  assertSilent([
    "The 62nd Academy Awards were held at the Dorothy Chandler Pavilion, where the previous ceremonies had " +
      "mostly taken place.",
  ]);
  // Nominations are fixed before the night: "already had 15 nominations" is still the night's count.
  assertOneFinding("At the 89th Academy Awards, La La Land already had 15 nominations going into the night.", /14/);
  // A setter named with an initial's full stop: "set by Joseph L. Mankiewicz's All About Eve".
  const record = (film: string) =>
    "At the 70th Academy Awards, Titanic collected 14 nominations, equaling the record set by Joseph L. " +
    `Mankiewicz's ${film} at the 1951 ceremony.`;
  assertSilent([record("All About Eve")]);
});

test("the Oscars said after the last award named are what a later clause goes on with", () => {
  const said = (category: string) =>
    "The Godfather was named best drama at the Golden Globes and took best picture on Oscar night, but Cabaret " +
    `won more, including ${category} for Bob Fosse.`;
  assertSilent([said("best director")]);
  // Named after the Oscars, the Globes carry again.
  const globes = "Cabaret took eight Oscars, and at the Golden Globes it won best director for Bob Fosse.";
  assert.ok(!supportedStatements(globes).some((s) => /Directing at the 45th/.test(s)));
});
