/**
 * Handler latency while edits arrive: a 10k-word draft in a pull client (as VS Code is),
 * a keystroke every 30 ms, and after each one the pull, a hover on a mention and the code
 * actions of a finding, as an editor sends them while someone types.
 */
import { OscarFacts, type Dataset } from "../server/src/engine";
import { makeDraft } from "./corpus";
import { startServer } from "./lsp";

export async function latencyWhileEditing(
  root: string,
  data: Dataset,
  engine: OscarFacts,
  keystrokes: number,
): Promise<Map<string, number[]>> {
  const s = await startServer(root, 150, { pull: true });
  const uri = "file:///live.md";
  const text = makeDraft(data, 10_000, 11);
  await s.conn.sendNotification("textDocument/didOpen", {
    textDocument: { uri, languageId: "markdown", version: 1, text },
  });
  await s.conn.sendRequest("textDocument/diagnostic", { textDocument: { uri } });
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === "\n") lineStarts.push(i + 1);
  const position = (offset: number) => {
    let line = 0;
    while (line + 1 < lineStarts.length && lineStarts[line + 1] <= offset) line++;
    return { line, character: offset - lineStarts[line] };
  };
  const mentions = engine.analyze(text).mentions;
  const findings = engine.doValidation(text);
  const out = new Map<string, number[]>();
  const timed = async (method: string, params: unknown) => {
    const t = performance.now();
    await s.conn.sendRequest(method, params);
    const xs = out.get(method) ?? [];
    xs.push(performance.now() - t);
    out.set(method, xs);
  };
  let seed = 7;
  const rand = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const inFlight: Promise<void>[] = [];
  let version = 1;
  let at = position(0);
  for (let i = 0; i < keystrokes; i++) {
    // Type a letter after a claim, then delete it again: the draft stays the same.
    if (i % 2 === 0) at = position(findings[Math.floor(rand() * findings.length)].end);
    const range =
      i % 2 === 0 ? { start: at, end: at } : { start: at, end: { line: at.line, character: at.character + 1 } };
    await s.conn.sendNotification("textDocument/didChange", {
      textDocument: { uri, version: ++version },
      contentChanges: [{ range, text: i % 2 === 0 ? "e" : "" }],
    });
    const m = mentions[Math.floor(rand() * mentions.length)];
    const f = findings[Math.floor(rand() * findings.length)];
    inFlight.push(
      timed("textDocument/diagnostic", { textDocument: { uri } }),
      timed("textDocument/hover", { textDocument: { uri }, position: position(m.start + 1) }),
      timed("textDocument/codeAction", {
        textDocument: { uri },
        range: { start: position(f.start), end: position(f.end) },
        context: { diagnostics: [] },
      }),
    );
    await new Promise((r) => setTimeout(r, 30));
  }
  await Promise.all(inFlight);
  if (process.env.LIVE_CPU) {
    const stat = require("node:fs").readFileSync(`/proc/${s.proc.pid}/stat`, "utf8").split(") ")[1].split(" ");
    console.log("server cpu ms", (Number(stat[11]) + Number(stat[12])) * 10);
  }
  await s.stop();
  return out;
}
