export type MentionKind = "person" | "film" | "category" | "ceremony" | "award";

export interface Mention {
  kind: MentionKind;
  /** UTF-16 offsets of the name itself (a possessive 's is outside). */
  start: number;
  end: number;
  /** Token range [first, last). */
  first: number;
  last: number;
  text: string;
  /** Person or film indices, or ceremony ordinals. */
  ids: number[];
  /** Category key, for categories. */
  category?: string;
  /** A category that stands on its own ("Best Picture"), not a bare word ("editing"). */
  explicit: boolean;
  possessive: boolean;
  /** How a person was found: full name, or surname after the full name. */
  via?: "name" | "surname";
  /** Ceremony given relative to the article ("this year's Oscars"). */
  relative?: "this" | "last" | "next";
  /** A ceremony named by a year ("the 1985 Oscars"): held then, or honouring that year's films. */
  year?: number;
  /** Unnumbered "the Oscars": refers to the article's ceremony. */
  implicit?: boolean;
  /** A quoted title one letter off a film of the night, read as that film (and marked as a slip). */
  slip?: boolean;
  /** For awards of other bodies: which body, category and edition, and a count said with it. */
  award?: AwardRef;
}

export interface AwardRef {
  /** Body key: "bafta", "globes", "critics", "sag", "spirit", "cesar", "cannes", "venice", "berlin", "sundance", "tiff", or a guild without data: "dga", "pga", "wga". */
  body: string;
  /** Category key ("actress", "picture", "top-prize", "ensemble"...), when named. */
  category?: string;
  variant?: string;
  /** The body's own prize, when the text names it ("Silver Lion" → "silver lion"): rows of that group only. */
  group?: string;
  /** Calendar year of the edition when the text gives one ("the 2024 Cannes", "last year's Cannes"). */
  year?: number;
  relativeYear?: -1 | 0;
  /** "three Independent Spirit Awards" → 3; "a BAFTA" → 1 with atLeast. */
  count?: number;
  atLeast?: boolean;
  /** "a best ensemble nom from the SAG": the noun between category and body decides the claim. */
  noun?: "win" | "nomination";
}

/**
 * A mention with every field, in one order: mentions are made in many places, each literal or
 * spread with its own fields and order, and the readers of a block's mentions would see them all.
 * One shape keeps those readers (and spread copies of these) monomorphic. Values are unchanged.
 */
export function uniform(m: Mention): Mention {
  // (`satisfies` lists every field: a field added to Mention and left out here fails to compile.)
  return {
    kind: m.kind,
    start: m.start,
    end: m.end,
    first: m.first,
    last: m.last,
    text: m.text,
    ids: m.ids,
    category: m.category,
    explicit: m.explicit,
    possessive: m.possessive,
    via: m.via,
    relative: m.relative,
    year: m.year,
    implicit: m.implicit,
    slip: m.slip,
    award: m.award,
  } satisfies { [K in keyof Required<Mention>]: Mention[K] };
}
