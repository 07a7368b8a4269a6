/**
 * Readings added in the twenty-eighth round, each pinned on sentences written for the test: the rule's reading
 * made, and the nearby sentences it must leave alone.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { assertBorneOut, assertOneFinding, assertSilent, claims, findings as findingsOf } from "../helpers";

test("a win in the passive ('C was won by X', 'was taken by X') holds the agent as the winner", () => {
  const night = "At the 86th Academy Awards, Best Actress was ";
  assertBorneOut(`${night}won by Cate Blanchett for Blue Jasmine.`, /Cate Blanchett/);
  assertOneFinding(`${night}taken by Sandra Bullock for Gravity.`, /went to Cate Blanchett.*Sandra Bullock was nomi/);
  // "had taken C" is a win like "took C"; "taken aback" claims nothing.
  assertOneFinding("Sandra Bullock had taken Best Actress for Gravity at the 86th Academy Awards.", /Cate Blanchett/);
  assertSilent(["At the 86th Academy Awards, Sandra Bullock was taken aback by the applause."]);
  // Another body's award after "had taken" is read as after "had won".
  const globe = claims("Cate Blanchett had taken the Golden Globe for Blue Jasmine in 2014.");
  assert.ok(globe.some((c) => c.kind === "season" && c.verdict === "supported"));
});

test("a possessed tally ('X's tally stands at N nominations and M wins') is the person's career to date", () => {
  assertBorneOut("Cate Blanchett's tally stands at eight nominations and two wins.", /8 nominations/);
  const wrong = findingsOf("Cate Blanchett's tally stands at nine nominations and three wins.");
  assert.deepEqual(
    wrong.map((f) => f.message),
    ["Cate Blanchett has 8 competitive nominations, not 9.", "Cate Blanchett has 2 competitive wins, not 3."],
  );
  assertOneFinding("Cate Blanchett's record: eight nominations, three wins.", /2 competitive wins, not 3/);
  assertOneFinding("Cate Blanchett's tally of nine nominations is a record for an Australian.", /8 competitive/);
  // A tally that "stood" at a time in the past is not the whole career; it is not refuted.
  assertSilent(["Cate Blanchett's tally then stood at three nominations."]);
  // A count joined to a film's count has the film as its holder; a name between holds its own.
  assertOneFinding("Oppenheimer earned 13 nominations and 6 wins.", /won 7 Oscars/);
  assertSilent(["Titanic won 11 Oscars, and Good Will Hunting two."]);
});

test("a title given another body's prize by name ('the jury handed F the Palme d'Or', 'gave X its C award')", () => {
  assertBorneOut("At the 2019 Cannes Film Festival, the jury handed Parasite the Palme d'Or.", /Palme d'Or/);
  assertOneFinding("The Cannes jury gave Shoplifters the Palme d'Or in 2019.", /Palme d'Or went to Parasite/);
  // An ordinary-word title given a prize by name is the film ("handed Gravity best film").
  assertOneFinding("In 2014 the British Academy handed Gravity best film.", /Best Film went to 12 Years a Slave/);
  // A person given the body's own category: read under that body, not as an Oscar.
  const sag = (who: string) => `In 2017 the Screen Actors Guild gave ${who} its supporting actor prize for `;
  assertBorneOut(`${sag("Mahershala Ali")}Moonlight.`, /Screen Actors Guild/);
  assertOneFinding(`${sag("Dev Patel")}Lion.`, /Supporting Role went to Moonlight/);
  // A gift that is no prize is nothing.
  assertSilent(["At the 86th Academy Awards, the crowd gave Gravity a standing ovation."]);
});

test("a fact-box count line: the noun after the number says what it counts ('Awards: Seven nominations …')", () => {
  const box = (line: string) => `THE GRADUATE (1967) | Comedy-drama | 106 min\n${line}`;
  assertBorneOut(box("Awards: Seven nominations but only one win."), /7 nominations/);
  assertSilent([box("Awards: Seven nominations, the most of its year.")]);
});

test("a win borne out on several nights takes the night of a film the paragraph named, or names none", () => {
  const heading = "THE LAST EMPEROR (1987) | 163 min\n";
  const storaro = "Awards: nine wins, including Vittorio Storaro's cinematography.";
  assertBorneOut(`${heading}${storaro}`, /Storaro won Cinematography at the 60th/);
  // The night it names is the one "that year" and a host are held to.
  assertSilent([`${heading}${storaro} Chevy Chase hosted at the Shrine Auditorium that year.`]);
  // With no film of his named, the win tells of no one night: a host after it is not held to the first.
  assertSilent([
    `The epic won nine. ${storaro.replace("Awards: nine wins, including ", "It included ")} Chevy Chase hosted.`,
  ]);
});

test("'Host: X. Guests: Y' over a transcript credits a programme, not the ceremony", () => {
  const night = "The 60th Academy Awards\n";
  assertSilent([`${night}Host: Marcy Okafor. Guests: Len Tobias, critic; Adele Brandt, author.`]);
  assertSilent([`${night}[Transcript. Hosts: KIT ODUYA and MEREDITH FAHEY. Guest: JONAS LIND.]`]);
  // A fact box's host line is still checked.
  assertOneFinding(`${night}Host: Billy Crystal`, /hosted by Chevy Chase/);
});

test("a category denied ('but none for Best Picture') is no nomination; a number is no first name", () => {
  const night = "At the 81st Academy Awards, The Dark Knight received eight nominations";
  assertBorneOut(`${night} but none for Best Picture.`, /8 nominations/);
  assertOneFinding(`${night}, including one for Best Picture.`, /not Best Picture/);
  // "Three Godfather actors": a count of what the words describe, not a slip for "The Godfather".
  assertSilent(["At the 45th Academy Awards, Three Godfather actors competed for supporting actor."]);
  assertOneFinding("At the 45th Academy Awards, Jamse Caan competed for supporting actor.", /James Caan/);
});

test("'won C1 for X, who …, and C2 for A and B': the second conjunct's holders are its own, not X", () => {
  const night =
    "At the 45th Academy Awards, The Godfather won best actor for Marlon Brando, who declined the award, and ";
  assertBorneOut(`${night}adapted screenplay for Mario Puzo and Francis Ford Coppola.`, /Mario Puzo/);
  // Categories joined before the names still leave which won which unsaid.
  assertSilent(["At the 45th Academy Awards, the acting and writing wins went to Marlon Brando and Jeremy Larner."]);
});

test("'Sunset Boulevard' is Sunset Blvd.; 'Sunset' after it is that film on its night, not the 1988 Sunset", () => {
  assertOneFinding("Sunset Boulevard had ten nominations at the 23rd Academy Awards.", /Sunset Blvd\. had 11/);
  assertBorneOut("Kramer versus Kramer won Best Picture at the 52nd Academy Awards.", /Kramer vs\. Kramer/);
  const eve = "At the 23rd Academy Awards, All About Eve met Sunset Boulevard. Eve had fourteen nominations and ";
  assertBorneOut(`${eve}Sunset had eleven.`, /11 nominations/);
  // Which of the two "Sunset" means is read from the night; a count is not refuted against the 1988 film.
  assertSilent([`${eve}Sunset had twelve.`]);
  // With no longer title named, "Sunset" is the 1988 film.
  assertBorneOut("Sunset competed at the 61st Academy Awards.", /Sunset/);
});

test("another body's award in a yes/no question claims nothing; 'he' in a relative clause is its antecedent", () => {
  assertSilent(["At the 70th Academy Awards, Titanic won eleven. And did Titanic win at BAFTA?"]);
  // A tag question still claims: "It had already won the Globe, right?"
  assertBorneOut("Titanic had already won the Golden Globe in 1998, right?", /Titanic won Golden Globe/);
  const beat =
    "At the 70th Academy Awards, Robin Williams beat Burt Reynolds in Boogie Nights, who everybody thought had";
  assertBorneOut(`${beat} it because he'd won the Golden Globe.`, /Burt Reynolds won Golden Globe/);
  // So is a participle's subject there: "beating X, who was the favourite after winning the Globe".
  const madison = "At the 97th Academy Awards, Mikey Madison won best actress, beating Demi Moore, who had been the ";
  assertBorneOut(`${madison}front-runner after winning the Golden Globe.`, /Demi Moore won Golden Globe/);
});

test("a surname before a category ('and Griffith Supporting Actor as R') is the person, its role their own", () => {
  const cast = "At the 32nd Academy Awards, Charlton Heston and Hugh Griffith won for Ben-Hur. ";
  const gapped = (heston: string, griffith: string) =>
    `${cast}Heston won Best Actor as ${heston} and Griffith Supporting Actor as ${griffith}.`;
  assertBorneOut(gapped("Judah Ben-Hur", "Sheik Ilderim"), /Hugh Griffith played Sheik Ilderim/);
  const swapped = findingsOf(gapped("Sheik Ilderim", "Judah Ben-Hur")).map((f) => f.message);
  assert.equal(swapped.length, 2);
  assert.match(swapped[1], /Hugh Griffith was nominated as Sheik Ilderim/);
});

test("in writing without capitals, 'it' is no guess at the last film read: its count is not refuted", () => {
  const first = 'At the 89th Academy Awards, the card said "emma stone, la la land." La La Land won six.';
  const reply = "and honestly it didn't take away from moonlight at all. it went 3 for 8.";
  assertSilent([`${first}\n\n${reply}`]);
  // Capitalised prose still holds "it" to the film named, and refutes.
  const caps = findingsOf("At the 89th Academy Awards, La La Land won six. It went 3 for 8.").map((f) => f.message);
  assert.deepEqual(caps.length, 2);
  assert.match(caps[1], /La La Land had 14 nominations, not 8/);
});

test("a block opening on 'TITLE (year)' is that film's box: its count line is checked, 'from N' too", () => {
  const box = (line: string) =>
    `Stream the Eighties\n\nGANDHI (1982) | 191 min | PG\nThe life of the Mahatma.\n${line}`;
  assertBorneOut(box("Awards: Eight Oscars from eleven nominations, among them Best Picture."), /11 nominations/);
  assertOneFinding(box("Awards: Seven Oscars from eleven nominations."), /Gandhi won 8 competitive Oscars, not 7/);
  assertOneFinding(box("Awards: Eight Oscars from twelve nominations."), /11/);
  // A heading without its year is no box: the count stays a guess, never refuted.
  assertSilent(["Stream the Eighties\n\nGANDHI | 191 min\nThe life of the Mahatma.\nAwards: Seven Oscars."]);
});

test("'F had ten and won two': the number set against the wins is the film's nominations", () => {
  const night = "At the 97th Academy Awards, Wicked had ";
  assertBorneOut(`${night}ten and won two.`, /10 nominations/);
  assertOneFinding(`${night}eleven and won two.`, /Wicked had 10 nominations, not 11/);
  // A bare "had two" with nothing set against it is still no count.
  assertSilent([`${night}two.`]);
});

test("'Awards line: …', 'The awards line: …' label a box's counts; '… nominations and N wins' reads both", () => {
  const box = (line: string) => `Stream the Eighties\n\nGANDHI (1982) | 191 min\nThe life of the Mahatma.\n${line}`;
  assertBorneOut(box("Awards line: Eight Oscars from eleven nominations, including Picture."), /11 nominations/);
  assertOneFinding(box("The awards line: seven Oscars from eleven nominations."), /not 7/);
  assertBorneOut(box("Awards line: eleven nominations and eight wins."), /won 8 Oscars/);
  assertOneFinding(box("Awards line: eleven nominations and nine wins."), /not 9/);
});

test("a box's count line lists its film's wins after 'including' / 'among them': each won is borne out", () => {
  const box = (line: string) => `Stream the Eighties\n\nAMADEUS (1984) | 160 min\nA composer's rival.\n${line}`;
  const listed = box("Awards: Eight Oscars from eleven nominations, among them Best Picture and Best Actor for ");
  assertBorneOut(`${listed}F. Murray Abraham.`, /Amadeus won Actor in a Leading Role/);
  // A holder who did not win it is not borne out; the list may name nominations, so nothing is refuted.
  const said = claims(`${listed}Tom Hulce.`)
    .filter((c) => c.verdict === "supported")
    .map((c) => c.statement);
  assert.ok(said.some((s) => /won Best Picture/.test(s)) && !said.some((s) => /Actor in a Leading Role/.test(s)));
  assertSilent([`${listed}Tom Hulce.`]);
});

test("'F earned six, among them C' / 'picked up three: C1, C2': a bare tally's list may be nominations", () => {
  const night = "At the 79th Academy Awards, Babel led with seven nominations. ";
  assertSilent([`${night}Pan's Labyrinth earned six, among them Best Foreign Language Film.`]);
  assertSilent([`${night}Children of Men picked up three: adapted screenplay, cinematography and film editing.`]);
  // What is taken is won: "took three, including C" is still read, and refuted when wrong.
  assertOneFinding(`${night}Pan's Labyrinth took three, including Best Foreign Language Film.`, /Lives of Others/);
});

test("'X, nominated alongside Y as R': the role is X's; 'up against Y as R' is still Y's", () => {
  const night = "At the 12th Academy Awards, Olivia de Havilland, nominated alongside Hattie McDaniel as ";
  assertBorneOut(`${night}Melanie Hamilton, lost.`, /Olivia de Havilland played Melanie/);
  assertOneFinding(`${night}India Wilkes, lost.`, /Olivia de Havilland was nominated as Melanie/);
});

test("a word read as the head of a longer title ('Kong') after a film named in full that has it is that film", () => {
  const night =
    'At the 78th Academy Awards, Peter Jackson\'s "King Kong" collected three technical awards. "Kong" took ';
  assertBorneOut(`${night}visual effects.`, /King Kong won Visual Effects/);
  assertOneFinding(`${night}cinematography.`, /Cinematography went to/);
});

test("a name the role is likened to ('a call girl made up to resemble Veronica Lake') is not the role", () => {
  const night = "At the 70th Academy Awards, Kim Basinger won for her role as a call girl ";
  assertSilent([`${night}made up to resemble Veronica Lake in L.A. Confidential.`]);
  assertOneFinding("At the 70th Academy Awards, Kim Basinger won for her role as Veronica Lake.", /Lynn Bracken/);
});

test("a role set aside ('rather than for playing Maria', 'instead of as R') is no claim", () => {
  const night = "At the 34th Academy Awards, Natalie Wood was nominated for Splendor in the Grass ";
  assertSilent([`${night}rather than for playing Maria.`, `${night}instead of as Maria.`]);
  assertOneFinding(`${night}for playing Maria.`, /Wilma Dean Loomis/);
});

test("'X, nominated for dressing Y in F, lost to Z': the loser is X, past the participle's aside", () => {
  const durran =
    "At the 96th Academy Awards, Jacqueline Durran, nominated for dressing Margot Robbie in Barbie outfits, ";
  assertBorneOut(`${durran}lost to Holly Waddington.`, /Holly Waddington won Costume Design/);
  assertOneFinding(`${durran}lost to Ruth E. Carter.`, /Costume Design went to Holly Waddington/);
});

test("', where the film was …' opens a clause of its own: its nominee is the film, not the sentence's person", () => {
  const song = "Celine Song was nominated for original screenplay for Past Lives at the 96th ceremony, where the film ";
  assertSilent([`${song}was also a Best Picture nominee.`]);
  assertBorneOut(`${song}was also a Best Picture nominee.`, /Celine Song was nominated for Original Screenplay/);
});

test("review: what the round's rules must leave alone", () => {
  // "taken" claims no win unless a winner is its agent.
  assertSilent(["At the 86th Academy Awards, Amy Adams had taken part in the Best Actress race."]);
  assertSilent(["At the 86th Academy Awards, Amy Adams was taken by surprise by the Best Actress result."]);
  // A box count whose noun we cannot count, a special award, or another title's count is left unread.
  const box = (line: string) => `Stream the Eighties\n\nGANDHI (1982) | 191 min\nThe life of the Mahatma.\n${line}`;
  const loose = ["Seven Golden Globe nominations.", "Five BAFTA wins and one Oscar.", "seven, of which one was won."];
  assertSilent(loose.map((l) => box(`Awards: ${l}`)));
  assertSilent([box("Awards: Nine Oscars, one of them special."), box("Awards: Four Oscars for E.T., from nine.")]);
  // "she" past the comma that closes a relative clause is the sentence's subject again.
  const basinger =
    "At the 70th Academy Awards, Kim Basinger beat Gloria Stuart, who was 87, and she had won the Golden";
  assertBorneOut(`${basinger} Globe too.`, /Kim Basinger won Golden Globe/);
  // A night the sentence states picks the namesake that competed then.
  const kong = "Peter Jackson's King Kong won visual effects in 2006. At the 90th Academy Awards, Kong was nominated ";
  assertBorneOut(`${kong}for visual effects.`, /Kong: Skull Island/);
  // With two of the person's films named, a win borne out on several nights holds "that year" to none.
  const storaro = "Reds and The Last Emperor were shot by Vittorio Storaro. Storaro won for cinematography. ";
  assertSilent([`${storaro}Johnny Carson hosted that year.`]);
  // A ceremony's box names producers and co-hosts beside the host: the host is still checked.
  assertOneFinding("The 60th Academy Awards\nHost: Billy Crystal. Producer: Samuel Goldwyn Jr.", /Chevy Chase/);
  // A claim asked about ("Did you know that …?") is still made.
  assertOneFinding("Did you know that Titanic won the BAFTA for best film in 1998?", /The Full Monty/);
  // Hard-wrapped prose is no writing without capitals.
  const wrapped =
    "At the 89th Academy Awards, Moonlight had eight nominations. By the end of the night\nit had won four.";
  assertOneFinding(wrapped, /not 4/);
  // A bare tally's list is held to nominations: a category the film was not nominated in is refuted.
  assertOneFinding("At the 79th Academy Awards, The Departed picked up four, including Best Actor.", /not Actor/);
  // "playing opposite Y as R": R is Y's when the data gives it to Y.
  const griffith = "At the 32nd Academy Awards, Hugh Griffith, playing opposite Charlton Heston as Judah Ben-Hur, ";
  assertSilent([`${griffith}was nominated.`]);
});

test("'Oscar tally:' labels a box's counts too", () => {
  const box = (line: string) => `Stream the Eighties\n\nGANDHI (1982) | 191 min\nThe life of the Mahatma.\n${line}`;
  assertBorneOut(box("Oscar tally: eleven nominations, eight wins."), /won 8 Oscars/);
  assertOneFinding(box("Oscar tally: eleven nominations, nine wins."), /not 9/);
});

test("a pronoun's guess is not refuted when another person the sentence names makes the claim true", () => {
  const lost =
    "At the 24th Academy Awards, Marlon Brando lost to Humphrey Bogart, whose Charlie Allnut won him the Oscar;";
  assertSilent([`${lost} he had been nominated before, for Casablanca.`]);
  // Named outright, the person is held to it.
  assertOneFinding(
    `${lost} Brando had been nominated before, for Casablanca.`,
    /Marlon Brando has no Oscar nomination/,
  );
});

test("'last year's F' names a film of another night: it is no subject for the clause's win", () => {
  const zinnemann = 'At the 26th Academy Awards, Fred Zinnemann, twice nominated before, for "The Search" and last ';
  assertSilent([`${zinnemann}year's "High Noon," finally took the directing award.`]);
});

test("a wish ('fans had hoped for a nomination at the 98th') claims nothing of the night", () => {
  const erivo = "Cynthia Erivo was nominated for Wicked at the 97th Academy Awards. With Wicked: For Good released, ";
  assertSilent([`${erivo}many fans had hoped for a fourth nomination at the 98th ceremony in March.`]);
  assertOneFinding("Wicked received a fourth nomination at the 98th ceremony in March.", /Wicked competed at the 97th/);
});

test("'… at the 58th ceremony, and four years later, at a ceremony hosted by X': the host is another night's", () => {
  const kurosawa =
    "Akira Kurosawa was nominated for directing Ran at the 58th ceremony in 1986, and the Academy handed him";
  assertSilent([`${kurosawa} an honorary Oscar four years later, in 1990, at a ceremony hosted by Billy Crystal.`]);
  assertOneFinding(`${kurosawa} a plaque at a ceremony hosted by Billy Crystal.`, /Alan Alda/);
});

test("second review: what the fixes must leave alone", () => {
  // A programme's box, named so, credits its own host; a ceremony's box with a producer is still checked.
  assertSilent(["Podcast: The Envelope, on the 96th Academy Awards\nHost: Mark Olsen. Producer: Jen Yamato."]);
  // A lower-case line after a sentence's full stop is writing without capitals.
  assertSilent(["At the 89th Academy Awards, La La Land got fourteen nominations.\nmoonlight got eight\nit won three"]);
  // "Is it true that …?" asserts nothing.
  assertSilent(["Is it true that Titanic won the BAFTA for best film in 1998?"]);
  // A comma inside the relative clause does not close it; ", and" does.
  const reynolds = "At the 70th Academy Awards, Robin Williams beat Burt Reynolds in Boogie Nights, who, everybody";
  assertBorneOut(`${reynolds} thought, had it because he'd won the Golden Globe.`, /Burt Reynolds won Golden Globe/);
  // The loser past an aside is the opening name only when the aside closes right before the verb.
  const nolan = "At the 96th Academy Awards, Christopher Nolan, accepting Best Picture, noted that Bradley Cooper, ";
  assertSilent([`${nolan}of Maestro, lost to Cillian Murphy.`]);
  // A character likened to someone ("like", "based on") names no role.
  assertSilent(["At the 70th Academy Awards, Kim Basinger won for playing a call girl like Veronica Lake."]);
  // Box counts: a list, a part or the film's own name after the count still reads it.
  const box = (line: string) => `Stream the Eighties\n\nGANDHI (1982) | 191 min\nThe life of the Mahatma.\n${line}`;
  for (const line of ["Awards: Nine, including Best Picture.", "Awards: 9 of 11", "Nine Oscars for Gandhi."])
    assertOneFinding(box(line.startsWith("Nine") ? `Awards: ${line}` : line), /not 9/);
  assertOneFinding(box("Awards: Nine Oscars, plus a special BAFTA."), /not 9/);
  // A pronoun inside a relative clause is no subject for the film.
  assertOneFinding(
    "At the 96th Academy Awards, Emma Stone, who said she adored Greta Gerwig, was nominated for Barbie.",
    /Emma Stone has no/,
  );
});

test("a time told by another nomination ('forty years after her first nomination, for F, at the 1986 ceremony')", () => {
  const madigan = "Amy Madigan won Best Supporting Actress for Weapons forty years after her first nomination, for ";
  assertBorneOut(
    `${madigan}Twice in a Lifetime, at the 1986 ceremony.`,
    /Amy Madigan won Actress in a Supporting Role/,
  );
  // A night said after a plain comma is still the win's.
  assertOneFinding("Amy Madigan won Best Supporting Actress for Weapons, at the 1986 ceremony.", /Anjelica Huston/);
});
