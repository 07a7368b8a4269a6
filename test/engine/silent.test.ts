/**
 * Correct sentences a journalist might write that once raised findings (found by a review of
 * the new reading rules): each must stay silent.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { claims, findings, assertSilent, supportedStatements } from "../helpers";

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
  [
    "a full recap: 'The film had received 14 nominations, matching the record held by All About Eve'",
    '# \'Titanic\' Ties Oscar Record With 11 Wins\n\nLOS ANGELES (Reuters) - "Titanic," the most expensive movie ever made, sailed away with 11 Academy Awards on Monday night, tying the record set by "Ben-Hur" in 1960.\n\nThe epic won best picture and gave James Cameron the Oscar for best director at the 70th Academy Awards, held at the Shrine Auditorium on March 23, 1998. Cameron, who also shared the editing award, shouted "I\'m the king of the world!" as he accepted the directing prize.\n\nThe film had received 14 nominations, matching the record held by "All About Eve."\n\nJack Nicholson won his third Oscar, for best actor, as the obsessive-compulsive novelist Melvin Udall in "As Good as It Gets." His co-star Helen Hunt was named best actress for playing the waitress Carol Connelly.\n\nRobin Williams won best supporting actor for "Good Will Hunting," and Kim Basinger took best supporting actress for "L.A. Confidential." Matt Damon and Ben Affleck won for their original screenplay for "Good Will Hunting."\n\nKate Winslet and Gloria Stuart, both nominated for "Titanic," went home empty-handed, as did Leonardo DiCaprio, who was not nominated.\n\nBilly Crystal hosted the ceremony for the sixth time.\n',
  ],
  [
    "a full recap: 'La La Land, which had tied the record with 14 nominations, still won six Oscars'",
    '# In Stunning Mix-Up, \'Moonlight\' Wins Best Picture After \'La La Land\' Is Announced\n\nLOS ANGELES (Reuters) - "Moonlight," a coming-of-age drama about a gay black man growing up in Miami, won the Oscar for best picture on Sunday after presenters Warren Beatty and Faye Dunaway mistakenly announced "La La Land" as the winner.\n\nThe error, blamed on a wrong envelope handed to Beatty, capped the 89th Academy Awards at the Dolby Theatre in Hollywood on Feb. 26, 2017. Jimmy Kimmel hosted the show.\n\n"La La Land," which had tied the record with 14 nominations, still won six Oscars, including best actress for Emma Stone and best director for Damien Chazelle, who at 32 became the youngest person to win that award.\n\nCasey Affleck won best actor for his role as a grieving janitor in "Manchester by the Sea," beating Denzel Washington of "Fences." Viola Davis won best supporting actress for "Fences," and Mahershala Ali took best supporting actor for "Moonlight," becoming the first Muslim actor to win an Oscar.\n\n"Moonlight" won three awards in all, including adapted screenplay for Barry Jenkins and Tarell Alvin McCraney.\n\nIran\'s "The Salesman," directed by Asghar Farhadi, won best foreign language film. Farhadi boycotted the ceremony in protest of the Trump administration\'s travel ban.\n\n"Zootopia" won best animated feature, and "O.J.: Made in America" won best documentary feature.\n',
  ],
  [
    "a nominations story: 'led the nominations \u2026 on Thursday', 'his second nomination \u2026, having previously been nominated for F'",
    '# \'Emilia P\u00e9rez\' Leads Oscar Nominations With 13\n\nLOS ANGELES, Jan. 23, 2025 \u2014 Jacques Audiard\'s Spanish-language musical "Emilia P\u00e9rez" led the nominations for the 97th Academy Awards on Thursday with 13, the most ever for a film not in English. "The Brutalist" and "Wicked" followed with 10 nominations each.\n\nKarla Sof\u00eda Gasc\u00f3n, who plays the title role, became the first openly transgender performer nominated for an acting Oscar.\n\nThe ceremony will be held on March 2 at the Dolby Theatre, with Conan O\'Brien hosting for the first time.\n\nHere are the nominees in the major categories:\n\n**Best Picture**\n\n- "Anora"\n- "The Brutalist"\n- "A Complete Unknown"\n- "Conclave"\n- "Dune: Part Two"\n- "Emilia P\u00e9rez"\n- "I\'m Still Here"\n- "Nickel Boys"\n- "The Substance"\n- "Wicked"\n\n**Best Director**\n\n- Sean Baker, "Anora"\n- Brady Corbet, "The Brutalist"\n- James Mangold, "A Complete Unknown"\n- Jacques Audiard, "Emilia P\u00e9rez"\n- Coralie Fargeat, "The Substance"\n\n**Best Actor**\n\n- Adrien Brody, "The Brutalist"\n- Timoth\u00e9e Chalamet, "A Complete Unknown"\n- Colman Domingo, "Sing Sing"\n- Ralph Fiennes, "Conclave"\n- Sebastian Stan, "The Apprentice"\n\n**Best Actress**\n\n- Cynthia Erivo, "Wicked"\n- Karla Sof\u00eda Gasc\u00f3n, "Emilia P\u00e9rez"\n- Mikey Madison, "Anora"\n- Demi Moore, "The Substance"\n- Fernanda Torres, "I\'m Still Here"\n\n**Best Supporting Actor**\n\n- Yura Borisov, "Anora"\n- Kieran Culkin, "A Real Pain"\n- Edward Norton, "A Complete Unknown"\n- Guy Pearce, "The Brutalist"\n- Jeremy Strong, "The Apprentice"\n\n**Best Supporting Actress**\n\n- Monica Barbaro, "A Complete Unknown"\n- Ariana Grande, "Wicked"\n- Felicity Jones, "The Brutalist"\n- Isabella Rossellini, "Conclave"\n- Zoe Salda\u00f1a, "Emilia P\u00e9rez"\n\nDemi Moore received her first Oscar nomination, more than four decades into her career. Timoth\u00e9e Chalamet earned his second nomination for best actor, having previously been nominated for "Call Me by Your Name."\n',
  ],
  [
    "a quick-facts piece: 'who had gone home empty-handed from his previous nominations'",
    '# Oscars 2026: \'One Battle After Another\' Named Best Picture\n\nPaul Thomas Anderson\'s "One Battle After Another" won best picture at the 98th Academy Awards on Sunday night, along with best director and best adapted screenplay for Anderson, who had gone home empty-handed from his previous nominations.\n\nThe film took six awards in all, including best supporting actor for Sean Penn, who played Col. Steven J. Lockjaw. It was Penn\'s third Oscar, after "Mystic River" and "Milk."\n\nMichael B. Jordan was named best actor for playing twin brothers Smoke and Stack in Ryan Coogler\'s "Sinners," which also won original screenplay, cinematography and original score \u2014 four awards in total. Jessie Buckley won best actress for "Hamnet," and Amy Madigan took supporting actress for "Weapons."\n\nNorway\'s "Sentimental Value" won best international feature, and "KPop Demon Hunters" won both animated feature and original song, for "Golden."\n\nDolly Parton received the Jean Hersholt Humanitarian Award, and Tom Cruise was among the recipients of honorary Oscars.\n\n**Quick facts**\n\n- **Ceremony:** 98th Academy Awards\n- **Date:** Sunday, March 15, 2026\n- **Venue:** Dolby Theatre, Hollywood\n- **Host:** Conan O\'Brien (second consecutive year)\n- **Broadcast:** ABC\n- **Best Picture:** One Battle After Another\n- **Most wins:** One Battle After Another (6)\n- **Best Actor:** Michael B. Jordan, Sinners\n- **Best Actress:** Jessie Buckley, Hamnet\n- **Supporting Actor:** Sean Penn, One Battle After Another\n- **Supporting Actress:** Amy Madigan, Weapons\n',
  ],
  [
    "a British piece: 'Ali won best supporting actor' after Mahershala Ali; 'Mexico's first win in the category'",
    "# Olivia Colman crowned best actress as Green Book takes top Oscar\n\nOlivia Colman won the Academy Award for best actress on 24 February 2019 for her portrayal of Queen Anne in The Favourite, delivering one of the most charming acceptance speeches in recent memory.\n\nThe 45-year-old from Norwich, who beat the favourite Glenn Close, told the audience at the Dolby Theatre in Los Angeles: \"It's genuinely quite stressful.\" She went on to apologise to Close, saying: \"You've been my idol for so long.\"\n\nThe Favourite had gone into the 91st Academy Awards tied with Roma for the most nominations, with 10 each, but Colman's award was its only win.\n\nThe ceremony went ahead without a host for the first time in 30 years, after Kevin Hart withdrew in December.\n\nGreen Book, the road film starring Viggo Mortensen and Mahershala Ali, was named best picture. Ali won best supporting actor for the second time in three years, having previously won for Moonlight.\n\nRami Malek was named best actor for playing Freddie Mercury in Bohemian Rhapsody, which won four Oscars, the most of the night. Regina King won best supporting actress for If Beale Street Could Talk.\n\nAlfonso Cuar\u00f3n won best director for Roma, which was also named best foreign language film, Mexico's first win in the category.\n\nEarlier in the awards season, Colman had won the Bafta for leading actress on 10 February 2019, where The Favourite won seven awards, including outstanding British film.\n",
  ],
  [
    "a BAFTA recap whose later paragraphs name no body",
    "# Conclave wins best film at the Baftas as Oscars race tightens\n\nConclave was named best film at the 78th British Academy Film Awards at the Royal Festival Hall in London on 16 February 2025, giving Edward Berger's Vatican thriller a boost two weeks before the Oscars.\n\nThe film won four awards in total, including outstanding British film and adapted screenplay for Peter Straughan.\n\nAdrien Brody won leading actor for The Brutalist, while Brady Corbet was named best director for the same film. Mikey Madison won leading actress for Anora.\n\nKieran Culkin won supporting actor for A Real Pain, and Zoe Salda\u00f1a took supporting actress for Emilia P\u00e9rez.\n\nTwo weeks later, on 2 March, the Academy sided with Anora, which won five Oscars, including best picture, best director and best actress for Madison. Sean Baker's four wins on the night \u2013 for producing, directing, writing and editing \u2013 equalled Walt Disney's record for the most Oscars won by one person in a single night.\n\nConclave won only one Oscar, for Straughan's adapted screenplay. Brody, Culkin and Salda\u00f1a all repeated their Bafta successes in Los Angeles.\n\nDavid Tennant hosted the Bafta ceremony for the first time.\n",
  ],
  [
    "'X won best director, and Y and Z shared the award for adapted screenplay'",
    '# \'Cuckoo\'s Nest\' Wins Top Five Oscars\n\nLOS ANGELES, March 30, 1976 (UPI) \u2014 "One Flew Over the Cuckoo\'s Nest" became the first film since "It Happened One Night" in 1934 to win all five major Academy Awards last night.\n\nJack Nicholson, nominated four times before without a win, was named best actor for his role as the rebellious R.P. McMurphy, and Louise Fletcher won best actress as the tyrannical Nurse Ratched. Milos Forman won best director, and Lawrence Hauben and Bo Goldman shared the award for adapted screenplay.\n\nGeorge Burns, 80, won best supporting actor for "The Sunshine Boys," becoming the oldest Oscar winner to that time. Lee Grant was named best supporting actress for "Shampoo."\n\n"Barry Lyndon" won four awards, all in technical categories, while "Jaws" won three, including John Williams\' score.\n\nThe ceremony at the Dorothy Chandler Pavilion was hosted by Goldie Hawn, Gene Kelly, Walter Matthau, George Segal and Robert Shaw.\n',
  ],
  [
    "a full article: hackman obit",
    '# Gene Hackman, star of \'The French Connection\' and \'Unforgiven,\' dies at 95\n\nSANTA FE, N.M. \u2014 Gene Hackman, the two-time Oscar winner who brought a gruff, everyman intensity to dozens of roles, was found dead at his home in Santa Fe in February 2025. He was 95.\n\nHackman received five Academy Award nominations over a career of more than four decades. His breakthrough came as Buck Barrow, Clyde\'s older brother, in "Bonnie and Clyde" (1967), which earned him his first nomination, for supporting actor. A second supporting nomination followed for "I Never Sang for My Father" (1970).\n\nHe won best actor for playing the obsessive New York narcotics detective Jimmy "Popeye" Doyle in William Friedkin\'s "The French Connection," which also won best picture at the 44th Academy Awards in 1972. He was nominated again for best actor for "Mississippi Burning" (1988), and he won his second Oscar, for supporting actor, as the sadistic sheriff Little Bill Daggett in Clint Eastwood\'s "Unforgiven" (1992), which also won best picture.\n\nHis other films included "The Conversation," "Superman," "Hoosiers" and "The Royal Tenenbaums." His last screen role was in "Welcome to Mooseport" (2004), after which he retired from acting and wrote novels.\n',
  ],
  [
    "a full article: 1940 recap",
    '# \'Gone With the Wind\' wins eight Oscars; Hattie McDaniel makes history\n\nThe 12th Academy Awards, held on February 29, 1940, at the Cocoanut Grove of the Ambassador Hotel in Los Angeles, belonged to David O. Selznick\'s "Gone With the Wind."\n\nThe Civil War epic, which had received a then-record 13 nominations, won eight competitive Oscars, including best picture, best director for Victor Fleming and best actress for Vivien Leigh as Scarlett O\'Hara. Sidney Howard was honored posthumously for the screenplay. The film also received two special awards, including one for William Cameron Menzies for the use of color.\n\nHattie McDaniel won best supporting actress for playing Mammy, becoming the first African American to win an Academy Award. Because of segregation, she was seated at a small table at the side of the room rather than with her co-stars.\n\nClark Gable, nominated for Rhett Butler, lost best actor to Robert Donat for "Goodbye, Mr. Chips." Thomas Mitchell, who played Scarlett\'s father in "Gone With the Wind," won best supporting actor \u2014 but for a different film, John Ford\'s "Stagecoach."\n\nBob Hope hosted the ceremony for the first time. He would go on to host or co-host the Oscars more often than anyone else.\n\nIt was also the last year the winners\' names were given to newspapers in advance; after the Los Angeles Times published the results early that evening, the Academy introduced sealed envelopes.\n',
  ],
  [
    "a full article: globes 2024",
    '# \'Oppenheimer\' rules the Golden Globes \u2014 what it means for the Oscars\n\nBEVERLY HILLS, Calif. \u2014 Christopher Nolan\'s "Oppenheimer" won five Golden Globes on Sunday, January 7, 2024, including best motion picture \u2013 drama, putting it firmly in front for the Academy Awards.\n\nNolan won best director, Cillian Murphy won best actor in a drama, Robert Downey Jr. took supporting actor and Ludwig G\u00f6ransson won for the score. The ceremony, hosted by the comedian Jo Koy, returned to the Beverly Hilton after a turbulent few years for the Globes.\n\nIn the musical or comedy categories, Yorgos Lanthimos\'s "Poor Things" won best picture and Emma Stone won best actress. Paul Giamatti won best actor in a musical or comedy for "The Holdovers," and his co-star Da\'Vine Joy Randolph won supporting actress. Lily Gladstone won best actress in a drama for "Killers of the Flower Moon." "Barbie" won the new award for cinematic and box office achievement, as well as original song for "What Was I Made For?"\n\nTwo months later, on March 10, the Oscars largely followed the Globes. "Oppenheimer" won seven Academy Awards, including best picture, best director, best actor for Murphy, supporting actor for Downey and original score. Randolph won supporting actress and "What Was I Made For?" won original song.\n\nThe biggest divergence came in best actress: Stone, not Gladstone, won the Oscar, her second after "La La Land." "Anatomy of a Fall," which had won the Globes for screenplay and non-English language film, won the Oscar for original screenplay for Justine Triet and Arthur Harari.\n',
  ],
  [
    "a full article: spirit 2024",
    '# \'Past Lives\' named best feature at the Film Independent Spirit Awards\n\nSANTA MONICA, Calif. \u2014 Celine Song\'s "Past Lives," a quietly devastating story of two childhood friends reunited after decades, won best feature at the 39th Film Independent Spirit Awards on Sunday, February 25, 2024, and Song was named best director.\n\nThe ceremony, held in a tent on the beach in Santa Monica and hosted by Aidy Bryant, also honored Cord Jefferson\'s "American Fiction," which won best screenplay. Jeffrey Wright, who plays a frustrated novelist in the film, won best lead performance. Da\'Vine Joy Randolph won best supporting performance for "The Holdovers," and her co-star Dominic Sessa was named best breakthrough performance.\n\nThe Spirit Awards, held the weekend before or two before the Academy Awards, are often a preview of the Oscars \u2014 though not this year for "Past Lives." The film was nominated for best picture and original screenplay at the 96th Academy Awards on March 10 but went home empty-handed.\n\n"American Fiction" fared better: Jefferson won the Oscar for adapted screenplay. Randolph, who won nearly every supporting actress award of the season, completed her sweep with an Oscar.\n\nThe Spirit Awards have a strong track record with eventual best picture winners. "Moonlight," "Spotlight," "Birdman" and "Everything Everywhere All at Once" all won best feature at the Spirits before taking the top Academy Award.\n',
  ],
  [
    "a full article: sag 2025",
    '# \'Conclave\' wins top SAG prize; Chalamet and Moore take lead awards\n\nLOS ANGELES \u2014 The papal thriller "Conclave" won the Screen Actors Guild Award for outstanding performance by a cast in a motion picture on Sunday, February 23, 2025, boosting its chances a week before the Academy Awards.\n\nTimoth\u00e9e Chalamet won outstanding performance by a male actor in a leading role for playing Bob Dylan in "A Complete Unknown," an upset over Adrien Brody of "The Brutalist." Demi Moore won the female actor award for "The Substance." Kieran Culkin ("A Real Pain") and Zoe Salda\u00f1a ("Emilia P\u00e9rez") won the supporting awards, continuing their season-long sweeps. Jane Fonda received the SAG Life Achievement Award.\n\nThe ceremony at the Shrine Auditorium was streamed on Netflix.\n\nAt the 97th Academy Awards on March 2, however, the guild\'s picks did not carry the day in the lead categories. Brody won his second best actor Oscar, 22 years after "The Pianist," and Mikey Madison won best actress for "Anora" over Moore. "Anora" won best picture. "Conclave" won a single Oscar, for adapted screenplay by Peter Straughan.\n\nCulkin and Salda\u00f1a won Oscars, as expected.\n',
  ],
  [
    "a full article: hosts",
    '# From Douglas Fairbanks to Conan O\'Brien: a history of Oscar hosts\n\nThe first Academy Awards, on May 16, 1929, lasted about 15 minutes. Douglas Fairbanks, the Academy\'s first president, presided over the banquet at the Hollywood Roosevelt Hotel.\n\nNo one has owned the job like Bob Hope. The comedian first hosted in 1940 and went on to host or co-host 19 ceremonies, the last in 1978, joking that the Oscars were known at his house as "Passover."\n\nJohnny Carson hosted five times between 1979 and 1984. Billy Crystal, with his medley of songs about the best picture nominees, became the defining host of the 1990s and early 2000s, hosting nine times, most recently in 2012. Whoopi Goldberg hosted four times, beginning in 1994, when she became the first woman to host solo.\n\nThe job has not always gone smoothly. David Letterman\'s 1995 "Uma, Oprah" routine is still remembered with a wince, and Anne Hathaway and James Franco\'s pairing in 2011 was widely panned.\n\nAfter Kevin Hart stepped down in 2018, the 91st ceremony in 2019 went ahead without a host, the first time since 1989, and the show stayed hostless for the next two years as well. Amy Schumer, Regina Hall and Wanda Sykes shared the stage in 2022 \u2014 the year of Will Smith\'s slap.\n\nJimmy Kimmel has hosted four times, in 2017, 2018, 2023 and 2024; in 2017 he was on stage when "La La Land" was mistakenly announced as best picture instead of "Moonlight." Conan O\'Brien made his debut at the 97th ceremony in 2025 and returned in 2026.\n',
  ],
  [
    "a full article: festivals and later Oscars (the festival Grand Prix; another year before best director)",
    '# From the Croisette to the Dolby: festival winners that went on to Oscar glory\n\nCANNES, France \u2014 When the Cannes jury hands out the Palme d\'Or each May, the Academy Awards are months away. But in recent years the road from the Riviera to Hollywood has grown shorter.\n\nBong Joon-ho\'s "Parasite" won the Palme d\'Or in 2019 and, nine months later, became the first non-English-language film to win best picture. At the 92nd Academy Awards in February 2020 it won four Oscars: best picture, best director, best original screenplay and best international feature film, for South Korea.\n\nFive years later, Sean Baker\'s "Anora" followed the same path. After winning the Palme d\'Or in May 2024, it won five Oscars in March 2025, including best picture, with Baker personally collecting four of them \u2014 for producing, directing, writing and editing.\n\nEarlier examples are rarer. Delbert Mann\'s "Marty" won the top prize at Cannes in 1955 and then best picture, and Billy Wilder\'s "The Lost Weekend" shared the festival\'s Grand Prix in 1946 after winning best picture.\n\nThe Venice Film Festival has an even stronger recent record. Guillermo del Toro\'s "The Shape of Water" won the Golden Lion in 2017 and then best picture, and Chlo\u00e9 Zhao\'s "Nomadland" did the same in 2020\u201321, with Zhao becoming only the second woman to win best director. Alfonso Cuar\u00f3n\'s "Roma," the 2018 Golden Lion winner, won three Oscars, including best director and best foreign language film for Mexico, but lost best picture to "Green Book."\n',
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

test("review round: correct sentences that once raised findings stay silent", () => {
  const correct = [
    // "Original score" in 1995–1998 was either half of the split award.
    "Alan Menken won the Oscar for original score for Pocahontas at the 68th Academy Awards.",
    "Anne Dudley won best original score for The Full Monty at the 70th Academy Awards.",
    // "Tying the record" after a count of wins ties the wins; the holder set it on another night.
    "Titanic led the 70th Academy Awards with 14 nominations and went home with 11 wins, tying the record set by Ben-Hur.",
    // An aside after the subject is no subject.
    "At the 89th Academy Awards, Moonlight, from writer-director Barry Jenkins, won best picture.",
    // "the year before" near a stated night.
    "At the 74th Academy Awards, Julia Roberts, who won best actress the year before, presented best actor.",
    // A rank within a category, or within the acting awards.
    "At the 96th Academy Awards, Martin Scorsese earned his 10th nomination for best director.",
    "At the 96th Academy Awards, Robert De Niro received his eighth acting nomination.",
    // A subject we do not know is not the name inside the aside after it.
    "At the 89th Academy Awards, moonlight, from writer-director Barry Jenkins, won best picture.",
    // "before" parts the Globes' category from the Oscars'.
    "Parasite won Best Foreign Language Film at the Golden Globes before winning best director and best picture at the Oscars.",
  ];
  assertSilent(correct);
});

test("review round: a Globes recap's 'empty-handed' and a role after a relative clause's film", () => {
  const recap =
    "The Brutalist won Best Motion Picture – Drama at the 82nd Golden Globes on Sunday.\n\n" +
    "Adrien Brody, who won best actor for The Pianist, was named Best Actor in a Drama for playing László Tóth.\n\n" +
    "Anora, the eventual Oscar winner for best picture, went home empty-handed.\n";
  assert.deepEqual(findings(recap), []);
});

test("review round two: correct sentences and recaps that once raised findings stay silent", () => {
  const correct = [
    // A film in someone else's relative clause is not the role's film.
    "At the 16th Academy Awards, Humphrey Bogart, nominated as best actor for playing Rick Blane, lost to Paul Lukas, " +
      "who won for his role as Kurt Muller in Watch on the Rhine.",
    // The verb after a relative clause has the antecedent for subject, not the clause's last film.
    'At the 96th Academy Awards, Nolan, who had never won despite nominations for "Inception" and "Dunkirk," ' +
      "collected two statuettes.",
    // Films named for comparison ("after F1 and F2") are not the roles' film.
    "The Silence of the Lambs was the third film to win all five, after It Happened One Night and One Flew Over the " +
      "Cuckoo's Nest: actor (Hopkins as Dr. Hannibal Lecter) and actress (Foster as Clarice Starling).",
    // A record the data keeps no table of.
    "The Color Purple had 11 nominations at the 58th Academy Awards and won none, tying the record for the most " +
      "nominations without a win.",
    // A possessive maker picks the film among those sharing a title.
    "Denis Villeneuve's Dune won six Oscars from ten nominations, including Greig Fraser's cinematography.",
  ];
  assertSilent(correct);
  // An honorary award that night is no competing; "he" after "A year later" is not refuted.
  const hanks =
    "Tom Hanks won best actor at the 66th Academy Awards for Philadelphia.\n\n" +
    "A year later, Hanks was back for Forrest Gump. He beat Morgan Freeman, Nigel Hawthorne, Paul Newman and " +
    "John Travolta.\n";
  assert.deepEqual(findings(hanks), []);
  // In a Spirit Awards recap, Oscar epithets and a later BAFTA aside leave the Spirit claims the Spirits'.
  const spirit =
    "Spirit Awards: Anora wins best feature\n\n" +
    "Anora was named best feature at the Film Independent Spirit Awards on Saturday, Feb. 22, 2025.\n\n" +
    "Sean Baker also won best director, and Mikey Madison took best lead performance, giving the film three " +
    "awards. The Oscar-nominated actress had already won the BAFTA.\n\n" +
    "Nickel Boys, an Oscar nominee for best picture, won best cinematography.\n";
  assert.deepEqual(findings(spirit), []);
});

test("review round three: gapping, relative clauses, ranks and records that once raised findings stay silent", () => {
  const correct = [
    // Gapping with no "for": the second name takes the second category.
    "At the 96th Academy Awards, Oppenheimer took cinematography and Poor Things the costume design.",
    "At the 96th Academy Awards, Cillian Murphy won best actor for Oppenheimer, Emma Stone best actress for Poor Things.",
    // A possessive before one category of a list is that category's only.
    "At the 97th Academy Awards, Emilia Pérez won only two: Zoe Saldaña's supporting actress prize and original song.",
    // A spelled-out ordinal rank is no count of nominations.
    "At the 95th Academy Awards, Steven Spielberg received his ninth nomination for best director, for The Fabelmans.",
    // A relative clause in the simple past, and "after receiving", are of other nights.
    "At the 96th Academy Awards, Emma Stone, who won best actress for La La Land, was named best actress for Poor Things.",
    "At the 54th Academy Awards, Henry Fonda won best actor for On Golden Pond, a year after receiving an honorary award.",
    "At the 96th Academy Awards, Martin Scorsese, who won best director for The Departed, received his tenth nomination " +
      "for best director.",
    "At the 98th Academy Awards, Amy Madigan won best supporting actress for Weapons, 40 years after her first " +
      "nomination, for Twice in a Lifetime.",
    // The film tied is of another night; a sweep is no nominations record.
    "At the 70th Academy Awards, Titanic tied Ben-Hur for most Oscar wins (11).",
    "At the 60th Academy Awards, The Last Emperor won all nine of its nominations, tying the record set by Gigi.",
    // A night said outranks a record named nearby.
    "At the 89th Academy Awards, La La Land entered the night with the most nominations, 14, tying the record held " +
      "by All About Eve and Titanic, and won the most Oscars of the evening, six.",
    // An Oscar word in a relative clause leaves a BAFTA sentence the BAFTAs'.
    "At the BAFTA Film Awards in 2024, Poor Things, which received 11 Oscar nominations, won best costume design.",
  ];
  assertSilent(correct);
  // Another sentence names the body; an Oscar aside or a gapped genre does not move its categories.
  const season =
    "At the BAFTA Film Awards in 2024, Oppenheimer won best film. Poor Things, which received 11 Oscar " +
    "nominations, won best costume design.\n\nLily Gladstone won best actress in a drama for Killers of the Flower " +
    "Moon, and Paul Giamatti best actor in a musical or comedy for The Holdovers, at the Golden Globes in 2024.\n";
  assert.deepEqual(findings(season), []);
  const its =
    'At the 97th Academy Awards, Wicked won two Oscars.\n\nKieran Culkin won best supporting actor for "A Real Pain," its only win.\n';
  assert.deepEqual(findings(its), []);
});

test("review round four: correct sentences that once raised findings stay silent", () => {
  const correct = [
    // The film matched is an object: "winning for …" is the subject's.
    "At the 83rd Academy Awards, Inception matched The King's Speech with four awards, winning for cinematography, " +
      "sound editing, sound mixing and visual effects.",
    // A title's own styling drops a space the data keeps: no slip.
    'At the 63rd Academy Awards, Joe Pesci won for Martin Scorsese’s "GoodFellas," which took only that one award.',
    // A body in a relative clause before the category is not the category's.
    "At the 67th Academy Awards, Pulp Fiction, which won the Palme d'Or at Cannes last year, had to settle for one " +
      "award: the original screenplay.",
    // Gapping with quoted titles.
    'At the 95th Academy Awards, "Top Gun: Maverick" won for sound and "Avatar: The Way of Water" for visual effects.',
    // A year in a relative clause after the rank dates that clause, not the rank.
    "At the 56th Academy Awards, Jack Nicholson won best supporting actor. It was the second Oscar for Mr. Nicholson, " +
      'who won the best actor award in 1976 for "One Flew Over the Cuckoo’s Nest."',
  ];
  assertSilent(correct);
});

test("a title we do not know, with a film noun in capitals, is not 'the western' the draft is about", () => {
  // A misspelt title ("Fornt") is a name we cannot read, not a description of the last film named.
  const text =
    "Anora won best picture at the 97th Academy Awards.\n\n" +
    "All Quiet on the Western Fornt took home four awards at the 95th Oscars, including best international feature.\n";
  assert.deepEqual(findings(text), []);
});

test("review round five: correct sentences that once raised findings stay silent", () => {
  const correct = [
    // A film in a clause of another time is not the film of the role played this night.
    "The 72nd Academy Awards were held in 2000.\n\nKevin Spacey was named best actor for playing Lester Burnham, " +
      'five years after he won for "The Usual Suspects".',
    "The 75th Academy Awards were held in 2003.\n\nNicole Kidman, who played Virginia Woolf, won best actress, " +
      'a year after she was nominated for "Moulin Rouge!".',
    // ", and" then a name with an aside before its verb: a clause of its own, with its own subject.
    "At the 17th Academy Awards, Bing Crosby, who played a priest, won best actor, and Barry Fitzgerald, as an " +
      "older priest, won best supporting actor.",
  ];
  assertSilent(correct);
  // The role itself is still checked: the wrong character is refuted.
  const wrong =
    "The 72nd Academy Awards were held in 2000.\n\nKevin Spacey was named best actor for playing Ricky Fitts.";
  assert.match(findings(wrong)[0]?.message ?? "", /Kevin Spacey was nominated as Lester Burnham/);
});

test("forecasts are not results: pundits' picks and a quoted 'F wins best picture'", () => {
  const night = "At the 89th Academy Awards, Moonlight won best picture and Casey Affleck won best actor. ";
  const correct = [
    `${night}Most pundits had La La Land winning best picture.`,
    `${night}Some critics had picked Denzel Washington to win best actor for Fences.`,
    `${night}"La La Land wins best picture, no question," one blogger wrote the day before.`,
  ];
  assertSilent(correct);
  // "picked up" is a win, still checked.
  assert.match(findings(`${night}Denzel Washington picked up best actor.`)[0]?.message ?? "", /Casey Affleck/);
});

test("a relative clause counting a career ('who won best director three times') is no win on the stated night", () => {
  const text =
    "William Wyler, who won best director three times, also received the Thalberg award at the 38th Academy Awards.";
  assert.deepEqual(findings(text), []);
});

test("review round seven: correct sentences that once raised findings stay silent", () => {
  const correct = [
    // A name the data notes as no official nomination is not counted ("The Godfather" had 10, not 11).
    "The Godfather and Cabaret went into the 45th Academy Awards with 10 nominations apiece.",
    // The night's best picture is credited to the studio: the producer named for it cannot be checked.
    "At the 23rd Academy Awards, All About Eve won six, including Best Picture (Darryl F. Zanuck).",
  ];
  assertSilent(correct);
  // "he … signing her to play C": "her" is not the man "he" is.
  const text =
    "Bette Davis had quarrelled with Darryl F. Zanuck. Years later he was signing her to play Margo Channing " +
    "in All About Eve.";
  assert.ok(claims(text).some((c) => c.verdict === "supported" && c.statement === "Bette Davis played Margo Channing"));
});

test("review round eight: correct sentences that once raised findings stay silent", () => {
  const correct = [
    // A title ending a longer name ("Vincent Van Gogh") is part of that name, not the role's film.
    "At the 91st Academy Awards, the nominees for best actor were Christian Bale as Cheney and Willem Dafoe as " +
      "Vincent Van Gogh in At Eternity's Gate.",
    // "the 62nd ceremony" names its night.
    "Alan Menken was first nominated at the 59th Academy Awards.\n\nAt the 62nd ceremony, Menken won best original " +
      "score for The Little Mermaid. Billy Crystal hosted that evening.",
    // '"Julia," which …': the comma inside the quote; the relative clause's films are not the subject.
    'At the 50th Academy Awards, "Julia," which had competed with "Annie Hall" and "Star Wars" for best picture, ' +
      "took home three awards.",
  ];
  assertSilent(correct);
  assert.ok(claims(correct[2]).some((c) => c.verdict === "supported" && /^Julia won 3 Oscars/.test(c.statement)));
});

test("review round nine: a night said of a title we did not read does not date the films before it", () => {
  const text =
    "Peter O'Toole was nominated twice for playing King Henry II, in Becket and in The Lion in Winter, and for the " +
    "last time at the 79th ceremony, for Venus.";
  assert.deepEqual(findings(text), []);
  // The films' own night is still checked.
  assert.match(findings("The Lion in Winter competed at the 79th Academy Awards.")[0]?.message ?? "", /41st/);
});

test("review round ten: correct sentences that once raised findings stay silent", () => {
  const correct = [
    // A rank after a clause of another time belongs to the sentence's own award, not the earlier film's.
    'At the 29th Academy Awards, Ingrid Bergman won best actress for "Anastasia." It was her second Oscar, twelve ' +
      'years after she won for "Gaslight," and came on her fifth nomination.',
    // A title after "as" is the role, not the film ("Julius Caesar" is also a film).
    'At the 36th Academy Awards, "Cleopatra" won four Oscars. Rex Harrison, nominated for the film as Julius ' +
      "Caesar, lost to Sidney Poitier.",
  ];
  assertSilent(correct);
  // "globe-trotting" names no Golden Globe: the Oscar claim is still read.
  const globe = "At the 29th Academy Awards, the globe-trotting Around the World in 80 Days won best picture.";
  assert.ok(claims(globe).some((c) => c.kind === "win" && c.verdict === "supported"));
});

test("a correction's account of the error it withdraws is no claim", () => {
  assertSilent([
    "Correction: An earlier version of this article misstated that Titanic won 12 Oscars at the 70th Academy Awards.",
    "An earlier version of this story misidentified the film for which Emma Stone won her second Oscar.",
    "Editor's note: An earlier version said Titanic won 12 Oscars at the 70th Academy Awards; it won 11.",
  ]);
  const text = "An earlier version of this article misstated that Titanic won 12 Oscars. Titanic won 11 Oscars.";
  assert.ok(claims(text).some((c) => c.verdict === "supported" && /won 11 Oscars/.test(c.statement)));
});

test("'won 10 Oscars, missing only the adapted screenplay award': the award missed was lost, not won", () => {
  const text =
    "West Side Story, the 1961 musical, won 10 of its 11 nominations, missing only the adapted screenplay award.";
  assertSilent([text]);
  assert.ok(claims(text).some((c) => c.verdict === "supported" && /won 10 Oscars at the 34th/.test(c.statement)));
});

test("blind set Q's correct sentences: a night compared with, a rank set beside a name, an aside before a verb", () => {
  assertSilent([
    "The 61st Academy Awards, at the Shrine Auditorium, will go without a host for the first time since the " +
      "43rd ceremony.",
    'At the 79th Academy Awards, Martin Scorsese won for "The Departed," which also took film editing for Thelma ' +
      "Schoonmaker, her third Oscar.",
    "At the 82nd Academy Awards, Sandra Bullock had the edge over Meryl Streep, on her 16th nomination for playing " +
      "Julia Child.",
    'The race for the Oscar was crowded. "For Sama" had beaten "American Factory" for the BAFTA, and "Honeyland," ' +
      "the story of a Macedonian beekeeper, made history as the first documentary nominated in both the " +
      "documentary and international feature categories.",
  ]);
  const streep =
    "At the 82nd Academy Awards, Sandra Bullock had the edge over Meryl Streep, on her 16th nomination for playing " +
    "Julia Child.";
  // "her" after one beaten may be either woman's: the rank and the role are no one's to refute.
  assert.ok(!claims(streep).some((c) => /Sandra Bullock played/.test(c.statement)));
  assertSilent([streep.replace("16th", "17th")]);
  const schoonmaker =
    'At the 79th Academy Awards, "The Departed" took film editing for Thelma Schoonmaker, her second Oscar.';
  assert.match(findings(schoonmaker)[0]?.message ?? "", /Thelma Schoonmaker/);
});

test("blind sets O and P: host cells, asides, a bracketed rank, a possessed person, 'it' and 'that film'", () => {
  assertSilent([
    "| 27th Academy Awards | |\n|---|---|\n| Hosted by | Bob Hope (Hollywood); Thelma Ritter (New York) |",
    'At the 51st Academy Awards, Jon Voight, a nominee for "Midnight Cowboy," won best actor for his performance as ' +
      "Luke Martin.",
    "At the 54th Academy Awards, Reds won Best Director for Warren Beatty and Best Cinematography for Vittorio " +
      "Storaro (his second Oscar).",
    'At the 66th Academy Awards, Spielberg, passed over in the directing category for "Close Encounters of the ' +
      'Third Kind," "Raiders of the Lost Ark" and "E.T. The Extra-Terrestrial," was named best director.',
    'At the 96th Academy Awards, Martin Scorsese\'s editor was nominated again for "Killers of the Flower Moon," ' +
      "her ninth nod.",
    'Conrad L. Hall won his third Academy Award for Sam Mendes\' film "Road to Perdition." "Road to Perdition" ' +
      'brought Hall together again with Mendes, whose debut "American Beauty" had brought Hall his second Oscar.',
    'Conrad L. Hall won his third Academy Award for "Road to Perdition." "Road to Perdition" reunited him with ' +
      'Mendes, whose debut was "American Beauty." That film swept five awards.',
  ]);
  const host = "| 27th Academy Awards | |\n|---|---|\n| Hosted by | Bob Hope (Hollywood); Jack Lemmon (New York) |";
  assert.match(findings(host)[0]?.message ?? "", /Jack Lemmon did not host the 27th/);
});

test("blind set Q: a title before its appositive is the subject; a night after 'since 1971, when'", () => {
  const text =
    '"Dangerous Liaisons" drew seven nominations, and "Working Girl," Mike Nichols\' Cinderella story set on Wall ' +
    "Street, won the Globe for best comedy or musical in January 1989.";
  assert.deepEqual(findings(text), []);
  assert.ok(claims(text).some((c) => c.verdict === "supported" && /^Working Girl won Globe/.test(c.statement)));
  assertSilent([
    "The 61st Academy Awards will be held at the Shrine Auditorium. The ceremony will go without a host for the " +
      "first time since 1971, when the 43rd ceremony did without one.",
  ]);
  const banquet =
    'His second feature, "The Wedding Banquet," won the Golden Bear at Berlin in 1993 and was nominated for the ' +
    "foreign language film Oscar.";
  assert.ok(
    claims(banquet).some((c) => c.verdict === "supported" && /^The Wedding Banquet was nominated/.test(c.statement)),
  );
});

test("an Oscar named only in a time phrase after the claim, and a job word in an appositive, make no claim", () => {
  assertSilent([
    'LONDON — "Schindler\'s List" won seven British Academy awards, including best film, on Sunday.\n\nRalph ' +
      "Fiennes, who played Amon Goeth, was named best supporting actor here after losing the Oscar to Tommy Lee Jones.",
    ' date 1998-03-20 Oscar picks.\n\nBurt Reynolds, the porn director in "Boogie Nights," won the Globe ' +
      "and could spoil.",
  ]);
  // The Oscar said before the time phrase is still the claim's.
  const said =
    "At the Oscars, Ralph Fiennes was named best supporting actor after losing the BAFTA to Tommy Lee Jones.";
  assert.match(findings(said)[0]?.message ?? "", /never won it/);
});

test("second reading: correct sentences the round's first rules flagged stay silent", () => {
  assertSilent([
    "At the 81st Academy Awards, Kate Winslet won Best Actress over Meryl Streep, on her sixth nomination.",
    "Oppenheimer won the most awards at the 96th Academy Awards, leading with seven, while Poor Things followed " +
      "with four.",
    "Going into the 96th Academy Awards, Barbie shared Best Picture frontrunner status with Oppenheimer.",
    'Walt Disney won Oscars for "Flowers and Trees" and for "Snow White and the Seven Dwarfs."',
    " date 2024-03-11\n\nJimmy Kimmel, who first hosted in 2017, returned to emcee for the fourth time.",
  ]);
  // A rank other than "first" after "in N years" is still a rank; a film won at a later night is no earlier win.
  const hanks = "Tom Hanks won Best Actor for Forrest Gump at the 67th Academy Awards, his third Oscar in two years.";
  assert.match(findings(hanks)[0]?.message ?? "", /Tom Hanks had 2 Oscar wins/);
  const mcdormand =
    'Frances McDormand won best actress for "Three Billboards Outside Ebbing, Missouri" at the 90th Academy ' +
    'Awards, her second Oscar after "Nomadland."';
  assert.match(
    findings(mcdormand)[0]?.message ?? "",
    /earlier competitive Oscars were for Fargo; none was for Nomadland/,
  );
});

test("round 15 blind sets: possessives, 'in which', 'that film', epithets, makers' asides stay silent", () => {
  assertSilent([
    // A possessive owns what a partitive counts: "one of the Oscars' lists" counts no Oscar.
    "Babylon went home empty-handed at the 95th Academy Awards, and it joined one of the Oscars' saddest lists.",
    // "in which" stands for the film right before it, even one we do not know.
    "Bruce Dern has been nominated for Coming Home and for Nebraska, in which he played Woody Grant.",
    // A role "in that film" is in the film named before, not in a later conjunct's.
    "Julie Christie was nominated for McCabe & Mrs. Miller. She was nominated for playing Constance Miller in " +
      "that film and again as Fiona Anderson in Away from Her.",
    // An appositive rank after a title we do not know is that title's.
    'Diane Warren was nominated for "How Do I Live" (Con Air) and for "Applause," her 14th nomination.',
    // An epithet's Oscar film is not the film of another body's award later.
    "Frances McDormand, a best actress winner for Fargo, won the BAFTA as Mildred Hayes.",
    // A word of origin and a job stand before the host's name.
    "The 86th Academy Awards were hosted by American comedian Ellen DeGeneres.",
    // A person in an aside on the film's making is no subject.
    '"Amadeus," shot in Prague with a young Tom Hulce, won Best Picture at the 57th Academy Awards.',
    // "it" goes on with the film the sentence opened on, not one in its appositive.
    'Toy Story 3 won the Oscar for animated feature. The film, a sequel to "Toy Story 2," was also nominated ' +
      "for best picture, and it had already collected the BAFTA for animated film.",
    // A clause of its own between "lost" and "to" tells of no loss to the one after "to".
    'The only award "West Side Story" lost that night was the screenplay, credited to Ernest Lehman.',
  ]);
});

test("round 15 sets R and U: a month's night, unpaired lists, beating, others' films, records, unknown names", () => {
  assertSilent([
    // A month and year in the sentence name the night held then, over the draft's date.
    " date 2021-05-01\n\nThe editor collected her Oscar at the Dolby Theatre in February 2015, on a night hosted " +
      "by Neil Patrick Harris.",
    // Categories and names in two lists, not said to be paired: which won which is not told.
    "At the 71st Academy Awards, the acting and directing wins for Roberto Benigni, Gwyneth Paltrow and Steven " +
      "Spielberg were celebrated.",
    // ", and Y beat her for C" opens a clause of its own: C is not the earlier subject's.
    "At the 91st Academy Awards, Rami Malek won best actor, and Olivia Colman beat Glenn Close for best actress.",
    // A person after "and" ends a role's words: "as the maid and Alfonso Cuarón".
    "At the 91st Academy Awards, the voters nominated Yalitza Aparicio as the maid and Alfonso Cuarón as director.",
    // A film another's possessive owns is not the role's.
    "At the 89th Academy Awards, few were better than Mel Gibson's Hacksaw Ridge or Denzel Washington as Troy Maxson.",
    // A name we do not know is the subject of "went home empty-handed".
    'At the 71st Academy Awards, "Shakespeare in Love" won seven, while "Saving Private Ryan" took five and Cruise ' +
      "went home empty-handed.",
    // A record's holder, even quoted, is of another night.
    'At the 81st Academy Awards, the drama won eight Oscars at the Kodak Theatre, matching the total set by "Amadeus."',
  ]);
});

test("wave 2 blind sets: a person's count from a film, and a name in -s owning by a bare apostrophe", () => {
  assertSilent([
    // "won him two Oscars" counts the person's wins from the film, not the film's total.
    "Annie Hall won him two Oscars, and Manhattan earned him one more nomination.",
    // "Hazanavicius' homage" is his film, not him: the film's Best Picture is no win of his.
    "At the 84th Academy Awards, Michel Hazanavicius' silent homage won five Oscars, including best picture.",
  ]);
});

test("wave 2 blind set X: a rank after 'after' is the time compared; 'the film' after a remake described", () => {
  assertSilent([
    'Gene Hackman won best actor for "The French Connection." Two decades after his first win, he collected his ' +
      'second Oscar, for "Unforgiven."',
    'At the 10th Academy Awards, Janet Gaynor lost to Luise Rainer of "The Good Earth."\n\nGeorge Cukor\'s 1954 ' +
      "remake is the one people remember. Judy Garland was nominated, but the film went home empty-handed from six " +
      "nominations.",
  ]);
});

test("wave 2 blind set X: 'meanwhile' set off after a subject; a dash closing a list before a new clause", () => {
  const song =
    'Disney\'s "Pocahontas," meanwhile, also won best original song, for "Colors of the Wind," and "Tarzan" ' +
    'repeated the feat four years later with "You\'ll Be in My Heart."';
  assertSilent([song]);
  assert.ok(supportedStatements(song).includes("Pocahontas won Original Song at the 68th Academy Awards (1996)"));
  assertSilent([
    "At the 36th Academy Awards, the epic took four wins — cinematography, color art direction, color costume " +
      "design and special effects — and Rex Harrison was nominated as Julius Caesar.",
  ]);
});

test("'Jr.' before 'Its', 'The', 'He' ends the sentence: the next one's category is not the name's", () => {
  assertSilent([
    "At the 23rd Academy Awards, Sunset Blvd. took the writing award for Charles Brackett, Billy Wilder and " +
      "D. M. Marshman Jr. Its art direction won too.",
  ]);
});

test("'X's F score went home empty-handed' tells of the score, not the film", () => {
  assertSilent(["At the 91st Academy Awards, Terence Blanchard's BlacKkKlansman score went home empty-handed."]);
  const [f] = findings("At the 91st Academy Awards, BlacKkKlansman went home empty-handed.");
  assert.match(f?.message ?? "", /BlacKkKlansman won Adapted Screenplay/);
});

test("'a version of the race in which F wins' tells of a world that was not", () => {
  assertSilent(["There is a version of the 2020 Oscar race in which 1917 wins best picture and no one is surprised."]);
});

test("', before his <role> won him C': a clause of its own, whose subject is no film listed before it", () => {
  assertSilent([
    'Gary Oldman had been nominated for "Tinker Tailor Soldier Spy," before his growling Winston Churchill ' +
      "won him the lead actor prize on his second nomination.",
    'Matthew McConaughey had starred in "The Wolf of Wall Street" — before the rodeo rider Ron Woodroof won him ' +
      "best actor.",
  ]);
});

test("'at 75' is an age, and 'the first Oscars at the Shrine in forty years' no 1st ceremony", () => {
  assertSilent([
    "Akira Kurosawa, nominated for directing Ran at 75, lost to Sydney Pollack at the 58th Academy Awards.",
    "Chevy Chase hosted the 60th Academy Awards, the first Oscars at the Shrine in forty years.",
  ]);
});
