export type MentionKind = "person" | "film" | "category" | "ceremony";

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
  /** Unnumbered "the Oscars": refers to the article's ceremony. */
  implicit?: boolean;
}
