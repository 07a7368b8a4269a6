/**
 * Correct sentences a journalist might write that once raised findings (found by a review of
 * the new reading rules): each must stay silent.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { findings } from "../helpers";

const SILENT: [string, string][] = [
  [
    "an Oscars paragraph that mentions the SAG Awards in passing is still about the Oscars",
    "The 97th Academy Awards were held in 2025.\n\nMikey Madison won best actress for Anora. Demi Moore had been the favourite after winning at the SAG Awards.\n",
  ],
  [
    "'for the first time since 2018' counts no hostings",
    "The 95th Academy Awards were held in 2023.\n\nHosting the Oscars for the first time since 2018, Jimmy Kimmel opened with a joke about the slap.\n",
  ],
  [
    "'for the first time in eight years'",
    "The 84th Academy Awards were held in 2012.\n\nBilly Crystal hosted the show for the first time in eight years.\n",
  ],
  [
    "the count belongs to the host named next to it",
    "The 96th Academy Awards were held in 2024.\n\nJimmy Kimmel opened the show, while Billy Crystal, who hosted for the ninth time in 2012, watched from the audience.\n",
  ],
  [
    "a year elsewhere in the sentence is not hostless",
    "The 2022 ceremony, after three years without a host, was hosted by Regina Hall, Amy Schumer and Wanda Sykes.\n",
  ],
  [
    "only the year tied to 'without a host'",
    "Kevin Hart stepped down in December 2018, leaving the 2019 ceremony without a host.\n",
  ],
  [
    "'went without a host in 2019'",
    "Jimmy Kimmel returned in 2023, four years after the show first went without a host in 2019.\n",
  ],
  [
    "another event's date in a sentence about the night",
    "The 92nd Academy Awards, held on 9 February 2020, came two weeks after the death of Kobe Bryant on 26 January 2020.\n",
  ],
  [
    "an eligibility deadline is not the night",
    "The 93rd Academy Awards extended the eligibility window to 28 February 2021 because of the pandemic.\n",
  ],
  [
    "voting closed on a date",
    "The 93rd Academy Awards were held in 2021.\n\nVoting for the Oscars closed on 20 April 2021, five days before the ceremony.\n",
  ],
  [
    "shortlists published on a date",
    "The 94th Academy Awards were held in 2022.\n\nThe Oscars shortlists were published on 21 December 2021, and the ceremony took place on 27 March 2022.\n",
  ],
  [
    "'misses out on the big prizes' after winning one",
    "The 96th Academy Awards were held in 2024.\n\nJustine Triet misses out on the big prizes.\n",
  ],
  [
    "'misses out on best picture despite four wins'",
    "The 96th Academy Awards were held in 2024.\n\nPoor Things misses out on best picture despite four wins.\n",
  ],
  [
    "'apiece' counts only the films of its own clause",
    "The 92nd Academy Awards were held in 2020.\n\nParasite beat 1917 for Best Picture, and Ford v Ferrari and Joker won two Oscars apiece.\n",
  ],
  [
    "the object before an appositive is no subject",
    "The 96th Academy Awards were held in 2024.\n\nOppenheimer beat Barbie, the year's biggest hit, to win best picture.\n",
  ],
  [
    "'after five losses' counted within the category",
    "The 79th Academy Awards were held in 2007.\n\nAfter five losses, Martin Scorsese finally won best director for The Departed.\n",
  ],
  [
    "'after seven losses' counted by nomination",
    "The 79th Academy Awards were held in 2007.\n\nAfter seven losses, Martin Scorsese finally won an Oscar.\n",
  ],
  ["another show's network", "The 2020 Oscars aired on ABC, while the Golden Globes were broadcast on NBC.\n"],
  [
    "a network of other years",
    "The 1976 Oscars marked the show's return to ABC after five years in which it aired on NBC.\n",
  ],
  [
    "'last night' of a party before the night",
    "March 10, 2024 - After a lavish party at the Chateau Marmont last night, the nominees of the 96th Academy Awards gather tonight at the Dolby Theatre.\n",
  ],
  [
    "'two days after' the night",
    "March 13, 2024 - Two days after winning seven Oscars at the 96th Academy Awards, Christopher Nolan was honoured again last night by the British Film Institute.\n",
  ],
  [
    "a bracketed note after a fact-box host",
    "# 96th Academy Awards\n\n- Date: March 10, 2024\n- Location: Los Angeles, California\n- Host: Jimmy Kimmel (fourth time)\n- Venue: Dolby Theatre, Hollywood\n- Eligibility year: 2023\n- Nominations announced: January 23, 2024\n- Ceremony: 7 p.m. ET\n",
  ],
  [
    "a fact-box date of the nominations",
    "# 96th Academy Awards\n\nKey dates\nDate: January 23, 2024 (nominations)\nDate: March 10, 2024 (ceremony)\n",
  ],
  [
    "a real title one letter off a nominee",
    'The 96th Academy Awards were held in 2024.\n\nGreta Gerwig\'s "Barbie" earned eight nominations, and Ryan Gosling performed "I\'m Just Ken". Critics called "Maestra" a companion piece to Bradley Cooper\'s "Maestro".\n',
  ],
  [
    "a British spelling of a title",
    "The 96th Academy Awards were held in 2024.\n\nDanielle Brooks earned a nomination for 'The Colour Purple', the musical remake of Spielberg's 1985 film.\n",
  ],
  [
    "'His Academy Award, \u2026' is no role",
    "The 95th Academy Awards were held in 2023.\n\nBrendan Fraser won best actor for The Whale. His Academy Award, the first of his career, came after a long absence.\n",
  ],
  [
    "a rival's win at another body, in a relative clause, is not the main clause's",
    "The 95th Academy Awards were held in 2023.\n\nBrendan Fraser won best actor over Austin Butler, who had won best actor at the BAFTAs.\n",
  ],
  [
    "'beating X, who had won best director at the BAFTAs'",
    "The 97th Academy Awards were held in 2025.\n\nSean Baker won best director at the Oscars, beating Brady Corbet, who had won best director at the BAFTAs.\n",
  ],
  [
    "a relative clause about another body, second form",
    "The 95th Academy Awards were held in 2023.\n\nMichelle Yeoh won best actress, beating Cate Blanchett, who had won best actress at the BAFTAs.\n",
  ],
  [
    "'Of the four acting awards, F won three' is part of a set",
    "The 95th Academy Awards were held in 2023.\n\nOf the four acting awards, Everything Everywhere All at Once won three.\n",
  ],
  [
    "'In the four acting categories, F won one'",
    "The 96th Academy Awards were held in 2024.\n\nIn the four acting categories, Oppenheimer won one, and Poor Things, The Holdovers and Oppenheimer's rival Killers of the Flower Moon split the rest.\n",
  ],
  [
    "'After 16 losses, X won her third Oscar' is no first win",
    "The 84th Academy Awards were held in 2012.\n\nAfter 16 losses, Meryl Streep won her third Oscar, for The Iron Lady.\n",
  ],
  [
    "'After two losses, X won her second Oscar'",
    "The 96th Academy Awards were held in 2024.\n\nAfter two losses, Emma Stone won her second Oscar.\n",
  ],
  [
    "'his second nomination in the category' with the category named after it",
    "The 96th Academy Awards were held in 2024.\n\nChristopher Nolan, on his second nomination in the category, won best director for Oppenheimer.\n",
  ],
  [
    "'her fourth nomination in the category and eighth overall'",
    "The 93rd Academy Awards were held in 2021.\n\nGlenn Close lost again for Hillbilly Elegy, her fourth nomination in the category and eighth overall.\n",
  ],
  [
    "'10th nomination in the category' before a loss",
    "The 96th Academy Awards were held in 2024.\n\nMartin Scorsese earned his 10th nomination in the category for Killers of the Flower Moon but lost best director to Christopher Nolan.\n",
  ],
  [
    "'Its premiere was held on May 21, 2019' dates no ceremony",
    "The 92nd Academy Awards were held in 2020.\n\nParasite won best picture. Its premiere was held on May 21, 2019.\n",
  ],
  [
    "another event 'held on' a full date",
    "The 92nd Academy Awards were held in 2020.\n\nParasite won best picture. Its Cannes premiere was held on May 21, 2019, and it opened in Korea on May 30.\n",
  ],
  [
    "a festival premiere's date",
    "The 92nd Academy Awards were held in 2020.\n\nJoker won best actor. Its premiere at the Venice festival was held on August 31, 2019.\n",
  ],
  [
    "'X beat Y for C' after another category in the sentence",
    "The 94th Academy Awards were held in 2022.\n\nCODA won best picture, but Jane Campion beat Steven Spielberg for best director.\n",
  ],
  [
    "a rival's category named after the rivals",
    "The 91st Academy Awards were held in 2019.\n\nOlivia Colman upset Glenn Close for best actress, while Alfonso Cuar\u00f3n beat Spike Lee for best director.\n",
  ],
  [
    "a rival's category after an earlier Best Picture",
    "The 71st Academy Awards were held in 1999.\n\nShakespeare in Love upset Saving Private Ryan for best picture, though Steven Spielberg beat John Madden for best director.\n",
  ],
  [
    "'X upset Y, winning C': Y is the one beaten",
    "The 96th Academy Awards were held in 2024.\n\nEmma Stone upset Lily Gladstone, winning best actress for Poor Things.\n",
  ],
  [
    "'X overtook Y, winning C'",
    "The 92nd Academy Awards were held in 2020.\n\nParasite overtook 1917 in the final weeks, winning best picture.\n",
  ],
  [
    "'X topped Y, winning seven awards'",
    "The 96th Academy Awards were held in 2024.\n\nOppenheimer topped Barbie, winning seven awards.\n",
  ],
  [
    "'X upset Y, winning five awards'",
    "The 97th Academy Awards were held in 2025.\n\nAnora upset The Brutalist, winning five awards.\n",
  ],
  [
    "'Barbie overtook Maestro with eight'",
    "The 96th Academy Awards were held in 2024.\n\nOppenheimer topped the nominations with 13, ahead of Poor Things with 11, and Barbie overtook Maestro with eight.\n",
  ],
  [
    "'declined to campaign for best actor' is no win",
    'The 85th Academy Awards were held in 2013.\n\nJoaquin Phoenix declined to campaign for best actor for The Master, calling the awards race "total, utter bullshit".\n',
  ],
  [
    "'refused to be drawn on her best actress loss'",
    "The 97th Academy Awards were held in 2025.\n\nDemi Moore refused to be drawn on her best actress loss to Mikey Madison.\n",
  ],
  [
    "'Her second win came seven years after La La Land'",
    "The 96th Academy Awards were held in 2024.\n\nEmma Stone won best actress for Poor Things. Her second win came seven years after La La Land.\n",
  ],
  [
    "'\u2026 seven years after her first, for La La Land'",
    "The 96th Academy Awards were held in 2024.\n\nEmma Stone won best actress for Poor Things. Stone's second win came seven years after her first, for La La Land.\n",
  ],
  [
    "'His third win followed victories for F and G'",
    "The 85th Academy Awards were held in 2013.\n\nDaniel Day-Lewis won best actor for Lincoln. His third win followed victories for My Left Foot and There Will Be Blood.\n",
  ],
  [
    "a rank with a film it followed",
    "The 96th Academy Awards were held in 2024.\n\nEmma Stone's second win, after La La Land, came for Poor Things.\n",
  ],
  [
    "a rank and an earlier film",
    "The 96th Academy Awards were held in 2024.\n\nEmma Stone won her second Oscar seven years after La La Land.\n",
  ],
  [
    "'Barbie, which earned eight' in a nominations sentence",
    "The 96th Academy Awards were held in 2024.\n\nOppenheimer led the nominations with 13, followed by Poor Things with 11; Barbie, which earned eight, outpaced Maestro with seven.\n",
  ],
];

for (const [what, text] of SILENT) {
  test(`silent: ${what}`, () => {
    assert.deepEqual(
      findings(text).map((f) => f.message),
      [],
    );
  });
}
