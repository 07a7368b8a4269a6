import { readFileSync } from "node:fs";

/** A build-stopping problem in an input file, with where it is. */
export class DataError extends Error {
  constructor(
    public readonly file: string,
    public readonly line: number,
    public readonly problem: string,
  ) {
    super(line > 0 ? `${file}:${line}: ${problem}` : `${file}: ${problem}`);
  }
}

export function readText(file: string): string {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new DataError(file, 0, code === "ENOENT" ? "file not found" : `cannot read (${code ?? String(e)})`);
  }
  if (text.includes("\u0000")) throw new DataError(file, 0, "binary content (NUL byte), expected tab-separated text");
  return text;
}

/**
 * Reads a tab-separated file with a header row, checking that the header holds the
 * expected columns and every row has as many cells as the header.
 */
export function readTsv(file: string, required: string[]): { rows: Record<string, string>[]; lines: number[] } {
  const text = readText(file).replace(/^\uFEFF/, "");
  const lines = text.split(/\r?\n/);
  const header = lines[0].split("\t");
  for (const col of required) {
    if (!header.includes(col)) {
      throw new DataError(file, 1, `missing column "${col}" in header (found: ${header.join(", ")})`);
    }
  }
  const rows: Record<string, string>[] = [];
  const lineNos: number[] = [];
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i];
    if (line === "") continue;
    const cells = line.split("\t");
    // Trailing empty cells are often trimmed by editors; more cells than columns is a real error.
    if (cells.length > header.length) {
      throw new DataError(file, i + 1, `${cells.length} cells, header has ${header.length} columns`);
    }
    const row: Record<string, string> = {};
    header.forEach((h, j) => (row[h] = (cells[j] ?? "").trim()));
    rows.push(row);
    lineNos.push(i + 1);
  }
  if (rows.length === 0) throw new DataError(file, 0, "no data rows");
  return { rows, lines: lineNos };
}
