/**
 * Build time: a category key for each other-body category name, so the engine can match
 * "the BAFTA for Best Actress" to BAFTA's "best leading actress" and "the Golden Globe for
 * Best Motion Picture – Drama" to "best motion picture - drama". Rules run in order.
 */
const RULES: [RegExp, string][] = [
  // (The Globes' box-office award is a film's, counted among its wins.)
  [/cinematic and box office/, "box-office"],
  [/television|\btv\b|series|miniseries|episode|limited|talk show|stand-up|podcast/, "tv"],
  [/palme d'or - best short|short/, "short"],
  [/documentar/, "documentary"],
  [/^grand prize of the jury$|^grand jury prize$|^grand prix$/, "grand-prix"],
  [/^jury prize$|^special jury prize$/, "jury-prize"],
  [/golden camera|caméra d'or|camera d'or/, "camera-dor"],
  [/un certain regard/, "un-certain-regard"],
  [/audience award|people's choice/, "audience-award"],
  [/animat/, "animated"],
  // (BAFTA's 1950s-60s "best foreign actress" is an acting prize, for a non-British performer: not a film's.)
  [/foreign actress/, "actress"],
  [/foreign actor/, "actor"],
  [/foreign|international|not in the english|non-english|world cinema|european/, "international"],
  [/first screenplay/, "first-screenplay"],
  [/first feature|first film|debut|first time/, "first-feature"],
  [/breakthrough|newcomer|promising|young|rising star|discovery/, "breakthrough"],
  [/stunt/, "stunts"],
  [/ensemble|\bcast\b/, "ensemble"],
  [
    /supporting (?:actress|female)|actress in a supporting|female actor in a supporting|supporting role.*actress/,
    "supporting-actress",
  ],
  [
    /supporting (?:actor|male)|actor in a supporting|male actor in a supporting|supporting role.*actor/,
    "supporting-actor",
  ],
  [/supporting (?:performance|performer)/, "supporting-performance"],
  [/actress|female/, "actress"],
  [/\bactor\b|\bmale\b/, "actor"],
  [/lead performance/, "lead-performance"],
  [/direct|réalisateur/, "director"],
  [/adapted/, "adapted-screenplay"],
  [/original screenplay/, "original-screenplay"],
  [/screenplay|writing|script|scénario/, "screenplay"],
  [/cinematograph|photograph/, "cinematography"],
  [/editing|montage/, "editing"],
  [/song/, "song"],
  [/\bscore\b|\bmusic\b/, "score"],
  [/costume/, "costume-design"],
  [/production design|décors|art direction/, "production-design"],
  [/make-?up|hair/, "makeup"],
  [/visual effects|special effects/, "visual-effects"],
  [/sound/, "sound"],
  [/casting/, "casting"],
  [/outstanding british film|british film/, "british-film"],
  [/best (?:motion )?picture|best film|best feature|^best feature film$/, "picture"],
];

/** Prizes that are their body's top award under their own name. */
const TOP: Record<string, (award: string, category: string) => boolean> = {
  cannes: (a, c) => a === "palme d'or" && c === "palme d'or",
  venice: (a, c) => a === "golden lion" && (c === "golden lion" || c === "best film"),
  berlin: (a, c) => a === "golden berlin bear" && c === "golden berlin bear",
  sundance: (a, c) => a === "grand jury prize" && /^(?:dramatic|u\.s\. dramatic)$/.test(c),
  tiff: (a, c) => a === "people's choice award" && (c === "people's choice award" || c === "best film"),
};

export function awardKey(body: string, award: string, category: string): { key: string; variant: string } {
  if (TOP[body]?.(award, category)) return { key: "top-prize", variant: "" };
  const text = `${award} ${category}`.toLowerCase();
  const variant =
    body === "globes"
      ? /comedy or musical|musical or comedy|comedy/.test(category)
        ? "comedy"
        : /drama/.test(category)
          ? "drama"
          : ""
      : "";
  // The award group ("bafta film award", "golden globe") rarely says anything of the
  // category; the festivals' groups do ("volpi cup" > "best actor" needs only the category).
  const name = category.toLowerCase();
  for (const [re, key] of RULES) if (re.test(key === "tv" ? text : name)) return { key, variant };
  return { key: "other", variant };
}
