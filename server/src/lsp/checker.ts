import type { Connection, Diagnostic } from "vscode-languageserver/node";
import type { TextDocument } from "vscode-languageserver-textdocument";
import type { Analysis, Analyzer, Finding, OscarFacts } from "../engine";
import { toDiagnostic } from "./convert";
import { severityFor, type Settings, type SettingsStore } from "./settings";

export type Skip = "disabled" | "language" | "too-large";

/** Why a document is not checked, in the user's terms. */
export function skipMessage(skip: Skip, doc: TextDocument): string {
  if (skip === "disabled") return "checking is turned off (oscarFacts.enable)";
  if (skip === "language") return `language "${doc.languageId}" is not in oscarFacts.languages`;
  return "the document is larger than oscarFacts.maxDocumentSize";
}

export interface Cached {
  version: number;
  ceremony: number | null;
  analysis: Analysis;
  findings: Finding[];
}

/** Runs the engine on open documents, once per version, within the settings' limits. */
export class Checker {
  private readonly cache = new Map<string, Cached>();
  /** One analyzer per open document: it keeps block results, so an edit re-reads one block. */
  private readonly analyzers = new Map<string, Analyzer>();
  private readonly warnedTooLarge = new Set<string>();
  /** Told of each version whose diagnostics were computed: the claim marks follow them. */
  private readonly diagnosed: ((doc: TextDocument, checked: Cached | undefined) => void)[] = [];

  constructor(
    private readonly connection: Connection,
    private readonly engine: OscarFacts,
    readonly settings: SettingsStore,
  ) {}

  skipReason(doc: TextDocument, s: Settings): Skip | undefined {
    if (!s.enable) return "disabled";
    if (!s.languages.includes(doc.languageId)) return "language";
    if (doc.getText().length > s.maxDocumentSize) return "too-large";
    return undefined;
  }

  /** The analysis and findings of this version, or undefined when the document is not checked. */
  async check(doc: TextDocument): Promise<Cached | undefined> {
    const s = await this.settings.get(doc.uri);
    const skip = this.skipReason(doc, s);
    if (skip === "too-large" && !this.warnedTooLarge.has(doc.uri)) {
      this.warnedTooLarge.add(doc.uri);
      void this.connection.window.showWarningMessage(`Oscar Facts: ${doc.uri} has ${doc.getText().length.toLocaleString("en-US")} characters, more than oscarFacts.maxDocumentSize (${s.maxDocumentSize.toLocaleString("en-US")}); it is not checked.`);
    }
    if (skip) return undefined;
    const hit = this.cache.get(doc.uri);
    if (hit && hit.version === doc.version && hit.ceremony === s.defaultCeremony) return hit;
    const text = doc.getText();
    const options = { defaultCeremony: s.defaultCeremony ?? undefined };
    let analyzer = this.analyzers.get(doc.uri);
    if (!analyzer) this.analyzers.set(doc.uri, (analyzer = this.engine.analyzer()));
    const analysis = analyzer.analyze(text, options);
    const entry = { version: doc.version, ceremony: s.defaultCeremony, analysis, findings: this.engine.doValidation(text, options, analysis) };
    this.cache.set(doc.uri, entry);
    return entry;
  }

  onDiagnosed(listener: (doc: TextDocument, checked: Cached | undefined) => void): void {
    this.diagnosed.push(listener);
  }

  /** The last analysis of a document, whatever its version (completion's context while typing). */
  latest(uri: string): Cached | undefined {
    return this.cache.get(uri);
  }

  async diagnostics(doc: TextDocument): Promise<Diagnostic[]> {
    const c = await this.check(doc);
    for (const listener of this.diagnosed) {
      try {
        listener(doc, c);
      } catch (e) {
        this.connection.console.error(`oscar-facts: after diagnostics: ${(e as Error)?.stack ?? e}`);
      }
    }
    if (!c) return [];
    const s = await this.settings.get(doc.uri);
    const out: Diagnostic[] = [];
    for (const f of c.findings) {
      const sev = severityFor(s, f.rule, f.severity);
      if (sev !== "off") out.push(toDiagnostic(doc, f, sev));
    }
    return out;
  }

  forget(uri: string): void {
    this.cache.delete(uri);
    this.analyzers.delete(uri);
    this.warnedTooLarge.delete(uri);
  }

  clear(): void {
    this.cache.clear();
    this.analyzers.clear();
  }
}
