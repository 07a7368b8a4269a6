import { test } from "node:test";
import assert from "node:assert/strict";
import { findings, underlined } from "../helpers";

test("ceremony date and weekday", () => {
  assert.deepEqual(findings("Anora won Best Picture at the 97th Academy Awards on Sunday, March 2, 2025."), []);
  const text = "Anora won Best Picture at the 97th Academy Awards on March 9, 2025.";
  const [f] = findings(text);
  assert.equal(f.rule, "wrong-ceremony-date");
  assert.equal(underlined(text, f), "March 9, 2025");
  assert.match(f.message, /took place on Sunday, March 2, 2025/);
  assert.equal(f.fixes[0].replacement, "March 2, 2025");
  const wd = findings("The 97th Academy Awards were held on Monday, March 2.");
  assert.equal(wd.length, 1);
  assert.match(wd[0].message, /a Sunday/);
});

test("ordinal against year", () => {
  assert.deepEqual(findings("The 96th Academy Awards in 2024 crowned Oppenheimer."), []);
  const text = "The 96th Academy Awards in 2025 crowned Oppenheimer.";
  const [f] = findings(text);
  assert.equal(underlined(text, f), "2025");
  assert.equal(f.fixes[0].replacement, "2024");
});

test("first-time nominee and Nth Oscar", () => {
  assert.deepEqual(findings("At the 97th Academy Awards, Mikey Madison, a first-time nominee, won Best Actress."), []);
  const text = "At the 97th Academy Awards, Adrien Brody, a first-time nominee, won Best Actor.";
  const [f] = findings(text);
  assert.equal(f.rule, "wrong-career");
  assert.match(f.message, /the first was Actor in a Leading Role for The Pianist at the 75th Academy Awards \(2003\)/);
  assert.deepEqual(findings("At the 97th Academy Awards, Adrien Brody collected his second Oscar."), []);
  assert.equal(findings("At the 97th Academy Awards, Adrien Brody collected his third Oscar.").length, 1);
});

test("misspelled names of the ceremony's nominees", () => {
  const text = "At the 97th Academy Awards, Adrian Brody won Best Actor.";
  const fs = findings(text);
  const f = fs.find((x) => x.rule === "misspelled-name");
  assert.ok(f);
  assert.equal(underlined(text, f), "Adrian Brody");
  assert.equal(f.fixes[0].replacement, "Adrien Brody");
  assert.equal(f.severity, "warning");
  // A name the data does not know is not an error.
  assert.deepEqual(findings("At the 97th Academy Awards, Meg Ryan and Billy Crystal presented Best Picture."), []);
});

test("a misspelling of a well-known name of another year: flagged when it is the one name that close", () => {
  const night = "At the 59th Academy Awards, Paul Newman won Best Actor.\n\n";
  const [f] = findings(night + "His wife Joanne Woodword was in the audience.");
  assert.equal(f?.rule, "misspelled-name");
  assert.match(f.message, /Joanne Woodward/);
  assert.deepEqual(findings(night + "His wife Joanne Woodward was in the audience."), []);
});
