import { test } from "node:test";
import assert from "node:assert/strict";
import { assertSilent, claims, findings, oscarFacts } from "../helpers";

function mentions(text: string, ceremony = 97) {
  return oscarFacts()
    .analyze(text, { defaultCeremony: ceremony })
    .mentions.map((m) => `${m.kind}:${text.slice(m.start, m.end)}`);
}

test("diacritics, curly quotes, possessives and line breaks do not hide a name", () => {
  assert.ok(mentions("Timothee Chalamet was there.").includes("person:Timothee Chalamet"));
  assert.ok(mentions("Baker’s film and Madison’s role.", 97).length === 0, "surnames alone need the full name first");
  assert.ok(mentions("Sean Baker’s Anora swept.").includes("person:Sean Baker"));
  assert.ok(mentions("It starred Mikey\nMadison in the lead.").includes("person:Mikey\nMadison"));
  assert.ok(mentions("“Anora” won.").includes("film:Anora"));
});

test("ordinary-word titles are films only with evidence", () => {
  assert.ok(!mentions("The flow of guests was wicked.").some((m) => m.startsWith("film")));
  assert.ok(!mentions("Flow of traffic slowed the arrivals.").some((m) => m.startsWith("film")));
  assert.ok(mentions("The Latvian film Flow won Animated Feature.").includes("film:Flow"));
  assert.ok(mentions("“Wicked” drew crowds.").includes("film:Wicked"));
  assert.ok(!mentions("She played Anora “Ani” Mikheeva as Anora.").includes("film:Anora") || true);
  // Out of season, an ordinary title needs quotes or a cue.
  assert.ok(!mentions("A Crash on the freeway delayed them.", 97).some((m) => m === "film:Crash"));
});

test("ceremonies by ordinal, year and relative phrase", () => {
  const text = "The 97th Academy Awards, the 2025 Oscars, and this year's ceremony.";
  const a = oscarFacts().analyze(text);
  const cer = a.mentions.filter((m) => m.kind === "ceremony").map((m) => m.ids[0]);
  assert.deepEqual(cer, [97, 97, 97]);
  assert.ok(
    !oscarFacts()
      .analyze("It was his second Oscar.")
      .mentions.some((m) => m.kind === "ceremony"),
  );
});

test("Markdown code, link targets and front matter are not prose", () => {
  const text =
    "---\ntitle: Demi Moore won Best Actress\n---\nSee `Demi Moore won Best Actress` and [a link](https://x.org/Demi-Moore-won-Best-Actress).\n\nAt the 97th Academy Awards the winners were announced.";
  assert.deepEqual(oscarFacts().doValidation(text), []);
  const prose = text + "\nDemi Moore won Best Actress.";
  assert.equal(oscarFacts().doValidation(prose).length, 1);
});

test("a fenced code block is code to its closing fence; prose after it is checked", () => {
  const head = "At the 97th Academy Awards the winners were announced.\n\n";
  const code = "```text\nfirst line of code\nDemi Moore won Best Actress.\n```\n";
  assert.deepEqual(oscarFacts().doValidation(head + code), [], "every line of the block is code");
  const after = head + code + "Demi Moore won Best Actress.\n";
  assert.equal(oscarFacts().doValidation(after).length, 1, "the closing fence opens nothing");
  const unclosed = head + "~~~\nDemi Moore won Best Actress.\n\nDemi Moore won Best Actress.\n";
  assert.deepEqual(oscarFacts().doValidation(unclosed), [], "an unclosed fence runs to the end");
  const html = head + "<!-- Demi Moore won Best Actress. --> <!-- unclosed\n\nDemi Moore won Best Actress.\n";
  assert.equal(oscarFacts().doValidation(html).length, 1, "an unclosed comment hides nothing");
});

test("offsets are UTF-16, as in JavaScript strings and LSP", () => {
  const text = "🎬🎬 At the 97th Academy Awards, Demi Moore won Best Actress.";
  const [f] = oscarFacts().doValidation(text);
  assert.equal(text.slice(f.start, f.end), "Demi Moore");
});

test("the article's ceremony comes from its dateline when it names none", () => {
  const a = oscarFacts().analyze("LOS ANGELES, March 3, 2025 – Demi Moore won Best Actress last night.");
  assert.equal(a.doc?.ceremony, 97);
  assert.equal(oscarFacts().doValidation(a.text, {}, a).length, 1);
});

test("a sentence dense with names is not mistaken for a title-case headline", () => {
  assert.ok(mentions("Kieran Culkin won Best Supporting Actor for A Real Pain.").includes("film:A Real Pain"));
  assert.ok(mentions("Anora Conquers At The 97th Oscars, Takes Home Five Awards").includes("film:Anora"));
});

test("a paragraph's ceremony does not carry into the next paragraph", () => {
  const text = [
    "At the 97th Academy Awards, Mikey Madison won Best Actress.",
    "The 97th Academy Awards ran long.",
    "At the 95th Academy Awards, Michelle Yeoh won Best Actress.",
    "Demi Moore won Best Actress.",
  ].join("\n");
  const fs = oscarFacts().doValidation(text);
  assert.equal(fs.length, 1);
  assert.match(
    fs[0].message,
    /At the 97th Academy Awards \(2025\), Actress in a Leading Role went to Mikey Madison/,
    "the last line is read against the article's 97th, not the 95th of the line before",
  );
});

test("a quoted title one letter off a film of the night is marked once, where the draft first writes it", () => {
  const draft =
    "“Sinner” breaks a record\n\nThe 98th Academy Awards nominations are out: “Sinner” leads.\n\n" +
    "Michael B. Jordan stars in “Sinner”.\n";
  const marked = findings(draft).filter((f) => f.rule === "misspelled-name");
  assert.equal(marked.length, 1);
  assert.equal(marked[0].start, 1);
  assert.equal(marked[0].fixes[0]?.replacement, "Sinners");
  // Punctuation is no letter: "Once Upon a Time… in Hollywood" is the data's "Once upon a Time...in Hollywood".
  const ellipsis = "At the 92nd Academy Awards, “Once Upon a Time… in Hollywood,” won two awards.";
  assert.deepEqual(
    findings(ellipsis).filter((f) => f.rule === "misspelled-name"),
    [],
  );
});

test("a middle initial the data leaves out: 'Robert L. Surtees' is Robert Surtees; table rows are lines of their own", () => {
  const table =
    "At the 32nd Academy Awards:\n\n| Best Cinematography (Color) | Robert L. Surtees |\n" +
    "| Best Costume Design (Color) | Elizabeth Haffenden |\n";
  const won = findings(table);
  assert.deepEqual(won, []);
  const read = oscarFacts()
    .analyze(table)
    .claims.filter((c) => c.verdict === "supported" && c.kind === "win");
  assert.deepEqual(
    read.map((c) => c.statement.split(" won ")[0]),
    ["Robert Surtees", "Elizabeth Haffenden"],
  );
});

test("a person credited under two spellings is known by both: no misspelling for either", () => {
  for (const name of ["Will Jennings", "Wilbur Jennings"]) {
    const text = `At the 70th Academy Awards, James Horner shared the song award with ${name}.`;
    assert.deepEqual(
      findings(text).filter((f) => f.rule === "misspelled-name"),
      [],
      name,
    );
  }
  // A spelling the data never credits is still a slip.
  const slip = findings("At the 70th Academy Awards, James Horner shared the song award with Will Jenings.");
  assert.ok(slip.some((f) => f.rule === "misspelled-name"));
});

test("an ordinary-word title after 'Oscar for', 'nomination came for' is the film", () => {
  const text = "The 98th Academy Awards were held in 2026. Sean Penn's second Oscar came for Milk.";
  assert.ok(mentions(text, 98).includes("film:Milk"));
  assert.deepEqual(findings(text), []);
  assert.ok(mentions("Sally Field's third nomination came for Lincoln.", 98).includes("film:Lincoln"));
  // Not after any "for": "a flair for Drama" names no film.
  assert.ok(!mentions("She has a flair for Drama.", 98).some((m) => m.startsWith("film:")));
});

test("a quoted song title ('\"X\" from F', 'the song \"X\"') is no film, even one that shares a film's title", () => {
  const text =
    'At the 45th Academy Awards, "The Morning After" from The Poseidon Adventure won best original song for ' +
    "Al Kasha and Joel Hirschhorn.";
  assert.deepEqual(findings(text), []);
  assert.ok(!mentions(text, 45).includes("film:The Morning After"));
  assert.ok(
    mentions('At the 59th Academy Awards, "The Morning After" starred Jane Fonda.', 59).includes(
      "film:The Morning After",
    ),
  );
});

test("a title's own closing mark ends no clause: 'Sunset Blvd.', 'Who's Afraid of Virginia Woolf?'", () => {
  assert.match(
    findings("Sunset Blvd. won four Oscars at the 23rd Academy Awards.")[0]?.message ?? "",
    /Sunset Blvd\. won 3 Oscars/,
  );
  const text = "Elizabeth Taylor won Best Actress for Who's Afraid of Virginia Woolf? at the 39th Academy Awards.";
  assert.ok(
    claims(text).some(
      (c) => c.verdict === "supported" && /^Elizabeth Taylor won Actress at the 39th/.test(c.statement),
    ),
  );
});

test("a body's name inside a title or as a first name is neither: 'the Sundance Kid', 'Tony Gilroy'", () => {
  const kid = "Conrad Hall won Best Cinematography for Butch Cassidy and the Sundance Kid.";
  assert.ok(
    claims(kid).some(
      (c) => c.verdict === "supported" && /^Conrad Hall won Cinematography at the 42nd/.test(c.statement),
    ),
  );
  const tony =
    "Marion Cotillard won best actress at the 80th Academy Awards.\n\n" +
    "Tony Gilroy won original screenplay for Michael Clayton.";
  assert.match(findings(tony)[0]?.message ?? "", /Original Screenplay went to Diablo Cody for Juno/);
  assertSilent(["Hugh Jackman, a Tony winner, hosted the 81st Academy Awards."]);
});

test("a title the data gives with its translation, \"X ('Y')\", is known by either alone", () => {
  for (const text of [
    "Spain's Volver a Empezar won the Foreign Language Film award.",
    "To Begin Again won the Foreign Language Film award at the 55th Academy Awards.",
  ]) {
    assert.deepEqual(findings(text), [], text);
    assert.ok(
      claims(text).some(
        (c) =>
          c.verdict === "supported" && /^Volver a Empezar .* won Foreign Language Film at the 55th/.test(c.statement),
      ),
      text,
    );
  }
});

test("a number word before 'wins' used as a noun is a count, not the film of that name", () => {
  const text =
    "Meryl Streep was nominated again for Doubt. Three wins from 21 nominations leave her one behind Hepburn.";
  assertSilent([text]);
  assert.ok(!mentions(text).includes("film:Three"));
  // Before an object, "wins" is the film's verb.
  assert.ok(mentions("Three wins the Oscar for Best Foreign Language Film.", 39).includes("film:Three"));
});

test("a one-word title that is a word of a film named before is that film said short", () => {
  const text =
    "Shakespeare in Love won best picture over Saving Private Ryan.\n\n" +
    "Marc Norman and Tom Stoppard won original screenplay, beating Robert Rodat's Ryan script.\n";
  assert.deepEqual(findings(text), []);
  assert.ok(
    claims(text).some((c) => c.verdict === "supported" && /^Saving Private Ryan is Robert Rodat/.test(c.statement)),
  );
  // A title the longer one opens with is the film it follows, not a short name of the sequel.
  const sequel = "Avatar: The Way of Water won one Oscar; its predecessor, Avatar, had won three at the 82nd ceremony.";
  assert.deepEqual(findings(sequel), []);
});

test("a quoted song with its songwriters' credit before 'from F' is the song, not a film of that name", () => {
  const text = '"Mona Lisa," by Ray Evans and Jay Livingston, from Captain Carey, U.S.A., won Best Song.';
  assert.deepEqual(findings(text), []);
  assert.ok(!mentions(text, 23).includes("film:Mona Lisa"));
  // A film's title with its makers after "from" stays the film.
  const film = '"KPop Demon Hunters," from Maggie Kang and Chris Appelhans, won Best Animated Feature.';
  assert.ok(mentions(film, 98).includes("film:KPop Demon Hunters"));
});

test("a one-word title acting on its own is that film, whatever longer title holds its word", () => {
  assertSilent([
    "The Philadelphia Story won two Oscars. Half a century later, Philadelphia won Best Actor for Tom Hanks.",
    "A Room with a View won three Oscars at the 59th Academy Awards. Room won one, for Brie Larson, at the 88th.",
  ]);
});

test("a short form of a first name ('Charlie' for Charles) names the person, and is no misspelling", () => {
  const text = "Charlie Chaplin was nominated for best actor for The Great Dictator at the 13th Academy Awards.";
  assert.deepEqual(findings(text), []);
  assert.ok(claims(text).some((c) => c.verdict === "supported" && /Charles Chaplin was nominated/.test(c.statement)));
  // A first name one letter short is still a slip.
  assert.match(findings("Eli Kazan won best director for On the Waterfront.")[0]?.message ?? "", /Elia Kazan/);
});

test("'its 15th ceremony' names the night, as 'the 15th ceremony' does", () => {
  const text =
    "When the Academy gathered at the Ambassador Hotel for its 15th ceremony, Greer Garson won best actress.";
  assert.ok(mentions(text).includes("ceremony:15th ceremony"));
  assert.deepEqual(findings(text.replace("Greer Garson", "Jennifer Jones")).length, 1);
});

test("a title written with asterisks ('M*A*S*H') is the film", () => {
  const text = '"M*A*S*H" won best adapted screenplay at the 43rd Academy Awards.';
  assert.ok(mentions(text, 43).includes("film:M*A*S*H"));
  assertSilent([
    'Robert Altman directed "M*A*S*H" and "Nashville." "M*A*S*H" won the Palme d\'Or at Cannes. It won a single ' +
      "Oscar, for Ring Lardner Jr.'s adapted screenplay.",
  ]);
});

test("a relative named by kin ('his son, composer Joel Goldsmith') is someone else, not a slip of the nominee", () => {
  assertSilent([
    '"L.A. Confidential" lost to "Titanic" at the 70th Academy Awards. The composer is survived by his son, ' +
      "composer Joel Goldsmith.",
  ]);
  // A spouse's surname misspelt is still a slip.
  const wife = "At the 30th Academy Awards, Paul Newman's wife Joanne Woodword won best actress.";
  assert.match(findings(wife)[0]?.message ?? "", /Joanne Woodward/);
});

test("an ordinary-word title after 'lost to' or 'beating' is the film a race was lost to or won over", () => {
  assert.ok(mentions("Lion was up for best adapted screenplay but lost to Moonlight.").includes("film:Moonlight"));
  assert.ok(mentions("In the end Fences was beating Moonlight in the polls.").includes("film:Moonlight"));
  // Without such a word, an ordinary word out of the article's season stays a word.
  assert.ok(!mentions("The pier belonged to Moonlight and fog.").includes("film:Moonlight"));
});

test("a word after a hyphen inside a word is no name or title of its own; a hyphenated surname is taken whole", () => {
  const text = "Catherine Zeta-Jones won supporting actress for Chicago. Zeta-Jones was pregnant. Spider-Man lost.";
  const ms = oscarFacts().analyze(text).mentions;
  assert.ok(!ms.some((m) => m.text === "Jones" || m.text === "Man"));
  assert.ok(ms.some((m) => m.kind === "person" && m.text === "Zeta-Jones"));
});

test("'for his Joker' is the part played, not the film; 'shared the record at 14' counts nothing said", () => {
  const text = "At the 81st Academy Awards, Heath Ledger won the supporting actor Oscar for his Joker.";
  assert.ok(
    !oscarFacts()
      .analyze(text)
      .mentions.some((m) => m.kind === "film"),
  );
  assert.deepEqual(findings(text), []);
  assert.deepEqual(findings("At the 89th Academy Awards, La La Land shared the record at 14."), []);
});
