import type { Severity } from "../engine";

export interface CliOptions {
  command: "check" | "help" | "version";
  files: string[];
  format: "text" | "json";
  ceremony?: number;
  /** Most severe level that still passes; more severe findings exit 1. */
  maxSeverity: Severity | "none";
  claims: boolean;
  /** Drafts longer than this many characters are refused (exit 2), as the server skips them. */
  maxSize: number;
}

export const DEFAULT_MAX_SIZE = 1_000_000;

export class UsageError extends Error {}

export const SEVERITY_RANK: Record<Severity | "none", number> = {
  none: 0,
  hint: 1,
  information: 2,
  warning: 3,
  error: 4,
};

export const USAGE = `Usage: oscar-facts check [options] FILE...   (FILE "-" reads standard input)

Checks press-article drafts about the Academy Awards against the bundled data.

Options:
  --format text|json       output format (default: text)
  --ceremony N             ceremony to assume when a draft names none (1-98)
  --max-severity LEVEL     most severe finding that still passes: none, hint,
                           information, warning, error (default: information,
                           so warnings and errors fail)
  --claims                 also list every claim found, with its verdict
  --max-size N             refuse drafts longer than N characters (default:
                           1000000, as the editor's oscarFacts.maxDocumentSize)
  -h, --help               show this help
  --version                show the version

Exit codes: 0 no failing finding, 1 failing findings, 2 usage or input error.`;

export function parseArgs(argv: string[]): CliOptions {
  const o: CliOptions = {
    command: "check",
    files: [],
    format: "text",
    maxSeverity: "information",
    claims: false,
    maxSize: DEFAULT_MAX_SIZE,
  };
  if (argv.length === 0) throw new UsageError("missing command; try: oscar-facts check FILE");
  const [command, ...rest] = argv;
  if (command === "-h" || command === "--help" || command === "help") return { ...o, command: "help" };
  if (command === "--version" || command === "version") return { ...o, command: "version" };
  if (command !== "check") throw new UsageError(`unknown command "${command}"; try: oscar-facts check FILE`);
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i];
    const value = (): string => {
      const eq = a.indexOf("=");
      if (eq > 0) return a.slice(eq + 1);
      const v = rest[++i];
      if (v === undefined) throw new UsageError(`${a} needs a value`);
      return v;
    };
    const name = a.startsWith("--") ? a.split("=")[0] : a;
    switch (name) {
      case "--format": {
        const v = value();
        if (v !== "text" && v !== "json") throw new UsageError(`--format must be text or json, not "${v}"`);
        o.format = v;
        break;
      }
      case "--ceremony": {
        const v = value();
        // Decimal digits only: Number() would also take "0x61", "1e2" and " 97".
        if (!/^\d{1,4}$/.test(v) || Number(v) < 1)
          throw new UsageError(`--ceremony must be a ceremony number such as 97, not "${v}"`);
        o.ceremony = Number(v);
        break;
      }
      case "--max-size": {
        const v = value();
        if (!/^\d{1,15}$/.test(v) || Number(v) < 1)
          throw new UsageError(`--max-size must be a number of characters such as 1000000, not "${v}"`);
        o.maxSize = Number(v);
        break;
      }
      case "--max-severity": {
        const v = value();
        if (!(v in SEVERITY_RANK))
          throw new UsageError(`--max-severity must be one of ${Object.keys(SEVERITY_RANK).join(", ")}, not "${v}"`);
        o.maxSeverity = v as CliOptions["maxSeverity"];
        break;
      }
      case "--claims":
        o.claims = true;
        break;
      case "-h":
      case "--help":
        return { ...o, command: "help" };
      default:
        if (a.startsWith("-") && a !== "-") throw new UsageError(`unknown option "${a}"`);
        o.files.push(a);
    }
  }
  if (o.files.length === 0) throw new UsageError("no FILE given; use - to read standard input");
  return o;
}
