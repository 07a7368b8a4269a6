import assert from "node:assert/strict";
import { readFileSync, readdirSync, existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { OscarFacts, type Claim, type Finding } from "../server/src/engine";

const root = resolve(__dirname, "..");
let engine: OscarFacts | undefined;

/** The engine on the compiled dataset that `npm run build` wrote. */
export function oscarFacts(): OscarFacts {
  if (!engine) engine = new OscarFacts(JSON.parse(readFileSync(join(root, "dist", "data", "oscars.json"), "utf8")));
  return engine;
}

export function findings(text: string, defaultCeremony?: number): Finding[] {
  return oscarFacts().doValidation(text, { defaultCeremony });
}

export function claims(text: string, defaultCeremony?: number): Claim[] {
  return oscarFacts().analyze(text, { defaultCeremony }).claims;
}

/** The statements of the claims a text bears out. */
export function supportedStatements(text: string, defaultCeremony?: number): string[] {
  return claims(text, defaultCeremony)
    .filter((c) => c.verdict === "supported")
    .map((c) => c.statement);
}

/** The words a finding or claim underlines. */
export function underlined(text: string, x: { start: number; end: number }): string {
  return text.slice(x.start, x.end);
}

export const sharedArticles = resolve(root, "..", "shared", "articles");

export function articleFiles(): string[] {
  if (!existsSync(sharedArticles)) return [];
  return readdirSync(sharedArticles)
    .filter((f) => f.endsWith(".txt"))
    .sort();
}

export { root };

/** Each correct sentence must raise no finding (the sentence names the failure). */
export function assertSilent(texts: readonly string[], defaultCeremony?: number): void {
  for (const text of texts) assert.deepEqual(findings(text, defaultCeremony), [], text);
}

/** The text raises no finding and bears out a claim whose statement matches `statement`. */
export function assertBorneOut(text: string, statement: RegExp, defaultCeremony?: number): void {
  assertSilent([text], defaultCeremony);
  const said = supportedStatements(text, defaultCeremony);
  assert.ok(
    said.some((s) => statement.test(s)),
    `${text}\n${said.join("\n")}`,
  );
}

/** The text raises exactly one finding, its message matching `message` when given; the finding. */
export function assertOneFinding(text: string, message?: RegExp, defaultCeremony?: number): Finding {
  const found = findings(text, defaultCeremony);
  assert.equal(found.length, 1, text);
  if (message) assert.match(found[0].message, message);
  return found[0];
}
