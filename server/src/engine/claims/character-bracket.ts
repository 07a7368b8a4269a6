/**
 * A character with the actor in brackets, as reviews write it: "Salieri (F. Murray Abraham)",
 * "Mozart (Hulce)". Borne out when the actor's nominated role names the character; the cast
 * beyond the nominations is not in the data, so it is never refuted.
 */
import { fold } from "../text/fold";
import { claim, evidence, nameOf, nominationsOf, subjectOf } from "./common";
import type { Claim } from "./types";
import type { SentenceView } from "./view";

const BRACKETED = /(?:^|\s)([a-z][a-z'-]+) \( <P(\d+)> \)/g;

export function checkCharacterBrackets(v: SentenceView): Claim[] {
  const out: Claim[] = [];
  for (const m of v.sk.matchAll(BRACKETED)) {
    const at = m.index! + m[0].indexOf(m[1]);
    const { start, end } = v.unitAt(at);
    const word = v.text.slice(start, end);
    if (!/^\p{Lu}/u.test(word)) continue; // a character is a name
    const person = subjectOf(v.mentions[Number(m[2])])!;
    const roles = nominationsOf(v.kb, person).filter((i) => {
      const detail = v.kb.data.nominations.detail[i];
      return (
        !!detail &&
        /actor|actress/.test(v.kb.keyOf(i)) &&
        fold(detail)
          .split(/[^a-z0-9]+/)
          .includes(fold(word))
      );
    });
    if (!roles.length) continue;
    const name = nameOf(v.kb, person);
    const role = v.kb.data.nominations.detail[roles[0]];
    out.push(
      claim({
        kind: "attribution",
        rule: "wrong-role",
        start,
        end,
        statement: `${name} played ${word}`,
        verdict: "supported",
        message: `${name} was nominated as ${role}`,
        evidence: roles.map((i) => evidence(v.kb, i)),
      }),
    );
  }
  return out;
}
