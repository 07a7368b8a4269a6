import { documentCeremony, resolveRelative, sentenceContexts, type CeremonyContext } from "./context";
import type { KnowledgeBase } from "./kb";
import { findCeremonyMentions } from "./mentions/ceremonies";
import { detectMentions } from "./mentions/detect";
import { findAwardMentions } from "./mentions/awards";
import type { Lexicon } from "./mentions/lexicon";
import type { Mention } from "./mentions/types";
import { buildView, type SentenceView } from "./claims/view";
import type { Claim } from "./claims/types";
import { maskNonProse } from "./text/prose";
import { splitSentences, type Sentence } from "./text/sentences";
import { tokenize, type Token } from "./text/tokens";
import { CLAIM_CHECKS } from "./claims";

export interface AnalyzeOptions {
  /** Ceremony to assume when the draft names none (e.g. from settings or --ceremony). */
  defaultCeremony?: number;
}

export interface Analysis {
  text: string;
  tokens: Token[];
  sentences: Sentence[];
  mentions: Mention[];
  doc?: CeremonyContext;
  contexts: (CeremonyContext | undefined)[];
  claims: Claim[];
}

/** Runs the whole pipeline: prose → tokens → sentences → mentions → context → claims. */
export function analyze(kb: KnowledgeBase, lex: Lexicon, text: string, options: AnalyzeOptions = {}): Analysis {
  const prose = maskNonProse(text);
  const tokens = tokenize(prose);
  const sentences = splitSentences(prose, tokens);
  const ceremonies = findCeremonyMentions(prose, kb);
  const doc = documentCeremony(kb, prose, ceremonies, options.defaultCeremony);
  resolveRelative(ceremonies, doc);
  const mentions = findAwardMentions(prose, tokens, detectMentions({ text: prose, tokens, sentences, ceremonies, docCeremony: doc?.ceremony }, kb, lex));
  for (const m of mentions) m.text = text.slice(m.start, m.end);
  const contexts = sentenceContexts(sentences, mentions, doc);

  const claims: Claim[] = [];
  const priorFilms: Mention[] = [];
  const priorPeople: Mention[] = [];
  let mi = 0;
  let from = 0;
  let priorCategory: string | undefined;
  sentences.forEach((s, i) => {
    // Mentions are sorted: the sentence's own are a slice, found without rescanning.
    while (from < mentions.length && mentions[from].first < s.first) from++;
    let to = from;
    while (to < mentions.length && mentions[to].first < s.last) to++;
    const own = mentions.slice(from, to).filter((m) => m.last <= s.last);
    const view: SentenceView = buildView(text, tokens, s, mentions, contexts[i], doc, priorFilms, priorPeople, kb, priorCategory, own);
    priorCategory = undefined;
    for (const check of CLAIM_CHECKS) {
      for (const c of check(view)) claims.push(c);
    }
    while (mi < mentions.length && mentions[mi].start < s.end) {
      const m = mentions[mi++];
      if (m.kind === "film") priorFilms.push(m);
      if (m.kind === "person") priorPeople.push(m);
      if (m.kind === "category" && m.explicit) priorCategory = m.category;
    }
  });
  return { text, tokens, sentences, mentions, doc, contexts, claims: dedupe(claims) };
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
