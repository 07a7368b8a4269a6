import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { root, sharedArticles } from "./helpers";

const bin = join(root, "bin", "oscar-facts.js");

function run(args: string[], input?: string, env: NodeJS.ProcessEnv = {}) {
  const r = spawnSync(process.execPath, [bin, ...args], { input, encoding: "utf8", env: { ...process.env, ...env } });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

const dir = mkdtempSync(join(tmpdir(), "oscar-facts-cli-"));
const wrong = join(dir, "wrong.md");
writeFileSync(wrong, "# Night of surprises\n\nAt the 97th Academy Awards, Demi Moore won Best Actress.\n");
const right = join(dir, "right.txt");
writeFileSync(right, "At the 97th Academy Awards, Mikey Madison won Best Actress for Anora.\n");

test("text output: path:line:col  severity  message  [rule], exit 1", () => {
  const r = run(["check", wrong]);
  assert.equal(r.code, 1);
  const where = `${wrong.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}:3:29  error  `;
  const what = String.raw`At the 97th Academy Awards \(2025\), Actress in a Leading Role went to Mikey Madison for Anora; `;
  assert.match(r.out, new RegExp(`${where}${what}.*  \\[wrong-winner\\]`));
  assert.match(r.out, /fix: Replace "Demi Moore" with "Mikey Madison"/);
});

test("a clean draft exits 0", () => {
  const r = run(["check", right]);
  assert.equal(r.code, 0, r.out + r.err);
  assert.match(r.out, /No findings in 1 file/);
});

test("JSON output has 0-based ranges, UTF-16 offsets, evidence and fixes", () => {
  const r = run(["check", "--format", "json", wrong]);
  assert.equal(r.code, 1);
  const json = JSON.parse(r.out);
  const f = json.files[0].findings[0];
  assert.equal(json.files[0].path, wrong);
  assert.deepEqual(f.range, { start: { line: 2, character: 28 }, end: { line: 2, character: 38 } });
  assert.deepEqual(f.offset, { start: 50, end: 60 });
  assert.equal(f.rule, "wrong-winner");
  assert.equal(f.severity, "error");
  assert.ok(f.evidence.length > 0);
  assert.equal(f.fixes[0].replacement, "Mikey Madison");
  assert.equal(typeof f.fixes[0].title, "string");
});

test("stdin with -, --ceremony and --max-severity", () => {
  const draft = "Demi Moore won Best Actress.";
  assert.equal(run(["check", "-"], draft).code, 0, "without a ceremony the claim is unverifiable");
  const r = run(["check", "--ceremony", "97", "-"], draft);
  assert.equal(r.code, 1);
  assert.match(r.out, /<stdin>:1:1 /);
  assert.equal(run(["check", "--ceremony", "97", "--max-severity", "error", "-"], draft).code, 0);
});

test("bad input exits 2 with a one-line message", () => {
  const missing = run(["check", join(dir, "nope.txt")]);
  assert.equal(missing.code, 2);
  assert.match(missing.err, /nope\.txt: no such file/);
  assert.equal(missing.err.trim().split("\n").length, 1);
  const binary = join(dir, "photo.jpg");
  writeFileSync(binary, Buffer.from([0xff, 0xd8, 0x00, 0x01, 0x02]));
  const b = run(["check", binary]);
  assert.equal(b.code, 2);
  assert.match(b.err, /binary file/);
  assert.equal(run(["check", "--format", "xml", right]).code, 2);
  assert.equal(run(["check"]).code, 2);
  assert.equal(run(["frobnicate"]).code, 2);
  const c = run(["check", "--ceremony", "150", right]);
  assert.equal(c.code, 2);
  assert.match(c.err, /ceremonies 1 to 98/);
});

test("--max-size: a draft over the limit is refused in one line, exit 2; the default is 1,000,000 characters", () => {
  const big = join(dir, "big.md");
  writeFileSync(big, "At the 97th Academy Awards, Demi Moore won Best Actress.\n".repeat(20));
  const over = run(["check", "--max-size", "1000", big]);
  assert.equal(over.code, 2);
  assert.equal(
    over.err,
    `oscar-facts: ${big}: too large to check (1,140 characters; --max-size is 1,000 characters)\n`,
  );
  assert.equal(run(["check", "--max-size", "2000", big]).code, 1, "within the limit it is checked");
  // Far over the limit it is refused before being read whole.
  const huge = join(dir, "huge.md");
  writeFileSync(huge, ".".repeat(3_000_001));
  const r = run(["check", huge]);
  assert.equal(r.code, 2);
  assert.match(
    r.err,
    /huge\.md: too large to check \(more than 3,000,000 bytes; --max-size is 1,000,000 characters\)\n$/,
  );
  const stdin = run(["check", "--max-size", "1000", "-"], "x".repeat(1001));
  assert.equal(stdin.code, 2, "standard input too");
  assert.match(stdin.err, /^oscar-facts: <stdin>: too large to check/);
  for (const bad of ["0", "-5", "1e6", "lots"]) assert.equal(run(["check", "--max-size", bad, big]).code, 2, bad);
});

test("UTF-16 and UTF-32 text is named as such, with what to do", () => {
  const le = join(dir, "utf16le.md");
  writeFileSync(le, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("Demi Moore won Best Actress.", "utf16le")]));
  const r = run(["check", le]);
  assert.equal(r.code, 2);
  assert.equal(r.err, `oscar-facts: ${le}: UTF-16 text; save it as UTF-8\n`);
  const be = join(dir, "utf16be.md");
  writeFileSync(be, Buffer.from([0xfe, 0xff, 0x00, 0x44, 0x00, 0x65]));
  assert.match(run(["check", be]).err, /UTF-16 text; save it as UTF-8/);
  const u32 = join(dir, "utf32.md");
  writeFileSync(u32, Buffer.from([0xff, 0xfe, 0x00, 0x00, 0x44, 0x00, 0x00, 0x00]));
  assert.match(run(["check", u32]).err, /UTF-32 text; save it as UTF-8/);
});

test("--ceremony takes decimal numbers only", () => {
  for (const bad of ["0x61", "1e2", "97.0", " 97", "+97", "0"]) {
    const r = run(["check", "--ceremony", bad, right]);
    assert.equal(r.code, 2, bad);
    assert.match(r.err, /--ceremony must be a ceremony number such as 97/);
  }
  assert.equal(run(["check", "--ceremony", "97", right]).code, 0);
  assert.equal(run(["check", "--ceremony=097", right]).code, 0, "leading zeros are still decimal");
});

test("an unreadable dataset exits 2 and says what to do", () => {
  const r = run(["check", right], undefined, { OSCAR_FACTS_DATASET: join(dir, "missing.json") });
  assert.equal(r.code, 2);
  assert.match(r.err, /cannot read the compiled dataset .* run "npm run build"/);
});

test("the five shared articles: only the three real errors", () => {
  const files = ["000", "001", "002", "003", "004"].map((n) =>
    join(
      sharedArticles,
      require("node:fs")
        .readdirSync(sharedArticles)
        .find((f: string) => f.startsWith(n + "_")),
    ),
  );
  const r = run(["check", "--format", "json", ...files]);
  assert.equal(r.code, 1);
  const all = JSON.parse(r.out).files.flatMap((f: { findings: { message: string }[] }) => f.findings);
  assert.equal(all.length, 3);
});

test("--claims in JSON: each claim carries UTF-16 offsets that hold its text", () => {
  const r = run(["check", "--format", "json", "--claims", right]);
  assert.equal(r.code, 0);
  const [file] = JSON.parse(r.out).files;
  const text = "At the 97th Academy Awards, Mikey Madison won Best Actress for Anora.\n";
  const win = file.claims.find((c: { kind: string }) => c.kind === "win");
  assert.equal(win.verdict, "supported");
  assert.equal(text.slice(win.offset.start, win.offset.end), win.text);
  assert.match(win.text, /Mikey Madison won Best Actress/);
});

test("sheet: a ceremony's Markdown sheet by number or year; a bad ceremony is a usage error", () => {
  const r = run(["sheet", "97"]);
  assert.equal(r.code, 0, r.err);
  assert.match(r.out, /^# 97th Academy Awards \(2025\)\n/);
  assert.match(r.out, /## Actress in a Leading Role\n\n- ★ \*\*Mikey Madison\*\* — \*Anora\*, as Ani\n/);
  assert.equal(run(["sheet", "2025"]).out, r.out);
  const twice = run(["sheet", "1930"]);
  assert.equal(twice.code, 2);
  assert.match(twice.err, /1930 held the 2nd and the 3rd ceremonies: give the number/);
  assert.equal(run(["sheet", "99"]).code, 2);
  assert.match(run(["sheet"]).err, /which ceremony\?/);
});
