/**
 * The broadcaster of a ceremony: "The ceremony will be broadcast on ABC", "they air live on ABC
 * and Hulu", "the telecast on NBC". Only networks the ceremonies table names are read (a
 * streaming service it does not list decides nothing), against the night the sentence names,
 * else the article's (then only borne out: "the show aired on NBC" may look back).
 */
import { listText } from "../kb";
import { claim } from "./common";
import type { Claim } from "./types";
import { OTHER_BODY, type SentenceView } from "./view";

const NETWORK = String.raw`\p{Lu}[\p{L}+]*(?:\s+\p{Lu}[\p{L}+]*)?`;
const AIR_VERB = String.raw`(?:broadcast|air|aired|airs|airing|televised|telecast|shown|carried|streamed|seen)`;
const ON_AIR = new RegExp(
  String.raw`\b${AIR_VERB}\s+(?:live\s+)?(?:on|by)\s+(${NETWORK}(?:\s*(?:,|and|&)\s*${NETWORK})*)`,
  "gu",
);
/** The words that put a ceremony on the air, for the readers' gate (on the sentence's skeleton). */
export const ON_AIR_GATE = new RegExp(String.raw`\b${AIR_VERB} (?:live )?(?:on|by)\b`);
/** Words that bring in another time or show ("while the Globes were broadcast on NBC", "after years on NBC"). */
const ASIDE = /\b(?:while|whereas|after|before|until|when|in which|unlike|years|decades)\b/i;
const ABOUT = /\b(?:ceremony|oscars|show|telecast|broadcast|awards|they|it)\b/i;
const networkCache = new WeakMap<object, Set<string>>();

function networks(v: SentenceView): Set<string> {
  let set = networkCache.get(v.kb);
  if (!set) {
    const names = v.kb.data.ceremonies.flatMap((c) => c.broadcaster.split("|")).filter((b) => b && b !== "none");
    networkCache.set(v.kb, (set = new Set(names)));
  }
  return set;
}

export function checkBroadcaster(v: SentenceView): Claim[] {
  const text = v.text.slice(v.sentence.start, v.sentence.end);
  if (!ABOUT.test(text)) return [];
  const named = v.mentions.filter((m) => m.kind === "ceremony" && !m.implicit && m.ids.length === 1);
  const ctx = v.ctx && v.ctx.strength !== "setting" ? v.ctx.ceremony : undefined;
  const night = named.length === 1 ? named[0].ids[0] : named.length === 0 ? ctx : undefined;
  const rec = night !== undefined ? v.kb.ceremony(night) : undefined;
  if (!rec || !rec.broadcaster || rec.broadcaster === "none") return [];
  const actual = rec.broadcaster.split("|");
  const known = networks(v);
  const label = v.kb.ceremonyLabel(night!);
  const out: Claim[] = [];
  for (const m of text.matchAll(ON_AIR)) {
    const list = m[1];
    for (const name of list.split(/\s*(?:,|\band\b|&)\s*/u)) {
      if (!known.has(name)) continue;
      const start = v.sentence.start + m.index! + m[0].length - list.length + list.indexOf(name);
      const base = { kind: "ceremony" as const, rule: "wrong-broadcaster", start, end: start + name.length };
      const statement = `The ${label} was broadcast on ${name}`;
      if (actual.includes(name))
        out.push(claim({ ...base, statement, verdict: "supported", message: `Broadcaster: ${listText(actual)}` }));
      else if (named.length === 1 && !ASIDE.test(text) && !OTHER_BODY.test(text.toLowerCase())) {
        // Refuted only for a night the sentence names: "the show aired on NBC" may look back.
        const message = `The ${label} was broadcast on ${listText(actual)}, not ${name}.`;
        out.push(claim({ ...base, statement, verdict: "refuted", severity: "error", message }));
      }
    }
  }
  return out;
}
