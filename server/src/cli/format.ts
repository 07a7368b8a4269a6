import { evidenceLine, LineIndex, ordinalSuffix, type Analysis, type Finding } from "../engine";

export interface FileResult {
  path: string;
  text: string;
  findings: Finding[];
  analysis: Analysis;
}

/** The JSON shape promised to CI scripts: 0-based lines, UTF-16 characters and offsets. */
export function toJson(results: FileResult[], withClaims: boolean): unknown {
  return {
    files: results.map((r) => {
      const lines = new LineIndex(r.text);
      return {
        path: r.path,
        findings: r.findings.map((f) => ({
          rule: f.rule,
          severity: f.severity,
          message: f.message,
          range: { start: lines.position(f.start), end: lines.position(f.end) },
          offset: { start: f.start, end: f.end },
          evidence: f.evidence,
          fixes: f.fixes.map((x) => ({
            title: x.title,
            replacement: x.replacement,
            preferred: x.preferred,
            range: { start: lines.position(x.start), end: lines.position(x.end) },
            offset: { start: x.start, end: x.end },
          })),
        })),
        ...(withClaims
          ? {
              claims: r.analysis.claims.map((c) => ({
                kind: c.kind,
                rule: c.rule,
                verdict: c.verdict,
                statement: c.statement,
                message: c.message,
                text: r.text.slice(c.start, c.end),
                range: { start: lines.position(c.start), end: lines.position(c.end) },
                offset: { start: c.start, end: c.end },
              })),
            }
          : {}),
      };
    }),
  };
}

/** path:line:col  severity  message  [rule], with evidence and fixes indented beneath. */
export function toText(results: FileResult[], withClaims: boolean): string {
  const out: string[] = [];
  let errors = 0;
  let others = 0;
  for (const r of results) {
    const lines = new LineIndex(r.text);
    for (const f of r.findings) {
      const p = lines.position(f.start);
      out.push(`${r.path}:${p.line + 1}:${p.character + 1}  ${f.severity}  ${f.message}  [${f.rule}]`);
      for (const e of f.evidence.slice(0, 4)) {
        // Another body's record has no Oscar night: it is named by its body and year.
        const oscar = `${ordinalSuffix(e.ceremony)} Academy Awards (${e.year}), ${e.category}: ${e.nominees.join(", ")}`;
        const films = e.films.length ? ` — ${e.films.join(" / ")}` : "";
        out.push(`    evidence: ${e.body ? evidenceLine(e) : `${oscar}${films}${e.won ? " (won)" : " (nominated)"}`}`);
      }
      for (const x of f.fixes) out.push(`    fix${x.preferred ? "" : " (option)"}: ${x.title}`);
      if (f.severity === "error") errors++;
      else others++;
    }
    if (withClaims) {
      out.push(`${r.path}: ${r.analysis.claims.length} claims`);
      for (const c of r.analysis.claims) {
        const p = lines.position(c.start);
        out.push(
          `  ${p.line + 1}:${p.character + 1}  ${c.verdict.padEnd(12)} ${c.statement}${c.message ? ` — ${c.message}` : ""}`,
        );
      }
    }
  }
  const total = errors + others;
  out.push(
    `${total === 0 ? "No findings" : `${total} finding${total === 1 ? "" : "s"} (${errors} error${errors === 1 ? "" : "s"}, ${others} other)`} in ${results.length} file${results.length === 1 ? "" : "s"}.`,
  );
  return out.join("\n");
}
