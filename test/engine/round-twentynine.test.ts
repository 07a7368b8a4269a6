/**
 * Readings added in the twenty-ninth round, each pinned on sentences written for the test: the rule's reading
 * made, and the nearby sentences it must leave alone.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { assertBorneOut, assertOneFinding, assertSilent, findings as findingsOf } from "../helpers";

test("a date, month, venue or host said beside a win that names no night is the night the win was borne out at", () => {
  assertBorneOut("Parasite won Best Picture at the Dolby Theatre on February 9, 2020.", /took place on February 9/);
  assertOneFinding("Parasite won Best Picture at the Dolby Theatre on February 2, 2020.", /Sunday, February 9, 2020/);
  assertOneFinding("Parasite won Best Picture at the Shrine Auditorium.", /took place at the Dolby Theatre/);
  assertOneFinding("Parasite won Best Picture on 2 February 2020.", /February 9, 2020/);
  assertOneFinding("Parasite won Best Picture in March 2020.", /February 9, 2020, not in March 2020/);
  const host = findingsOf("Parasite won Best Picture at a ceremony hosted by Jimmy Kimmel.");
  assert.deepEqual(
    host.map((f) => f.message),
    ["Jimmy Kimmel did not host the 92nd Academy Awards (2020): the 92nd Academy Awards (2020) had no host."],
  );
  assertOneFinding(
    "With Billy Crystal as host, Million Dollar Baby won Best Picture.",
    /did not host the 77th.*Chris Rock/,
  );
  assertBorneOut("With Chris Rock as host, Million Dollar Baby won Best Picture.", /hosted the 77th/);
  // Another event's day or place, or a time away from the night, is not the night's setting.
  assertSilent([
    "Parasite, which premiered at Cannes on May 21, 2019, won Best Picture.",
    "Emma Stone won Best Actress for La La Land, which premiered at the Venice Film Festival on August 31, 2016.",
    "Marlee Matlin, who was born in August 1965, won Best Actress for Children of a Lesser God.",
    "Emma Stone won Best Actress for La La Land; she had hosted a talk show in March 2015.",
    "Parasite won Best Picture, and a year later the Academy met at Union Station in April 2021.",
  ]);
});

test("', and' before 'the' and a noun with a verb that is only past opens a clause with its own time", () => {
  assertSilent([
    "Parasite won Best Picture, and a year later the Academy met at Union Station in 2021.",
    "Parasite won Best Picture, and the show went to Union Station in 2021.",
  ]);
  // A clause with no verb of its own goes on with the first one's time.
  assertOneFinding("Parasite won Best Picture, and the award for Director, in 2021.", /not in 2021/);
});

test("'the film' goes on with the film its own sentence named last, not one it was beaten by", () => {
  const earlier = "Titanic won eleven Oscars. ";
  assertBorneOut(
    `${earlier}A nomination came for the comedy Tootsie; Jessica Lange won for it, and the film won a single Oscar.`,
    /Tootsie won 1 Oscar|Jessica Lange/,
  );
  assertOneFinding(`${earlier}A nomination came for the comedy Tootsie, and the film won two Oscars.`, /Tootsie won 1/);
  // A film the sentence names as the one that beat it is not "the film".
  assertSilent([`${earlier}Tootsie lost to Gandhi, and the film won a single Oscar.`]);
});

test("a studio is 'it', never 'her' or 'his'; a compound ordinal is one rank", () => {
  assertBorneOut(
    "Thelma Ritter signed with 20th Century-Fox. Her first nomination came for All About Eve.",
    /Ritter.s 1st nomination/,
  );
  assertBorneOut("John Williams earned his fifty-third nomination for The Fabelmans.", /53rd nomination/);
  const wrong = assertOneFinding("John Williams earned his fifty-second nomination for The Fabelmans.", /53rd/);
  assert.deepEqual(
    wrong.fixes.map((f) => f.replacement),
    ["fifty-third"],
  );
});

test("', and' before a capitalised word we do not know and a past verb opens a clause of its own", () => {
  assertSilent(["The Apartment won five Oscars, and Wilder became the first person to take three for one film."]);
});

test("a semicolon inside brackets parts the bracket's items, not the sentence's clauses", () => {
  const night = "The Godfather Part II received eleven nominations at the 47th Academy Awards ";
  const hosts = "(April 8, 1975; hosts Bob Hope and Shirley MacLaine)";
  assertSilent([`${night}${hosts} and won six, including best picture and art direction.`]);
});

test("a rank set right after a category ('named C, his second win') may count that category or the career", () => {
  const night = "At the 71st Academy Awards, Steven Spielberg was named Best Director, ";
  assertBorneOut(`${night}his second win.`, /Directing/);
  assertBorneOut(`${night}his third win.`, /Directing/);
  assertOneFinding(`${night}his fifth win.`, /not the 5th/);
  // "its" is a film's: a rank that is the film's is no one's career.
  assertSilent(["Jane Darwell won Supporting Actress, giving The Grapes of Wrath its second Oscar of the night."]);
});

test("', and the film <past verb>' opens a clause with the film as its subject", () => {
  const night = "At the 71st Academy Awards, Steven Spielberg was named Best Director";
  assertSilent([`${night}, and the film added cinematography and sound.`]);
});

test("'had F winning' is someone's pick, not a claim", () => {
  assertSilent([
    "One critic had Avatar winning eight Oscars at the 82nd Academy Awards.",
    "Most forecasters had Avatar winning Best Picture at the 82nd Academy Awards.",
  ]);
  assertOneFinding("Avatar won eight Oscars at the 82nd Academy Awards.", /won 3 Oscars/);
  assertOneFinding(
    "Imelda Staunton was nominated for best actress at the 77th Academy Awards. The award went to Annette Bening.",
    /Hilary Swank/,
  );
});

test("'Instead X won C' affirms; only 'instead of' denies", () => {
  assertBorneOut("Instead Humphrey Bogart won Best Actor for The African Queen.", /Bogart won Actor/);
  assertOneFinding("Instead Humphrey Bogart won Best Actor for Casablanca.", /went to Paul Lukas/);
  assertSilent(["Instead of Casablanca, Humphrey Bogart won Best Actor for The African Queen."]);
});

test("a quoted title closed before a present-tense 'wins' is the subject, not a quoted forecast", () => {
  assertBorneOut("'Gladiator' Wins Best Picture at the 73rd Academy Awards", /Gladiator won Best Picture/);
  assertSilent(['"Gladiator wins best picture, no question," one blogger wrote before the 73rd Academy Awards.']);
});

test("a one-word title that is the surname of a nominee who fits the claim may be that person: not refuted", () => {
  assertSilent(["Hitchcock collected yet another directing nomination."]);
  // A title no nominee's surname fits stays the film's.
  assertOneFinding("Lincoln won Best Picture at the 85th Academy Awards.", /Argo/);
});

test("a role said with a word of description before its name ('Jedi Obi-Wan Kenobi') is the role", () => {
  const guinness = "Alec Guinness was nominated for Best Supporting Actor for playing ";
  assertBorneOut(`${guinness}Jedi Obi-Wan Kenobi in Star Wars.`, /Guinness/);
  assertOneFinding(`${guinness}Luke Skywalker in Star Wars.`, /not as Luke Skywalker/);
  // A shared surname alone is still another character.
  assertOneFinding("Casey Affleck won Best Actor for Manchester by the Sea, playing Joe Chandler.", /Lee Chandler/);
});

test("what a person owns that wins in its own name ('X's studio') is no claim on the person", () => {
  assertSilent(["Darryl F. Zanuck's studio won best picture."]);
});

test("'X was the host', 'The host was X' in a paragraph on the piece's night name its host", () => {
  const night = "The 97th Academy Awards were held in 2025. Anora won Best Picture. ";
  assertBorneOut(`${night}Comedian Conan O'Brien was the host.`, /Conan O'Brien/);
  assertOneFinding(`${night}The host was Jimmy Kimmel.`, /hosted by Conan O'Brien/);
  // A paragraph that moved to another film's night, or names nothing, says no night for its host.
  assertSilent([
    `${night}In 1998, Titanic won eleven. Billy Crystal was the host.`,
    "The 97th Academy Awards were held in 2025.\n\nWhat do you remember of your first night?\n\nBob Hope was the host.",
  ]);
});

test("an appositive after a name ('X, a favorite since the Globes,') hedges no verb and gives no body", () => {
  const night = "The 92nd Academy Awards were held on February 9, 2020. ";
  assertBorneOut(`${night}Joaquin Phoenix, a favorite since the Globes, won best actor for Joker.`, /Phoenix/);
  assertOneFinding(`${night}Joaquin Phoenix, a favorite since the Globes, won best actor for The Irishman.`, /Joker/);
  // A hedge in the clause itself still hedges.
  assertSilent([`${night}Joaquin Phoenix was the favorite to win best actor for The Irishman.`]);
});

test("the film an honor 'went to' is no loser: 'the musical' after it goes on with that film", () => {
  const before = "Mary Poppins had the most nominations, but not the most wins. That honor went to My Fair Lady. ";
  assertBorneOut(`${before}The musical won eight Oscars, including Best Picture.`, /Best Picture/);
  // A film beaten is still no antecedent.
  assertBorneOut("Gandhi beat E.T. for Best Picture. The film won eight Oscars.", /8 Oscars|Gandhi/);
});

test("review: settings, picks, forecasts and surnames kept narrow", () => {
  assertSilent([
    // Hosting something else, or a party's host, is not the night's host.
    "With Jane Fonda hosting the Governors Ball, Parasite won Best Picture.",
    "Shakespeare in Love won Best Picture, celebrated at a dinner hosted by Harvey Weinstein.",
    "Parasite won Best Picture, then toasted at a gala hosted by Netflix CEO Ted Sarandos.",
    // A month in an appositive on the venue tells of another visit.
    "Cillian Murphy won Best Actor for Oppenheimer at the Dolby Theatre, a room he first visited in March 2023.",
    // A quoted title before "wins" in a forecast someone is said to have made.
    '"Traffic" wins best picture, one blogger predicted before the 73rd Academy Awards.',
    "'Babel' wins best picture, says one pundit before the 79th Academy Awards.",
  ]);
  assertBorneOut("With Chris Rock hosting the show, Million Dollar Baby won Best Picture.", /hosted the 77th/);
  // A night that "had X winning" is no one's pick.
  assertOneFinding("The 82nd Academy Awards had Meryl Streep winning Best Actress.", /Sandra Bullock/);
  // A surname borne by a single nominee once is no one known by surname alone.
  assertOneFinding("Coco won Best Picture.", /The Shape of Water/);
  assertOneFinding("Wilson won Best Picture.", /Going My Way/);
});

test("a host said for a night held with no host is refuted, whichever reading names the night", () => {
  assertOneFinding("Jimmy Kimmel also hosted in 2019.", /had no host/);
  assertOneFinding("Green Book won Best Picture at a ceremony hosted by Jimmy Kimmel.", /had no host/);
});

test("a studio the data lists among nominees holds no acting category", () => {
  assertSilent([
    "At the 23rd Academy Awards, before Columbia let her do it on screen, Judy Holliday won Best Actress.",
  ]);
  assertOneFinding("At the 23rd Academy Awards, Judy Holliday won Best Actress for All About Eve.", /Born Yesterday/);
});

test("second review: a host said with a time, a count, a speaker or words after 'the host' claims no night", () => {
  const night = "Anora won Best Picture at the 97th Academy Awards. ";
  assertSilent([
    `${night}Jimmy Kimmel was the host in 2024.`,
    `${night}Bob Hope was the host a record 19 times.`,
    `${night}Jimmy Kimmel was the host's guest.`,
    `${night}Billy Crystal was the host with the most.`,
    `${night}Kimmel said Chris Rock was the host before him.`,
    `${night}The 2016 host, Chris Rock, watched.`,
    "Every poll that year had Meryl Streep winning Best Actress at the 82nd Academy Awards.",
    "Hitchcock received the Thalberg award.",
  ]);
  assertOneFinding(`${night}Jimmy Kimmel was the host.`, /Conan O'Brien/);
  assertOneFinding("With Whoopi Goldberg hosting the Oscars, Titanic won Best Picture.", /Billy Crystal/);
  assertOneFinding(
    '"Roma" wins best picture at the 91st Academy Awards, even if Green Book had momentum.',
    /Green Book/,
  );
});
