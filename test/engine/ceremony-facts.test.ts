import { test } from "node:test";
import assert from "node:assert/strict";
import { claims, findings, oscarFacts, underlined, assertSilent } from "../helpers";

test("hosts: right, wrong with a fix, and a second time hosting", () => {
  assert.deepEqual(findings("The 97th Academy Awards, hosted by Conan O'Brien, ran long."), []);
  const text = "The 97th Academy Awards, hosted by Jimmy Kimmel, ran long.";
  const [f] = findings(text);
  assert.equal(f.rule, "wrong-host");
  assert.equal(underlined(text, f), "Jimmy Kimmel");
  assert.match(f.message, /hosted by Conan O'Brien/);
  assert.equal(f.fixes[0].replacement, "Conan O'Brien");
  assert.deepEqual(findings("The 95th Academy Awards were hosted by Jimmy Kimmel, his third time hosting."), []);
  assert.equal(findings("The 95th Academy Awards were hosted by Jimmy Kimmel, his fourth time hosting.").length, 1);
  // "hosted by" about something other than the ceremony is not a host claim.
  assert.deepEqual(
    findings(
      "At the 97th Academy Awards, Anora won Best Picture. A dinner hosted by Jimmy Kimmel followed.",
      97,
    ).filter((x) => x.rule === "wrong-host").length,
    0,
  );
});

test("a venue under a name the building had already lost by that night is refuted; a newer name is accepted", () => {
  const [f] = findings("The 88th Academy Awards were held at the Kodak Theatre.");
  assert.equal(f?.rule, "wrong-venue");
  assert.match(f.message, /renamed the Dolby Theatre/);
  assert.equal(f.fixes[0]?.replacement, "Dolby Theatre");
  assert.deepEqual(findings("The 78th Academy Awards were held at the Kodak Theatre."), []);
  // Pieces written later name the place as it is now called.
  assert.deepEqual(findings("The 78th Academy Awards were held at the Dolby Theatre."), []);
  // The first night under a new name: the old one was still in the air.
  assert.deepEqual(findings("The 85th Academy Awards were held at the Kodak Theatre."), []);
});

test("a host of other nights said to be hosting this one for the Nth time: refuted, with the night's host", () => {
  const draft = (s: string) => `At the 76th Academy Awards, The Return of the King won best picture.\n\n${s}\n`;
  const [f] = findings(draft("Steve Martin, back for his third turn as host, opened the show."));
  assert.equal(f?.rule, "wrong-host");
  assert.match(f.message, /hosted by Billy Crystal/);
  assert.equal(f.fixes[0]?.replacement, "Billy Crystal");
  assert.deepEqual(findings(draft("Billy Crystal, hosting for the eighth time, opened the show.")), []);
  // Hosting at another time than this night is not this night's host.
  assert.deepEqual(findings(draft("Jon Stewart, who would host for the second time four years later, presented.")), []);
  assert.deepEqual(findings(draft("Steve Martin, who hosted for the second time the year before, presented.")), []);
  // A paragraph whose film competed on another night is not sure to be the article's night.
  const away = draft("The Departed won best picture. Ellen DeGeneres, hosting for the first time, was calm.");
  assert.deepEqual(
    findings(away).filter((x) => x.rule === "wrong-host"),
    [],
  );
});

test("venues: the ceremony's venue, renamed buildings, and a wrong venue", () => {
  assert.deepEqual(findings("The 97th Academy Awards took place at the Dolby Theatre."), []);
  assert.deepEqual(findings("The 74th Academy Awards took place at the Kodak Theatre."), []);
  const text = "The 97th Academy Awards took place at the Shrine Auditorium.";
  const [f] = findings(text);
  assert.equal(f.rule, "wrong-venue");
  assert.match(f.message, /took place at the Dolby Theatre, Los Angeles/);
  assert.equal(f.fixes[0].replacement, "Dolby Theatre");
});

test("records: tying, setting and 'the first to'", () => {
  assert.deepEqual(
    findings("At the 97th Academy Awards, Sean Baker won four Oscars, tying the record set by Walt Disney."),
    [],
  );
  const [first] = findings(
    "At the 97th Academy Awards, Sean Baker became the first person to win four Oscars in one night.",
  );
  assert.match(first.message, /Walt Disney \(26th, 1954\): 4 won 4 or more in one night before the 97th/);
  assert.deepEqual(findings("Walt Disney, who set the record in 1954, was honoured.", 97), []);
  assert.equal(findings("Walt Disney, who set the record in 1960, was honoured.", 97).length, 1);
  assert.deepEqual(findings("At the 70th Academy Awards, Titanic won 11 Oscars, tying the record set by Ben-Hur."), []);
});

test("the ceremony card: date, hosts, venue, broadcaster, Best Picture, categories, most wins", () => {
  const text = "The 97th Academy Awards were a long night.";
  const h = oscarFacts().doHover(text, 5)!;
  for (const re of [
    /Held: Sunday, March 2, 2025/,
    /Host: Conan O'Brien/,
    /Venue: Dolby Theatre, Los Angeles/,
    /Broadcaster: ABC/,
    /Best Picture: ★ \*\*Anora\*\*/,
    /Competitive categories: 23/,
    /Most wins: Anora \(5\)/,
  ])
    assert.match(h.markdown, re);
});

test("records in hover cards", () => {
  const text = "At the 97th Academy Awards, Sean Baker made history.";
  const h = oscarFacts().doHover(text, text.indexOf("Sean") + 1)!;
  assert.match(h.markdown, /Record: 4 Oscars won by one person in a night at the 97th \(2025\), tying Walt Disney/);
});

test("a ceremony's year: 'ceremony in 1960' is the year held; '34th …, 1961' may be the films' year", () => {
  const held = "The 33rd Academy Awards ceremony in 1960 was a triumph for Ben-Hur.";
  assert.equal(findings(held)[0]?.rule, "wrong-ceremony-date");
  assert.deepEqual(findings("The 32nd Academy Awards ceremony in 1960 was a triumph for Ben-Hur."), []);
  const header = "34th Academy Awards, 1961";
  assert.deepEqual(findings(header), []);
  assert.ok(claims(header).some((c) => c.rule === "wrong-ceremony-date" && c.verdict === "supported"));
});

test("'held', 'presented' and 'scheduled for' put a ceremony on a date too", () => {
  assert.deepEqual(findings("The 49th Academy Awards will be presented March 28, 1977."), []);
  assert.equal(findings("The 49th Academy Awards will be presented March 29, 1977.")[0]?.rule, "wrong-ceremony-date");
});

test("a host named with the years hosted: each year is checked", () => {
  const text = "At the 95th Academy Awards, Jimmy Kimmel, who also hosted in 2017 and 2018, returned as host.";
  assert.deepEqual(findings(text), []);
  assert.ok(claims(text).some((c) => c.rule === "wrong-host" && c.verdict === "supported"));
  const bad = "At the 95th Academy Awards, Jimmy Kimmel, who also hosted in 2016 and 2018, returned as host.";
  const [f] = findings(bad);
  assert.equal(underlined(bad, f), "2016");
  assert.match(f.message, /Chris Rock/);
  // A pronoun's host is another sentence's: nothing to read here.
  assert.deepEqual(findings("At the 95th Academy Awards, the show went well. He also hosted the 2016 ceremony."), []);
});

test("'Host X' is the night's host; 'former host X' is not a claim about the night", () => {
  const night = "At the 73rd Academy Awards, Gladiator won Best Picture.\n\n";
  assert.equal(findings(night + "Host Billy Crystal remarked on the space station.")[0]?.rule, "wrong-host");
  assert.deepEqual(findings(night + "Host Steve Martin remarked on the space station."), []);
  assert.deepEqual(findings(night + "The former host Billy Crystal remarked on the space station."), []);
});

test("'who hosted the ceremony for the last two years' is the two nights before the article's", () => {
  const night = "At the 97th Academy Awards, Anora won Best Picture.\n\n";
  const good = night + "Conan O'Brien took over from Jimmy Kimmel, who hosted the ceremony for the last two years.";
  assert.deepEqual(findings(good), []);
  const bad = night + "Conan O'Brien took over from Billy Crystal, who hosted the ceremony for the last two years.";
  assert.equal(findings(bad)[0]?.rule, "wrong-host");
});

test("a full date after a ceremony verb names the ceremony held that year", () => {
  assert.deepEqual(findings("Billy Crystal hosted for the fifth time on March 24, 1997."), []);
  const bad = "Billy Crystal hosted for the fifth time on March 31, 1997.";
  const [f] = findings(bad);
  assert.equal(underlined(bad, f), "March 31, 1997");
  assert.equal(f.fixes[0]?.replacement, "March 24, 1997");
});

test("'the Oscars will be presented March 29' dates the article's night; 'Oscars® 2020' is a ceremony", () => {
  const night = "At the 49th Academy Awards, Rocky and Network led.\n\n";
  assert.deepEqual(findings(night + "The Oscars will be presented March 28."), []);
  assert.equal(findings(night + "The Oscars will be presented March 29.")[0]?.rule, "wrong-ceremony-date");
  assert.equal(findings("Oscars® 2020 will be held on Sunday, February 16, 2020.")[0]?.rule, "wrong-ceremony-date");
});

test("hosts named as the subject of hosting are checked against the night the sentence names", () => {
  const ok = "Regina Hall, Amy Schumer, and Wanda Sykes will serve as hosts at the 94th Academy Awards.";
  assert.equal(claims(ok).filter((c) => c.rule === "wrong-host" && c.verdict === "supported").length, 3);
  const year = "The last time the Oscars had a host was in 2018, when Seth MacFarlane took on the job.";
  assert.match(findings(year)[0]?.message ?? "", /90th Academy Awards \(2018\) was hosted by Jimmy Kimmel/);
  assert.ok(
    claims("Jimmy Kimmel returned to preside over the 95th Academy Awards.").some((c) => c.verdict === "supported"),
  );
  assert.deepEqual(findings("The 93rd Academy Awards did not have a host, and Seth MacFarlane never hosted it."), []);
});

test("a venue named after 'venue:' is the night's venue", () => {
  const ok = "At the 93rd Academy Awards, the awards were handed out in a new venue: the open, airy Union Station.";
  assert.ok(claims(ok).some((c) => c.rule === "wrong-venue" && c.verdict === "supported"));
  const bad = ok.replace("Union Station", "Shrine Auditorium");
  assert.match(findings(bad)[0]?.message ?? "", /Union Station/);
});

test("how many ceremonies a host hosted, said beside the name or as 'four-timers'", () => {
  const ok =
    "At the 96th Academy Awards, Kimmel trails Johnny Carson (five) and Billy Crystal (nine) among repeat hosts.";
  assert.equal(claims(ok).filter((c) => c.rule === "wrong-host" && c.verdict === "supported").length, 2);
  const bad =
    "At the 96th Academy Awards, Kimmel trails Billy Crystal (nine) and Bob Hope (11) among repeat Oscar hosts.";
  assert.match(findings(bad)[0]?.message ?? "", /Bob Hope hosted 19 ceremonies/);
  assert.ok(
    claims("At the 96th Academy Awards host Kimmel tied fellow four-timers Whoopi Goldberg and Jack Lemmon.").some(
      (c) => c.verdict === "supported",
    ),
  );
});

test("a ceremony's fact box: host, venue, date and eligibility year lines, each against the article's night", () => {
  const box = (host: string, venue: string, date: string, year: string) =>
    `The 65th Academy Awards\n\n- Host: ${host}\n- Held at: ${venue}, Los Angeles\n` +
    `- Winners announced: ${date}\n- Eligibility year: ${year}\n`;
  const good = box("Billy Crystal", "Dorothy Chandler Pavilion", "March 29, 1993", "1992");
  assert.deepEqual(findings(good), []);
  const facts = claims(good).filter((c) => c.kind === "ceremony" && c.verdict === "supported");
  assert.equal(facts.length, 4, facts.map((c) => c.statement).join("; "));
  const bad = box("Whoopi Goldberg", "Shrine Auditorium", "March 30, 1993", "1993");
  const fixed = findings(bad).map((f) => f.fixes[0]?.replacement);
  assert.deepEqual(fixed, [undefined, "Dorothy Chandler Pavilion", "March 29, 1993", "1992"]);
  assert.match(findings(bad)[0].message, /hosted by Billy Crystal/);
  // A label the reader does not know, and a line that says more than its value, are left alone.
  assert.deepEqual(
    claims("The 65th Academy Awards\n\nHost city: Los Angeles\n").filter((c) => c.kind === "ceremony"),
    [],
  );
});

test("hosts: 'He also hosted the 2017 ceremony', 'hosting for the fourth time', 'his first stab as host'", () => {
  const he = (years: string) =>
    `At the 95th Academy Awards, Jimmy Kimmel hosted. He previously hosted the telecasts in ${years}.`;
  const held = (text: string) => claims(text).filter((c) => c.rule === "wrong-host" && /held in/.test(c.statement));
  assert.deepEqual(
    held(he("2017 and 2018")).map((c) => c.verdict),
    ["supported", "supported"],
  );
  assert.match(findings(he("2017 and 2011"))[0]?.message ?? "", /did not host the ceremony held in 2011/);
  const fourth = "At the 65th Academy Awards, Billy Crystal was back, hosting the Oscars for the fourth time.";
  assert.ok(claims(fourth).some((c) => c.verdict === "supported" && /hosting number 4/.test(c.statement)));
  assert.match(findings(fourth.replace("fourth", "fifth"))[0]?.message ?? "", /4th time hosting/);
  const stab = "Steve Martin hosted the 73rd Academy Awards. In his first stab as host, Martin was funny.";
  assert.ok(claims(stab).some((c) => c.verdict === "supported" && /Steve Martin's hosting number 1/.test(c.statement)));
});

test("ceremonies without a host: years said, counted back from the article's night, or that night", () => {
  const said = (years: string) => `The ceremony did not have a host in ${years}.`;
  assert.ok(
    claims(said("2019, 2020 or 2021")).some((c) => c.verdict === "supported" && /had no host/.test(c.statement)),
  );
  assert.match(
    findings(said("2018 or 2019"))[0]?.message ?? "",
    /90th Academy Awards \(2018\) was hosted by Jimmy Kimmel/,
  );
  const back =
    "The 94th Academy Awards are near.\n\nAfter going host-less for the past three years, it has three hosts.\n";
  assert.match(claims(back).find((c) => /had no host/.test(c.statement))?.statement ?? "", /91st.*92nd.*93rd/);
  // A host named for a night that had none is wrong.
  assert.match(findings("The 91st Academy Awards, hosted by Jimmy Kimmel, ran long.")[0]?.message ?? "", /had no host/);
  // "No host has ever won an Oscar" says nothing about a night.
  assert.deepEqual(
    claims("No host has ever won an Oscar.").filter((c) => /no host/.test(c.statement)),
    [],
  );
});

test("dates written day first: '29 February 1940', 'the 27th of March, 2011', in the draft's own style", () => {
  const held = (date: string) => `The 12th Academy Awards were held on ${date} at the Ambassador Hotel.`;
  assert.deepEqual(findings(held("29 February 1940")), []);
  assert.ok(
    claims(held("29th February 1940")).some((c) => c.verdict === "supported" && c.rule === "wrong-ceremony-date"),
  );
  assert.equal(findings(held("28 February 1940"))[0]?.fixes[0]?.replacement, "29 February 1940");
  const of = "The Oscars ceremony was held on the 27th of March, 2011.";
  assert.equal(findings(of)[0]?.fixes[0]?.replacement, "27th of February, 2011");
  const opens = "On the 29th February 1940, Hattie McDaniel became the first African American to win an Oscar.";
  assert.deepEqual(findings(opens), []);
  // Other events' dates are not the ceremony's.
  assert.deepEqual(findings("Born on 12 May 1950, she won two Oscars."), []);
});

test("broadcasters: 'broadcast on ABC', 'air live on ABC and Hulu'; a network the data does not list decides nothing", () => {
  const draft = (s: string) => `The 97th Academy Awards are near.\n\n${s}\n`;
  const aired = claims(draft("The ceremony will be broadcast on ABC. They will air live on ABC and Hulu.")).filter(
    (c) => c.rule === "wrong-broadcaster",
  );
  assert.deepEqual(
    aired.map((c) => c.verdict),
    ["supported", "supported"],
  );
  assert.match(
    findings("The 97th Academy Awards were televised on NBC.")[0]?.message ?? "",
    /broadcast on ABC, not NBC/,
  );
  // The article's night with no night in the sentence: "the show aired on NBC" may look back.
  assert.deepEqual(findings(draft("The show aired on NBC for years.")), []);
});

test("venues: 'marched into the Shrine Auditorium', 'at Los Angeles' Union Station', 'X where the ceremony was held'", () => {
  assert.ok(
    claims("At the 73rd Academy Awards, Gladiator marched into the Shrine Auditorium.").some(
      (c) => c.rule === "wrong-venue" && c.verdict === "supported",
    ),
  );
  const where =
    "At the 12th Academy Awards, she sat at the Ambassador Hotel in Los Angeles where the ceremony was held.";
  assert.ok(claims(where).some((c) => c.rule === "wrong-venue" && c.verdict === "supported"));
  // "Last year's pandemic-delayed ceremony" is the night before the article's, whatever the adjective.
  const last = (venue: string) =>
    `The 94th Academy Awards are near.\n\nLast year's pandemic-delayed ceremony was held at Los Angeles' ${venue}.\n`;
  assert.deepEqual(findings(last("Union Station")), []);
  assert.match(
    findings(last("Shrine Auditorium"))[0]?.message ?? "",
    /93rd Academy Awards \(2021\) took place at the Union Station/,
  );
});

test("a dateline that dates the night: 'Apr. 9, 1963 - … named last night'; 'Apr.' ends no sentence", () => {
  const draft = (date: string) =>
    `${date} - “Lawrence of Arabia” was named last night the best film of 1962 at the 35th Academy Awards. ` +
    "The 35th Academy Awards were long.\n";
  assert.deepEqual(findings(draft("Apr. 9, 1963")), []);
  const [f] = findings(draft("Apr. 9, 1962"));
  assert.match(f?.message ?? "", /held on April 8, 1963, so "last night" dates this Apr\. 9, 1963/);
  assert.equal(f.fixes[0]?.replacement, "Apr. 9, 1963");
  // With no "last night" or "tonight", a dateline is the day of writing, not the night's.
  assert.deepEqual(
    findings("Apr. 2, 1962 - The 35th Academy Awards are near. The 35th Academy Awards will be long.\n"),
    [],
  );
});

test("a film's fact box: 'Actress: Louise Fletcher' lines are nominations of the article's night, never refuted", () => {
  const box = (line: string) => `The 48th Academy Awards were held in 1976.\n\nActress: Louise Fletcher\n${line}\n`;
  const read = claims(box("Supporting Actor: Brad Dourif")).filter(
    (c) => c.kind === "nomination" && c.verdict === "supported",
  );
  assert.deepEqual(
    read.map((c) => c.statement),
    [
      "Louise Fletcher was nominated for Actress at the 48th Academy Awards (1976)",
      "Brad Dourif was nominated for Actor in a Supporting Role at the 48th Academy Awards (1976)",
    ],
  );
  // A box may list a category loosely: a person not nominated there is not called wrong.
  assert.deepEqual(findings(box("Supporting Actress: Brad Dourif")), []);
});

test("the article's night dated without its name: 'the awards were held on March 30', 'honouring the films of 1986'", () => {
  const draft = (s: string) => `The 59th Academy Awards were a success.\n\n${s}\n`;
  const good = draft(
    "Honouring the films released between January 1, 1986, and December 31, 1986, the awards were held on March 30.",
  );
  assert.deepEqual(findings(good), []);
  assert.equal(claims(good).filter((c) => c.rule === "wrong-ceremony-date" && c.verdict === "supported").length, 2);
  const bad = findings(draft("Honouring the films of 1987, the awards were held on March 31."));
  assert.deepEqual(
    bad.map((f) => f.fixes[0]?.replacement),
    ["1986", "March 30"],
  );
  // Another body's paragraph keeps its own ceremony.
  assert.deepEqual(findings(draft("At the Golden Globes, the ceremony was held on January 4.")), []);
});

test("the night dated in an aside: 'the ceremony, held on March 22,', 'the show, which was broadcast on'", () => {
  const draft = (s: string) => `Shakespeare in Love won best picture at the 71st Academy Awards.\n\n${s}\n`;
  assert.deepEqual(findings(draft("The ceremony, held on March 21, ran long.")), []);
  assert.deepEqual(findings(draft("The ceremony, held last night, March 21, ran long.")), []);
  const wrong = findings(draft("The show, which was broadcast by ABC on Sunday, March 22, ran long."));
  assert.deepEqual(
    wrong.map((f) => f.fixes[0]?.replacement),
    ["Sunday, March 21"],
  );
  const hosted = findings(draft("The ceremony, hosted by Whoopi Goldberg on March 23, ran long."));
  assert.deepEqual(
    hosted.map((f) => f.rule),
    ["wrong-ceremony-date"],
  );
  // A date in the aside that is another event's is not the night's.
  assert.deepEqual(
    findings(draft("The ceremony, held weeks after the nominations were announced on February 9, ran long.")),
    [],
  );
});

test("a film's fact-box counts: 'Oscar Nominations: 8', '11 Nominations / 10 Wins', for the article's film, never refuted", () => {
  const box = (lines: string) =>
    "Casablanca (1942)\n\nCasablanca won Best Picture at the 16th Academy Awards.\n\n" + lines + "\n";
  const read = claims(box("Oscar Nominations: 8\nOscar Awards: 3")).filter(
    (c) => c.kind === "count" && c.verdict === "supported",
  );
  assert.deepEqual(
    read.map((c) => c.statement),
    [
      "Casablanca had 8 nominations at the 16th Academy Awards (1944)",
      "Casablanca won 3 Oscars at the 16th Academy Awards (1944)",
    ],
  );
  // The film is the article's most-named one, a guess: another figure is not called wrong.
  assert.deepEqual(findings(box("Oscar Nominations: 12")), []);
  const pair =
    "| West Side Story | |\n| 11 Nominations / 10 Wins | |\n\nWest Side Story won Best Picture at the 34th Academy Awards.\n";
  assert.equal(claims(pair).filter((c) => c.kind === "count" && c.verdict === "supported").length, 2);
});

test("a fact box whose own names share one film counts for that film, and a wrong count is refuted", () => {
  const box = (count: string) =>
    "Orion Pictures\nDirector: Milos Forman\nActor: F. Murray Abraham\nActor: Tom Hulce\n" +
    `Screenplay: Peter Shaffer\n${count}\n`;
  assert.deepEqual(findings(box("Oscar Awards: 8")), []);
  assert.ok(claims(box("Oscar Awards: 8")).some((c) => c.kind === "count" && c.verdict === "supported"));
  const [f] = findings(box("Oscar Awards: 7"));
  assert.match(f?.message ?? "", /Amadeus won 8 competitive Oscars, not 7/);
  assert.equal(f?.fixes[0]?.replacement, "8");
  // Names of several films share none: the count is left alone.
  const mixed = "Director: Milos Forman\nActor: Tom Hanks\nActress: Meryl Streep\nOscar Awards: 7\n";
  assert.deepEqual(findings(mixed), []);
});

test("'the 74th Academy Awards honored the best films of 2001': the film year of the night the sentence names", () => {
  const good = "The 74th Academy Awards, hosted by Whoopi Goldberg, honored the best films of 2001.";
  assert.deepEqual(findings(good), []);
  assert.ok(claims(good).some((c) => c.verdict === "supported" && /honoured the films of 2001/.test(c.statement)));
  const text = "Held at the Kodak Theatre, the 74th Academy Awards recognized films released in 2002.";
  const [f] = findings(text);
  assert.match(f?.message ?? "", /honoured the films of 2001/);
  assert.equal(f?.fixes[0]?.replacement, "2001");
});

test("a host or venue of another night ('the 1999 ceremony', 'the previous year', a heading's) is that night's", () => {
  const correct = [
    "Billy Crystal hosted the 72nd Academy Awards in 2000.\n\n" +
      "The 1999 ceremony, a year earlier, had been hosted by Whoopi Goldberg at the Dorothy Chandler Pavilion.\n",
    "Billy Crystal hosted the 72nd Academy Awards in 2000.\n\n" +
      "The 71st ceremony was held at the Dorothy Chandler Pavilion.\n",
    "Hugh Jackman hosted the 81st Academy Awards at the Kodak Theatre. The previous year, Jon Stewart hosted.\n",
    "# Then and now\n\nSeth MacFarlane hosted the 85th Academy Awards in 2013.\n\n" +
      "## The 26th Academy Awards (1954)\n\n" +
      "The ceremony was co-hosted by Donald O'Connor and Fredric March.\n",
  ];
  assertSilent(correct);
  // The night named that way is still checked.
  const wrong =
    "Billy Crystal hosted the 72nd Academy Awards in 2000.\n\nThe 1999 ceremony was hosted by Steve Martin.\n";
  assert.match(findings(wrong)[0]?.message ?? "", /71st Academy Awards \(1999\) was hosted by Whoopi Goldberg/);
  const section =
    "Seth MacFarlane hosted the 85th Academy Awards in 2013.\n\n## The 26th Academy Awards (1954)\n\n" +
    "The ceremony was hosted by Bob Hope.\n";
  assert.match(findings(section)[0]?.message ?? "", /26th Academy Awards \(1954\)/);
});

test("after a night named in full, 'at the 63rd' and 'the 70th ceremony' later on are other nights", () => {
  const text =
    "Barbara Kopple won for Harlan County, U.S.A. at the 49th Academy Awards and again for American Dream at the " +
    "63rd, an award she shared with Arthur Cohn.";
  assert.deepEqual(findings(text), []);
  const nights = oscarFacts()
    .analyze(text)
    .mentions.filter((m) => m.kind === "ceremony")
    .map((m) => m.ids[0]);
  assert.deepEqual(nights, [49, 63]);
  const later =
    "Titanic had 14 nominations at the 70th Academy Awards, and La La Land had 14 nominations at the 89th ceremony.";
  assert.deepEqual(findings(later), []);
  assert.match(findings(later.replace("89th ceremony", "88th ceremony"))[0]?.message ?? "", /89th/);
});

test("a night said in a relative clause after the venue is the relative's, not the venue's", () => {
  const text =
    'The record night at the Kodak Theatre matched "Ben-Hur," which won eleven of its twelve nominations ' +
    "at the 32nd ceremony.";
  assert.deepEqual(
    findings(text).filter((f) => f.rule === "wrong-venue"),
    [],
  );
  assert.equal(
    findings("The 32nd Academy Awards, which honored Ben-Hur, were held at the Kodak Theatre.")[0]?.rule,
    "wrong-venue",
  );
});

test("'that ceremony, the Nth,' names the night; 'that year' after a film of another night is no night", () => {
  const opening = "Gene Hackman won at the 44th Academy Awards, held at the Dorothy Chandler Pavilion.";
  const later =
    "His fourth nomination came for Mississippi Burning. That ceremony, the 61st, was held at the Shrine Auditorium.";
  const text = `${opening}\n\n${later}\n`;
  assert.deepEqual(findings(text), []);
  assert.ok(claims(text).some((c) => c.verdict === "supported" && /61st .* took place at Shrine/.test(c.statement)));
  assert.equal(findings(text.replace("the 61st", "the 62nd")).length, 1);
  // The night a career rank was borne out at is the one "that ceremony" points to.
  assert.deepEqual(findings(text.replace(", the 61st,", "")), []);
  assertSilent([
    `${opening} He was nominated for Mississippi Burning. That year the show was held at the Shrine Auditorium.`,
  ]);
});

test("a bare ordinal a few words after 'won' or 'nominated' names the night ('won Best Actor at the 64th')", () => {
  const [f] = findings("Tom Hanks won Best Actor at the 64th for Philadelphia.");
  assert.match(
    f?.message ?? "",
    /Tom Hanks won Actor in a Leading Role at the 66th Academy Awards \(1994\), not at the 64th/,
  );
  assertSilent([
    "Tom Hanks won Best Actor at the 66th for Philadelphia.",
    "Tom Hanks won at the 64th Berlin festival for Philadelphia.",
  ]);
  // Won at two other nights: both are named, neither is guessed.
  const [two] = findings("Bette Davis won Best Actress at the 10th Academy Awards.");
  assert.match(two?.message ?? "", /won Actress at the 8th and 11th Academy Awards, not at the 10th/);
});

test("'the first ceremony under the new name' is a description, not the 1st Academy Awards", () => {
  assertSilent([
    "At the 85th Academy Awards, Seth MacFarlane hosted from the Dolby Theatre, the first ceremony under its new name.",
  ]);
  // Said plainly, or with its place, it is the night.
  assert.equal(findings("The first ceremony was held at the Ambassador Hotel.").length, 1);
  assert.deepEqual(findings("William C. deMille hosted the second ceremony at the Ambassador Hotel."), []);
});

test("a sentence opening 'On DATE,' dates the one night it names", () => {
  const [f] = findings("On March 29, 1984, Johnny Carson hosted the 56th Academy Awards.");
  assert.equal(f?.rule, "wrong-ceremony-date");
  assert.equal(f.fixes[0]?.replacement, "April 9, 1984");
  assertSilent([
    "On April 9, 1984, Johnny Carson hosted the 56th Academy Awards.",
    // The nominations' day is not the night's.
    "On February 16, 1984, Terms of Endearment received 11 nominations for the 56th Academy Awards.",
  ]);
});

test("a fronted date is not the night's when the main verb is another event's or another prize is named", () => {
  assertSilent([
    "On August 11, 2014, Robin Williams, who won Best Supporting Actor at the 70th Academy Awards, died.",
    "On May 25, 2019, Parasite won the Palme d'Or, and it went on to win Best Picture at the 92nd Academy Awards.",
    "On August 7, 2023, Jimmy Kimmel was named host of the 96th Academy Awards.",
  ]);
});

test("'the Nth Academy Awards, the first ceremony at V': a word ordinal set beside a night describes it", () => {
  assertSilent(["Gladiator won at the 73rd Academy Awards in 2001, the last ceremony at the Shrine Auditorium."]);
  assertSilent([
    "It came at the 74th Academy Awards in 2002, the first ceremony at the Kodak Theatre, " +
      "with Whoopi Goldberg as host.",
  ]);
  // Said plainly, "the second ceremony at V" is the 2nd Academy Awards.
  const [f] = findings("The second ceremony at the Kodak Theatre crowned The Broadway Melody.");
  assert.equal(f?.rule, "wrong-venue");
});

test(
  "a full date that was another night's blames the ordinal: " + "'the 76th Academy Awards were held on March 23, 2003'",
  () => {
    const text = "The 76th Academy Awards were held on March 23, 2003.";
    const [f] = findings(text);
    assert.equal(underlined(text, f), "76th Academy Awards");
    assert.match(f.message, /was the 75th Academy Awards/);
    assert.equal(f.fixes[0]?.replacement, "75th Academy Awards");
    // A date that was no night's is the date's own error.
    const [g] = findings("The 75th Academy Awards were held on March 24, 2003.");
    assert.equal(g?.fixes[0]?.replacement, "March 23, 2003");
  },
);

test("'the 80th Awards, hosted by X': the night named right before 'hosted by' is the host's, among several", () => {
  const draft = (s: string) => `Anora won best picture at the 97th Academy Awards.\n\n${s}\n`;
  const text = draft(
    "Marion Cotillard won best actress at the 80th Awards, hosted by Ellen " +
      "DeGeneres, and Youn Yuh-jung won supporting actress for Minari at the 93rd.",
  );
  const found = findings(text);
  assert.deepEqual(
    found.map((f) => underlined(text, f)),
    ["Ellen DeGeneres"],
  );
  assert.match(found[0].message, /80th Academy Awards \(2008\) was hosted by Jon Stewart/);
  assert.deepEqual(
    findings(
      draft(
        "Marion Cotillard won best actress at the 80th Awards, " +
          "hosted by Jon Stewart, and Youn Yuh-jung won at the 93rd.",
      ),
    ),
    [],
  );
});
