/**
 * Award categories as articles name them. Each key covers one or more of the data's
 * CanonicalCategory values (e.g. "sound" covers Sound Mixing and the older Sound
 * Recording) and lists the phrases an article may use, across eras.
 * `bare` phrases are ordinary words ("editing", "score") that count as a category only
 * inside a claim ("wins in editing and score"), never on their own.
 */
export interface CategoryDef {
  key: string;
  label: string;
  canonical: string[];
  phrases: string[];
  bare?: string[];
  /** Acting categories tie a person to a role; writing ones to a script. */
  kind?: "acting" | "directing" | "writing" | "picture" | "music";
}

/** The short subjects of 1932–1957 by reel or kind, each with its names in print. */
const REEL_SHORTS: [string, string, string[]][] = [
  [
    "one-reel-short",
    "SHORT SUBJECT (One-reel)",
    ["short subject (one-reel)", "one-reel short subject", "one-reel short"],
  ],
  [
    "two-reel-short",
    "SHORT SUBJECT (Two-reel)",
    ["short subject (two-reel)", "two-reel short subject", "two-reel short"],
  ],
  ["comedy-short", "SHORT SUBJECT (Comedy)", ["short subject (comedy)", "comedy short subject"]],
  ["novelty-short", "SHORT SUBJECT (Novelty)", ["short subject (novelty)", "novelty short subject"]],
  ["color-short", "SHORT SUBJECT (Color)", ["short subject (color)", "color short subject", "colour short subject"]],
];

/** How a claim names a category's award: "the supporting acting prizes", "a lead acting Oscar". */
const AWARD_FORMS = ["award", "awards", "oscar", "oscars", "prize", "prizes"];

export const CATEGORY_DEFS: CategoryDef[] = [
  {
    key: "picture",
    label: "Best Picture",
    kind: "picture",
    canonical: ["BEST PICTURE"],
    phrases: [
      "best picture",
      "best motion picture",
      "outstanding picture",
      "outstanding production",
      "best film",
      "best drama",
      "best drama film",
      "best musical or comedy",
      "best comedy or musical",
      "top prize",
      "top award",
      "top honor",
      "top honour",
      "night's top honor",
      "night's top honour",
    ],
  },
  {
    key: "director",
    label: "Best Director",
    kind: "directing",
    canonical: ["DIRECTING", "DIRECTING (Comedy Picture)", "DIRECTING (Dramatic Picture)"],
    phrases: ["best director", "best directing", "best direction", "directing"],
    bare: ["director", "direction"],
  },
  {
    key: "actor",
    label: "Best Actor",
    kind: "acting",
    canonical: ["ACTOR IN A LEADING ROLE"],
    phrases: [
      "best actor",
      "best lead actor",
      "best leading actor",
      "lead actor",
      "leading actor",
      "best actor in a leading role",
      "actor in a leading role",
      "best performance by an actor in a leading role",
      // The SAG (Actor) Awards' names, and the Spirit Awards' gender-neutral era ("best male lead").
      "male actor in a leading role",
      "best male lead",
      // The Globes' split, as the press says it ("the best drama actor"): the genre word says which.
      "best drama actor",
      "best comedy actor",
    ],
  },
  {
    key: "actress",
    label: "Best Actress",
    kind: "acting",
    canonical: ["ACTRESS IN A LEADING ROLE"],
    phrases: [
      "best actress",
      "best lead actress",
      "best leading actress",
      "lead actress",
      "leading actress",
      "best actress in a leading role",
      "actress in a leading role",
      "best performance by an actress in a leading role",
      "female actor in a leading role",
      "best female lead",
      "best drama actress",
      "best comedy actress",
    ],
  },
  {
    key: "supporting-actor",
    label: "Best Supporting Actor",
    kind: "acting",
    canonical: ["ACTOR IN A SUPPORTING ROLE"],
    phrases: [
      "best supporting actor",
      "supporting actor",
      "best actor in a supporting role",
      "actor in a supporting role",
      "male actor in a supporting role",
    ],
  },
  {
    key: "supporting-actress",
    label: "Best Supporting Actress",
    kind: "acting",
    canonical: ["ACTRESS IN A SUPPORTING ROLE"],
    phrases: [
      "best supporting actress",
      "supporting actress",
      "best actress in a supporting role",
      "actress in a supporting role",
      "female actor in a supporting role",
    ],
  },
  {
    key: "original-screenplay",
    label: "Best Original Screenplay",
    kind: "writing",
    canonical: ["WRITING (Original Screenplay)"],
    phrases: [
      "best original screenplay",
      "original screenplay",
      "best screenplay written directly for the screen",
      // The 1960s' "Story and Screenplay — Written Directly for the Screen".
      "best story and screenplay",
      "story and screenplay",
      "best story and screenplay written directly for the screen",
      "story and screenplay written directly for the screen",
      "original script",
      "best original script",
    ],
  },
  {
    key: "adapted-screenplay",
    label: "Best Adapted Screenplay",
    kind: "writing",
    canonical: ["WRITING (Adapted Screenplay)"],
    phrases: ["best adapted screenplay", "adapted screenplay", "best screenplay adaptation", "adapted script"],
  },
  {
    key: "original-story",
    label: "Best Original Story",
    kind: "writing",
    canonical: ["WRITING (Original Story)"],
    phrases: [
      "best original story",
      "best story",
      "original story",
      // The era's own names: "Motion Picture Story", "Original Motion Picture Story".
      "best motion picture story",
      "motion picture story",
      "best original motion picture story",
      "original motion picture story",
    ],
  },
  {
    key: "screenplay",
    label: "Best Screenplay",
    kind: "writing",
    canonical: [],
    phrases: ["best screenplay", "best writing", "writing (screenplay)", "writing (adaptation)", "best adaptation"],
    bare: ["screenplay"],
  },
  {
    key: "cinematography",
    label: "Best Cinematography",
    canonical: ["CINEMATOGRAPHY", "CINEMATOGRAPHY (Black-and-White)", "CINEMATOGRAPHY (Color)"],
    phrases: ["best cinematography", "cinematography"],
  },
  {
    key: "editing",
    label: "Best Film Editing",
    canonical: ["FILM EDITING"],
    phrases: ["best film editing", "best editing", "film editing"],
    bare: ["editing"],
  },
  {
    key: "production-design",
    label: "Best Production Design",
    canonical: ["ART DIRECTION", "ART DIRECTION (Black-and-White)", "ART DIRECTION (Color)"],
    phrases: ["best production design", "production design", "best art direction", "art direction"],
  },
  {
    key: "costume-design",
    label: "Best Costume Design",
    canonical: ["COSTUME DESIGN", "COSTUME DESIGN (Black-and-White)", "COSTUME DESIGN (Color)"],
    phrases: ["best costume design", "costume design"],
    bare: ["costumes"],
  },
  {
    key: "makeup",
    label: "Best Makeup and Hairstyling",
    canonical: ["MAKEUP AND HAIRSTYLING"],
    phrases: [
      "best makeup and hairstyling",
      "makeup and hairstyling",
      "best makeup",
      "make-up and hairstyling",
      "best make-up and hairstyling",
    ],
    bare: ["makeup"],
  },
  {
    key: "score",
    label: "Best Original Score",
    kind: "music",
    canonical: ["MUSIC (Original Score)"],
    phrases: [
      "best original score",
      "original score",
      "best score",
      "best original music score",
      "original music score",
    ],
    bare: ["score"],
  },
  {
    // 1995–1998: the dramatic half of the split original score (the data files it under Original Score).
    key: "dramatic-score",
    label: "Best Original Dramatic Score",
    kind: "music",
    canonical: [],
    phrases: ["original dramatic score", "best original dramatic score", "best dramatic score"],
  },
  {
    key: "song",
    label: "Best Original Song",
    kind: "music",
    canonical: ["MUSIC (Original Song)"],
    phrases: ["best original song", "original song", "best song"],
  },
  {
    key: "song-score",
    label: "Best Original Song Score or Adaptation Score",
    kind: "music",
    canonical: ["MUSIC (Original Song Score or Adaptation Score)"],
    phrases: [
      "best adaptation score",
      "best original song score",
      // Written in lower case mid-sentence ("won the Oscar for original song score"): longer than "original song".
      "original song score",
      "adaptation score",
      "best scoring of a musical picture",
      "original musical or comedy score",
      "musical or comedy score",
    ],
  },
  {
    key: "sound",
    label: "Best Sound",
    canonical: ["SOUND MIXING", "SOUND RECORDING"],
    phrases: ["best sound", "best sound mixing", "sound mixing", "best sound recording", "sound recording"],
    bare: ["sound"],
  },
  {
    key: "sound-editing",
    label: "Best Sound Editing",
    canonical: ["SOUND EDITING"],
    phrases: [
      ...["best sound editing", "sound editing", "best sound effects editing", "sound effects editing"],
      "best sound effects",
    ],
    // (The 1960s' name, Goldfinger "took the award for sound effects"; bare, since a film's "sound effects" in
    // another era are no category.)
    bare: ["sound effects"],
  },
  {
    key: "visual-effects",
    label: "Best Visual Effects",
    canonical: ["VISUAL EFFECTS"],
    phrases: ["best visual effects", "visual effects", "best special effects", "special effects"],
    bare: ["vfx"],
  },
  {
    key: "animated-feature",
    label: "Best Animated Feature",
    canonical: ["ANIMATED FEATURE FILM"],
    phrases: [
      "best animated feature",
      "best animated feature film",
      "animated feature",
      "animated feature film",
      "best animated film",
      "best motion picture animated",
    ],
  },
  {
    key: "international-feature",
    label: "Best International Feature Film",
    canonical: ["INTERNATIONAL FEATURE FILM"],
    phrases: [
      "best international feature",
      "best international feature film",
      "international feature",
      "international feature film",
      "best international film",
      "best foreign language film",
      "foreign language film",
      "best foreign-language film",
      "best foreign film",
      // The Golden Globes' and BAFTA's names since 2020.
      "best non-english language film",
      "best non-english-language film",
      "non-english language film",
      "best film not in the english language",
      "film not in the english language",
      // The Globes' "Best Motion Picture – Foreign Language" / "– Non-English Language" (a dash joins the words).
      "best motion picture foreign language",
      "best motion picture non-english language",
    ],
  },
  {
    key: "documentary-feature",
    label: "Best Documentary Feature",
    canonical: ["DOCUMENTARY (Feature)"],
    phrases: ["best documentary feature", "best documentary feature film", "documentary feature", "best documentary"],
  },
  {
    key: "documentary-short",
    label: "Best Documentary Short",
    canonical: ["DOCUMENTARY (Short Subject)"],
    phrases: [
      "best documentary short",
      "best documentary short film",
      "best documentary short subject",
      "documentary short",
    ],
  },
  {
    key: "animated-short",
    label: "Best Animated Short",
    canonical: ["SHORT FILM (Animated)"],
    phrases: [
      "best animated short",
      "best animated short film",
      "animated short film",
      "animated short",
      "short subject (cartoon)",
      "best short subject (cartoon)",
      "best cartoon short",
      "cartoon short subject",
    ],
  },
  {
    key: "short-subject",
    label: "Best Short Subject",
    canonical: [],
    phrases: ["best short subject", "best short film"],
  },
  {
    key: "live-action-short",
    label: "Best Live Action Short",
    canonical: ["SHORT FILM (Live Action)"],
    phrases: [
      "best live action short",
      "best live-action short",
      "best live action short film",
      "best live-action short film",
      "live action short",
      "live-action short",
    ],
  },
  {
    // "won acting awards", "her acting Oscar": any of the four acting categories.
    key: "acting",
    label: "an acting award",
    kind: "acting",
    canonical: [],
    phrases: ["acting award", "acting awards", "acting oscar", "acting oscars", "acting prize", "acting prizes"],
  },
  {
    // "a lead acting Oscar", "won in lead" (trade shorthand): either leading-role category.
    key: "lead",
    label: "a lead acting award",
    kind: "acting",
    canonical: [],
    phrases: AWARD_FORMS.map((w) => `lead acting ${w}`),
    bare: ["lead"],
  },
  {
    // "won the supporting awards", "a supporting Oscar", "won in supporting": either supporting category.
    key: "supporting",
    label: "a supporting award",
    kind: "acting",
    canonical: [],
    phrases: [
      // ("took the supporting prize for F", "the supporting Oscars".)
      ...AWARD_FORMS.map((w) => `supporting ${w}`),
      // ("the supporting acting prizes": "supporting" narrows the acting award.)
      ...AWARD_FORMS.map((w) => `supporting acting ${w}`),
    ],
    bare: ["supporting"],
  },
  { key: "casting", label: "Best Casting", canonical: ["CASTING"], phrases: ["best casting"] },
  // Categories of the early ceremonies, as histories name them.
  {
    key: "unique-artistic",
    label: "Unique and Artistic Production",
    kind: "picture",
    canonical: ["UNIQUE AND ARTISTIC PICTURE"],
    phrases: ["unique and artistic production", "unique and artistic picture", "best unique and artistic production"],
  },
  {
    key: "title-writing",
    label: "Title Writing",
    kind: "writing",
    canonical: ["WRITING (Title Writing)"],
    phrases: ["title writing", "best title writing"],
  },
  {
    key: "dance-direction",
    label: "Best Dance Direction",
    canonical: ["DANCE DIRECTION"],
    phrases: ["dance direction", "best dance direction"],
  },
  {
    // A job as well as a category ("an assistant director on the film"): bare unless "Best".
    key: "assistant-director",
    label: "Best Assistant Director",
    canonical: ["ASSISTANT DIRECTOR"],
    phrases: ["best assistant director"],
    bare: ["assistant director"],
  },
  ...REEL_SHORTS.map(([key, canonical, phrases]) => ({
    key,
    label: `Best Short Subject (${canonical.slice(15, -1)})`,
    canonical: [canonical],
    phrases,
  })),
  {
    key: "honorary",
    label: "Honorary Award",
    // (Until the 22nd ceremony the data files the same award as "SPECIAL AWARD".)
    canonical: ["HONORARY AWARD", "SPECIAL AWARD"],
    phrases: ["honorary award", "honorary oscar"],
  },
  {
    key: "thalberg",
    label: "Irving G. Thalberg Memorial Award",
    canonical: ["IRVING G. THALBERG MEMORIAL AWARD"],
    phrases: ["irving g. thalberg memorial award", "thalberg award", "irving thalberg award"],
  },
  {
    key: "hersholt",
    label: "Jean Hersholt Humanitarian Award",
    canonical: ["JEAN HERSHOLT HUMANITARIAN AWARD"],
    phrases: ["jean hersholt humanitarian award", "hersholt award"],
  },
];

/** Categories a film is said to win, whoever the data credits (producers, a country). */
export const FILM_CREDITED = new Set([
  "picture",
  "animated-feature",
  "documentary-feature",
  "international-feature",
  "documentary-short",
  "animated-short",
  "live-action-short",
  "short-subject",
  "unique-artistic",
  ...REEL_SHORTS.map(([key]) => key),
]);

export const CATEGORY_BY_KEY = new Map(CATEGORY_DEFS.map((d) => [d.key, d]));

/** The acting categories' keys, the four and the groups of them ("acting", "lead", "supporting"). */
export const ACTING_KEYS = new Set(CATEGORY_DEFS.filter((d) => d.kind === "acting").map((d) => d.key));
/** The groups of acting categories a claim may name ("two of the four acting awards"), with no data of their own. */
export const ACTING_GROUPS = new Set(
  CATEGORY_DEFS.filter((d) => d.kind === "acting" && !d.canonical.length).map((d) => d.key),
);

/** Categories counted when an article says "N Oscars" or "N nominations". */
export const COMPETITIVE_CLASSES = new Set(["Acting", "Directing", "Title", "Production", "Music", "Writing"]);
