/**
 * Ceremony sheets: one ceremony's facts and every category's nominees as Markdown, the
 * list a copy desk keeps at hand. Served as a read-only virtual document (`oscar-facts:`
 * URIs) and by `oscar-facts sheet N`.
 */
import type { CeremonyRecord } from "./dataset";
import { CATEGORY_DEFS, FILM_CREDITED } from "./categories";
import { listText, type KnowledgeBase } from "./kb";

/** The URI scheme of sheets. */
export const SHEET_SCHEME = "oscar-facts";

const STAR = "★";

export interface CeremonyChoice {
  n: number;
  /** "97th Academy Awards (2025)". */
  label: string;
  /** Year held. */
  year: number;
  /** Films' year as the data labels it ("2024", "1927/28"). */
  filmYear: string;
  /** ISO date held. */
  date: string;
  bestPicture: string;
  /** The sheet's URI. */
  uri: string;
}

/** "Sunday, March 2, 2025". */
export function heldOn(rec: CeremonyRecord): string {
  return new Date(`${rec.date}T12:00:00Z`).toLocaleDateString("en-US", {
    weekday: "long",
    year: "numeric",
    month: "long",
    day: "numeric",
    timeZone: "UTC",
  });
}

/** The Academy's page for a ceremony, by the year it was held. */
export function oscarsOrgUrl(kb: KnowledgeBase, n: number): string {
  return `https://www.oscars.org/oscars/ceremonies/${kb.heldYearOf(n)}`;
}

/** `oscar-facts:/97th%20Academy%20Awards%20(2025).md`: the file name is the tab's title. */
export function sheetUri(kb: KnowledgeBase, n: number): string {
  return `${SHEET_SCHEME}:/${encodeURIComponent(`${kb.ceremonyLabel(n)}.md`)}`;
}

/** The ceremony a sheet URI names, or undefined. */
export function ceremonyOfSheetUri(kb: KnowledgeBase, uri: string): number | undefined {
  if (!uri.startsWith(`${SHEET_SCHEME}:`)) return undefined;
  let path: string;
  try {
    path = decodeURIComponent(uri.slice(SHEET_SCHEME.length + 1));
  } catch {
    return undefined;
  }
  const m = /^\/*(\d{1,3})(?:st|nd|rd|th)\b/.exec(path);
  const n = m ? Number(m[1]) : NaN;
  return kb.ceremony(n) ? n : undefined;
}

/** Every ceremony, newest first. */
export function ceremonyChoices(kb: KnowledgeBase): CeremonyChoice[] {
  return kb.data.ceremonies
    .map((c) => ({
      n: c.n,
      label: kb.ceremonyLabel(c.n),
      year: kb.heldYearOf(c.n),
      filmYear: c.filmYear,
      date: c.date,
      bestPicture: c.bestPicture,
      uri: sheetUri(kb, c.n),
    }))
    .reverse();
}

/**
 * Ceremonies a user's words name: "97", "97th", "ninety-seventh" is an ordinal; a year
 * from 1929 is the ceremony held that year (1930 held two).
 */
export function ceremoniesNamed(kb: KnowledgeBase, words: string): number[] {
  const w = words.trim().toLowerCase();
  const m = /^(\d{1,4})(?:st|nd|rd|th)?$/.exec(w);
  if (!m) return [];
  const n = Number(m[1]);
  if (n >= 1929 && !/\D/.test(w)) return kb.ceremoniesHeldIn(n);
  return kb.ceremony(n) ? [n] : [];
}

function esc(s: string): string {
  return s.replace(/([\\`*_{}[\]<>|#])/g, "\\$1");
}

const DEF_ORDER = new Map(CATEGORY_DEFS.map((d, i) => [d.key, i]));
const CLASS_ORDER: Record<string, number> = { Special: 1, SciTech: 2 };

/** The ceremony's facts and every category's nominees, winners first and starred. */
export function ceremonySheet(kb: KnowledgeBase, n: number): string | undefined {
  const rec = kb.ceremony(n);
  if (!rec) return undefined;
  const nom = kb.data.nominations;
  const groups = new Map<number, number[]>();
  for (const i of kb.nominationsAt(n)) {
    const g = groups.get(nom.categoryName[i]);
    if (g) g.push(i);
    else groups.set(nom.categoryName[i], [i]);
  }
  const rank = (i: number) => {
    const cls = kb.data.categories[nom.category[i]].cls;
    return (CLASS_ORDER[cls] ?? 0) * 1000 + (kb.isCompetitive(i) ? (DEF_ORDER.get(kb.keyOf(i)) ?? 999) : 0);
  };
  // Stable: categories of one rank keep the data's order.
  const ordered = [...groups.values()]
    .map((g, order) => ({ g, order }))
    .sort((a, b) => rank(a.g[0]) - rank(b.g[0]) || a.order - b.order);
  const venues =
    rec.venue.length === rec.city.length
      ? rec.venue.map((v, i) => `${v}, ${rec.city[i]}`)
      : [`${listText(rec.venue)}, ${listText([...new Set(rec.city)])}`];
  const out = [
    `# ${kb.ceremonyLabel(n)}`,
    "",
    `Honouring the films of ${rec.filmYear}.`,
    "",
    `- **Held:** ${heldOn(rec)}`,
    `- **Venue:** ${esc(listText(venues))}`,
    `- **Host${rec.hosts.length > 1 ? "s" : ""}:** ${rec.hosts.length ? esc(listText(rec.hosts)) : "none recorded"}`,
    ...(rec.broadcaster && rec.broadcaster !== "none"
      ? [`- **Broadcast:** ${esc(rec.broadcaster.split("|").join(", "))}`]
      : []),
    `- **Best Picture:** ${STAR} ${esc(rec.bestPicture)}`,
    `- **The Academy's page:** <${oscarsOrgUrl(kb, n)}>`,
    "",
    `${STAR} marks the winners. Source: Academy Awards data (DLu/oscar_data) and the ceremonies table.`,
  ];
  for (const { g } of ordered) {
    const won = g.filter((i) => kb.won(i));
    out.push(
      "",
      `## ${esc(kb.view(g[0]).category)}`,
      "",
      ...[...won, ...g.filter((i) => !kb.won(i))].map((i) => `- ${nomineeLine(kb, i)}`),
    );
  }
  return out.join("\n") + "\n";
}

/** One nomination: who or what is named first (bold when it won), then the rest. */
function nomineeLine(kb: KnowledgeBase, i: number): string {
  const v = kb.view(i);
  const cls = kb.data.categories[kb.data.nominations.category[i]].cls;
  const printed = kb.data.nominations.name[i];
  const films = v.films.map((f) => `*${esc(f)}*`);
  const details = v.detail ? v.detail.split("|").map((d) => d.trim()) : [];
  let head: string;
  let rest: string;
  if (v.categoryKey === "song" || (v.detail && /song/i.test(v.category))) {
    const song = details.map((d) => `"${esc(d)}"`).join(" / ");
    head = song && films.length ? `${song} from ${films.join(" / ")}` : song || films.join(" / ");
    rest = esc(printed || listText(v.nominees));
  } else if ((FILM_CREDITED.has(v.categoryKey) || /(?:^|\s)by\s|:/.test(printed)) && films.length) {
    // Film first where the credit is a company, a country or a credits line ("Written by …").
    head = films.join(" / ");
    rest = esc(printed || listText(v.nominees));
  } else if (cls === "Acting") {
    head = esc(listText(v.nominees));
    // Early nominations name several films, each with its role, in the same order.
    rest = v.films
      .map((f, k) => `*${esc(f)}*${details[k] && details.length === v.films.length ? `, as ${esc(details[k])}` : ""}`)
      .join("; ");
    if (details.length && details.length !== v.films.length) rest += `, as ${esc(details.join(" / "))}`;
  } else {
    head = esc(printed || listText(v.nominees)) || films.join(" / ");
    rest = [
      printed || v.nominees.length ? films.join(" / ") : "",
      cls === "SciTech" || cls === "Special" ? esc(details.join("; ")) : "",
    ]
      .filter(Boolean)
      .join(" — ");
  }
  const shown = kb.won(i) ? `${STAR} **${head}**` : head;
  return rest ? `${shown} — ${rest}` : shown;
}
