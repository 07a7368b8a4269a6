/**
 * A song as the subject of a win: '"Naatu Naatu," from RRR, won best original song', '"Take My
 * Breath Away" took the song Oscar'. The title is a song the data names; the night is the one the
 * sentence names, else the paragraph's; supported when that song won, refuted with the night's
 * winning song when it competed and lost.
 */
import { listText } from "../kb";
import { songRows } from "../mentions/detect";
import { wordsOf } from "../text/fold";
import { claim, evidence, fix, refuted, sentenceNight, settle } from "./common";
import type { Claim } from "./types";
import type { SentenceView } from "./view";

const QUOTED = String.raw`["\u201c](?<song>[^"\u201c\u201d]{2,60}?)[,.]?["\u201d]`;
/** ', from "Top Gun,"', ", the theme from The Poseidon Adventure,": the film the song is from. */
const FILM_TITLE = String.raw`["\u201c]?(?<film>[^"\u201c\u201d,]{2,60}?)[,.]?["\u201d]?`;
const FROM_FILM = String.raw`(?:,? (?:the [a-z-]+ )?from ${FILM_TITLE},?)?`;
const WON = String.raw` (?:won|took|took home|claimed|picked up|was named|was voted)`;
const SONG_AWARD = String.raw` (?:the )?(?:best )?(?:original )?song\b`;
const SONG_WIN = new RegExp(QUOTED + FROM_FILM + WON + SONG_AWARD, "i");

export function checkSongWins(v: SentenceView): Claim[] {
  const text = v.text.slice(v.sentence.start, v.sentence.end);
  const m = SONG_WIN.exec(text);
  if (!m) return [];
  const kb = v.kb;
  const nom = kb.data.nominations;
  const song = wordsOf(m.groups!.song);
  const film = m.groups!.film ? wordsOf(m.groups!.film) : undefined;
  const rows = (songRows(kb).get(song) ?? []).filter((i) => !film || kb.view(i).films.some((t) => wordsOf(t) === film));
  if (rows.length === 0) return [];
  const at = v.sentence.start + m.index! + m[0].indexOf(m.groups!.song);
  const base = { kind: "win" as const, rule: "wrong-winner", start: at, end: at + m.groups!.song.length };
  const night = sentenceNight(v);
  const there = night === undefined ? rows : rows.filter((i) => nom.ceremony[i] === night);
  const won = there.filter((i) => kb.won(i));
  const said = (k: number) => `"${m.groups!.song}" won ${kb.view(rows[0]).category} at the ${kb.ceremonyLabel(k)}`;
  if (won.length) {
    const label = kb.ceremonyLabel(nom.ceremony[won[0]]);
    const statement = said(nom.ceremony[won[0]]);
    const message = `${kb.view(won[0]).category} at the ${label}: ${kb.describeWinner(won[0])}`;
    return [claim({ ...base, statement, verdict: "supported", message, evidence: [evidence(kb, won[0])] })];
  }
  // Competed that night and lost: the night's winning song.
  if (there.length !== 1) return [];
  const k = nom.ceremony[there[0]];
  const winners = kb.field(k, kb.keyOf(there[0])).filter((i) => kb.won(i));
  if (winners.length === 0) return [];
  const label = kb.ceremonyLabel(k);
  const statement = said(k);
  const titles = winners.map((i) => `"${kb.view(i).detail}" from ${kb.view(i).films.join(" / ")}`);
  const message = `At the ${label}, ${kb.view(there[0]).category} went to ${listText(titles)}.`;
  const c = refuted({ ...base, statement, message, evidence: [...winners, there[0]].map((i) => evidence(kb, i)) });
  const right = kb.view(winners[0]).detail;
  if (winners.length === 1 && right) c.fixes.push(fix(`Replace with "${right}"`, right, base.start, base.end));
  return [settle(c)];
}
