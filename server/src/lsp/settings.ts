import type { Connection } from "vscode-languageserver/node";
import type { Severity, ShowVerified } from "../engine";

export type SeveritySetting = Severity | "off";

/** `oscarFacts.*` settings, as the client contributes them. */
export interface Settings {
  enable: boolean;
  languages: string[];
  defaultCeremony: number | null;
  /** One level for every rule, or per rule id with an optional "default" (LTeX style). */
  diagnosticSeverity: SeveritySetting | Record<string, SeveritySetting>;
  maxDocumentSize: number;
  /** Marks on verified ("✓") and unverifiable ("?") claims: both, ✓ only, or none. */
  showVerified: ShowVerified;
}

export const DEFAULTS: Settings = {
  enable: true,
  languages: ["markdown", "plaintext", "press-article"],
  defaultCeremony: null,
  diagnosticSeverity: {},
  maxDocumentSize: 1_000_000,
  showVerified: "verified",
};

const LEVELS = new Set(["error", "warning", "information", "hint", "off"]);
const SHOW = new Set(["all", "verified", "off"]);

/** Settings with anything malformed replaced by its default, so a typo never stops checking. */
export function sanitize(raw: unknown): Settings {
  const r = (raw && typeof raw === "object" ? raw : {}) as Record<string, unknown>;
  const sev = r.diagnosticSeverity;
  let diagnosticSeverity: Settings["diagnosticSeverity"] = {};
  if (typeof sev === "string" && LEVELS.has(sev)) diagnosticSeverity = sev as SeveritySetting;
  else if (sev && typeof sev === "object") {
    diagnosticSeverity = Object.fromEntries(
      Object.entries(sev as Record<string, unknown>).filter(([, v]) => typeof v === "string" && LEVELS.has(v)),
    ) as Record<string, SeveritySetting>;
  }
  return {
    enable: typeof r.enable === "boolean" ? r.enable : DEFAULTS.enable,
    languages:
      Array.isArray(r.languages) && r.languages.every((x) => typeof x === "string")
        ? (r.languages as string[])
        : DEFAULTS.languages,
    defaultCeremony:
      typeof r.defaultCeremony === "number" && Number.isInteger(r.defaultCeremony) && r.defaultCeremony > 0
        ? r.defaultCeremony
        : null,
    diagnosticSeverity,
    maxDocumentSize:
      typeof r.maxDocumentSize === "number" && r.maxDocumentSize > 0 ? r.maxDocumentSize : DEFAULTS.maxDocumentSize,
    showVerified: SHOW.has(r.showVerified as string) ? (r.showVerified as ShowVerified) : DEFAULTS.showVerified,
  };
}

/** Severity for a rule, given the engine's own default. */
export function severityFor(s: Settings, rule: string, fallback: Severity): SeveritySetting {
  const sev = s.diagnosticSeverity;
  if (typeof sev === "string") return sev;
  return sev[rule] ?? sev.default ?? fallback;
}

/** Reads settings per document through workspace/configuration when the client offers it. */
export class SettingsStore {
  private readonly cache = new Map<string, Promise<Settings>>();
  private global: Settings = DEFAULTS;
  /** Counts settings changes: an answer computed across one is computed again. */
  generation = 0;

  constructor(
    private readonly connection: Connection,
    private supportsConfiguration = false,
  ) {}

  setSupport(supports: boolean): void {
    this.supportsConfiguration = supports;
  }

  /** Called on workspace/didChangeConfiguration: forget and, for push-only clients, take the sent value. */
  changed(pushed?: unknown): void {
    this.generation++;
    this.cache.clear();
    if (!this.supportsConfiguration && pushed && typeof pushed === "object" && "oscarFacts" in pushed) {
      this.global = sanitize((pushed as { oscarFacts: unknown }).oscarFacts);
    }
  }

  forget(uri: string): void {
    this.cache.delete(uri);
  }

  get(uri: string): Promise<Settings> {
    if (!this.supportsConfiguration) return Promise.resolve(this.global);
    let p = this.cache.get(uri);
    if (!p) {
      p = this.connection.workspace
        .getConfiguration({ scopeUri: uri, section: "oscarFacts" })
        .then(sanitize, () => DEFAULTS);
      this.cache.set(uri, p);
    }
    return p;
  }
}
