// Prints each sentence's skeleton and mentions: a developer's aid for reading misses.
// Usage: node --import tsx scripts/debug-sentence.ts FILE|-  [FILTER]
import { readFileSync } from "node:fs";
import { OscarFacts } from "../server/src/engine";
import { frameTrace } from "../server/src/engine/claims/frames";

const [file, filter] = process.argv.slice(2);
const text = readFileSync(file === "-" ? 0 : file, "utf8");
const engine = new OscarFacts(JSON.parse(readFileSync("dist/data/oscars.json", "utf8")));
// Frame traces, grouped by sentence (the frames log a "sentence:" line first).
const traces: { sentence: string; lines: string[] }[] = [];
frameTrace.log = (line) => {
  if (line.startsWith("sentence: ")) traces.push({ sentence: line.slice(10), lines: [] });
  else traces.at(-1)?.lines.push(line);
};
const a = engine.analyze(text);
frameTrace.log = undefined;
const traceOf = (sText: string) => traces.find((t) => t.sentence === sText)?.lines ?? [];
for (const b of a.blocks) {
  for (const [i, s] of b.result.sentences.entries()) {
    const sText = text.slice(b.start + s.start, b.start + s.end);
    if (filter && !sText.toLowerCase().includes(filter.toLowerCase())) continue;
    const ms = b.result.mentions.filter((m) => m.start >= s.start && m.end <= s.end);
    console.log(`> ${sText.replace(/\s+/g, " ").slice(0, 300)}`);
    console.log(`  ctx ${JSON.stringify(b.result.contexts[i])}`);
    for (const m of ms) console.log(`  ${m.kind} ${JSON.stringify(m.text)} ${m.category ?? ""} ${m.ids.slice(0, 3)}`);
    for (const line of traceOf(sText)) console.log(`  | ${line}`);
    for (const c of b.result.claims.filter((c) => c.start >= s.start && c.end <= s.end))
      console.log(`  = ${c.verdict} ${c.statement} | ${c.message.slice(0, 100)}`);
  }
}
