/**
 * The shared press articles, read from ../shared/articles (never copied in). Each
 * article's findings and claim verdicts are a reviewed snapshot in test/snapshots/;
 * a change fails until reviewed and re-recorded with `npm run snapshots:update`.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { LineIndex } from "../server/src/engine";
import { articleFiles, oscarFacts, root, sharedArticles } from "./helpers";

const snapshots = join(root, "test", "snapshots");

function snapshotOf(text: string) {
  const a = oscarFacts().analyze(text);
  const lines = new LineIndex(text);
  const at = (o: number) => {
    const p = lines.position(o);
    return `${p.line}:${p.character}`;
  };
  return {
    ceremony: a.doc?.ceremony ?? null,
    findings: oscarFacts()
      .doValidation(text, {}, a)
      .map((f) => ({
        rule: f.rule,
        severity: f.severity,
        range: `${at(f.start)}-${at(f.end)}`,
        message: f.message,
        fixes: f.fixes.map((x) => x.replacement),
      })),
    claims: a.claims.map((c) => ({ at: at(c.start), rule: c.rule, verdict: c.verdict, statement: c.statement })),
  };
}

const files = articleFiles();

test("the shared articles are present beside the project", () => {
  assert.ok(files.length >= 5, `expected the shared articles in ${sharedArticles}`);
});

for (const file of files) {
  test(`snapshot: ${file}`, () => {
    const actual = snapshotOf(readFileSync(join(sharedArticles, file), "utf8"));
    const path = join(snapshots, file.replace(/\.txt$/, ".json"));
    if (process.env.UPDATE_SNAPSHOTS === "1" || (!existsSync(path) && !process.env.CI)) {
      mkdirSync(snapshots, { recursive: true });
      writeFileSync(path, JSON.stringify(actual, null, 2) + "\n");
      return;
    }
    assert.ok(existsSync(path), `no reviewed snapshot for ${file}; run npm run snapshots:update and review it`);
    assert.deepEqual(actual, JSON.parse(readFileSync(path, "utf8")));
  });
}

test("article 001: Dune: Part Two's cinematography and production design wins are flagged with the real winners", () => {
  const file = files.find((f) => f.startsWith("001_"));
  assert.ok(file);
  const text = readFileSync(join(sharedArticles, file), "utf8");
  const fs = oscarFacts().doValidation(text);
  assert.deepEqual(
    fs.map((f) => text.slice(f.start, f.end).toLowerCase()),
    ["cinematography", "production design"],
  );
  assert.match(fs[0].message, /Cinematography went to Lol Crawley for The Brutalist/);
  assert.match(fs[1].message, /Production Design went to Nathan Crowley and Lee Sandales for Wicked/);
  for (const f of fs) assert.ok(f.evidence.some((e) => e.won && e.ceremony === 97));
});

test("article 000: Chalamet's Venice Best Actor win for Call Me by Your Name is flagged with the real winner", () => {
  const file = files.find((f) => f.startsWith("000_"))!;
  const text = readFileSync(join(sharedArticles, file), "utf8");
  const fs = oscarFacts().doValidation(text);
  assert.equal(fs.length, 1);
  assert.match(
    fs[0].message,
    /At the 2017 Venice Film Festival, Volpi Cup for Best Actor went to The Insult; Call Me by Your Name won nothing there/,
  );
  assert.match(text.slice(fs[0].start, fs[0].end), /Best Actor award at the Venice Film Festival/);
});

test("correct statements in the other articles raise nothing", () => {
  for (const file of files.filter((f) => !f.startsWith("001_") && !f.startsWith("000_"))) {
    const text = readFileSync(join(sharedArticles, file), "utf8");
    assert.deepEqual(oscarFacts().doValidation(text), [], file);
  }
});

test("every article has supported claims: the checker reads them, not just stays silent", () => {
  for (const file of files) {
    const text = readFileSync(join(sharedArticles, file), "utf8");
    const supported = oscarFacts()
      .analyze(text)
      .claims.filter((c) => c.verdict === "supported");
    assert.ok(supported.length >= 3, `${file}: only ${supported.length} supported claims`);
  }
});
