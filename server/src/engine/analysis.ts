/**
 * The pipeline, block by block: prose → blocks → (per block) tokens → sentences →
 * mentions → context → claims. State that crosses blocks (surnames seen, films for "the
 * film", the last category) is carried explicitly; a block's result is cached under its
 * text, the article's ceremony and a chained hash of what came before, so an edit costs
 * one block unless it changes the names the rest of the draft depends on.
 */
import { splitBlocks, type BlockRange } from "./blocks";
import { aboutOtherBodies, bodyWordCounts, buildView, mainBody, type BodyCounts, type SentenceView } from "./claims/view";
import { fold } from "./text/fold";
import { runChecks } from "./claims";
import type { Claim } from "./claims/types";
import { documentCeremony, resolveRelative, sentenceContexts, type CeremonyContext } from "./context";
import type { KnowledgeBase } from "./kb";
import { findAwardMentions } from "./mentions/awards";
import { findCeremonyMentions } from "./mentions/ceremonies";
import { detectMentions } from "./mentions/detect";
import type { Lexicon } from "./mentions/lexicon";
import type { Mention } from "./mentions/types";
import { maskNonProse } from "./text/prose";
import { splitSentences, type Sentence } from "./text/sentences";
import { tokenize } from "./text/tokens";
import { filmVote, standaloneFilms } from "./film-vote";
import { Prior, stillValid, type CarriedState, type Read } from "./prior";

export interface AnalyzeOptions {
  /** Ceremony to assume when the draft names none (e.g. from settings or --ceremony). */
  defaultCeremony?: number;
}


/** One block's analysis, in offsets local to the block. */
export interface BlockResult {
  sentences: Sentence[];
  contexts: (CeremonyContext | undefined)[];
  mentions: Mention[];
  claims: Claim[];
  /** This block's contribution to the carried state, and its short signature. */
  exports: { fullNames: { surname: string; ids: number[] }[]; films: Mention[]; people: Mention[]; lastCategory?: string; endsWithCategory: boolean };
  /** What the block asked of the blocks before it, with the answers. */
  reads: Read[];
  /** What else the result depends on, checked before reuse. */
  docKey?: string;
  priorCategory?: string;
}

export interface Block extends BlockRange {
  result: BlockResult;
}

/** A draft's analysis: blocks with local results; document-wide views are built on demand. */
export class Analysis {
  private claimsCache?: Claim[];
  private mentionsCache?: Mention[];

  constructor(
    readonly text: string,
    readonly doc: CeremonyContext | undefined,
    readonly blocks: Block[],
  ) {}

  get claims(): Claim[] {
    this.claimsCache ??= this.blocks.flatMap((b) => b.result.claims.map((c) => shiftClaim(c, b.start)));
    return this.claimsCache;
  }

  get mentions(): Mention[] {
    this.mentionsCache ??= this.blocks.flatMap((b) => b.result.mentions.map((m) => ({ ...m, start: m.start + b.start, end: m.end + b.start })));
    return this.mentionsCache;
  }

  /** Claims of one kind of verdict only, shifted; cheaper than `claims` when few qualify. */
  claimsWhere(keep: (c: Claim) => boolean): Claim[] {
    return this.blocks.flatMap((b) => b.result.claims.filter(keep).map((c) => shiftClaim(c, b.start)));
  }

  /** The mention at a document offset and the ceremony context of its sentence. */
  mentionAt(offset: number, keep: (m: Mention) => boolean = () => true): { mention: Mention; ctx?: CeremonyContext } | undefined {
    let lo = 0;
    let hi = this.blocks.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.blocks[mid].start <= offset) lo = mid;
      else hi = mid - 1;
    }
    const b = this.blocks[lo];
    if (!b || offset < b.start || offset > b.end) return undefined;
    const local = offset - b.start;
    const m = b.result.mentions.find((x) => local >= x.start && local <= x.end && keep(x));
    if (!m) return undefined;
    const si = b.result.sentences.findIndex((s) => local >= s.start && local <= s.end);
    return { mention: { ...m, start: m.start + b.start, end: m.end + b.start }, ctx: b.result.contexts[si] ?? this.doc };
  }
}

function shiftClaim(c: Claim, by: number): Claim {
  if (by === 0) return c;
  return { ...c, start: c.start + by, end: c.end + by, fixes: c.fixes.map((f) => ({ ...f, start: f.start + by, end: f.end + by })) };
}

/**
 * Analyses drafts, remembering block results between calls: keep one per open document.
 * Only the blocks used by the latest call are kept, so memory follows the draft's size.
 */
export class Analyzer {
  private slots = new Map<string, Slot>();

  constructor(
    private readonly kb: KnowledgeBase,
    private readonly lex: Lexicon,
  ) {}

  analyze(text: string, options: AnalyzeOptions = {}): Analysis {
    const steps = this.steps(text, options);
    for (;;) {
      const r = steps.next();
      if (r.done) return r.value;
    }
  }

  /**
   * The same analysis in steps: it pauses after each paragraph it reads afresh, so a caller
   * that must stay responsive (the language server) can serve other requests in between.
   * Nothing is committed to the cache until the last step: a run left unfinished is harmless.
   */
  *steps(text: string, options: AnalyzeOptions = {}): Generator<void, Analysis, void> {
    const prose = maskNonProse(text);
    const unmasked = prose === text;
    const ranges = splitBlocks(prose);
    // One slice and one lookup per block serve both phases.
    const slots: { raw: string; p: string; slot: Slot }[] = [];
    const next = new Map<string, Slot>();
    const all: Mention[] = [];
    for (const r of ranges) {
      const raw = text.slice(r.start, r.end);
      const p = unmasked ? raw : prose.slice(r.start, r.end);
      let slot = next.get(raw) ?? this.slots.get(raw);
      if (!slot || slot.prose !== p) {
        slot = { prose: p, ceremonies: findCeremonyMentions(p, this.kb), bodies: bodyWordCounts(fold(p)), results: [] };
        yield;
      }
      next.set(raw, slot);
      slots.push({ raw, p, slot });
      // Phase 1: ceremony mentions everywhere decide the article's ceremony.
      for (const m of slot.ceremonies) all.push(m);
    }
    let doc = documentCeremony(this.kb, prose, all, options.defaultCeremony);
    if (!doc || doc.strength === "dateline") {
      // No ceremony named: the films named decide; they also overrule a dateline they all contradict.
      const films: number[][] = [];
      for (const s of slots) {
        if (!s.slot.films) {
          s.slot.films = standaloneFilms(s.p, this.kb, this.lex);
          yield;
        }
        films.push(s.slot.films);
      }
      const vote = filmVote(this.kb, films);
      if (vote && (!doc || (vote.count >= 3 && !vote.counts.has(doc.ceremony)))) doc = { ceremony: vote.ceremony, strength: "document" };
    }
    // Phase 2: blocks in order, with carried state; cached results where nothing changed.
    const state: CarriedState = { surnames: new Map(), filmCounts: new Map() };
    // Body words are counted per paragraph (cached): no whole-draft scan on a keystroke.
    const total: BodyCounts = { other: 0, oscar: 0, byBody: {} };
    for (const { slot } of slots) {
      total.other += slot.bodies.other;
      total.oscar += slot.bodies.oscar;
      for (const [k, n] of Object.entries(slot.bodies.byBody)) total.byBody[k] = (total.byBody[k] ?? 0) + n;
    }
    const otherBodies = aboutOtherBodies(total);
    const docBody = otherBodies ? mainBody(total) : undefined;
    const docKey = `${doc?.ceremony ?? "-"}:${doc?.strength ?? "-"}:${otherBodies}:${docBody ?? "-"}`;
    const blocks: Block[] = [];
    for (let i = 0; i < ranges.length; i++) {
      const { raw, p, slot } = slots[i];
      // A result is reused when what it depends on is unchanged: the article's ceremony,
      // the category carried in, and the answers it read from earlier blocks.
      let result = slot.results.find((c) => c.docKey === docKey && c.priorCategory === state.priorCategory && stillValid(c.reads, state, c.exports.films));
      if (!result) {
        result = { ...analyzeBlock(this.kb, this.lex, raw, p, doc, state, slot.ceremonies, bodiesOf(slot.bodies, otherBodies, docBody)), docKey, priorCategory: state.priorCategory };
        // Keep a few variants (the same paragraph read under different earlier text).
        slot.results = [result, ...slot.results].slice(0, 3);
        yield;
      }
      carry(state, result);
      blocks.push({ start: ranges[i].start, end: ranges[i].end, result });
    }
    this.slots = next;
    return new Analysis(text, doc, blocks);
  }
}

/** Everything cached for one block's text. */
interface Slot {
  prose: string;
  ceremonies: Mention[];
  /** How often the block names other award bodies and the Oscars. */
  bodies: BodyCounts;
  /** Films named without the article's season, for the film vote (computed when needed). */
  films?: number[];
  results: BlockResult[];
}

/** Applies a block's exports to the carried state. */
function carry(state: CarriedState, r: BlockResult): void {
  for (const { surname, ids } of r.exports.fullNames) {
    const prior = state.surnames.get(surname);
    if (!prior) state.surnames.set(surname, ids);
    else if (prior.length && !sameIds(prior, ids)) state.surnames.set(surname, []);
  }
  for (const f of r.exports.films) state.filmCounts.set(f.ids[0], (state.filmCounts.get(f.ids[0]) ?? 0) + 1);
  if (r.exports.films.length) state.lastFilm = r.exports.films[r.exports.films.length - 1];
  if (r.exports.people.length) state.lastPerson = r.exports.people[r.exports.people.length - 1];
  if (r.exports.endsWithCategory) state.priorCategory = r.exports.lastCategory;
  else state.priorCategory = undefined;
}

function sameIds(a: number[], b: number[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

export function analyzeBlock(
  kb: KnowledgeBase,
  lex: Lexicon,
  raw: string,
  prose: string,
  doc: CeremonyContext | undefined,
  carried: CarriedState,
  found?: Mention[],
  /** Whether the draft or this paragraph is about other award bodies, and which. */
  bodies: { otherBodies: boolean; body?: string } = { otherBodies: false },
): BlockResult {
  const { otherBodies, body } = bodies;
  const tokens = tokenize(prose);
  const sentences = splitSentences(prose, tokens);
  // Phase 1 found them already; copies, since the article's ceremony resolves them in place.
  const ceremonies = found ? found.map((m) => ({ ...m, ids: [...m.ids] })) : findCeremonyMentions(prose, kb);
  resolveRelative(ceremonies, doc);
  const prior = new Prior(carried);
  const mentions = findAwardMentions(prose, tokens, detectMentions({ text: prose, tokens, sentences, ceremonies, docCeremony: doc?.ceremony, surname: (k) => prior.surname(k) }, kb, lex));
  for (const m of mentions) m.text = raw.slice(m.start, m.end);
  const contexts = sentenceContexts(sentences, mentions, doc);

  const claims: Claim[] = [];
  let priorCategory = carried.priorCategory;
  let from = 0;
  let mi = 0;
  sentences.forEach((s, i) => {
    // Mentions are sorted: the sentence's own are a slice, found without rescanning.
    while (from < mentions.length && mentions[from].first < s.first) from++;
    let to = from;
    while (to < mentions.length && mentions[to].first < s.last) to++;
    const own = mentions.slice(from, to).filter((m) => m.last <= s.last);
    const view: SentenceView = buildView(raw, tokens, s, own, contexts[i], doc, prior, kb, priorCategory);
    view.otherBodies = otherBodies;
    view.body = body;
    priorCategory = undefined;
    runChecks(view, claims);
    while (mi < mentions.length && mentions[mi].start < s.end) {
      const m = mentions[mi++];
      if (m.kind === "film") prior.films.push(m);
      if (m.kind === "person") prior.people.push(m);
      if (m.kind === "category" && m.explicit) priorCategory = m.category;
    }
  });

  const films = mentions.filter((m) => m.kind === "film");
  const people = mentions.filter((m) => m.kind === "person");
  const fullNames = people.filter((m) => m.via === "name").map((m) => ({ surname: tokens[m.last - 1].norm, ids: m.ids }));
  const lastSentence = sentences[sentences.length - 1];
  const lastCategory = lastSentence ? [...mentions].reverse().find((m) => m.kind === "category" && m.explicit && m.start >= lastSentence.start)?.category : undefined;
  // Mentions keep only what later readers need; tokens are not kept (memory).
  const slim = (m: Mention): Mention => ({ ...m, first: -1, last: -1 });
  const exports = { fullNames, films: films.map(slim), people: people.map(slim), lastCategory, endsWithCategory: lastCategory !== undefined };
  // Evidence is shown only for findings; supported claims keep their message alone (memory).
  for (const c of claims) if (c.verdict !== "refuted") c.evidence = [];
  return { sentences, contexts, mentions, claims: dedupe(claims), exports, reads: prior.reads };
}

/** Two patterns reading the same words keep the refutation, or the first. */
function dedupe(claims: Claim[]): Claim[] {
  const byKey = new Map<string, Claim>();
  for (const c of claims) {
    const key = `${c.rule}:${c.start}:${c.end}:${c.statement}`;
    const prior = byKey.get(key);
    if (!prior || (prior.verdict !== "refuted" && c.verdict === "refuted")) byKey.set(key, c);
  }
  return [...byKey.values()].sort((a, b) => a.start - b.start || a.end - b.end);
}

/** A paragraph about other bodies is about its own main one; else the article's. */
function bodiesOf(block: BodyCounts, docOther: boolean, docBody: string | undefined): { otherBodies: boolean; body?: string } {
  const own = aboutOtherBodies(block);
  return { otherBodies: docOther || own, body: (own ? mainBody(block) : undefined) ?? docBody };
}
