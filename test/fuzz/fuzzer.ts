/**
 * A seeded, bounded fuzzer for the language server. It drives dist/server.js over stdio as
 * an editor would, with random incremental and full edits (surrogate pairs, CRLF, BOM,
 * zero-width and combining characters, NUL, runs of punctuation, unclosed comments, huge
 * pastes), hovers, code actions and pulls at random positions, closes and reopens,
 * malformed settings and cancellations; optionally 5 MB and 60 MB documents. At quiet
 * points it checks that each open document's diagnostics equal a fresh analysis of its
 * text, that hovers and fixes agree with it, that every range lies inside the document and
 * splits no surrogate pair, and that every fix's range holds the text its title names.
 * The same seed gives the same steps.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import {
  CancellationTokenSource,
  ResponseError,
  type CodeAction,
  type Command,
  type Diagnostic,
  type Hover,
  type Range,
  type TextEdit,
} from "vscode-languageserver-protocol/node";
import { TextDocument, type TextDocumentContentChangeEvent } from "vscode-languageserver-textdocument";
import { makeDraft, prng } from "../../bench/corpus";
import { applyChanges } from "../../server/src/lsp/documents";
import { sanitize, severityFor } from "../../server/src/lsp/settings";
import { articleFiles, oscarFacts, root, sharedArticles } from "../helpers";
import { startServer, type TestClient } from "../lsp/client";

export interface FuzzOptions {
  seed: number;
  steps: number;
  /** Also open 5 MB and 60 MB documents now and then. */
  huge?: boolean;
  progress?: (line: string) => void;
}

export interface Percentiles {
  n: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
}

export interface FuzzReport {
  seed: number;
  steps: number;
  requests: number;
  /** Requests the fuzzer cancelled, and how many of those were answered RequestCancelled. */
  cancelRequests: number;
  answeredCancelled: number;
  quietPoints: number;
  crashes: number;
  /** Results that disagree with a fresh analysis of the text open at a quiet point. */
  stale: string[];
  unanswered: number;
  /** Ranges outside the document or inside a surrogate pair, fixes on other text, error answers. */
  violations: string[];
  /** Errors the server logged (a handler failed, an unhandled rejection). */
  serverErrors: string[];
  latency: Record<string, Percentiles>;
  peakRssMb: number;
  /** The peak while no document over the size limit was open. */
  peakRssWithinLimitMb: number;
  /** Once every document is closed and garbage collected (the largest of the two sessions). */
  rssAfterGcMb: number;
  elapsedMs: number;
}

const SENTENCES = [
  "At the 97th Academy Awards, Demi Moore won Best Actress for The Substance.",
  "At the 97th Academy Awards, Mikey Madison won Best Actress for Anora.",
  "Anora won five Oscars, including Best Picture.",
  "Sean Baker won Best Director for Anora. Baker thanked the crew.",
  "The Brutalist won 4 Oscars at the 97th Academy Awards.",
  "Adrian Brody won Best Actor for The Brutalist.",
  "Kieran Culkin (A Real Pain) won Best Supporting Actor.",
  "Conan O'Brien hosted the 97th Academy Awards at the Dolby Theatre on March 2, 2025.",
  "Emilia Pérez had 14 nominations.",
  "<!-- oscar-facts-disable-next-line -->",
  "// oscar-facts-disable-next-line",
  "<!-- oscar-facts off -->",
  "<!-- oscar-facts on -->",
  "Timothée Chalamet was nominated for Best Actor for A Complete Unknown.",
  "# Anora's night",
  "- Best Picture – Anora (winner)",
];

const ODD = [
  "\ud83c\udfac",
  "\ud83d\udc69\u200d\ud83d\udc69\u200d\ud83d\udc67",
  "e\u0301",
  "\u200b",
  "\u200d",
  "\ufeff",
  "\u0000",
  "\r\n",
  "\n\n",
  "\r",
  "\t",
  "\u2028",
  "’",
  "“",
  "”",
  "–",
  "—",
  "\u00a0",
];
const MARKS = [".", "!", "?", ",", "-", "*", "_", "`", "<!--", "-->", "```\n", "[", "](", "<a ", ">", "#", "|", "\\"];

const METHODS = [
  "textDocument/hover",
  "textDocument/codeAction",
  "textDocument/diagnostic",
  "oscarFacts/check",
] as const;

interface FuzzDoc {
  uri: string;
  languageId: string;
  /** The client's copy, updated by the same library the server uses. */
  doc?: TextDocument;
  huge?: boolean;
}

interface Pending {
  method: string;
  started: number;
  cancelled: boolean;
  done: Promise<void>;
}

const SEVERITY = { error: 1, warning: 2, information: 3, hint: 4 } as const;

export async function runFuzz(opts: FuzzOptions): Promise<FuzzReport> {
  const t0 = performance.now();
  const rand = prng(opts.seed);
  const int = (lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1));
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)];
  const chance = (p: number) => rand() < p;
  const engine = oscarFacts();
  const data = JSON.parse(readFileSync(join(root, "dist", "data", "oscars.json"), "utf8"));
  const corpus = [
    ...articleFiles().map((f) => readFileSync(join(sharedArticles, f), "utf8")),
    ...[1, 2, 3].map((s) => makeDraft(data, 600, s)),
  ];
  const paragraphs = corpus.flatMap((t) => t.split(/\n\s*\n/)).filter((p) => p.trim());

  const report: FuzzReport = {
    seed: opts.seed,
    steps: 0,
    requests: 0,
    cancelRequests: 0,
    answeredCancelled: 0,
    quietPoints: 0,
    crashes: 0,
    stale: [],
    unanswered: 0,
    violations: [],
    serverErrors: [],
    latency: {},
    peakRssMb: 0,
    peakRssWithinLimitMb: 0,
    rssAfterGcMb: 0,
    elapsedMs: 0,
  };
  const latencies = new Map<string, number[]>();
  const note = (list: string[], what: string) => {
    if (list.length < 50) list.push(what);
    else if (list.length === 50) list.push("…");
  };

  const fragment = (): string => {
    const r = rand();
    if (r < 0.3) return pick(SENTENCES) + pick([" ", "\n", "\n\n", ""]);
    if (r < 0.5) return pick(ODD);
    if (r < 0.65) return pick(MARKS).repeat(chance(0.2) ? int(50, 3000) : int(1, 4));
    if (r < 0.75) return pick(paragraphs) + "\n\n";
    // A huge paste, on one line or in paragraphs.
    if (r < 0.8) return Array.from({ length: int(5, 40) }, () => pick(paragraphs)).join(chance(0.5) ? " " : "\n\n");
    if (r < 0.9) return String.fromCharCode(...Array.from({ length: int(1, 8) }, () => int(32, 0x2fff)));
    return pick(["Anora", "Oscar", "Best Picture", "97th", "Moore", "Madison", " won ", " for "]);
  };
  const freshText = (): string => {
    const r = rand();
    let t =
      r < 0.3
        ? pick(corpus)
        : r < 0.6
          ? Array.from({ length: int(1, 8) }, () => pick(paragraphs)).join("\n\n")
          : Array.from({ length: int(1, 12) }, fragment).join("");
    if (chance(0.15)) t = t.replace(/\n/g, "\r\n");
    if (chance(0.1)) t = "\ufeff" + t;
    return t;
  };
  /** Text sent whole must be well formed: a lone surrogate would arrive as U+FFFD. */
  const whole = (s: string) =>
    s.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, "\ufffd");

  const settingsPool: unknown[] = [
    {},
    { enable: false },
    { enable: "yes" },
    { languages: ["markdown"] },
    { languages: "markdown" },
    { languages: [1, 2] },
    { defaultCeremony: 97 },
    { defaultCeremony: "97" },
    { defaultCeremony: -3 },
    { defaultCeremony: 1.5 },
    { defaultCeremony: 500 },
    { diagnosticSeverity: "warning" },
    { diagnosticSeverity: { "wrong-winner": "hint", default: "information" } },
    { diagnosticSeverity: { "wrong-winner": "off", "misspelled-name": "loud" } },
    { diagnosticSeverity: 7 },
    { maxDocumentSize: 2_000 },
    { maxDocumentSize: -1 },
    { maxDocumentSize: "big" },
    { maxDocumentSize: 2_000_000 },
    null,
    "garbage",
    [1, 2, 3],
  ];
  const randomSettings = (): unknown => {
    const parts = Array.from({ length: int(1, 3) }, () => pick(settingsPool));
    if (parts.some((p) => !p || typeof p !== "object" || Array.isArray(p))) return pick(parts);
    return Object.assign({}, ...parts);
  };

  const docs: FuzzDoc[] = [
    { uri: "file:///fuzz/a.md", languageId: "markdown" },
    { uri: "file:///fuzz/b.txt", languageId: "plaintext" },
    { uri: "file:///fuzz/c.article", languageId: "press-article" },
    { uri: "file:///fuzz/d.json", languageId: "json" },
  ];
  const hugeDoc: FuzzDoc = { uri: "file:///fuzz/huge.md", languageId: "markdown", huge: true };

  for (const pull of [false, true]) {
    const steps = pull ? opts.steps - Math.floor(opts.steps / 2) : Math.floor(opts.steps / 2);
    let c: TestClient = await start(pull);
    let exited = false;
    const watch = (client: TestClient) =>
      client.proc.once("exit", () => {
        if (client === c && !stopping) exited = true;
      });
    let stopping = false;
    watch(c);
    const pending = new Set<Pending>();
    /** Whether a document over the limit has been opened in this session (its garbage outlives it). */
    let hugeSeen = false;
    /** Releases workspace/configuration answers held back, as a slow client would. */
    let release: (() => void) | undefined;
    let quietSoon = false;

    async function start(pullMode: boolean): Promise<TestClient> {
      const client = await startServer({
        pull: pullMode,
        debounceMs: 20,
        nodeArgs: ["--expose-gc"],
        // A pull client without refresh support, which answers a refresh request MethodNotFound.
        capabilities: pullMode ? { workspace: { diagnostics: { refreshSupport: false } } } : undefined,
        rejectRefresh: pullMode,
      });
      client.conn.onNotification("window/logMessage", (p: { type: number; message: string }) => {
        if (p.type === 1 && !/^oscar-facts: \S+ failed: .*request cancelled/.test(p.message))
          note(report.serverErrors, p.message.slice(0, 300));
      });
      return client;
    }

    const rss = () => {
      try {
        const status = readFileSync(`/proc/${c.proc.pid}/status`, "utf8");
        const mb = Number(/VmRSS:\s+(\d+)/.exec(status)![1]) / 1024;
        report.peakRssMb = Math.max(report.peakRssMb, mb);
        if (!hugeSeen) report.peakRssWithinLimitMb = Math.max(report.peakRssWithinLimitMb, mb);
      } catch {
        /* not Linux, or the process is gone */
      }
    };

    const request = (method: string, params: unknown, cancel = false): Promise<unknown> => {
      report.requests++;
      const cts = cancel ? new CancellationTokenSource() : undefined;
      const started = performance.now();
      const p = cts ? c.conn.sendRequest(method, params, cts.token) : c.conn.sendRequest(method, params);
      const entry: Pending = { method, started, cancelled: cancel, done: Promise.resolve() };
      entry.done = p.then(
        () => {
          pending.delete(entry);
          let xs = latencies.get(method);
          if (!xs) latencies.set(method, (xs = []));
          xs.push(performance.now() - started);
        },
        (e: unknown) => {
          pending.delete(entry);
          if (e instanceof ResponseError && e.code === -32800 && cancel) report.answeredCancelled++;
          else note(report.violations, `${method} answered with an error: ${(e as Error).message}`);
        },
      );
      pending.add(entry);
      if (cts) {
        report.cancelRequests++;
        if (chance(0.5)) cts.cancel();
        else setTimeout(() => cts.cancel(), int(0, 30));
      }
      return p.catch(() => undefined);
    };

    const open = (d: FuzzDoc, text: string, version = 1) => {
      d.doc = TextDocument.create(d.uri, d.languageId, version, whole(text));
      void c.conn.sendNotification("textDocument/didOpen", {
        textDocument: { uri: d.uri, languageId: d.languageId, version, text: d.doc.getText() },
      });
    };
    const close = (d: FuzzDoc) => {
      d.doc = undefined;
      void c.conn.sendNotification("textDocument/didClose", { textDocument: { uri: d.uri } });
    };
    const change = (d: FuzzDoc, changes: TextDocumentContentChangeEvent[]) => {
      const version = d.doc!.version + 1;
      d.doc = applyChanges(d.doc!, changes, version); // positions past the end are clamped, as the server does
      void c.conn.sendNotification("textDocument/didChange", {
        textDocument: { uri: d.uri, version },
        contentChanges: changes,
      });
    };
    const randomPosition = (doc: TextDocument) => {
      if (chance(0.05)) return { line: int(0, doc.lineCount + 3), character: int(0, 400) }; // past the end
      return doc.positionAt(int(0, doc.getText().length));
    };
    const randomRange = (doc: TextDocument): Range => {
      const start = int(0, doc.getText().length);
      const end = Math.min(doc.getText().length, start + (chance(0.8) ? int(0, 40) : int(0, 5000)));
      return chance(0.05)
        ? { start: randomPosition(doc), end: randomPosition(doc) }
        : { start: doc.positionAt(start), end: doc.positionAt(end) };
    };

    for (let step = 0; step < steps; step++) {
      report.steps++;
      if (exited) {
        report.crashes++;
        note(report.violations, `server exited at step ${report.steps}`);
        c = await start(pull);
        watch(c);
        exited = false;
        for (const d of docs) if (d.doc) open(d, d.doc.getText(), d.doc.version);
      }
      const d = pick(docs);
      const r = rand();
      if (!d.doc) open(d, freshText(), int(1, 3));
      else if (r < 0.38) {
        // Incremental edits, one to three in a notification, or the whole text.
        if (d.doc.getText().length > 200_000 || chance(0.08)) change(d, [{ text: whole(freshText()) }]);
        else
          change(
            d,
            Array.from({ length: int(1, 3) }, () => ({
              range: randomRange(d.doc!),
              text: chance(0.3) ? "" : fragment(),
            })),
          );
      } else if (r < 0.58)
        request("textDocument/hover", { textDocument: { uri: d.uri }, position: randomPosition(d.doc) }, chance(0.15));
      else if (r < 0.72) {
        // A side stream of random numbers: how many diagnostics arrived must not change the steps.
        const side = prng(int(0, 2 ** 30));
        const diagnostics = (c.diagnostics.get(d.uri)?.diagnostics ?? []).filter(() => side() < 0.5);
        request(
          "textDocument/codeAction",
          { textDocument: { uri: d.uri }, range: randomRange(d.doc), context: { diagnostics } },
          chance(0.15),
        );
      } else if (r < 0.8 && pull) request("textDocument/diagnostic", { textDocument: { uri: d.uri } }, chance(0.15));
      else if (r < 0.82) request("oscarFacts/check", { uri: d.uri }, chance(0.15));
      else if (r < 0.86) close(d);
      else if (r < 0.9) {
        // The sequence: opened afresh, a request waits for the document's settings
        // while it is closed and reopened at the same version with other text; then the
        // settings arrive.
        const version = chance(0.7) ? 1 : int(1, 3);
        if (!release && chance(0.5)) release = c.holdConfiguration();
        close(d);
        open(d, freshText(), version);
        if (pull) request("textDocument/diagnostic", { textDocument: { uri: d.uri } });
        else request("textDocument/hover", { textDocument: { uri: d.uri }, position: randomPosition(d.doc!) });
        close(d);
        open(d, freshText(), version);
        if (chance(0.3)) quietSoon = true;
      } else if (r < 0.92) {
        c.settings = randomSettings() as Record<string, unknown>;
        void c.conn.sendNotification("workspace/didChangeConfiguration", { settings: { oscarFacts: c.settings } });
      }
      if (opts.huge && !hugeDoc.doc && chance(1 / 4000)) {
        hugeSeen = true;
        open(hugeDoc, chance(0.2) ? "Anora won. ".repeat(6_000_000) : makeDraft(data, 800_000, int(1, 9)));
      } else if (hugeDoc.doc && chance(1 / 200)) close(hugeDoc);

      // Settings answered late: the server must not mix up what it learns meanwhile.
      if (!release && chance(0.03)) release = c.holdConfiguration();
      else if (release && chance(0.15)) {
        release();
        release = undefined;
      }
      // Concurrency, bounded: wait for the oldest requests beyond 16 in flight.
      if (release && pending.size > 16) {
        release();
        release = undefined;
      }
      while (pending.size > 16) await [...pending][0].done;
      if (step % 50 === 0) rss();
      if (chance(1 / 40) || quietSoon || step === steps - 1) await quietPoint();
      quietSoon = false;
      if (opts.progress && report.steps % 1000 === 0)
        opts.progress(
          `${report.steps} steps, ${report.requests} requests, stale ${report.stale.length}, ` +
            `violations ${report.violations.length}, peak RSS ${report.peakRssMb.toFixed(0)} MB`,
        );
    }

    /** Everything answered, then every open document checked against a fresh analysis. */
    async function quietPoint(): Promise<void> {
      report.quietPoints++;
      release?.();
      release = undefined;
      const deadline = performance.now() + 120_000;
      while (pending.size && performance.now() < deadline)
        await Promise.race([...pending].map((p) => p.done).concat(new Promise<void>((r) => setTimeout(r, 1000))));
      if (pending.size) {
        report.unanswered += pending.size;
        for (const p of pending)
          note(
            report.violations,
            `${p.method} unanswered after ${((performance.now() - p.started) / 1000).toFixed(0)} s`,
          );
        pending.clear();
      }
      // Every message sent so far has been read once this is answered.
      await c.conn.sendRequest("oscarFacts/memory", { collect: false }).catch(() => undefined);
      rss();
      if (pull && c.requests.some((q) => q.method === "workspace/diagnostic/refresh"))
        note(report.violations, "workspace/diagnostic/refresh sent to a client without refresh support");
      const settings = sanitize(c.settings);
      for (const d of [...docs, hugeDoc]) {
        if (!d.doc) continue;
        const doc = d.doc;
        const text = doc.getText();
        const checked =
          settings.enable && settings.languages.includes(d.languageId) && text.length <= settings.maxDocumentSize;
        const options = { defaultCeremony: settings.defaultCeremony ?? undefined };
        const findings = checked ? engine.doValidation(text, options) : [];
        const expected = findings.flatMap((f) => {
          const sev = severityFor(settings, f.rule, f.severity);
          return sev === "off"
            ? []
            : [key({ start: doc.positionAt(f.start), end: doc.positionAt(f.end) }, f.rule, SEVERITY[sev], f.message)];
        });
        const got = await published(d, expected);
        const where = `${d.uri} v${doc.version} (${text.length} chars, step ${report.steps})`;
        const keys = got.map(keyOf);
        if (keys.join("\n") !== expected.join("\n"))
          note(
            report.stale,
            `${where}: diagnostics ${keys.length} ≠ fresh ${expected.length}: ${diff(keys, expected)}`,
          );
        for (const g of got) checkRange(doc, g.range, `${where}: diagnostic`);
        if (!checked) continue;
        // Hovers on a few mentions agree with a fresh analysis.
        const mentions = engine.analyze(text, options).mentions;
        for (let k = 0; k < Math.min(3, mentions.length); k++) {
          const m = pick(mentions);
          const fresh = engine.doHover(text, m.start, options);
          const h = (await c.conn.sendRequest("textDocument/hover", {
            textDocument: { uri: d.uri },
            position: doc.positionAt(m.start),
          })) as Hover | null;
          const value = h ? (h.contents as { value: string }).value : undefined;
          if (value !== fresh?.markdown)
            note(report.stale, `${where}: hover at ${m.start} ("${m.text}") differs from a fresh analysis`);
          if (h?.range) checkRange(doc, h.range, `${where}: hover`);
        }
        // Fixes hold what their titles name.
        for (const f of findings.slice(0, 3)) {
          const range = { start: doc.positionAt(f.start), end: doc.positionAt(f.end) };
          const list = (await c.conn.sendRequest("textDocument/codeAction", {
            textDocument: { uri: d.uri },
            range,
            context: { diagnostics: [] },
          })) as (CodeAction | Command)[];
          for (const a of list) {
            const edits: TextEdit[] = "edit" in a && a.edit?.changes ? (a.edit.changes[d.uri] ?? []) : [];
            for (const e of edits) checkRange(doc, e.range, `${where}: fix "${a.title}"`);
            const named = /^Replace "(.+)" with "(.+)"$/.exec(a.title);
            if (named && edits.length && (doc.getText(edits[0].range) !== named[1] || edits[0].newText !== named[2]))
              note(report.violations, `${where}: "${a.title}" would replace "${doc.getText(edits[0].range)}"`);
          }
        }
      }
    }

    /** The server's diagnostics for the document as it is now: pulled, or the push awaited. */
    async function published(d: FuzzDoc, expected: string[]): Promise<Diagnostic[]> {
      if (pull)
        return (
          (await c.conn.sendRequest("textDocument/diagnostic", { textDocument: { uri: d.uri } })) as {
            items: Diagnostic[];
          }
        ).items;
      // Pushed: polled until the push for this version agrees, or a minute has passed.
      const now = () => {
        const p = c.diagnostics.get(d.uri);
        return p && p.version === d.doc!.version ? p.diagnostics : undefined;
      };
      const deadline = performance.now() + 60_000;
      while (performance.now() < deadline) {
        const got = now();
        if (got && got.map(keyOf).join("\n") === expected.join("\n")) return got;
        await new Promise((r) => setTimeout(r, 10));
      }
      return now() ?? [];
    }

    function checkRange(doc: TextDocument, range: Range, what: string): void {
      const text = doc.getText();
      const start = doc.offsetAt(range.start);
      const end = doc.offsetAt(range.end);
      // offsetAt clamps: a range is inside the document when it maps back to itself.
      const inside = same(doc.positionAt(start), range.start) && same(doc.positionAt(end), range.end) && start <= end;
      if (!inside) note(report.violations, `${what}: range ${JSON.stringify(range)} is not inside the document`);
      for (const at of [start, end]) {
        if (at > 0 && at < text.length && isHigh(text.charCodeAt(at - 1)) && isLow(text.charCodeAt(at)))
          note(report.violations, `${what}: range splits a surrogate pair at ${at}`);
      }
    }

    // Everything closed and collected: what the server keeps between sessions of work.
    for (const d of [...docs, hugeDoc]) if (d.doc) close(d);
    const memory = (collect: boolean) =>
      c.conn.sendRequest("oscarFacts/memory", { collect }).catch(() => ({ rssMb: 0 })) as Promise<{ rssMb: number }>;
    await memory(true);
    await new Promise((r) => setTimeout(r, 1000)); // V8 hands freed pages back shortly after
    report.rssAfterGcMb = Math.max(report.rssAfterGcMb, (await memory(false)).rssMb);
    stopping = true;
    await c.stop();
  }

  for (const [method, xs] of latencies)
    if ((METHODS as readonly string[]).includes(method)) report.latency[method] = percentiles(xs);
  report.elapsedMs = performance.now() - t0;
  return report;
}

const keyOf = (g: Diagnostic) =>
  key(g.range, String(g.code), g.severity ?? 0, typeof g.message === "string" ? g.message : g.message.value);

function key(range: Range, code: string, severity: number, message: string): string {
  const { start, end } = range;
  return `${start.line}:${start.character}-${end.line}:${end.character} ${code} ${severity} ${message}`;
}

function diff(got: string[], expected: string[]): string {
  const missing = expected.filter((x) => !got.includes(x));
  const extra = got.filter((x) => !expected.includes(x));
  return `missing ${JSON.stringify(missing.slice(0, 2))}, extra ${JSON.stringify(extra.slice(0, 2))}`.slice(0, 600);
}

const same = (a: { line: number; character: number }, b: { line: number; character: number }) =>
  a.line === b.line && a.character === b.character;
const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;

export function percentiles(xs: number[]): Percentiles {
  const s = [...xs].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? 0;
  return { n: s.length, p50: at(0.5), p95: at(0.95), p99: at(0.99), max: s[s.length - 1] ?? 0 };
}
