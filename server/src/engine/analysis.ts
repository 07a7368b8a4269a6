/**
 * The pipeline, block by block: prose → blocks → (per block) tokens → sentences →
 * mentions → context → claims. State that crosses blocks (surnames seen, films for "the
 * film", the last category) is carried explicitly; a block's result is cached under its
 * text, the article's ceremony and a chained hash of what came before, so an edit costs
 * one block unless it changes the names the rest of the draft depends on.
 */
import { splitBlocks, type BlockRange } from "./blocks";
import {
  aboutOtherBodies,
  DESCRIBED_FILM_SUBJECT,
  MAKERS_FILM_SUBJECT,
  bodyWordCounts,
  buildView,
  mainBody,
  type BodyCounts,
  type Listed,
  type SentenceView,
} from "./claims/view";
import { fold } from "./text/fold";
import { fitsPronoun, possessedFilm } from "./claims/common";
import { runChecks } from "./claims";
import { winnersList } from "./claims/frames/winners-list";
import { checkCountLine, countLineAhead } from "./claims/fact-lines";
import { unitsOf } from "./claims/frames/clauses";
import { headingOf, isListLine, leadInAfter } from "./claims/frames/heading";
import { slipKey } from "./title-slips";
import { FILM_WORD, SUBTITLE, subtitleOf, titleWords } from "./mentions/short-titles";
import type { Claim } from "./claims/types";
import { itemNights, itemStarts } from "./mentions/item-nights";
import { givenKey } from "./mentions/given-names";
import {
  documentCeremony,
  nightOfDatedOpening,
  resolveRelative,
  sentenceContexts,
  type CeremonyContext,
} from "./context";
import type { KnowledgeBase } from "./kb";
import { findAwardMentions } from "./mentions/awards";
import { findCeremonyMentions } from "./mentions/ceremonies";
import { AUXILIARIES, detectMentions, tokenRange } from "./mentions/detect";
import { surnameOf, type Lexicon } from "./mentions/lexicon";
import { uniform, type Mention } from "./mentions/types";
import { movedOff, nightBorneOut, TIME_MOVED, tellsOf } from "./night-moves";
import { markupFree, markupFreeAfterEdit, maskNonProse } from "./text/prose";
import { splitSentences, type Sentence } from "./text/sentences";
import { tokenize } from "./text/tokens";
import { filmVote, standaloneNames, type Named, type Vote } from "./film-vote";
import { Prior, stillValid, type CarriedState, type Read } from "./prior";
import { ReusedMap } from "./reused-map";

/** A short bullet line: "- Sinner", "* One Battle After Another". */
const BULLET_LINE = /^[-*\u2022][ \t]+\S[^\n]{0,80}$/;

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
  exports: {
    fullNames: { surname: string; ids: number[] }[];
    films: Mention[];
    people: Mention[];
    lastCategory?: string;
    endsWithCategory: boolean;
    heading?: string;
    leadIn?: "win" | "nominate";
    /** A section heading: the night it names (null: none, which ends the section before). */
    section?: number | null;
    /** A heading's text, for the section under it. */
    title?: string;
  };
  /** What the block asked of the blocks before it, with the answers. */
  reads: Read[];
  /** What else the result depends on, checked before reuse. */
  docKey?: string;
  bodyKey?: string;
  priorCategory?: string;
  heading?: string;
  leadIn?: "win" | "nominate";
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
    /** The text holds no markup, so no directive either. */
    readonly plain = false,
  ) {}

  get claims(): Claim[] {
    this.claimsCache ??= this.blocks.flatMap((b) => b.result.claims.map((c) => shiftClaim(c, b.start)));
    return this.claimsCache;
  }

  get mentions(): Mention[] {
    this.mentionsCache ??= this.blocks.flatMap((b) =>
      b.result.mentions.map((m) => ({ ...m, start: m.start + b.start, end: m.end + b.start })),
    );
    return this.mentionsCache;
  }

  /** The block holding a document offset. */
  private blockAt(offset: number): Block | undefined {
    let lo = 0;
    let hi = this.blocks.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.blocks[mid].start <= offset) lo = mid;
      else hi = mid - 1;
    }
    const b = this.blocks[lo];
    return b && offset >= b.start && offset <= b.end ? b : undefined;
  }

  /** The ceremony the sentence at a document offset is about, else the article's. */
  ceremonyAt(offset: number): number | undefined {
    const b = this.blockAt(offset);
    const local = b ? offset - b.start : -1;
    const si = b ? b.result.sentences.findIndex((s) => local >= s.start && local <= s.end) : -1;
    return (b && si >= 0 ? b.result.contexts[si] : undefined)?.ceremony ?? this.doc?.ceremony;
  }

  /** The mention at a document offset and the ceremony context of its sentence. */
  mentionAt(
    offset: number,
    keep: (m: Mention) => boolean = () => true,
  ): { mention: Mention; ctx?: CeremonyContext } | undefined {
    const b = this.blockAt(offset);
    if (!b) return undefined;
    const local = offset - b.start;
    const m = b.result.mentions.find((x) => local >= x.start && local <= x.end && keep(x));
    if (!m) return undefined;
    const si = b.result.sentences.findIndex((s) => local >= s.start && local <= s.end);
    return {
      mention: { ...m, start: m.start + b.start, end: m.end + b.start },
      ctx: b.result.contexts[si] ?? this.doc,
    };
  }
}

function shiftClaim(c: Claim, by: number): Claim {
  if (by === 0) return c;
  return {
    ...c,
    start: c.start + by,
    end: c.end + by,
    fixes: c.fixes.map((f) => ({ ...f, start: f.start + by, end: f.end + by })),
  };
}

/**
 * Analyses drafts, remembering block results between calls: keep one per open document.
 * Only the blocks used by the latest call are kept, so memory follows the draft's size.
 */
export class Analyzer {
  /** The last call's blocks in order, each with its text and cached results. */
  private blocks: Placed[] = [];
  /** The carried state's maps, refilled by each call (one call at a time per analyzer). */
  private readonly surnames = new ReusedMap<string, number[]>();
  private readonly filmCounts = new ReusedMap<number, number>();
  /** The result each of the last call's blocks used, and the article-wide key they were read under. */
  private chosen: BlockResult[] = [];
  private chosenDocKey?: string;
  /** The last call's text when it held no markup (an edit of it is searched for markup where it changed). */
  private plainText?: string;

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
    const plain = this.plainText !== undefined ? markupFreeAfterEdit(this.plainText, text) : markupFree(text);
    this.plainText = plain ? text : undefined;
    const prose = plain ? text : maskNonProse(text);
    const unmasked = prose === text;
    const ranges = splitBlocks(prose);
    // One slice and one lookup per block serve both phases.
    const slots: Placed[] = [];
    const find = finder(this.blocks);
    const made = new Map<string, Placed>();
    const all: Mention[] = [];
    for (const r of ranges) {
      const raw = text.slice(r.start, r.end);
      const p = unmasked ? raw : prose.slice(r.start, r.end);
      // (A paragraph the draft holds twice is read once: new blocks are also looked up among this call's.)
      let placed = find(raw, slots.length) ?? made.get(raw);
      if (!placed || placed.slot.prose !== p) {
        placed = readBlock(this.kb, raw, unmasked ? undefined : p);
        made.set(raw, placed);
        yield;
      }
      slots.push(placed);
      // Phase 1: ceremony mentions everywhere decide the article's ceremony.
      for (const m of placed.slot.ceremonies) all.push(m);
    }
    let doc = documentCeremony(this.kb, prose, all, options.defaultCeremony);
    const byYear = doc?.strength === "document" && yearOnly(all, doc.ceremony);
    const single = doc?.strength === "document" && !byYear && namedOnce(all, doc.ceremony);
    if (!doc || doc.strength === "dateline" || byYear || single) {
      // The names standing on their own, computed once per block (a slice of work each).
      const named: Named[] = [];
      for (const s of slots) {
        if (!s.slot.named) {
          s.slot.named = standaloneNames(s.p, this.kb, this.lex);
          yield;
        }
        named.push(s.slot.named);
      }
      const vote = filmVote(this.kb, named);
      if (single) {
        // One ordinal against many films of another night: the ordinal is the likelier slip.
        const there = vote ? (vote.counts.get(doc!.ceremony) ?? 0) : 0;
        if (vote && vote.count >= 4 && there * 3 <= vote.count) doc = { ceremony: vote.ceremony, strength: "document" };
        // ("… a year before, she had co-hosted the 58th ceremony" in a career piece: an ordinal named once that none
        // of the many nights' films named competed at is an aside; the piece has no night of its own.)
        else if (nightAside(this.kb, named, doc!.ceremony))
          doc = documentCeremony(this.kb, prose, [], options.defaultCeremony);
      } else if (vote && overrules(vote, doc)) {
        // No ceremony named: the films named decide; they also overrule a dateline they all contradict,
        // and a year ("the 1985 Oscar nominees") that names the ceremony held then, not the one honouring its films.
        doc = { ceremony: vote.ceremony, strength: "document" };
      }
    }
    // Phase 2: blocks in order, with carried state; cached results where nothing changed.
    // (A map emptied outright is refilled in a new key order, which reads can see: no block's incoming state may be
    // taken to match the last check's, so none keeps its result unasked.)
    const emptied = [this.surnames.clear(), this.filmCounts.clear()].includes(true);
    const state: CarriedState = { surnames: this.surnames, filmCounts: this.filmCounts };
    // Body words are counted per paragraph (cached): no whole-draft scan on a keystroke.
    const total: BodyCounts = { other: 0, oscar: 0, byBody: {} };
    // The headline and the lede say what the piece reports ("Conclave wins best film at the Baftas
    // as Oscars race tightens"): their words count three times.
    slots.forEach(({ slot }, i) => {
      const weight = i < 2 ? 3 : 1;
      total.other += weight * slot.bodies.other;
      total.oscar += weight * slot.bodies.oscar;
      for (const [k, n] of Object.entries(slot.bodies.byBody)) total.byBody[k] = (total.byBody[k] ?? 0) + weight * n;
    });
    // A piece naming the Oscars as often as other bodies is about what its opening names first.
    const openerAt = slots.findIndex(({ slot }) => slot.bodies.other + slot.bodies.oscar > 0);
    const opener = slots[openerAt]?.slot;
    // (Bodies the opening names after the Oscars are an aside: "…, after sweeping the Globe, BAFTA and SAG".)
    const aside = opener ? Math.max(0, asideBodies(opener.prose)) * (openerAt < 2 ? 3 : 1) : 0;
    // ("… won best picture at the 86th Academy Awards on Sunday night": a piece whose opening names an Oscar
    // night and no other body is about that night, whatever precursors it goes on to compare.)
    const nightPiece = nightPieceOf(slots);
    const otherBodies =
      !nightPiece &&
      aboutOtherBodies(total) &&
      (total.other - aside > total.oscar || !opener || ownBody(opener.bodies, opener.prose));
    const docBody = otherBodies ? mainBody(total) : undefined;
    const docNight = `${doc?.ceremony ?? "-"}:${doc?.strength ?? "-"}:${doc?.ahead ?? "-"}`;
    const docKey = `${docNight}:${otherBodies}:${docBody ?? "-"}`;
    const blocks: Block[] = [];
    // The body the opening paragraphs were about: the paragraphs right after them that name none go on with it.
    let lastBody: string | undefined;
    // A keystroke changes one paragraph. The state carried into the paragraphs before it is the state the last
    // call carried into them, and after it too but for what the edited paragraph exports differently: `o` is
    // the last call's block whose incoming state this block's equals but for `differ` (-1: unknown). Such a
    // block's last result is still valid unless it read something in `differ`. The state is built only when a
    // block needs it (`carried` blocks so far), so most paragraphs after the edit are not carried at all.
    const chosen: BlockResult[] = [];
    let o = !emptied && this.chosenDocKey === docKey ? 0 : -1;
    const differ: Differ = { surnames: new Set(), films: false, lastFilm: false, lastPerson: false };
    let carried = 0;
    for (let i = 0; i < ranges.length; i++) {
      const { raw, p, slot } = slots[i];
      const silent = slot.bodies.other === 0 && slot.bodies.oscar === 0;
      const bodies =
        silent && lastBody
          ? { otherBodies: true, body: lastBody, bodyNamed: false }
          : bodiesOf(slot.bodies, otherBodies, docBody, slot.prose);
      // Only an opening about another body carries on ("Conclave was named best film at the 78th British
      // Academy Film Awards …" then "The film won four awards in total"); a later aside does not.
      if (!silent)
        lastBody = i < 2 && !nightPiece && ownBody(slot.bodies, slot.prose) ? mainBody(slot.bodies) : undefined;
      const bodyKey = `${bodies.otherBodies}:${bodies.body ?? "-"}:${bodies.bodyNamed ?? "-"}:${bodies.from ?? "-"}`;
      // A result is reused when what it depends on is unchanged: the article's ceremony,
      // the category carried in, and the answers it read from earlier blocks.
      const before = o >= 0 && o < this.chosen.length ? this.chosen[o] : undefined;
      // (The first result the search below would try, and one it would accept: the state and keys are the same.)
      let result =
        before && slot.results[0] === before && before.bodyKey === bodyKey && readsNone(before.reads, differ)
          ? before
          : undefined;
      if (!result) for (; carried < i; carried++) carry(state, blocks[carried].result);
      result ??= slot.results.find(
        (c) =>
          c.docKey === docKey &&
          c.bodyKey === bodyKey &&
          c.priorCategory === state.priorCategory &&
          c.heading === state.heading &&
          c.leadIn === state.leadIn &&
          stillValid(c.reads, state, c.exports.films),
      );
      if (!result) {
        // (Fields added to the fresh result, not spread into a copy: V8's slow path, see extend.)
        result = Object.assign(analyzeBlock(this.kb, this.lex, raw, p, doc, state, slot.ceremonies, bodies), {
          docKey,
          bodyKey,
          priorCategory: state.priorCategory,
          heading: state.heading,
          leadIn: state.leadIn,
        });
        // Keep a few variants (the same paragraph read under different earlier text).
        slot.results = [result, ...slot.results].slice(0, 3);
        yield;
      }
      if (before && !sameCarry(result, before, differ)) o = -1;
      else if (o >= 0) o++;
      chosen.push(result);
      blocks.push({ start: ranges[i].start, end: ranges[i].end, result });
    }
    // (The last block's exports are carried only for a block after it: none.)
    if (carried >= ranges.length - 1) {
      this.surnames.settled();
      this.filmCounts.settled();
    }
    this.blocks = slots;
    this.chosen = chosen;
    this.chosenDocKey = docKey;
    return new Analysis(text, doc, blocks, plain);
  }
}

/** Every mention of the ceremony is a year ("1942 Oscars"), none an ordinal: a weaker naming. */
function yearOnly(mentions: Mention[], ceremony: number): boolean {
  const own = mentions.filter((m) => m.ids.length === 1 && m.ids[0] === ceremony && !m.relative && !m.implicit);
  return own.length > 0 && own.every((m) => m.year !== undefined);
}

function namedOnce(mentions: Mention[], ceremony: number): boolean {
  return mentions.filter((m) => m.ids.length === 1 && m.ids[0] === ceremony && !m.relative && !m.implicit).length === 1;
}

/** Whether the films' vote replaces the ceremony found otherwise. */
function overrules(vote: Vote, doc: CeremonyContext | undefined): boolean {
  if (!doc) return true;
  // The year of the films, not of the ceremony: the next one honours them.
  if (doc.strength === "document" && vote.ceremony === doc.ceremony + 1) return vote.count >= 2;
  const there = vote.counts.get(doc.ceremony) ?? 0;
  if (doc.strength === "dateline") return vote.count >= 3 && there === 0;
  return vote.count >= 3 && there * 2 <= vote.count;
}

/** A block: its text, its prose, and what is cached for that text; found again by the next call. */
interface Placed {
  raw: string;
  p: string;
  slot: Slot;
}

/**
 * A block read for the first time, with its own copy of its text and prose. A slice of the
 * draft would be one of V8's sliced strings, which keep the whole draft alive: every cached
 * result (its mentions' and claims' words are slices again) would hold the draft as it was
 * when its block was read, one whole draft per paragraph edited.
 */
function readBlock(kb: KnowledgeBase, text: string, masked: string | undefined): Placed {
  const raw = ownCopy(text);
  const p = masked === undefined ? raw : ownCopy(masked);
  const bodies = blockBodies(p);
  const ceremonies = findCeremonyMentions(p, kb, bodies.other > 0);
  return { raw, p, slot: { prose: p, ceremonies, bodies, results: [] } };
}

/**
 * The same characters in storage of their own: the concatenation is flattened into a new string,
 * the pad sliced off.
 */
function ownCopy(s: string): string {
  return (" " + s).slice(1);
}

/**
 * Finds the last call's block for a block's text. An edit leaves the blocks around it where
 * they were, give or take a block it added or removed: those places are compared first,
 * which spares hashing every paragraph on each keystroke. After two blocks in a row found
 * at none of them (a paste, a paragraph moved), blocks are looked up by their text.
 */
function finder(old: Placed[]): (raw: string, index: number) => Placed | undefined {
  let shift = 0;
  let misses = 0;
  let byText: Map<string, number> | undefined;
  const at = (k: number, raw: string) => old[k]?.raw.length === raw.length && old[k].raw === raw;
  return (raw, index) => {
    // The same place after the last shift, one further, one back.
    for (let d = 0; d < 3; d++) {
      const k = index + shift + (d === 2 ? -1 : d);
      if (!at(k, raw)) continue;
      shift = k - index;
      misses = 0;
      return old[k];
    }
    if (++misses < 2 && !byText) return undefined;
    byText ??= new Map(old.map((o, k) => [o.raw, k]));
    const k = byText.get(raw);
    if (k === undefined) return undefined;
    shift = k - index;
    return old[k];
  };
}

/** Everything cached for one block's text. */
interface Slot {
  prose: string;
  ceremonies: Mention[];
  /** How often the block names other award bodies and the Oscars. */
  bodies: BodyCounts;
  /** What the block says of the article's night, for the piece's topic (computed when needed). */
  night?: "oscars" | "other" | "none";
  /** Names found without the article's season, for the vote on its ceremony (computed when needed). */
  named?: Named;
  results: BlockResult[];
}

/** Applies a block's exports to the carried state. */
function carry(state: CarriedState, r: BlockResult): void {
  for (const { surname, ids } of r.exports.fullNames) {
    const prior = state.surnames.setIfAbsent(surname, ids);
    if (prior && prior.length && !sameIds(prior, ids)) state.surnames.set(surname, []);
  }
  for (const f of r.exports.films) {
    const n = state.filmCounts.setIfAbsent(f.ids[0], 1);
    if (n !== undefined) state.filmCounts.set(f.ids[0], n + 1);
  }
  if (r.exports.films.length) state.lastFilm = r.exports.films[r.exports.films.length - 1];
  if (r.exports.people.length) state.lastPerson = r.exports.people[r.exports.people.length - 1];
  state.heading = r.exports.heading;
  state.leadIn = r.exports.leadIn;
  if (r.exports.section !== undefined) state.section = r.exports.section ?? undefined;
  if (r.exports.title !== undefined) state.title = r.exports.title;
  if (r.exports.endsWithCategory) state.priorCategory = r.exports.lastCategory;
  else state.priorCategory = undefined;
}

/** What of the carried state may differ from the last call's. */
interface Differ {
  surnames: Set<string>;
  /** Films named and their counts. */
  films: boolean;
  lastFilm: boolean;
  lastPerson: boolean;
}

/**
 * Whether two results change the carried state alike but for what they add to `differ`: the blocks after them
 * that read none of it read the same answers. The category, heading and list carried must be the same.
 */
function sameCarry(a: BlockResult, b: BlockResult, differ: Differ): boolean {
  if (a === b) return true;
  const x = a.exports;
  const y = b.exports;
  if (
    x.heading !== y.heading ||
    x.leadIn !== y.leadIn ||
    x.section !== y.section ||
    x.title !== y.title ||
    x.endsWithCategory !== y.endsWithCategory ||
    x.lastCategory !== y.lastCategory
  )
    return false;
  if (x.films.length !== y.films.length || x.films.some((f, k) => f.ids[0] !== y.films[k].ids[0])) differ.films = true;
  // (The last film and person are carried when a block names one, and read by their ids.)
  if (x.films.length || y.films.length) differ.lastFilm = !sameLast(x.films, y.films);
  if (x.people.length || y.people.length) differ.lastPerson = !sameLast(x.people, y.people);
  // A surname's value follows the ids each block gives it, in order.
  const given = (names: { surname: string; ids: number[] }[]) => {
    const out = new Map<string, string>();
    for (const n of names) out.set(n.surname, `${out.get(n.surname) ?? ""};${n.ids.join(",")}`);
    return out;
  };
  const gx = given(x.fullNames);
  const gy = given(y.fullNames);
  for (const [k, v] of gx) if (gy.get(k) !== v) differ.surnames.add(k);
  for (const k of gy.keys()) if (!gx.has(k)) differ.surnames.add(k);
  return true;
}

/** Whether both name some and the last named has the same ids. */
function sameLast(a: Mention[], b: Mention[]): boolean {
  return a.length > 0 && b.length > 0 && sameIds(a[a.length - 1].ids, b[b.length - 1].ids);
}

/** Whether none of a block's reads asked for what may differ. */
function readsNone(reads: Read[], differ: Differ): boolean {
  if (!differ.surnames.size && !differ.films && !differ.lastFilm && !differ.lastPerson) return true;
  for (const r of reads) {
    const changed =
      r.q === "surname"
        ? differ.surnames.has(r.arg)
        : r.q === "lastFilm"
          ? differ.lastFilm
          : r.q === "lastPerson"
            ? differ.lastPerson
            : r.q === "otherFilm" || r.q === "focus" || r.q === "named"
              ? differ.films
              : false; // (the section and its title are carried alike)
    if (changed) return false;
  }
  return true;
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
  bodies: Bodies = { otherBodies: false },
): BlockResult {
  const { otherBodies, body, bodyNamed, from: bodiesFrom } = bodies;
  const tokens = tokenize(prose);
  const sentences = splitSentences(prose, tokens);
  // Phase 1 found them already; copies, since the article's ceremony resolves them in place.
  const ceremonies = found
    ? found.map((m) => ({ ...m, ids: [...m.ids] }))
    : findCeremonyMentions(prose, kb, blockBodies(prose).other > 0);
  resolveRelative(kb, ceremonies, doc, prose);
  const prior = new Prior(carried);
  const mentions = findAwardMentions(
    prose,
    tokens,
    detectMentions(
      { text: prose, tokens, sentences, ceremonies, docCeremony: doc?.ceremony, surname: (k) => prior.surname(k) },
      kb,
      lex,
    ),
  );
  // ("3. Ordinary People over Raging Bull (1981)": a list item's heading dates its night.)
  // ("The peak came with F (1986)." opening a paragraph: that night is the paragraph's own.)
  const opening: Mention[] = [];
  const itemHeads = itemNights(kb, prose, mentions, opening);
  if (itemHeads.length || opening.length) {
    for (const h of [...itemHeads, ...opening]) [h.first, h.last] = tokenRange(tokens, h.start, h.end);
    mentions.push(...itemHeads, ...opening);
    mentions.sort((a, b) => a.start - b.start);
  }
  // (One shape for all of them, and the text as the draft writes it.)
  for (let k = 0; k < mentions.length; k++) {
    mentions[k] = uniform(mentions[k]);
    mentions[k].text = raw.slice(mentions[k].start, mentions[k].end);
  }
  // (The section's night is asked once per block: one read for the cache to check, not one per sentence.)
  let section: number | undefined | null = null;
  const sectionNight = () => (section === null ? (section = prior.section()) : section);
  const items = itemStarts(prose);
  const dated = (s: Sentence) => nightOfDatedOpening(kb, prose.slice(s.start, s.start + 24));
  const contexts = sentenceContexts(
    sentences,
    mentions,
    doc,
    sectionNight,
    headNights(itemHeads, mentions),
    items,
    dated,
  );

  const claims: Claim[] = [];
  let priorCategory = carried.priorCategory;
  // (Whether the sentence before named that category alone: "Both lost to X" needs one to be sure of.)
  let priorAlone = false;
  const heads: SentenceView[] = [];
  const lines: Listed[] = [];
  let heading = carried.heading;
  let from = 0;
  let mi = 0;
  sentences.forEach((s, i) => {
    // Mentions are sorted: the sentence's own are a slice, found without rescanning.
    while (from < mentions.length && mentions[from].first < s.first) from++;
    let to = from;
    while (to < mentions.length && mentions[to].first < s.last) to++;
    const own = mentions.slice(from, to).filter((m) => m.last <= s.last);
    const ctx = movedOff(contexts[i], prior) ? undefined : contexts[i];
    const view: SentenceView = buildView(raw, tokens, s, own, ctx, doc, prior, kb, priorCategory);
    // (Before a body first named late in an Oscars paragraph, the sentences are the Oscars'.)
    // (Nor a sentence whose films all competed before the article's other body gave its first awards.)
    const before = (bodiesFrom !== undefined && s.end <= bodiesFrom) || (!bodyNamed && beforeBody(kb, own, body));
    view.otherBodies = before ? false : otherBodies;
    view.body = before ? undefined : body;
    view.bodyNamed = before ? false : bodyNamed;
    view.bodiesAt = bodiesFrom !== undefined && s.start < bodiesFrom && bodiesFrom < s.end ? bodiesFrom : undefined;
    view.heading = heading;
    view.leadIn = carried.leadIn;
    view.listed = lines;
    view.priorCategoryAlone = priorAlone;
    priorCategory = undefined;
    priorAlone = true;
    let awardSaid = false;
    if (countLineAhead(view)) heads.push(view);
    const made = claims.length;
    runChecks(view, claims);
    prior.toldOf = nightBorneOut(claims, made, raw, s.start) ?? prior.toldOf;
    // A heading line opens a list; the list runs while its lines are names without a predicate.
    // (A bullet line names its entry even when we know no name in it: "- FI" keeps the list going.)
    const listed = heading && (BULLET_LINE.test(raw.slice(s.start, s.end)) || isListLine(view, unitsOf(view)));
    heading = headingOf(view) ?? (listed ? heading : undefined);
    // ('won over "A" and "B"', "beating X and Y": the names listed after one beaten are beaten too.)
    // (Each item may carry its film or role: "beating Hurt's Merrick, Duvall in The Great Santini, Lemmon".)
    const lastOf: { person?: Mention; film?: Mention } = {};
    const listedAfter = (m: Mention) => {
      const last = m.kind === "person" || m.kind === "film" ? lastOf[m.kind] : undefined;
      return (
        !!last &&
        prior.objects.has(last) &&
        LIST_GLUE.test(pastAttribute(raw.slice(last.end, m.start))) &&
        LIST_GOES_ON.test(pastAttribute(raw.slice(m.end, m.end + 70)))
      );
    };
    while (mi < mentions.length && mentions[mi].start < s.end) {
      const m = mentions[mi++];
      if (m.kind === "film") prior.films.push(m);
      const named = m.kind === "film" || m.kind === "person";
      const beaten =
        named && (m.kind === "film" ? BEATEN : PERSON_BEATEN).test(raw.slice(Math.max(0, m.start - 12), m.start));
      // ("Wyler, her director on The Letter as well, …": a film an aside names as where someone worked with
      // another is no antecedent of "the picture" after it.)
      const workedOn = m.kind === "film" && WORKED_ON.test(raw.slice(Math.max(0, m.start - 40), m.start));
      if (named && (beaten || workedOn || listedAfter(m))) prior.objects.add(m);
      if (m.kind === "person" || m.kind === "film") lastOf[m.kind] = m;
      // ("… in which she portrayed Katharine Hepburn. She was nominated again": a role is no antecedent.)
      if (m.kind === "person" && !PORTRAYED.test(raw.slice(Math.max(0, m.start - 14), m.start))) prior.people.push(m);
      // ("… the Palme d'Or at Cannes, where she was named best actress. The Oscar went to X": a category after
      // another body's award may be that body's; the award after is not sure to be it.)
      if (m.kind === "award") awardSaid = true;
      if (m.kind === "category" && m.explicit) {
        if (awardSaid) priorAlone = false;
        if (priorCategory !== undefined && priorCategory !== m.category) priorAlone = false;
        priorCategory = m.category;
      }
      if (m.kind === "ceremony" && !m.implicit && !m.relative && m.ids.length === 1) prior.lastNight = m.ids[0];
    }
    // ("Zhao's pic arrived as the frontrunner. It had won …": the maker's film, when we know it, is the subject.)
    const maker = MAKERS_FILM_SUBJECT.exec(view.sk);
    const madeBy = maker ? possessedFilm(view, own[Number(maker[1])]) : null;
    if (!madeBy && (DESCRIBED_FILM_SUBJECT.test(view.sk) || UNKNOWN_TITLE_SUBJECT.test(view.sk))) prior.describedFilm();
    // "Two years later he was nominated …": the paragraph no longer tells of the night it named.
    if (contexts[i]?.strength === "sentence") prior.shifted = false;
    // (Only a sentence that tells of someone or something: "Years later, the mix-up is still discussed" moves nothing.)
    else if (TIME_MOVED.test(view.sk) && tellsOf(view.sk, own)) prior.shifted = true;
    // The sentence's subject, when it opens on a person: "He" in the next sentence is this one first.
    // ("X won two. The first came early: he was named C …": a sentence going on with "he" keeps X.)
    // ("Elizabeth Taylor's white party dress …": a possessor opening the sentence is not its subject.)
    const opens = own[0]?.kind === "person" && /^<P\d+>(?! 's)/.test(view.sk);
    const kept = prior.subject && goesOnWith(view, prior.subject) ? prior.subject : undefined;
    prior.subject = opens ? own[0] : kept;
    // ("F beat A, B and C. It had already won …": "it" goes on with the film the sentence opened on.)
    // ("F beat G, and H won C. It also won …": a later conjunct with a subject of its own takes over.)
    const opening = OPENS_ON_FILM.exec(view.sk);
    const subject = opening ? own[Number(opening[1])] : undefined;
    // ("Not entirely.": a sentence that names nothing keeps the topic.)
    if (own.length || madeBy)
      prior.filmSubject = madeBy ?? (subject && !LATER_SUBJECT.test(view.sk) ? subject : undefined);
  });

  winnersList(lines, claims, prior);
  // A box's count above its list, read with the list's names (an unsure reading of its number gives way).
  for (const view of heads)
    for (const c of checkCountLine(view)) {
      const unsure = claims.findIndex(
        (o) => o.kind === "count" && o.verdict === "unverifiable" && o.start < c.end && c.start < o.end,
      );
      if (unsure >= 0) claims[unsure] = c;
      else claims.push(c);
    }
  const films = mentions.filter((m) => m.kind === "film");
  const people = mentions.filter((m) => m.kind === "person");
  // (Pushed into an array literal: the array map() returns for a block without full names has another
  // elements kind, which the pushes below changed, deoptimising this function early in a session.)
  const fullNames: { surname: string; ids: number[] }[] = [];
  for (const m of people) {
    if (m.via !== "name") continue;
    fullNames.push({ surname: surnameOf(tokens, m.first, m.last), ids: m.ids });
    // (And the first name, for a family piece that goes on by first names: "Jane", "Peter".)
    if (m.last - m.first >= 2) fullNames.push({ surname: givenKey(tokens[m.first]), ids: m.ids });
  }
  // A film's distinctive title words, for a short reference in a later paragraph ("Lawrence").
  for (const f of films) {
    if (f.ids.length !== 1 || f.last - f.first < 2) continue;
    for (const w of titleWords(kb, f.ids[0])) fullNames.push({ surname: FILM_WORD + w, ids: f.ids });
    const sub = subtitleOf(kb, f.ids[0]);
    if (sub) fullNames.push({ surname: SUBTITLE + sub[0], ids: f.ids });
  }
  // A misspelt title marked here is not marked again further on (the same slip, one finding).
  for (const c of claims)
    if (c.rule === "misspelled-name") fullNames.push({ surname: slipKey(raw.slice(c.start, c.end)), ids: [1] });
  const lastSentence = sentences[sentences.length - 1];
  const lastCategory = lastSentence
    ? [...mentions].reverse().find((m) => m.kind === "category" && m.explicit && m.start >= lastSentence.start)
        ?.category
    : undefined;
  // Mentions keep only what later readers need; tokens are not kept (memory).
  const slim = (m: Mention): Mention => ({ ...m, first: -1, last: -1 });
  const exports = {
    fullNames,
    films: films.map(slim),
    people: people.map(slim),
    lastCategory,
    endsWithCategory: lastCategory !== undefined,
    heading,
    leadIn: leadInAfter(raw, carried.leadIn),
    section: sectionOf(raw, mentions) ?? itemSection(raw, itemHeads, items),
    title: HEADING.test(raw.trim()) ? raw.trim() : undefined,
  };
  // Evidence is shown for findings and verified claims (their marks' tooltips); an
  // unverifiable claim keeps its reason alone (memory).
  for (const c of claims) if (c.verdict === "unverifiable") c.evidence = [];
  return { sentences, contexts, mentions, claims: dedupe(claims), exports, reads: prior.reads };
}

/** A heading line: Markdown's "#", or a short line with no full stop standing alone as its block. */
const HEADING = /^(?:#{1,6}[ \t]+[^\n]{1,100}|[^\n.!?]{3,80})\s*$/;

/**
 * "## The 26th Academy Awards (1954)": a heading naming one night sets the night of the section
 * under it, until the next heading (null: a heading naming none, or several).
 */
function sectionOf(raw: string, mentions: Mention[]): number | null | undefined {
  if (!HEADING.test(raw.trim())) return undefined;
  const marked = raw.trimStart().startsWith("#");
  const named = mentions.filter((m) => m.kind === "ceremony" && !m.implicit && m.ids.length === 1);
  const nights = new Set(named.map((m) => m.ids[0]));
  // A plain line is a heading only when it opens with the night ("The 26th Academy Awards (1954)"),
  // not a caption that names one ("Kieran Culkin at the 97th Academy Awards").
  const opens = marked || /^\s*(?:the\s+)?$/i.test(raw.slice(0, named[0]?.start ?? 0));
  if (nights.size === 1 && opens) return [...nights][0];
  return marked ? null : undefined;
}

/** The item nights as they stand among the mentions (made uniform since). */
function headNights(heads: Mention[], mentions: Mention[]): Set<Mention> {
  const at = new Set(heads.map((h) => h.start));
  return new Set(heads.length ? mentions.filter((m) => m.kind === "ceremony" && at.has(m.start)) : []);
}

/**
 * A block opening with a list item's dated heading: the item's night goes on into the blocks under it; one
 * opening with an undated item ends it (null).
 */
function itemSection(raw: string, heads: Mention[], items: ReadonlySet<number>): number | null | undefined {
  const firstLine = raw.indexOf("\n");
  const head = heads.find((h) => firstLine < 0 || h.start < firstLine);
  if (head) return head.ids[0];
  const opens = raw.length - raw.trimStart().length;
  return items.has(opens) ? null : undefined;
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

/** What a listed name may carry before the list goes on: "'s John Merrick", " in The Great Santini", " (F)". */
const ATTRIBUTE = /^(?:'s\s+[^,;]{1,40}?|\s*\([^)]{1,60}\)|\s+(?:in|for|as)\s+[^,;]{1,60}?)(?=[,;)]|\s+and\b|\.|$)/;
function pastAttribute(text: string): string {
  const m = ATTRIBUTE.exec(text);
  return m ? text.slice(m[0].length) : text;
}
/** Between two listed names: a comma, an "and", quotes. */
const LIST_GLUE = /^[,"\u201d]*\s*(?:(?:,\s*)?(?:and|&)\s+)?["\u201c]?$/;
/** ("went to Jodie Foster", "lost to Emma Stone" name a winner: only a verb of beating makes a person its object.) */
const PERSON_BEATEN = /\b(?:over|against|beat|beating|beats|defeating|defeated|(?:tying|tied|ties|level) with)\s+$/i;
/**
 * After a listed name, the list goes on or ends ("over A, B and C."), no verb of its own ("…, and Y won";
 * "Gossett Jr. won": a full stop with a lower-case word after it ends no sentence).
 */
const LIST_GOES_ON = /^["\u201d\u2019']?\s*(?:[,;:)!?]|\.(?!\s+\p{Ll})|and\b|&|$)/u;
/** "to" a loser won over ("lost to F"), not the one an award went to ("That honor went to F"). */
const LOST_TO = String.raw`(?<!\b(?:went|go|goes|gone|going|fell|handed|given|awarded)\s)to`;
const BEATING = String.raw`over|against|than|beat|beating|beats|defeating|defeated|(?:tying|tied|ties|level) with`;
/** ("tying with Wilson for the most": a film compared with is no antecedent either.) */
const BEATEN = new RegExp(String.raw`\b(?:${LOST_TO}|${BEATING})\s+["\u201c]?$`, "i");
/** ", her director on ", ", his co-star in ": a person's working tie to someone, set off in an aside. */
const WORK_TIE = String.raw`(?:director|co-?star|producer|writer|partner|leading (?:man|lady)|cameraman|editor)`;
const WORKED_ON = new RegExp(
  String.raw`,\s+(?:his|her|their)\s+(?:(?:frequent|old|former|usual)\s+)?${WORK_TIE}\s+(?:on|in|from)\s+["\u201c]?$`,
  "i",
);
const PORTRAYED = /\b(?:portray(?:ed|s|ing)?|play(?:ed|s|ing)?|as)\s+$/i;
const OSCARS_NAMED = /\b(?:oscars?|academy awards?)\b/;
/** "Long before the Oscars", "Before the 97th Academy Awards", "Unlike the Oscars": named to compare, not as topic. */
const COMPARED =
  /\b(?:before|after|unlike|like|than|ahead of|until|since|as at|as with)\s+(?:the\s+)?(?:\d{1,3}(?:st|nd|rd|th)\s+)?$/;

/** Where an opening first names the Oscars as its topic, or -1. */
function topicalOscars(opening: string): number {
  for (const m of opening.matchAll(OSCARS_NAMED_ALL))
    if (!COMPARED.test(opening.slice(Math.max(0, m.index! - 16), m.index))) return m.index!;
  return -1;
}
const OSCARS_NAMED_ALL = new RegExp(OSCARS_NAMED.source, "g");

/** An Oscar night by its ordinal or year: "the 86th Academy Awards", "the 2023 Oscars". */
const NIGHT_NAMED = /\b(?:\d{1,3}(?:st|nd|rd|th)|(?:19|20)\d\d)\s+(?:annual\s+)?(?:academy awards|oscars)\b/;

/**
 * A piece about an Oscar night: the first paragraph opening on a night opens on an Oscar one ("The 96th
 * Academy Awards, held on …"), or names the Oscars alone and their night, after a headline and paragraphs
 * that name no other body.
 */
function nightPieceOf(slots: Placed[]): boolean {
  for (const { slot } of slots) {
    if (slot.bodies.other === 0 && slot.bodies.oscar === 0) continue;
    // (What each block says of it is found once per block text: no whole-draft scan on a keystroke.)
    slot.night ??= nightSaid(slot);
    if (slot.night !== "none") return slot.night === "oscars";
  }
  return false;
}

/** Whether a block opens on another body ("other"), tells an Oscar night ("oscars"), or neither ("none"). */
function nightSaid(slot: Slot): "oscars" | "other" | "none" {
  const opening = openingOf(slot.prose);
  if (bodyWordCounts(opening).first !== undefined) return "other";
  if (NIGHT_NAMED.test(opening)) return "oscars";
  if (slot.bodies.other > 0) return "other";
  // ("Good morning. … Parasite took both at the 92nd Academy Awards on Sunday night.": a paragraph naming
  // the Oscars alone, and the result of their night.)
  return nightTold(slot.prose) ? "oscars" : "none";
}

/** A sentence that names an Oscar night and tells of it in the past, not as a night to come. */
function nightTold(prose: string): boolean {
  const folded = fold(prose);
  if (!NIGHT_NAMED.test(folded)) return false;
  return folded.split(/[.!?]\s/).some((s) => NIGHT_NAMED.test(s) && TOLD_RESULT.test(s) && !TO_COME.test(s));
}
const TOLD_RESULT = /\b(?:won|took|swept|went|came|collected|was|were|had|received|earned|named|triumphed)\b/;
const TO_COME = /\b(?:will|would|away|ahead|upcoming|could|might)\b/;

/** Three films or more named, over three nights or more, none of them `night`'s. */
function nightAside(kb: KnowledgeBase, named: Named[], night: number): boolean {
  const films = new Set(named.flatMap((n) => n.films));
  const nights = new Set([...films].flatMap((f) => kb.ceremoniesOfFilm(f)));
  return films.size >= 3 && nights.size >= 3 && !nights.has(night);
}

const openingOf = (prose: string) => fold(/^[^.!?\n]*/.exec(prose)?.[0] ?? "");

/**
 * A paragraph about other award bodies: it names them at least as often as the Oscars. When its
 * opening names the Oscars first ("X won Best Actress at the 98th Academy Awards, after sweeping the
 * Golden Globe, BAFTA and SAG"), the bodies that opening names are an aside, and count for nothing.
 */
function ownBody(block: BodyCounts, prose: string): boolean {
  if (!aboutOtherBodies(block)) return false;
  const aside = asideBodies(prose);
  return aside < 0 || aboutOtherBodies({ other: block.other - aside, oscar: block.oscar + 1 });
}

/** "already a Golden Globe winner", "a BAFTA nominee": a body named to describe someone or something. */
const EPITHET_LEAD = String.raw`\b(?:already|also|itself|herself|himself)\s+an?\s+`;
const CAPITALISED_WORDS = String.raw`((?:\p{Lu}[\p{L}'\u2019.-]*\s+){1,4})`;
const EPITHET = new RegExp(String.raw`${EPITHET_LEAD}${CAPITALISED_WORDS}(?:winner|nominee)s?\b`, "gu");

const APPOSED_WINNER = /(?<=,\s+)(?:(?:the|a|an)\s+)?(?:winner|recipient)\s+of\s+[^,.;]{2,40}(?=,)/gu;

/** A block's body words, its epithets left out. */
function blockBodies(prose: string): BodyCounts {
  return bodyWordCounts(fold(withoutEpithets(prose)));
}

/** "who has an Emmy, a Grammy and a Tony": a body named as what someone holds describes them. */
const CAPITAL = String.raw`\p{Lu}[\p{L}'\u2019.-]*`;
const HELD_ITEM = String.raw`an?\s+${CAPITAL}(?:\s+${CAPITAL}){0,3}`;
const HELD = new RegExp(
  String.raw`\bwho\s+(?:has|have|holds)\s+` + String.raw`${HELD_ITEM}(?:(?:,\s+(?:and\s+)?|\s+and\s+)${HELD_ITEM})*`,
  "gu",
);

/** The paragraph with its epithets blanked: a body named to describe ("already a Globe winner") is no topic. */
function withoutEpithets(prose: string): string {
  const blank = (m: string) => " ".repeat(m.length);
  const epithets =
    prose.includes("already") || /\b(?:also|itself|herself|himself)\s+an?\s/.test(prose)
      ? prose.replace(EPITHET, blank)
      : prose;
  // ("F, winner of the Palme d'Or, won C": an appositive's prize describes the film.)
  const appositive = /\b(?:winner|recipient)\s+of\b/.test(epithets)
    ? epithets.replace(APPOSED_WINNER, blank)
    : epithets;
  // ("X was nominated for C, after winning the Spirit Award for …": a trailing time phrase's prize is its past.)
  const described = /,\s+(?:after|before|following)\s/.test(appositive)
    ? appositive.replace(WON_BEFORE, blank)
    : appositive;
  // ('"Marty," … that already held the Palme d'Or from Cannes, was voted best picture': a prize held before
  // describes the film.)
  const held = described.includes("already") ? described.replace(ALREADY_HELD, blank) : described;
  if (!/\b(?:had|has|have)\s/.test(held)) return held;
  // ("F beat A and B for best animated feature. It had already won the Golden Globe.": a later sentence
  // told in the pluperfect looks back, every body in it; an opening one may set the paragraph's topic.)
  return held.replace(HELD, blank).replace(LOOKED_BACK, blank);
}
const EARLIER_WIN = String.raw`(?:winning|taking|collecting|sweeping|earning|claiming|picking\s+up)`;
const WON_BEFORE = new RegExp(String.raw`(?<=,\s+)(?:after|before|following)\s+${EARLIER_WIN}\b[^.;!?,]*`, "g");
const ALREADY_HELD = /\b(?:that|which|who)\s+(?:had\s+)?already\s+(?:held|had|won|taken|claimed|collected)\b[^,;.]*/g;
const HAD_ADVERB = String.raw`(?:(?:already|also|earlier|previously|just)\s+)?`;
const HAD_WON = String.raw`\bhad\s+${HAD_ADVERB}(?:won|taken|swept|collected|claimed|earned)\b`;
const LOOKED_BACK = new RegExp(String.raw`(?<=[.!?]\s+)[^.!?]*${HAD_WON}[^.!?]*`, "g");

/** How many other bodies an opening that names the Oscars first names after them; -1 when it does not. */
function asideBodies(prose: string): number {
  const opening = openingOf(prose);
  const oscarAt = topicalOscars(opening);
  const inOpening = bodyWordCounts(opening);
  return oscarAt >= 0 && (inOpening.first === undefined || oscarAt < inOpening.first) ? inOpening.other : -1;
}

function bodiesOf(block: BodyCounts, docOther: boolean, docBody: string | undefined, prose: string): Bodies {
  // (Most paragraphs are about the Oscars: their opening sentence is not read again on each keystroke.)
  if (!ownBody(block, prose)) {
    // ("At the 96th Academy Awards, F won seven Oscars. G took C." in a piece on the season: a paragraph
    // opened on the Oscars is theirs up to where another body is named.)
    const oscarsOpening = docOther && block.oscar > 0 && oscarsOnly(bodyWordCounts(openingOf(prose)));
    const from = oscarsOpening ? (block.first ?? prose.length) : undefined;
    return { otherBodies: docOther, body: docBody, bodyNamed: false, from };
  }
  const own = true;
  // The paragraph opens on one other body and names no second one: its sentences are that body's.
  // (A passing "after winning at the SAG Awards" later in an Oscars paragraph settles nothing.)
  const opening = bodyWordCounts(openingOf(prose));
  // (An opening that also names the Oscars — "won the Golden Lion and went on to win Best Picture at
  // the 93rd Academy Awards" — leaves the sentences after it unsure of their body.)
  const bodyNamed =
    own && Object.keys(block.byBody).length === 1 && Object.keys(opening.byBody).length === 1 && !opening.oscar;
  // A body first named late in the paragraph ("… three awards. She had already won the BAFTA.") does not
  // take the sentences before it from the article's own body.
  const late = !!docBody && Object.keys(opening.byBody).length === 0;
  // In a piece about the Oscars, such a body takes only the sentences from where it is named
  // ("X won best supporting actor. He had also won the SAG Award.").
  const from = !docOther && Object.keys(opening.byBody).length === 0 ? block.first : undefined;
  const body = (own && !late ? mainBody(block) : undefined) ?? docBody;
  return { otherBodies: docOther || own, body, bodyNamed, from };
}

/** "Sergeant York took best picture" in a Globes piece: films that all competed before the body's first season. */
function beforeBody(kb: KnowledgeBase, own: Mention[], body: string | undefined): boolean {
  const first = body === undefined ? undefined : kb.awards.firstSeason(body);
  if (first === undefined || own.some((m) => m.kind === "award")) return false;
  const films = own.filter((m) => m.kind === "film" && m.ids.length === 1);
  const held = (id: number) => kb.ceremoniesOfFilm(id).map((n) => kb.heldYearOf(n) ?? first);
  return films.length > 0 && films.every((f) => held(f.ids[0]).every((y) => y < first));
}

/** An opening that names the Oscars and no other body. */
function oscarsOnly(opening: BodyCounts): boolean {
  return opening.oscar > 0 && Object.keys(opening.byBody).length === 0;
}

/** Whether a paragraph is about other award bodies, and which; from where, when not from its start. */
interface Bodies {
  otherBodies: boolean;
  body?: string;
  bodyNamed?: boolean;
  from?: number;
}

/** A subject pronoun ("he", "she") before any person the sentence names, standing for `subject`. */
function goesOnWith(view: SentenceView, subject: Mention): boolean {
  const pronoun = /\b(?:he|she)\b/.exec(view.sk);
  if (!pronoun) return false;
  const named = view.sk.search(/<P\d/);
  return (named < 0 || pronoun.index < named) && fitsPronoun(view.kb, subject, pronoun[0]);
}

/** '"M*A*S*H" won the Palme d'Or': a quoted title we do not know, as subject; "it" after it is no film named before. */
const UNKNOWN_TITLE_SUBJECT = /^" (?:[^"<\s]+ ){1,8}" (?:won|was|took|earned|received|swept|lost|became|had|has|is)\b/;

/** A dateline ("HOLLYWOOD, Feb. 9 (Wire) -") and a maker's possessive may stand before the film a sentence opens on. */
const DATELINE = String.raw`(?:[^<]*? - )?`;
const MAKERS = String.raw`(?:<P\d+> 's )?`;
// ("Was Moonlight an outsider? Not entirely. It won …": a yes-or-no question's film is the topic too.)
const QUESTION_OPENING = `(?:(?:${AUXILIARIES.join("|")}) )?`;
const OPENS_ON_FILM = new RegExp(String.raw`^${DATELINE}${QUESTION_OPENING}${MAKERS}(?:" )?<F(\d+)>`);
/** ", and H won …", "; while X …": a later conjunct opened on a name of its own. */
const LATER_SUBJECT = /[,;] (?:and|while|but|whereas) (?:" )?<[FP]\d+>/;
