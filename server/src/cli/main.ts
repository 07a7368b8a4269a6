/** oscar-facts: the engine on files, for newsroom CI. Exit 0 clean, 1 findings, 2 usage/input error. */
import { OscarFacts, ceremoniesNamed, ordinalSuffix } from "../engine";
import { DatasetError, loadDataset } from "../data/load";
import { SEVERITY_RANK, USAGE, UsageError, parseArgs } from "./args";
import { toJson, toText, type FileResult } from "./format";
import { readDraft } from "./input";
import { enlargeYoungGeneration } from "../heap";

declare const OSCAR_FACTS_VERSION: string;

export function run(argv: string[]): number {
  let opts;
  try {
    opts = parseArgs(argv);
  } catch (e) {
    if (e instanceof UsageError) {
      process.stderr.write(`oscar-facts: ${e.message}\n`);
      return 2;
    }
    throw e;
  }
  if (opts.command === "help") {
    process.stdout.write(USAGE + "\n");
    return 0;
  }
  if (opts.command === "version") {
    process.stdout.write(`${typeof OSCAR_FACTS_VERSION === "string" ? OSCAR_FACTS_VERSION : "dev"}\n`);
    return 0;
  }
  try {
    if (opts.command === "sheet") return printSheet(opts.sheet!);
    const texts = opts.files.map((f) => ({ path: f === "-" ? "<stdin>" : f, text: readDraft(f, opts.maxSize) }));
    const engine = new OscarFacts(loadDataset());
    if (opts.ceremony !== undefined && !engine.kb.ceremony(opts.ceremony)) {
      throw new UsageError(`--ceremony ${opts.ceremony}: the data has ceremonies 1 to ${engine.kb.latestCeremony}`);
    }
    const results: FileResult[] = texts.map(({ path, text }) => {
      const analysis = engine.analyze(text, { defaultCeremony: opts.ceremony });
      return { path, text, analysis, findings: engine.doValidation(text, {}, analysis) };
    });
    process.stdout.write(
      (opts.format === "json" ? JSON.stringify(toJson(results, opts.claims), null, 2) : toText(results, opts.claims)) +
        "\n",
    );
    const limit = SEVERITY_RANK[opts.maxSeverity];
    return results.some((r) => r.findings.some((f) => SEVERITY_RANK[f.severity] > limit)) ? 1 : 0;
  } catch (e) {
    if (e instanceof UsageError || e instanceof DatasetError) {
      process.stderr.write(`oscar-facts: ${e.message}\n`);
      return 2;
    }
    process.stderr.write(`oscar-facts: internal error: ${(e as Error).stack ?? e}\n`);
    return 2;
  }
}

/** `oscar-facts sheet 97`: the ceremony sheet as Markdown on standard output. */
function printSheet(asked: string): number {
  const engine = new OscarFacts(loadDataset());
  const found = ceremoniesNamed(engine.kb, asked);
  const last = engine.kb.latestCeremony;
  if (found.length === 0)
    throw new UsageError(
      `"${asked}" names no ceremony: give its number (1-${last}, e.g. 97 or 97th) or the year it was held (1929-${engine.kb.heldYearOf(last)})`,
    );
  if (found.length > 1)
    throw new UsageError(
      `${asked} held ${found.map((n) => `the ${ordinalSuffix(n)}`).join(" and ")} ceremonies: give the number`,
    );
  process.stdout.write(engine.ceremonySheet(found[0])!);
  return 0;
}

enlargeYoungGeneration();
process.exitCode = run(process.argv.slice(2));
