/**
 * Host claims: "hosted by Conan O'Brien", "host Jimmy Kimmel", "his second time hosting".
 * Read only when the sentence is about the ceremony (it names it, or says "the ceremony",
 * "the show", "the event", "the Oscars"...), and checked against the ceremonies table;
 * an empty hosts cell (unknown) decides nothing.
 */
import { fold, ordinalSuffix, ordinalValue } from "../text/fold";
import { listText } from "../kb";
import { claim, fix, settle } from "./common";
import type { Claim } from "./types";
import type { SentenceView } from "./view";

const NAME = String.raw`((?:[\p{Lu}][\p{L}'\u2019.-]*)(?:\s+(?:[\p{Lu}][\p{L}'\u2019.-]*|de|van|von|der|la|le))*)`;
const HOSTED_BY = new RegExp(String.raw`\b(?:[Hh]osted|[Ee]mceed|[Pp]resented)\s+by\s+(?:the\s+)?(?:(?:[\p{Ll}-]+|ever-[\p{Ll}]+)\s+){0,3}${NAME}`, "gu");
const HOST_NAME = new RegExp(String.raw`\b(?:[Hh]ost|[Ee]mcee)\s+${NAME}`, "gu");
const ABOUT_CEREMONY = /\b(?:ceremony|show|telecast|broadcast|event|night|evening|gala|oscars|academy awards)\b/i;
const NTH_TIME = /\b(?:his|her|their)\s+(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,2}(?:st|nd|rd|th))\s+(?:time\s+hosting|stint\s+as\s+host|time\s+as\s+host)/i;

const hostCache = new WeakMap<object, Set<string>>();

/** Every person who ever hosted, folded, for telling a host's name from any name. */
function allHosts(v: SentenceView): Set<string> {
  let set = hostCache.get(v.kb);
  if (!set) hostCache.set(v.kb, (set = new Set(v.kb.data.ceremonies.flatMap((c) => c.hosts.map(fold)))));
  return set;
}

export function checkHosts(v: SentenceView): Claim[] {
  const ctx = v.ctx;
  const out: Claim[] = [];
  if (!ctx) return out;
  const text = v.text.slice(v.sentence.start, v.sentence.end);
  if (!/\b(?:[Hh]ost|[Hh]osted|[Ee]mcee|hosting)/.test(text)) return out;
  const aboutCeremony = ABOUT_CEREMONY.test(text) || v.mentions.some((m) => m.kind === "ceremony");
  if (!aboutCeremony) return out;
  const rec = v.kb.ceremony(ctx.ceremony);
  if (!rec) return out;
  const label = v.kb.ceremonyLabel(ctx.ceremony);
  const hosts = rec.hosts;
  const known = allHosts(v);
  for (const re of [HOSTED_BY, HOST_NAME]) {
    for (const m of text.matchAll(re)) {
      const name = m[1].replace(/['\u2019]s$/, "").replace(/\.$/, "");
      const start = v.sentence.start + m.index! + m[0].length - m[1].length;
      const end = start + name.length;
      const base = { kind: "ceremony" as const, rule: "wrong-host", start, end, statement: `The ${label} was hosted by ${name}` };
      // "the host city", "host country": not a name; an unknown name only counts after "hosted by".
      if (re === HOST_NAME && !known.has(fold(name))) continue;
      const cell = v.kb.data.ceremonies[ctx.ceremony - 1];
      if (hosts.length === 0 && !/none/.test(String(cell.hosts))) {
        out.push(claim({ ...base, verdict: "unverifiable", message: `The ${label}'s host is not recorded` }));
        continue;
      }
      if (hosts.some((h) => fold(h) === fold(name) || fold(h).endsWith(` ${fold(name)}`))) {
        out.push(claim({ ...base, verdict: "supported", message: `Host${hosts.length > 1 ? "s" : ""}: ${listText(hosts)}` }));
        continue;
      }
      const c = claim({ ...base, verdict: "refuted", severity: "error", message: hosts.length ? `The ${label} was hosted by ${listText(hosts)}.` : `The ${label} had no host.` });
      if (hosts.length === 1) c.fixes.push(fix(`Replace "${name}" with "${hosts[0]}"`, hosts[0], start, end));
      out.push(settle(c));
    }
  }
  const nth = NTH_TIME.exec(text);
  if (nth) {
    const host = hosts.find((h) => text.includes(h) || text.includes(h.split(" ").pop()!));
    if (host) {
      const n = ordinalValue(nth[1].toLowerCase())!;
      const times = v.kb.data.ceremonies.filter((c) => c.n <= ctx.ceremony && c.hosts.includes(host)).length;
      const start = v.sentence.start + nth.index!;
      const base = { kind: "ceremony" as const, rule: "wrong-host", start, end: start + nth[0].length, statement: `The ${label} was ${host}'s hosting number ${n}` };
      out.push(times === n ? claim({ ...base, verdict: "supported", message: `${host} hosted ${times} ceremonies up to the ${label}` }) : claim({ ...base, verdict: "refuted", severity: "error", message: `The ${label} was ${host}'s ${ordinalSuffix(times)} time hosting (of the ceremonies up to then).` }));
    }
  }
  return out;
}
