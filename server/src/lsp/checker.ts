import type { CancellationToken, Connection, Diagnostic, TextDocuments } from "vscode-languageserver/node";
import type { TextDocument } from "vscode-languageserver-textdocument";
import type { Analysis, Analyzer, Finding, OscarFacts } from "../engine";
import { stableDiagnostic } from "./convert";
import { logFailure, throwIfCancelled, untilCancelled } from "./guard";
import { collectWhenQuiet } from "./memory";
import { severityFor, type Settings, type SettingsStore } from "./settings";
import { TextMap } from "./text-map";
import { warmedUp } from "../warm";

export type Skip = "disabled" | "language" | "too-large";

/** Why a document is not checked, in the user's terms. */
export function skipMessage(skip: Skip, doc: TextDocument): string {
  if (skip === "disabled") return "checking is turned off (oscarFacts.enable)";
  if (skip === "language") return `language "${doc.languageId}" is not in oscarFacts.languages`;
  return "the document is larger than oscarFacts.maxDocumentSize";
}

/** An analysis with the text it was made for: it answers for that text only. */
export interface Checked {
  text: string;
  ceremony: number | null;
  analysis: Analysis;
  findings: Finding[];
}

/** The document open now with its settings, and its analysis or why it is not checked. */
export type Current = { doc: TextDocument; settings: Settings } & (
  { checked: Checked; skip?: undefined } | { checked?: undefined; skip: Skip }
);

/** A current analysis with the version of the document it answers for (marks, the claims list). */
export type Cached = Checked & { version: number };

interface Run {
  text: string;
  ceremony: number | null;
  done: Promise<Checked | undefined>;
}

interface DocState {
  /** Keeps block results between runs, so an edit re-reads one block. */
  analyzer: Analyzer;
  /** The last complete analysis, whatever text it was for. */
  latest?: Checked;
  running?: Run;
  /** From `latest.text` to the text open now, kept while both stay the same. */
  map?: TextMap;
  closed: boolean;
}

/** How long one piece of an analysis may hold the server before other requests are served. */
const SLICE_MS = 8;

/**
 * Lets everything waiting run before the next slice. The protocol library passes each
 * message through three turns of the event loop (read, dispatch, write); yielding only one
 * turn would put a slice of analysis between each, and a hover would wait for three.
 */
async function nextTurn(): Promise<void> {
  for (let i = 0; i < 4; i++) await new Promise<void>((resolve) => setImmediate(resolve));
}

/**
 * Runs the engine on open documents within the settings' limits. Every result is tied to
 * the text it was computed for, never to a uri and version: a document closed and
 * reopened with other text at the same version is analysed again. Analyses run in slices
 * of a few milliseconds, one at a time per document, so a long draft never holds up a
 * request about another.
 */
export class Checker {
  private readonly states = new Map<string, DocState>();
  private readonly warnedTooLarge = new Set<string>();
  private readonly diagnosed: ((doc: TextDocument, checked: Cached | undefined) => void)[] = [];

  constructor(
    private readonly connection: Connection,
    private readonly engine: OscarFacts,
    readonly settings: SettingsStore,
    private readonly documents: TextDocuments<TextDocument>,
  ) {}

  skipReason(doc: TextDocument, s: Settings): Skip | undefined {
    if (!s.enable) return "disabled";
    if (!s.languages.includes(doc.languageId)) return "language";
    if (doc.getText().length > s.maxDocumentSize) return "too-large";
    return undefined;
  }

  /**
   * The analysis of the document as it is open when this resolves (undefined: not open).
   * Settings and analysis are awaited; whatever changed meanwhile is read again.
   */
  async current(uri: string, token?: CancellationToken): Promise<Current | undefined> {
    for (;;) {
      const doc = this.documents.get(uri);
      if (!doc) return undefined;
      const generation = this.settings.generation;
      const settings = await untilCancelled(this.settings.get(uri), token);
      // Closed and reopened, or settings changed, while settings were read: read again.
      if (this.documents.get(uri) !== doc || this.settings.generation !== generation) continue;
      const skip = this.skipReason(doc, settings);
      if (skip) {
        this.skipped(uri, doc, settings, skip);
        return { doc, settings, skip };
      }
      const text = doc.getText();
      const checked = await untilCancelled(this.resultFor(uri, text, settings.defaultCeremony), token);
      const unchanged =
        this.documents.get(uri) === doc && doc.getText() === text && this.settings.generation === generation;
      if (checked && unchanged) return { doc, settings, checked };
      throwIfCancelled(token);
    }
  }

  /**
   * The last complete analysis of the document open as `doc`, with the map from its text
   * to the text open now, for answering at once while a newer analysis runs.
   */
  latest(uri: string, doc: TextDocument): { checked: Checked; map: TextMap } | undefined {
    const st = this.states.get(uri);
    const checked = st?.latest;
    if (!st || !checked || this.documents.get(uri) !== doc) return undefined;
    const text = doc.getText();
    if (!st.map || st.map.from !== checked.text || st.map.to !== text) st.map = new TextMap(checked.text, text);
    return { checked, map: st.map };
  }

  /** Told of each document's analysis as its diagnostics go out (the marks follow them). */
  onDiagnosed(listener: (doc: TextDocument, checked: Cached | undefined) => void): void {
    this.diagnosed.push(listener);
  }

  /** Whether an analysis of some document is under way. */
  get analysing(): boolean {
    for (const st of this.states.values()) if (st.running) return true;
    return false;
  }

  /** The last complete analysis of a document, whatever text it was for (completion's context). */
  lastChecked(uri: string): Checked | undefined {
    return this.states.get(uri)?.latest;
  }

  /** The analysis of the document open now, with its version; none when it is not checked. */
  async check(doc: TextDocument): Promise<Cached | undefined> {
    const c = await this.current(doc.uri);
    return c?.checked ? { ...c.checked, version: c.doc.version } : undefined;
  }

  /** Diagnostics of a current analysis, at the severities its settings ask for. */
  diagnostics(c: Current): Diagnostic[] {
    const cached = c.checked ? { ...c.checked, version: c.doc.version } : undefined;
    for (const listener of this.diagnosed) {
      try {
        listener(c.doc, cached);
      } catch (e) {
        this.connection.console.error(`oscar-facts: after diagnostics: ${(e as Error)?.stack ?? e}`);
      }
    }
    const out: Diagnostic[] = [];
    for (const f of c.checked?.findings ?? []) {
      const sev = severityFor(c.settings, f.rule, f.severity);
      if (sev !== "off") out.push(stableDiagnostic(c.doc, f, sev));
    }
    // (The loader keeps V8's code cache once the first check's functions are compiled, after this is sent.)
    if (c.checked) warmedUp();
    return out;
  }

  /** One analysis at a time per document; a request for the text being analysed waits for that run. */
  private async resultFor(uri: string, text: string, ceremony: number | null): Promise<Checked | undefined> {
    const st = this.stateOf(uri);
    for (;;) {
      if (st.closed) return undefined;
      if (st.latest && st.latest.ceremony === ceremony && st.latest.text === text) return st.latest;
      const running = st.running;
      if (running && running.ceremony === ceremony && running.text === text) return running.done;
      if (running) {
        // An older text's run finishes first: it leaves its blocks in the cache for this one.
        await running.done;
        continue;
      }
      const run: Run = { text, ceremony, done: this.run(st, text, ceremony) };
      st.running = run;
      void run.done.finally(() => {
        if (st.running === run) st.running = undefined;
      });
    }
  }

  private async run(st: DocState, text: string, ceremony: number | null): Promise<Checked | undefined> {
    const options = { defaultCeremony: ceremony ?? undefined };
    try {
      const steps = st.analyzer.steps(text, options);
      let r: IteratorResult<void, Analysis>;
      for (;;) {
        const until = performance.now() + SLICE_MS;
        do r = steps.next();
        while (!r.done && performance.now() < until);
        if (r.done) break;
        await nextTurn(); // other requests and messages are served here
        if (st.closed) return undefined;
      }
      const checked: Checked = {
        text,
        ceremony,
        analysis: r.value,
        findings: this.engine.doValidation(text, options, r.value),
      };
      if (!st.closed) st.latest = checked;
      collectWhenQuiet();
      return checked;
    } catch (e) {
      this.connection.console.error(`oscar-facts: analysis failed: ${(e as Error)?.stack ?? String(e)}`);
      return undefined;
    }
  }

  private stateOf(uri: string): DocState {
    let st = this.states.get(uri);
    if (!st) this.states.set(uri, (st = { analyzer: this.engine.analyzer(), closed: false }));
    return st;
  }

  /** A document not checked keeps nothing here: no analyzer, no result, no copy of its text. */
  private skipped(uri: string, doc: TextDocument, s: Settings, skip: Skip): void {
    this.drop(uri);
    collectWhenQuiet();
    if (skip !== "too-large" || this.warnedTooLarge.has(uri)) return;
    this.warnedTooLarge.add(uri);
    const size = doc.getText().length.toLocaleString("en-US");
    const limit = s.maxDocumentSize.toLocaleString("en-US");
    const message =
      `Oscar Facts: ${uri} has ${size} characters, ` +
      `more than oscarFacts.maxDocumentSize (${limit}); it is not checked.`;
    logFailure(this.connection, "showWarningMessage", this.connection.window.showWarningMessage(message));
  }

  private drop(uri: string): void {
    const st = this.states.get(uri);
    if (st) st.closed = true; // a run in progress stops at its next slice
    this.states.delete(uri);
  }

  /** The document was closed. */
  forget(uri: string): void {
    this.drop(uri);
    this.warnedTooLarge.delete(uri);
  }

  /** Settings changed: no earlier result answers for the new ones; block caches stay. */
  settingsChanged(): void {
    for (const st of this.states.values()) {
      st.latest = undefined;
      st.map = undefined;
    }
  }
}
