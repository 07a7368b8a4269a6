export type Verdict = "supported" | "refuted" | "unverifiable";
export type Severity = "error" | "warning" | "information" | "hint";

/** One record of the data a verdict rests on. */
export interface Evidence {
  ceremony: number;
  year: number;
  category: string;
  films: string[];
  nominees: string[];
  won: boolean;
  detail?: string;
  /** Set for other bodies' records: their name; `ceremony` is then 0 and `year` the edition's. */
  body?: string;
}

export interface Fix {
  title: string;
  replacement: string;
  start: number;
  end: number;
  /** The one right value: safe to apply without reading alternatives. */
  preferred: boolean;
}

export interface Claim {
  kind: "win" | "nomination" | "count" | "attribution" | "ceremony" | "career" | "name" | "season" | "record";
  rule: string;
  /** Range to underline (UTF-16 offsets). */
  start: number;
  end: number;
  /** The claim in plain words, for listings and hovers. */
  statement: string;
  verdict: Verdict;
  /** For refuted claims, the fact; for others, why. */
  message: string;
  evidence: Evidence[];
  fixes: Fix[];
  /** Severity for refuted claims unless settings say otherwise. */
  severity?: Severity;
  /** The one night a supported claim was borne out at, when the data holds it at one only. */
  night?: number;
}
