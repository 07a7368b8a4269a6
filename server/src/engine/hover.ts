/** Hover cards (Markdown) for people, films, categories in context and ceremonies. */
import type { Analysis } from "./analysis";
import type { KnowledgeBase } from "./kb";
import { listText } from "./kb";
import { ordinalSuffix } from "./text/fold";
import { RECORD_LABEL, heldRecords } from "./records";
import { heldOn, oscarsOrgUrl, sheetUri } from "./sheet";

export interface HoverResult {
  markdown: string;
  start: number;
  end: number;
}

export interface HoverOptions {
  /**
   * A client command that opens a ceremony sheet given its URI (VS Code's command links):
   * cards about one ceremony then link to its sheet.
   */
  sheetCommand?: string;
}

// A star, not an emoji: it renders in every editor font, with or without emoji support.
const TROPHY = "★";

export function hoverAt(
  kb: KnowledgeBase,
  a: Analysis,
  offset: number,
  options: HoverOptions = {},
): HoverResult | undefined {
  const found = a.mentionAt(offset, (x) => x.kind !== "category" || x.explicit);
  if (!found) return undefined;
  const m = found.mention;
  const ctx = found.ctx;
  // Cards depend only on what is named and the ceremony in context: built once each.
  const key = `${m.kind}:${m.ids.join(",")}:${m.category ?? ""}:${m.kind !== "ceremony" ? (ctx?.ceremony ?? "") : ""}:${options.sheetCommand ?? ""}`;
  let cards = cardCache.get(kb);
  if (!cards) cardCache.set(kb, (cards = new Map()));
  let markdown = cards.get(key);
  if (markdown === undefined) {
    if (m.kind === "person") markdown = personCard(kb, m.ids, ctx?.ceremony, options);
    else if (m.kind === "film") markdown = filmCard(kb, m.ids, ctx?.ceremony, options) ?? "";
    else if (m.kind === "category") markdown = ctx ? (categoryCard(kb, m.category!, ctx.ceremony, options) ?? "") : "";
    else if (m.kind === "ceremony") markdown = m.ids.length === 1 ? (ceremonyCard(kb, m.ids[0], options) ?? "") : "";
    else markdown = "";
    if (cards.size > 2000) cards.clear();
    cards.set(key, markdown);
  }
  return markdown ? { markdown, start: m.start, end: m.end } : undefined;
}

const cardCache = new WeakMap<KnowledgeBase, Map<string, string>>();

function esc(s: string): string {
  return s.replace(/([\\`*_{}[\]()#+!|<>])/g, "\\$1");
}

/** At most `max` rows: wins first, then the most recent; back in date order, with how many were left out. */
function shortlist(kb: KnowledgeBase, noms: number[], max = 12): { shown: number[]; more: number } {
  if (noms.length <= max) return { shown: noms, more: 0 };
  const ranked = [...noms].sort((a, b) => Number(kb.won(b)) - Number(kb.won(a)) || b - a).slice(0, max);
  return { shown: ranked.sort((a, b) => a - b), more: noms.length - max };
}

function moreLine(more: number, what: string): string {
  return more ? `\n\n_…and ${more} more ${what}${more === 1 ? "" : "s"}._` : "";
}

/** The card for a completion item: a person, a film, a category at a ceremony, or a role's actor. */
export function nameCard(
  kb: KnowledgeBase,
  ref: { kind: string; id: number; key?: string; ceremony?: number },
  options: HoverOptions = {},
): string | undefined {
  if (ref.kind === "person" && kb.data.people[ref.id]) return personCard(kb, [ref.id], ref.ceremony, options);
  if (ref.kind === "film" && kb.data.films[ref.id]) return filmCard(kb, [ref.id], ref.ceremony, options);
  if (ref.kind === "category" && ref.key && ref.ceremony !== undefined)
    return categoryCard(kb, ref.key, ref.ceremony, options);
  const people = ref.kind === "character" ? kb.data.nominations.people[ref.id] : undefined;
  return people?.length ? personCard(kb, people, kb.data.nominations.ceremony[ref.id], options) : undefined;
}

/** Links under a card: the ceremony's sheet (where the client opens it) and the Academy's page. */
function links(kb: KnowledgeBase, n: number | undefined, options: HoverOptions): string {
  if (n === undefined || !kb.ceremony(n)) return "";
  const parts = [];
  if (options.sheetCommand) {
    const args = encodeURIComponent(JSON.stringify([sheetUri(kb, n)]));
    parts.push(
      `[Ceremony sheet: ${ordinalSuffix(n)}](command:${options.sheetCommand}?${args} "Open the ${ordinalSuffix(n)} Academy Awards' winners and nominees beside the draft")`,
    );
  }
  parts.push(`[oscars.org: the ${ordinalSuffix(n)} Academy Awards (${kb.heldYearOf(n)})](${oscarsOrgUrl(kb, n)})`);
  return `\n\n${parts.join(" · ")}`;
}

function personCard(kb: KnowledgeBase, ids: number[], ceremony: number | undefined, options: HoverOptions): string {
  const parts: string[] = [];
  let latest: number | undefined;
  for (const p of ids.slice(0, 3)) {
    const noms = kb.nominationsOfPerson(p);
    const wins = noms.filter((i) => kb.won(i));
    for (const i of noms) latest = Math.max(latest ?? 0, kb.data.nominations.ceremony[i]);
    const { shown, more } = shortlist(kb, noms);
    const rows = shown.map((i) => {
      const v = kb.view(i);
      return `| ${v.won ? TROPHY + " " : ""}${ordinalSuffix(v.ceremony)} (${v.year}) | ${esc(v.category)} | ${esc(v.films.join(" / ") || "—")}${v.detail && /actor|actress|song/.test(v.categoryKey) ? ` — _${esc(v.detail)}_` : ""} | ${v.won ? "**Won**" : "Nominated"} |`;
    });
    parts.push(
      `**${esc(kb.data.people[p].name)}** — ${noms.length} Academy Award nomination${noms.length === 1 ? "" : "s"}, ${wins.length} win${wins.length === 1 ? "" : "s"}\n\n` +
        `| Ceremony | Category | Film | Result |\n|---|---|---|---|\n${rows.join("\n")}` +
        moreLine(more, "nomination") +
        recordText(kb, "person", p),
    );
  }
  // The Academy's page for the ceremony in context, else the person's latest.
  return parts.join("\n\n---\n\n") + links(kb, ceremony ?? latest, options) + source();
}

function filmCard(kb: KnowledgeBase, all: number[], ceremony: number | undefined, options: HoverOptions): string {
  const ids =
    all.length > 1 && ceremony !== undefined ? all.filter((f) => kb.ceremoniesOfFilm(f).includes(ceremony)) : all;
  return (
    (ids.length ? ids : all)
      .slice(0, 3)
      .map((f) => {
        const noms = kb.nominationsOfFilm(f).filter((i) => kb.isCompetitive(i));
        const wins = noms.filter((i) => kb.won(i));
        const cers = kb.ceremoniesOfFilm(f);
        const { shown, more } = shortlist(kb, noms);
        const rows = shown.map((i) => {
          const v = kb.view(i);
          return `| ${v.won ? TROPHY + " " : ""}${esc(v.category)} | ${esc(v.personIds.length ? listText(v.nominees) : v.nominees.join(", ") || "—")} | ${v.won ? "**Won**" : "Nominated"} |`;
        });
        const at = cers.map((c) => kb.ceremonyLabel(c)).join(", ");
        const title = `**${esc(kb.data.films[f].title)}** — ${at}: ${noms.length} nomination${noms.length === 1 ? "" : "s"}, ${wins.length} win${wins.length === 1 ? "" : "s"}`;
        const own = cers.includes(ceremony ?? -1) ? ceremony : cers[cers.length - 1];
        return (
          `${title}\n\n| Category | Nominees | Result |\n|---|---|---|\n${rows.join("\n")}` +
          moreLine(more, "nomination") +
          recordText(kb, "film", f) +
          links(kb, own, options)
        );
      })
      .join("\n\n---\n\n") + source()
  );
}

function categoryCard(kb: KnowledgeBase, key: string, c: number, options: HoverOptions): string | undefined {
  const field = kb.field(c, key);
  if (field.length === 0)
    return (
      `**${esc(kb.categoryNameAt(c, key))}** — not awarded at the ${kb.ceremonyLabel(c)}` +
      links(kb, c, options) +
      source()
    );
  const rows = field.map(
    (i) => `- ${kb.won(i) ? `${TROPHY} **${esc(kb.describeWinner(i))}** (winner)` : esc(kb.describeWinner(i))}`,
  );
  return (
    `**${esc(kb.categoryNameAt(c, key))}** — ${kb.ceremonyLabel(c)}\n\n${rows.join("\n")}` +
    links(kb, c, options) +
    source()
  );
}

export function ceremonyCard(kb: KnowledgeBase, n: number, options: HoverOptions = {}): string | undefined {
  const rec = kb.ceremony(n);
  if (!rec) return undefined;
  const noms = kb.nominationsAt(n).filter((i) => kb.isCompetitive(i));
  const categories = new Set(noms.map((i) => kb.data.nominations.category[i]));
  const winsByFilm = new Map<number, number>();
  for (const i of noms)
    if (kb.won(i)) for (const f of kb.data.nominations.films[i]) winsByFilm.set(f, (winsByFilm.get(f) ?? 0) + 1);
  const top = [...winsByFilm]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 3)
    .map(([f, k]) => `${esc(kb.data.films[f].title)} (${k})`);
  const lines = [
    `**${kb.ceremonyLabel(n)}** — honouring films of ${rec.filmYear}`,
    "",
    `- Held: ${heldOn(rec)}`,
    rec.hosts.length
      ? `- Host${rec.hosts.length > 1 ? "s" : ""}: ${esc(listText(rec.hosts))}`
      : "- Host: none or unknown",
    `- Venue: ${esc(rec.venue.join(" and "))}, ${esc([...new Set(rec.city)].join(" and "))}`,
    rec.broadcaster && rec.broadcaster !== "none" ? `- Broadcaster: ${esc(rec.broadcaster)}` : "",
    `- Best Picture: ${TROPHY} **${esc(rec.bestPicture)}**`,
    `- Competitive categories: ${categories.size}`,
    top.length ? `- Most wins: ${top.join(", ")}` : "",
  ].filter((l) => l !== "");
  return lines.join("\n") + links(kb, n, options) + source();
}

/** "Record: 4 Oscars won by one person in a night at the 97th (2025), tying Walt Disney (26th, 1954)". */
function recordText(kb: KnowledgeBase, kind: "person" | "film", id: number): string {
  const held = heldRecords(kb.data.records, kind, id);
  if (!held.length) return "";
  const name = (e: { kind: string; holder: number }) =>
    e.kind === "person" ? kb.data.people[e.holder].name : kb.data.films[e.holder].title;
  const lines = held.map(
    ({ record, entry, tied }) =>
      `- ${TROPHY} Record: ${entry.count} ${RECORD_LABEL[record]} at the ${ordinalSuffix(entry.ceremony)} (${kb.heldYearOf(entry.ceremony)})${tied.length ? `, tying ${esc(listText(tied.map((t) => `${name(t)} (${ordinalSuffix(t.ceremony)}, ${kb.heldYearOf(t.ceremony)})`)))}` : ", a new record then"}`,
  );
  return `\n\n${lines.join("\n")}`;
}

function source(): string {
  return "\n\n_Source: Academy Awards data (DLu/oscar_data), ceremonies table._";
}
