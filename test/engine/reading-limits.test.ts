/**
 * Words that limit what a sentence claims: a share of a count, an appositive that makes a title a
 * song, a clause with a subject of its own, a name the data knows as a character. Each correct
 * sentence stays silent; a wrong one beside it is still caught where the sentence claims it.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { assertSilent, claims, findings, underlined } from "../helpers";

test("a share of a count is no total: 'the two top prizes', 'its other two bids'", () => {
  assertSilent([
    "At the 68th Academy Awards, Braveheart took the two top prizes, best picture and director.",
    "Parasite won four Oscars at the 92nd Academy Awards. The film lost its other two bids, for film editing " +
      "and production design.",
  ]);
  const total = "At the 68th Academy Awards, Braveheart took two Oscars.";
  assert.match(findings(total)[0]?.message ?? "", /Braveheart won 5 Oscars/);
});

test("'giving him N nominations' counts the clause's person, not the last film listed", () => {
  const right =
    'Pete Docter earned writing nominations for "WALL-E," "Up" and "Inside Out," giving him nine nominations in all.';
  assert.deepEqual(findings(right), []);
  assert.ok(claims(right).some((c) => c.verdict === "supported" && /Docter had 9 nominations/.test(c.statement)));
});

test("a name the data gives a character is no misspelling of a person, whatever stands before it", () => {
  const text = "Troy Kotsur plays the fisherman Frank Rossi in CODA.";
  assert.deepEqual(findings(text), []);
  assert.ok(findings("At the 97th Academy Awards, Mikey Maddison won Best Actress.").length === 1);
});

test("'the first Oscars held at X' describes a night; 'the first Oscars were held at X' names the 1st", () => {
  assertSilent(["It was the first Oscars held at the Dorothy Chandler Pavilion."]);
  const first = "The first Academy Awards were held at the Dorothy Chandler Pavilion.";
  const [f] = findings(first);
  assert.match(f.message, /1st Academy Awards \(1929\) took place at the Hollywood Roosevelt Hotel/);
});

test("a sentence set in a year ('In 1995, at a ceremony hosted by X') is about the night held then", () => {
  const lead = "Quincy Jones was nominated at the 40th Academy Awards. ";
  assertSilent([lead + "In 1995, at a ceremony hosted by David Letterman, he received an award."]);
  const wrong = lead + "In 1995, at a ceremony hosted by Whoopi Goldberg, he received an award.";
  const [f] = findings(wrong);
  assert.equal(underlined(wrong, f), "Whoopi Goldberg");
  assert.match(f.message, /67th Academy Awards \(1995\) was hosted by David Letterman/);
});

test("a quoted title set beside 'the theme from F' is a song, not a film of that name", () => {
  assertSilent(['"The Morning After," the theme from "The Poseidon Adventure," won best original song.']);
});

test("'as X verbs' opens a clause with its own subject, a name we do not know or a maker's film", () => {
  assertSilent([
    'At the 96th Academy Awards, "The Zone of Interest" gives Britain its first international feature win as ' +
      "Godzilla stomps off with visual effects.",
    '"The Right Stuff" won the sound prize that night in 1984, even as James L. Brooks\'s weepie swept best ' +
      "picture, director and actress.",
  ]);
  const own = 'At the 96th Academy Awards, "The Zone of Interest" won international feature as Godzilla won sound.';
  assert.ok(
    claims(own).some((c) => c.verdict === "supported" && /Zone of Interest won International/.test(c.statement)),
  );
});

test("a film owned by its maker after 'beat' is beaten: a participle after it tells of the subject", () => {
  const text =
    "At the 91st Oscars, Green Book beat Alfonso Cuarón's Roma for best picture, winning three awards including " +
    "original screenplay and Mahershala Ali's supporting actor prize.";
  assert.deepEqual(findings(text), []);
  assert.ok(claims(text).some((c) => c.verdict === "supported" && /^Green Book won 3 Oscars/.test(c.statement)));
});

test("a role's words end at a loss, and a later nomination's role is not the earlier film's", () => {
  assertSilent([
    "At the 97th Academy Awards, Karla Sofía Gascón, nominated for best actress for playing the title role, " +
      "lost to Mikey Madison.",
    "Tom Hanks was nominated for Cast Away, and later in the supporting category for playing Fred Rogers.",
  ]);
  const wrong =
    "Tom Hanks was nominated for Cast Away, and later in the supporting category for playing Mister Rogers.";
  assert.ok(!claims(wrong).some((c) => c.verdict === "supported" && /played/.test(c.statement)));
  const same = "Tom Hanks was nominated for Cast Away for playing Fred Rogers.";
  assert.match(findings(same)[0]?.message ?? "", /Chuck Noland in Cast Away/);
});

test("the owner of a film beaten is not among the rivals: '… and Ryan Coogler's Sinners'", () => {
  const text =
    'At the 98th Academy Awards, Joe Letteri won visual effects. He beat "F1," "The Lost Bus" and Ryan Coogler\'s ' +
    '"Sinners."';
  assert.deepEqual(findings(text), []);
});

test("'Before the 97th Academy Awards, the Spirit Awards …' opens a paragraph about the Spirit Awards", () => {
  const text =
    "Before the 97th Academy Awards, the Independent Spirit Awards spread their honours among several Oscar " +
    "hopefuls. Jesse Eisenberg earned best screenplay, and Flow was voted best international film.";
  assert.deepEqual(findings(text), []);
  const oscars = "At the 97th Academy Awards, Jesse Eisenberg won best original screenplay.";
  assert.equal(findings(oscars).length, 1);
});

test("a festival nominates no one: 'opened Cannes … nominated for Best Picture' is no Cannes nomination", () => {
  assertSilent([
    "Pixar's Up opened the Cannes Film Festival in 2009 and went on to become only the second animated feature " +
      "nominated for Best Picture.",
  ]);
});

test("a count after 'at the B, where …' is that body's, over the paragraph's", () => {
  const text =
    "Everything Everywhere All at Once won seven Oscars. Michelle Yeoh had won the Golden Globe for actress in a " +
    "musical or comedy. Ke Huy Quan and Jamie Lee Curtis won the supporting awards, having also won at the SAG " +
    "Awards, where the film took a record four prizes.";
  assert.deepEqual(findings(text), []);
  assert.ok(claims(text).some((c) => c.verdict === "supported" && /won 4 SAG Awards/.test(c.statement)));
});

test("makers joined by a dash before a film noun describe a film; 'for it' is not a film of another time", () => {
  assertSilent([
    "Rita Moreno won for West Side Story in 1962, when the Robert Wise–Jerome Robbins musical won ten awards, " +
      "including Best Picture.",
    "On Golden Pond was a family affair. Henry Fonda, nominated once before for The Grapes of Wrath, finally won " +
      "Best Actor for it at the 54th Academy Awards.",
  ]);
  // Without the earlier time, the film in the aside is what "it" stands for.
  const aside = "Henry Fonda, nominated for The Grapes of Wrath, won Best Actor for it at the 13th Academy Awards.";
  assert.match(findings(aside)[0]?.message ?? "", /James Stewart/);
});

test("a role's words end at a defeat; a film's bracketed year stands between it and 'in which she played'", () => {
  assertSilent([
    'Cliff Robertson was named best actor for "Charly," in which he played a troubled man, beating Peter O\'Toole.',
    "Bette Davis was nominated for All About Eve (1950), in which she played Margo Channing, The Star (1952) and " +
      "What Ever Happened to Baby Jane? (1962).",
  ]);
  const wrong = "Bette Davis was nominated for All About Eve (1950), in which she played Jane Hudson.";
  assert.match(findings(wrong)[0]?.message ?? "", /Margo Channing in All about Eve/i);
});

test("the year a record was set is not the night of the win that ties it", () => {
  assertSilent(['Sean Baker won film editing for "Anora," tying the record Walt Disney set in 1954.']);
  assert.equal(findings('Sean Baker won film editing for "Anora" in 1954.').length, 1);
});

test("'directed his father, X, to the C award': the one steered there won it", () => {
  const text =
    "At the 21st Academy Awards, John Huston won Best Director for The Treasure of the Sierra Madre and directed " +
    "his father, Walter Huston, to the Best Supporting Actor award.";
  assert.deepEqual(findings(text), []);
  assert.ok(
    claims(text).some((c) => c.verdict === "supported" && /^Walter Huston won Actor in a Supporting/.test(c.statement)),
  );
  const wrong = text.replace("Best Supporting Actor", "Best Actor");
  assert.match(findings(wrong)[0]?.message ?? "", /Actor went to Laurence Olivier/);
});

test("a film a count is tied with is no antecedent of 'the film'; 'making F his second Oscar' ranks F", () => {
  assertSilent([
    "At the 17th Academy Awards, Going My Way received ten nominations, tying with Wilson for the most of the " +
      "year, and won seven. The film's other nominations were for Lionel Lindon's black-and-white cinematography.",
    "Leo McCarey had previously won Best Director for The Awful Truth (1937), making Going My Way his second " +
      "directing Oscar.",
  ]);
});

test("'earning a best actor nomination' is a nomination; 'with 11, … have won more' counts wins", () => {
  assertSilent([
    'In "Some Like It Hot" (1959), Jack Lemmon played Jerry, a musician on the run, earning a best actor nomination.',
    'The English Patient won nine Oscars. Only "Ben-Hur," with 11, and "West Side Story," with 10, have won more.',
  ]);
  const wrong = 'The English Patient won nine Oscars. Only "Ben-Hur," with 12, has won more.';
  assert.match(findings(wrong)[0]?.message ?? "", /Ben-Hur won 11 Oscars/);
});

test("a clause joined on with no body of its own goes on with the body the sentence named", () => {
  const globes =
    'Steven Spielberg\'s "The Fabelmans" won best motion picture drama at the Golden Globe Awards, and ' +
    "Spielberg was named best director, as Oscar nominations voting gets under way.";
  assert.deepEqual(findings(globes), []);
  assertSilent([
    "Troy Kotsur was also nominated at the Golden Globes but lost to Kodi Smit-McPhee of The Power of the Dog.",
    '"One Battle After Another" won six BAFTAs. "Sinners" took supporting actress, but later its cast won the ' +
      "SAG ensemble award.",
  ]);
  // A body in an aside on the subject leaves the loss the Oscars'.
  const oscars = "At the 95th Academy Awards, Colin Farrell, a Golden Globe winner, lost best actor to Austin Butler.";
  assert.match(findings(oscars)[0]?.message ?? "", /Brendan Fraser/);
});

test("films after 'his first win after nominations for' are not the win's; 'the first … to win C' is a career", () => {
  assertSilent([
    "At the 96th Academy Awards, Robert Downey Jr. won supporting actor, his first win after nominations for " +
      '"Chaplin" ' +
      'and "Tropic Thunder."',
    "Sidney Poitier was the first Black actor to win best actor. " +
      'He had been nominated for "The Defiant Ones" (1958), ' +
      'but the award went to David Niven for "Separate Tables."',
  ]);
  const poitier = "Sidney Poitier was the first Black actor to win best actor.";
  assert.ok(
    claims(poitier).some((c) => c.verdict === "supported" && /Poitier won Actor at the 36th/.test(c.statement)),
  );
});

test("review mends: 'after five nominations' bounds a tally; 'of F fame' is no film won; 'Y of F' is Y's film", () => {
  assertSilent([
    "Martin Scorsese won best director for The Departed at the 79th Academy Awards, his first win after five " +
      "nominations for directing.",
    "At the 95th Academy Awards, Austin Butler was beaten by Brendan Fraser of The Mummy fame.",
    '"Chariots of Fire," the theme from Chariots of Fire, won Vangelis the Oscar for original score at the 54th ' +
      "Academy Awards.",
  ]);
  // A bound must be the count's own: a comma or "than" ends it.
  const streep = "Meryl Streep has 21 nominations, more than any performer before her.";
  assert.ok(claims(streep).some((c) => c.verdict === "supported" && /had 21 nominations/.test(c.statement)));
  const wrong = "At the 97th Academy Awards, Demi Moore was beaten by Mikey Madison of The Substance.";
  assert.match(findings(wrong)[0]?.message ?? "", /Mikey Madison for Anora, not The Substance/);
  // The Oscars named nearer the verb than another body make the loss and the joined clause the Oscars'.
  const oscars = "Demi Moore won at the Golden Globes but at the Oscars lost to Mikey Madison.";
  assert.ok(claims(oscars).some((c) => c.verdict === "supported" && /^Mikey Madison won Actress/.test(c.statement)));
  const joined =
    "Emilia Pérez won best musical or comedy at the 2025 Golden Globes, and at the Oscars Sean Baker was named " +
    "best director.";
  assert.ok(claims(joined).some((c) => c.verdict === "supported" && /^Sean Baker won Directing/.test(c.statement)));
});

test("a cleft's focus is its verb's subject; a rival's role is in no film named; a denied win counts nothing", () => {
  const cleft =
    "Double Indemnity brought Billy Wilder his first nomination as a director, but it was The Lost Weekend, the " +
    "story of an alcoholic writer played by Ray Milland, that won him Oscars for directing in 1946.";
  assert.deepEqual(findings(cleft), []);
  assertSilent([
    'Tom Hanks won best actor for "Philadelphia," beating Liam Neeson, who played Oskar Schindler, as well as ' +
      "Anthony Hopkins.",
    '"The Remains of the Day" received eight nominations at the 66th Academy Awards but failed to win a single ' +
      'award, as did "In the Name of the Father," which had seven.',
  ]);
});

test("after a person's films: 'N nominations in all' is the career's, 'his sixth nomination' the last film's", () => {
  const all =
    "Anthony Hopkins was nominated for The Remains of the Day, Nixon, Amistad and The Two Popes, " +
    "six nominations in all.";
  assert.deepEqual(findings(all), []);
  assert.ok(claims(all).some((c) => c.verdict === "supported" && /Hopkins had 6 nominations in all/.test(c.statement)));
  const rank =
    "Tom Hanks was nominated for Saving Private Ryan and Cast Away, and, in 2020, for A Beautiful Day in the " +
    "Neighborhood, his sixth nomination.";
  assert.deepEqual(findings(rank), []);
  assert.match(findings(rank.replace("sixth", "fifth"))[0]?.message ?? "", /92nd .*6th competitive nomination/);
});

test("'The 1963 epic' after a title several films share is that year's version", () => {
  const text = "Cleopatra was nominated for Best Picture in 1935. The 1963 epic received nine nominations.";
  assert.deepEqual(findings(text), []);
  assert.ok(
    claims(text).some((c) => c.verdict === "supported" && /Cleopatra had 9 nominations at the 36th/.test(c.statement)),
  );
  assert.match(findings(text.replace("nine", "eight"))[0]?.message ?? "", /36th .*had 9 nominations, not 8/);
});

test("blind set K mends: a year beside a shared title picks the version; the subject of a story is no time", () => {
  const remakes = [
    "4. A Star Is Born (1954)",
    "",
    "Judy Garland lost Best Actress to Grace Kelly in The Country Girl.",
    "",
    "3. A Star Is Born (1976)",
    "",
    'The film earned four nominations and won Best Original Song for "Evergreen."',
    "",
  ].join("\n");
  assert.deepEqual(findings(remakes), []);
  assert.ok(
    claims(remakes).some((c) => c.verdict === "supported" && /had 4 nominations at the 49th/.test(c.statement)),
  );
  assertSilent([
    ' date 1997-03-25\n\n"When We Were Kings," about the 1974 Muhammad Ali-George Foreman fight in Zaire, won the ' +
      "documentary feature award.\n",
  ]);
});

test("blind set K mends: 'her' is the nearest woman; a rank in a relative clause or with two possible owners", () => {
  assertSilent([
    "Mark Rylance won for Bridge of Spies, and Kate Winslet won for Steve Jobs, repeating her Golden Globe win.",
    "Adrien Brody won best actor for The Brutalist. It was the second Oscar for Brody, who won in the same category " +
      "at the 75th Academy Awards in 2003 for The Pianist.",
    " date 2020-02-10\n\nGreta Gerwig's adaptation earned nominations for Best Adapted Screenplay and Alexandre " +
      "Desplat's score — his 11th nomination.\n",
    ' date 2020-02-10\n\nDurran, who won her first Oscar for "Anna Karenina," ' +
      'also took the BAFTA for "Little Women."\n',
    'Jamie Lee Curtis won best supporting actress for "Everything Everywhere All at Once." Curtis played Deirdre ' +
      "Beaubeirdra in the film, which dominated the 95th Academy Awards with seven wins from a leading 11 " +
      "nominations, including best picture.",
  ]);
});

test("a rank's pronoun stays with the clause's person past a maker, an object or a name used as a modifier", () => {
  const texts = [
    "The drought ended at the 90th Academy Awards, when Roger Deakins won for Denis Villeneuve's " +
      '"Blade Runner 2049" ' +
      "on his 14th nomination.",
    "At the 10th Academy Awards, Hermes Pan, Fred Astaire's long-time collaborator, finally won on his third " +
      "nomination.",
    "At the 79th Academy Awards, Thelma Schoonmaker, who has cut every Martin Scorsese feature since Raging Bull, " +
      "won on her sixth nomination.",
  ];
  for (const t of texts)
    assert.ok(
      claims(t).some((c) => c.kind === "career" && c.verdict === "supported"),
      t,
    );
});

test("'nominated once before, for F four decades earlier, … won for it'; 'most recently … for playing R'", () => {
  assertSilent([
    "On Golden Pond was a family affair. Henry Fonda, who had been nominated only once before as an actor, for The " +
      "Grapes of Wrath four decades earlier, finally won Best Actor for it at the 54th Academy Awards.",
    "Tom Hanks was nominated for Saving Private Ryan and Cast Away, and most recently in the supporting category " +
      "for playing Fred Rogers.",
  ]);
});
