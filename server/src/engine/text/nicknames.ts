/**
 * Short forms of first names ("Jim" for James, "Charlie" for Charles): the same name, so
 * neither a misspelling nor another person.
 */
const PAIRS: [short: string, full: string][] = [
  ["jim", "james"],
  ["jimmy", "james"],
  ["jack", "john"],
  ["johnny", "john"],
  ["jon", "jonathan"],
  ["joe", "joseph"],
  ["mike", "michael"],
  ["mickey", "michael"],
  ["chuck", "charles"],
  ["charlie", "charles"],
  ["steve", "stephen"],
  ["steve", "steven"],
  ["dave", "david"],
  ["kate", "katherine"],
  ["kate", "catherine"],
  ["kathy", "katherine"],
  ["peggy", "margaret"],
  ["maggie", "margaret"],
  ["polly", "mary"],
  ["hank", "henry"],
  ["harry", "henry"],
  ["sandy", "sandra"],
  ["bert", "albert"],
  ["bert", "herbert"],
  ["rob", "robert"],
  ["bob", "robert"],
  ["bobby", "robert"],
  ["bill", "william"],
  ["billy", "william"],
  ["willie", "william"],
  ["will", "william"],
  ["dick", "richard"],
  ["rick", "richard"],
  ["ted", "edward"],
  ["ned", "edward"],
  ["betty", "elizabeth"],
  ["beth", "elizabeth"],
  ["jerry", "gerald"],
  ["jerry", "jerome"],
  ["larry", "lawrence"],
  ["larry", "laurence"],
  ["len", "leonard"],
  ["lenny", "leonard"],
  ["lou", "louis"],
  ["sid", "sidney"],
  ["sid", "sydney"],
  ["tony", "anthony"],
  ["tom", "thomas"],
  ["tommy", "thomas"],
  ["fred", "frederick"],
  ["freddie", "frederick"],
  ["eddie", "edward"],
  ["sam", "samuel"],
  ["nick", "nicholas"],
  ["danny", "daniel"],
  ["andy", "andrew"],
];

const PAIR_KEYS = new Set(PAIRS.map(([s, f]) => `${s} ${f}`));

/**
 * Whether one first name is the other's short form, or begins it ("fran", "frances"); `clipped`:
 * a beginning only two letters or more short of the name ("Eli" for Elia is a slip).
 */
export function shortForm(x: string, y: string, clipped = false): boolean {
  const [a, b] = x.length <= y.length ? [x, y] : [y, x];
  const begins = b.startsWith(a) && (!clipped || b.length - a.length >= 2);
  return begins || PAIR_KEYS.has(`${x} ${y}`) || PAIR_KEYS.has(`${y} ${x}`);
}

/** The short forms of a full first name ("charles" → "chuck", "charlie"). */
export function shortFormsOf(first: string): string[] {
  return PAIRS.filter(([, f]) => f === first).map(([s]) => s);
}
