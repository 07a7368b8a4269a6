import { test } from "node:test";
import assert from "node:assert/strict";
import { assertSilent, claims, findings, underlined } from "../helpers";

test("a director's film", () => {
  assert.deepEqual(findings("Sean Baker's Anora won at the 97th Academy Awards."), []);
  const text = "Brady Corbet's Anora won at the 97th Academy Awards.";
  const [f] = findings(text);
  assert.equal(f.rule, "wrong-attribution");
  assert.equal(underlined(text, f), "Brady Corbet");
  assert.match(f.message, /Anora was directed by Sean Baker \(Directing nominee, 97th Academy Awards \(2025\)\)/);
  assert.equal(f.fixes[0].replacement, "Sean Baker");
});

test("a film whose director the data does not name stays unverifiable", () => {
  const c = claims("Ralph Fiennes stars in director Edward Berger's Conclave.", 97).find(
    (x) => x.rule === "wrong-attribution",
  );
  assert.equal(c?.verdict, "unverifiable");
});

test("person as character", () => {
  assert.deepEqual(findings("In Conclave, Ralph Fiennes stars as Cardinal Lawrence.", 97), []);
  const text = "In A Complete Unknown, Edward Norton stars as Bob Dylan.";
  const [f] = findings(text, 97);
  assert.equal(f.rule, "wrong-role");
  assert.match(f.message, /Bob Dylan was played by Timothée Chalamet/);
  assert.equal(f.fixes[0].replacement, "Pete Seeger");
});

test("written by", () => {
  assert.deepEqual(
    findings("Conclave, written by Peter Straughan, won Adapted Screenplay at the 97th Academy Awards."),
    [],
  );
  const [f] = findings("Conclave, written by Jesse Eisenberg, won Adapted Screenplay at the 97th Academy Awards.");
  assert.match(f.message, /Conclave was written by Peter Straughan/);
});

test("starring is never refuted (cast lists are not in the data)", () => {
  assert.deepEqual(findings("Conclave, starring Adrien Brody, opened the season.", 97), []);
});

test("a credit noun before a name ('its producers, X and Y', 'writer-director X') is borne out by the nominations", () => {
  const producers = "Anora won Best Picture. Its producers, Sean Baker and Alex Coco, thanked the cast.";
  const credits = claims(producers).filter((c) => c.kind === "attribution" && c.verdict === "supported");
  assert.deepEqual(
    credits.map((c) => c.statement),
    ["Sean Baker is producer of Anora", "Alex Coco is producer of Anora"],
  );
  const director = "The Brutalist opened to raves for writer-director Brady Corbet.";
  assert.ok(claims(director).some((c) => c.kind === "attribution" && c.verdict === "supported"));
  // Credits outside the nominations are not in the data: a wrong one is not read, never refuted.
  assert.deepEqual(findings("The Brutalist opened to raves for writer-director Sean Baker."), []);
  assert.deepEqual(
    findings("Anora won Best Picture. Its producers, Adrien Brody and Alex Coco, thanked the cast."),
    [],
  );
});

test("'signed her to play C', 'cast X to play C': the object of the verb plays the role", () => {
  const lead = "Bette Davis was the studio's biggest star. ";
  const role = (text: string) => claims(lead + text).find((c) => c.rule === "wrong-role");
  assert.equal(role("Fox signed her to play the lead role of Margo Channing in All About Eve.")?.verdict, "supported");
  assert.equal(role("Zanuck cast Anne Baxter to play Eve Harrington in All About Eve.")?.verdict, "supported");
  const [f] = findings(lead + "Fox signed her to play Eve Harrington in All About Eve.");
  assert.match(f?.message ?? "", /nominated as Margo Channing/);
});

test("'A and B, as X and Y', 'A and B played X and Y, respectively': two lists pair in order", () => {
  for (const t of [
    "Jack Nicholson and Louise Fletcher, as McMurphy and Nurse Ratched, both won.",
    "Louise Fletcher and Jack Nicholson played Nurse Ratched and McMurphy, respectively.",
  ]) {
    assert.deepEqual(findings(t), [], t);
  }
  const swapped = "Jack Nicholson and Louise Fletcher, as Nurse Ratched and McMurphy, both won.";
  assert.equal(findings(swapped).filter((f) => f.rule === "wrong-role").length, 2);
});

test("'A as X and B as Y': a name after a role is no list with it", () => {
  const text =
    "In the Bob Dylan film A Complete Unknown, Timothée Chalamet as Dylan and " +
    "Monica Barbaro as Joan Baez were both nominated.";
  assert.deepEqual(findings(text), []);
  assert.equal(claims(text).filter((c) => c.rule === "wrong-role" && c.verdict === "supported").length, 2);
});

test("one name for a role is often its short form: not read against the data's full role name", () => {
  assertSilent(["Colin Firth played Bertie in The King's Speech.", "Mahershala Ali played Don in Green Book."]);
  // Two names are read.
  const [f] = findings("Rita Moreno won for playing Maria Nunez in West Side Story.");
  assert.match(f.message, /Rita Moreno was nominated as Anita in West Side Story/);
});

test("'for playing R' names the performance a category claim is about", () => {
  const [f] = findings("Talia Shire was nominated for Best Actress for playing Connie Corleone.");
  assert.equal(f?.rule, "wrong-nomination");
  assert.match(f.message, /Actress in a Supporting Role as Connie Corleone \(The Godfather Part II, 47th/);
  assert.match(findings("Robert De Niro won Best Actor for playing Vito Corleone.")[0]?.message ?? "", /Supporting/);
  assertSilent([
    "Talia Shire was nominated for Best Supporting Actress for playing Connie Corleone.",
    "Talia Shire was nominated for Best Actress for playing Adrian.",
    // Two nominations as the role, in two categories: either may be meant.
    "Al Pacino was nominated for Best Actor for playing Michael Corleone.",
    // The role is said after another category: it is that one's.
    "Robin Williams, after three losing nominations for Best Actor, won Best Supporting Actor as the therapist " +
      "Sean McGuire.",
  ]);
});

test("a one-word role that is the actor's role in another film is refuted for the film named", () => {
  const text = "Frances McDormand won Best Actress for playing Fern in Three Billboards Outside Ebbing, Missouri.";
  const [f] = findings(text);
  assert.equal(f?.rule, "wrong-role");
  assert.equal(f.fixes[0]?.replacement, "Mildred");
  assertSilent([
    "Frances McDormand won Best Actress for playing Fern in Nomadland.",
    // A one-word name the data does not hold for any film of his stays unread.
    "Colin Firth played Bertie in The King's Speech.",
    // A film named before the role, in an aside, is not where the role is said to be played.
    "Russell Crowe, the previous year's best actor for Gladiator, was nominated again for playing Nash.",
  ]);
});

test("'won as the stuntman R' and 'F, in which she plays R' name a role", () => {
  const [f] = findings("At the 92nd Academy Awards, Brad Pitt won as the stuntman Rick Dalton.");
  assert.equal(f?.rule, "wrong-role");
  assert.match(f.message, /nominated as Cliff Booth/);
  const nomadland =
    "At the 93rd Academy Awards, Frances McDormand won best actress for Nomadland, in which she plays Mildred.";
  assert.equal(findings(nomadland)[0]?.fixes[0]?.replacement, "Fern");
  assertSilent([
    "At the 92nd Academy Awards, Brad Pitt won as the stuntman Cliff Booth.",
    nomadland.replace("Mildred", "Fern"),
  ]);
});

test("'won C as R in F' names the role in F, and F may be an ordinary word", () => {
  const dukakis = "Olympia Dukakis won Best Supporting Actress as Loretta Castorini in Moonstruck.";
  const [f] = findings(dukakis);
  assert.equal(f?.rule, "wrong-role");
  assert.equal(f.fixes[0]?.replacement, "Rose Castorini");
  const hathaway = 'Anne Hathaway won best supporting actress as Fantine in "Les Misérables."';
  assertSilent([dukakis.replace("Loretta", "Rose"), hathaway, "Dustin Hoffman played Ratso in Midnight Cowboy."]);
});

test("'won Best Actress as R in F': the role in F names the performance, which lost", () => {
  const [f] = findings("Cate Blanchett won Best Actress as Lydia Tár in Tár.");
  assert.match(f?.message ?? "", /nominated for Actress in a Leading Role as Lydia Tár \(Tár, 95th/);
  assertSilent(["Cate Blanchett was nominated for Best Actress as Lydia Tár in Tár."]);
});

test("'as well' is no role: 'nominated for best actor as well, lost to X' names no character", () => {
  assertSilent([
    "Diane Keaton won best actress for Annie Hall; Woody Allen, nominated for best actor as well, " +
      "lost to Richard Dreyfuss.",
  ]);
});

test("a role set off after the name ('X, as R, won C') is the role of that night's nomination", () => {
  const at25 = "At the 25th Academy Awards, Gary Cooper, as the weary marshal ";
  assert.deepEqual(findings(at25 + "Will Kane, won best actor."), []);
  const bad = at25 + "Alvin York, won best actor.";
  const [f] = findings(bad);
  assert.equal(f?.rule, "wrong-role");
  assert.equal(underlined(bad, f), "Alvin York");
  assert.match(f.message, /as Will Kane in High Noon/);
  // A night said after the aside may be another win's: the role is not held to it.
  const later =
    "Gary Cooper, as the marshal Will Kane, won best actor, having won at the 14th ceremony for Sergeant York.";
  assert.ok(!findings(later).some((x) => x.rule === "wrong-role"));
});

test("a role right after the film ('for Ghost, playing R') is checked; a pronoun's later role is not", () => {
  const [f] = findings("Whoopi Goldberg won supporting actress for Ghost, playing the medium Celie.");
  assert.match(f?.message ?? "", /nominated as Oda Mae Brown in Ghost/);
  assert.deepEqual(findings("Whoopi Goldberg won supporting actress for Ghost, playing the medium Oda Mae Brown."), []);
  // A pronoun's role may be of any of their work: "On television, he played R" is no claim on the night's.
  assertSilent([
    "Cillian Murphy won best actor for Oppenheimer at the 96th Academy Awards. On television, he played Thomas Shelby.",
  ]);
});

test("roles: a gapped verb ('and B supporting actor as R'); a job after 'as' or a name after 'nor' is none", () => {
  const night = "At the 56th Academy Awards, ";
  assert.deepEqual(
    findings(
      `${night}Shirley MacLaine won best actress as Aurora Greenway ` +
        `and Jack Nicholson supporting actor as Garrett Breedlove.`,
    ),
    [],
  );
  const [f] = findings(
    `${night}Shirley MacLaine won best actress as Aurora Greenway and Jack Nicholson supporting actor as Emma Horton.`,
  );
  assert.match(f?.message ?? "", /Jack Nicholson was nominated as Garrett Breedlove/);
  assertSilent([
    "Bradley Cooper, nominated as co-writer of Maestro with Josh Singer, has been nominated 12 times.",
    "At the 90th Academy Awards, neither Saoirse Ronan, as the " +
      "title character, nor Laurie Metcalf, as her mother, won.",
    "At the 29th Academy Awards, The Brave One won for best motion picture story.",
  ]);
});

test("'won the category as R', 'took the prize as R': the award's winner plays R", () => {
  const night = "At the 95th Academy Awards, ";
  assert.deepEqual(findings(`${night}Michelle Yeoh took the prize as Evelyn Wang.`), []);
  const [f] = findings(`${night}Michelle Yeoh won the category as Joy Wang.`);
  assert.match(f?.message ?? "", /nominated as Evelyn Wang/);
  assertSilent([`${night}Michelle Yeoh won the award as a first-time nominee.`]);
});
