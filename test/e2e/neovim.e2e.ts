/** A second editor: Neovim's built-in LSP client against oscar-facts-server --stdio, headless. */
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { LineIndex } from "../../server/src/engine";
import { oscarFacts, root } from "../helpers";
import { e2eEnv } from "./env";

test("Neovim shows the engine's findings as diagnostics, the hover card, the ✓ marks and name completion", () => {
  const { nvim } = e2eEnv();
  const draft = readFileSync(join(root, "test", "fixtures", "e2e-draft.md"), "utf8");
  const dir = mkdtempSync(join(tmpdir(), "oscar-facts-nvim-"));
  const file = join(dir, "draft.md");
  const out = join(dir, "report.json");
  writeFileSync(file, draft);
  const lines = draft.split("\n");
  const line = lines.findIndex((l) => l.includes("Kieran Culkin"));
  // Completion where "Kieran Cul" has been typed: the name, spelled in full, replaces the whole word.
  const completeAt = { line, character: lines[line].indexOf("Culkin") + 3 };
  const r = spawnSync(
    nvim,
    [
      "--headless",
      "-n",
      "-i",
      "NONE",
      "-u",
      join(root, "test", "e2e", "nvim", "init.lua"),
      "-c",
      "lua OscarFactsReport()",
      file,
    ],
    {
      cwd: dir,
      encoding: "utf8",
      timeout: 60_000,
      env: {
        ...process.env,
        OSCAR_FACTS_SERVER: join(root, "bin", "oscar-facts-server.js"),
        OSCAR_FACTS_NODE: process.execPath,
        OSCAR_FACTS_NVIM_OUT: out,
        OSCAR_FACTS_HOVER_LINE: String(line),
        OSCAR_FACTS_HOVER_COL: String(lines[line].indexOf("Kieran") + 2),
        OSCAR_FACTS_COMPLETE_LINE: String(completeAt.line),
        OSCAR_FACTS_COMPLETE_COL: String(completeAt.character),
      },
    },
  );
  assert.ok(existsSync(out), `Neovim wrote no report (exit ${r.status}): ${r.stderr}${r.stdout}`);
  const report = JSON.parse(readFileSync(out, "utf8"));
  const expected = oscarFacts().doValidation(draft, { defaultCeremony: 97 });
  assert.equal(report.diagnostics.length, expected.length);
  const byLine = (a: { line: number; col: number }, b: { line: number; col: number }) =>
    a.line - b.line || a.col - b.col;
  assert.deepEqual(
    report.diagnostics
      .sort(byLine)
      .map((d: { message: string; code: string; source: string }) => [d.message, d.code, d.source]),
    expected.map((f) => [f.message, f.rule, "oscar-facts"]),
  );
  assert.match(report.hover, /\*\*Kieran Culkin\*\* — 1 Academy Award nomination, 1 win/);
  // Inlay hints: the engine's ✓ marks for this draft (with its default ceremony), where it puts them.
  const engine = oscarFacts();
  const marks = engine.claimMarks(engine.analyze(draft, { defaultCeremony: 97 }), "verified");
  const at = new LineIndex(draft);
  assert.ok(marks.length >= 5);
  assert.deepEqual(
    report.hints.map((h: { line: number; character: number; label: string }) => [h.line, h.character, h.label]),
    marks.map((m) => [at.position(m.offset).line, at.position(m.offset).character, "✓"]),
  );
  assert.match(report.hints[0].tooltip, /Verified/);
  assert.equal(report.completion[0].label, "Kieran Culkin");
  assert.equal(report.completion[0].newText, "Kieran Culkin");
  assert.deepEqual(report.completion[0].range, {
    start: { line, character: lines[line].indexOf("Kieran") },
    end: { line, character: lines[line].indexOf("Culkin") + 6 },
  });
  mkdirSync(join(root, "test-results"), { recursive: true });
  writeFileSync(join(root, "test-results", "neovim-report.json"), JSON.stringify(report, null, 2));
});
