"""Hand annotations of statements-gv2012 posts 318519, 318572, 318601, 318637, 318765 (annotator e, issue 14; written by reading the texts, before any hearsay run)."""

P, O, G = "PERSON", "ORG", "GROUP"
GV = "Global Voices via OpenGenderTracking/globalvoices (CC BY 3.0)"

A: dict = {
 "gv-318519": {"source": (GV, "data/full/globalvoicesonline.wordpress.2012-may.xml post 318519", "http://globalvoicesonline.org/2012/05/06/yemen-have-90-of-women-been-subject-to-sexual-harassment/"),
  "published": "2012-05-06",
  "entities": {"Al Hayat": (O, ["pan-Arab newspaper Al Hayat", "Al Hayat newspaper", "Al Hayat"]),
               "Marwan Almuraisy": (P, ["Marwan Almuraisy", "Almuraisy", "@almuraisy"]),
               "Abeer Al Yosofi": (P, ["Abeer Al Yosofi", "@im_abeer"]),
               "Lamis Al Wadeai": (P, ["Lamis Al Wadeai", "@MiSo0o0o0o"]),
               "Muna": (P, ["Muna", "@ArabsUnite"]),
               "Alia Eshaq": (P, ["Alia Eshaq", "@aliaeshaq"]),
               "Najla Al Hamadi": (P, ["Najla Al Hamadi", "@NajlaAlhamadi"]),
               "Mohammed Alnehmi": (P, ["Mohammed Alnehmi", "@m_alnehmi"])},
  "statements": [
   ("Al Hayat", "indirect", "assertion", "claiming", "90% of Yemeni women have been subject to sexual harassment", "'An article … published in … Al Hayat …, claiming that': a document speaks for its organisation (rule 3); an article is no evidence noun"),
   ("Marwan Almuraisy", "indirect", "intention", "wanted", "the newspaper to apologise", "'wanted X to': want is an intention cue (statement_types.tsv; rich13 'The studio wants New Moon in theaters')"),
   ("Marwan Almuraisy", "direct", "request", None, 'غرّدوا تحت هذا الهاشتاغ حتى تعتذر صحيفة الحياة عن الخطأ المهني الجسيم وراسلوهم على حسابهم #AlHayatFail @alhayatdaily', "the tweet after a colon that follows a statement with its own content: cue null (rich8 'has called the sentence …:'); imperative 'tweet … until … apologises': request"),
   ("Marwan Almuraisy", "direct", "request", None, 'Tweet with this hashtag and to this account until Al Hayat newspaper apologises for this grave professional mistake #AlHayatFail @alhayatdaily', "translation"),
   ("Marwan Almuraisy", "direct", "assertion", "added", 'أي شخص منصف يعلم أن نسبة ٩٠٪ مرفوضة حتى بالنسبة لأكثر الدول تفسخًا وانحلالاً فكيف ببلد محافظ كاليمن؟ #AlHayatFail @JameelTheyabi', "tweet after 'added in a tweet addressed to …:'"),
   ("Marwan Almuraisy", "direct", "assertion", None, 'Any fair person knows that the figure of 90% is unacceptable even for the most liberal and decadent society let alone a conservative society such as Yemen #AlHayatFail\u200e @JameelTheyabi', "translation"),
   ("Abeer Al Yosofi", "direct", "assertion", "wondered", 'الى متي والمرأة اليمنيه ضحية لتقارير ليست عادله ولااساس لها من الصحة !! #yemen', "a rhetorical question: assertion (rich10)"),
   ("Abeer Al Yosofi", "direct", "assertion", None, 'Until when will Yemeni women be the victim of unfair and unfounded reports? #yemen', "translation"),
   ("Abeer Al Yosofi", "direct", "assertion", "said", 'انا ضدالنسبه وبقوه ولست مؤيده ان في وطني التحرش فاق دول تحرشها ١٠٠٪ صح في تحرشات لفظيه لكن ليس بنسبة ٩٠٪ وليس في اغلب الاماكن!', "'She said:' resolved to Abeer Al Yosofi"),
   ("Abeer Al Yosofi", "direct", "assertion", None, "I object strongly to the percentage and can't accept that harassment in my country exceeds that in countries where harassment is 100%. Yes there is verbal harassment but it is not 90% and not everywhere", "translation"),
   ("Lamis Al Wadeai", "direct", "request", "tweeted", 'تحدّي لكل واحد منكر: يلبس بالتو ويتلثم وينزل الاسواق والجامعات والباصات في اليمن..و يجي بعدين يفتي في النسبه', "'I challenge any man who denies this to wear …': a directive to others: request"),
   ("Lamis Al Wadeai", "direct", "request", None, 'I challenge any man who denies this to wear an abaya and cover his face and go to the markets and universities or on buses in Yemen...and after that he can come and dispute the percentage', "translation"),
   ("Muna", "direct", "assertion", "tweeted", 'Cant believe some in Yemen R surprised @ high % of women who experience harassment. Striving4change means acknowledging flaws in our society', "English tweet, one row"),
   ("Alia Eshaq", "direct", "assertion", "clarify", 'للتوضيح...التحرش يضم كل قول او فعل. ومافيش بنت مش بيتم التحرش بها لفظيا علي الاقل! حاربوا الظاهره لو زعلانين', "'tried to clarify the meaning of harassment:' the NP is topic only, the tweet is the content; mainly a definition (assertion) with a closing imperative"),
   ("Alia Eshaq", "direct", "assertion", None, "For clarification: harassment includes everything which is said or done, and there is no Yemeni girl that hasn't been harassed, at least verbally! Fight this phenomenon if you are angry", "translation"),
   ("Najla Al Hamadi", "direct", "request", "made some suggestions", 'الحل 1تغير نظرة المجتمع الدنيوية تجاه المرأة 2 وضع قوانين نافذة لردع اي متحرش 3قوانين تحمي المرأة وتحفظ كرامتها #نرفض_تقرير_الحياة_اليمنيات', "nominal cue 'made some suggestions of her own:'; suggestions of a course of action are requests (ecb)"),
   ("Najla Al Hamadi", "direct", "request", None, "Solutions: 1. change society's low perception towards women 2. put in place laws to deter harassers 3. laws to protect women and maintain their dignity", "translation"),
   ("Mohammed Alnehmi", "direct", "request", "commented", 'حتى وان كانت النسبة 10% ساندوا حملة شوارع امنة وكفوا اذى المتحرشين', "'support the Safe Streets campaign and stop the harassers': imperative, request"),
   ("Mohammed Alnehmi", "direct", "request", None, 'Even if the percentage was 10% support the Safe Streets campaign and stop the harassers', "translation"),
   ("Al Hayat", "indirect", "assertion", "saying", "it was an exaggerated figure based on a regional study", "'did apologise for …' has no content of its own (rich13, neutral); the participle carries it"),
  ],
  "neutral": ["many Twitter users admitted that there was a problem with harassment in Yemen",  # indefinite source (rule 5; rich19)
              "the percentage quoted in the newspaper",  # passive, no content
              "other people felt the problem needed to be addressed",  # indefinite source
              "Najla Al Hamadi linked to an article in the Yemen Times",  # an act
              "The campaign made this video to raise awareness and address the issue of harassment",  # a video, no words given
              "Al Hayat newspaper did apologise for the high percentage it had quoted",  # apology with no content (rich13)
              "Whether we like to admit it or not"]},  # the writer's figure of speech, no content
 "gv-318572": {"source": (GV, "data/full/globalvoicesonline.wordpress.2012-may.xml post 318572", "http://globalvoicesonline.org/2012/05/07/egypt-anger-at-arrest-of-lawyer-in-saudi-arabia/"),
  "published": "2012-05-07",
  "entities": {"Ahmed El Gizawy": (P, ["the Egyptian lawyer Ahmed El Gizawy", "Ahmed El Gizawy", "El Gizawy"]),
               "Saudi officials": (G, ["Saudi officials"]),
               "the authorities at Cairo airport": (O, ["the authorities at Cairo airport"]),
               "Alaa Al Aswany": (P, ["Writer Alaa Al Aswany", "Alaa Al Aswany"]),
               "Zeinobia": (P, ["Zeinobia"]),
               "Al-Masry Al-Youm": (O, ["Egyptian newspaper Al-Masry Al-Youm", "Al-Masry Al-Youm"]),
               "As'ad Abou-Khalil": (P, ["As'ad Abou-Khalil"])},
  "statements": [
   ("Ahmed El Gizawy", "indirect", "assertion", "criticism", "Saudi Arabia's imprisonment of a number of Egyptian citizens", "nominal cue 'El Gizawy's criticism made on television of …': an evaluative speech act with its object (statements.md 'criticised the decision to close')"),
   ("Saudi officials", "indirect", "assertion", "denied", "El Gizawy was arrested for defaming the king", "bare plural source (rich17)"),
   ("Saudi officials", "indirect", "assertion", "claimed", "he was arrested after being found in possession of more than 21,000 pills of the anti-depressant drug, Xanax", "'they claimed instead …': 'instead' left out as the cue's adverb"),
   ("the authorities at Cairo airport", "indirect", "assertion", "said", "they did not notice anything illegal in his luggage [ar] when leaving the country", "plural officials at a body: the body (rule 8); the link mark kept inside the clause"),
   ("Alaa Al Aswany", "direct", "assertion", "said", 'Al-Gizawi is a brave revolutionary lawyer who defended many of the rebels before military courts. He then took the cases of Egyptian workers in Saudi Arabia who were detained without trial, thus finding himself in litigation with the Saudi king himself. When al-Gizawi and his wife went to perform umrah (pilgrimage to Mecca), he was assured that the Saudi regime would not be able to punish him for his political positions, as under Islamic law, all those who go on a pilgrimage are untouchable. Unfortunately, al-Gizawi was arrested as soon as he landed in Saudi Arabia. Those who asked about him were told that he would be whipped and imprisoned for insulting the king of Saudi Arabia. Two days later, Saudi authorities announced that they found more than 21,000 drug tablets on al-Gizawi. This silly accusation is not worth discussion. Al-Gizawi is a brave fighter who got arrested several times in defense of his principles. What made him suddenly turn into a drug dealer? Is he stupid enough to travel with such a high amount of drugs through the Cairo airport, where baggage X-rays make it impossible to transfer that many drugs? Moreover, the quantity of that many tablets weighs more than 60 kilos, and the baggage weight limit is only 30 kilos. According to the records of the Cairo airport, the weight of al-Gizawi and his wife’s bag did not exceed the limit.', "a blog excerpt after a colon: direct, the whole paragraph; the attributions inside it are nested (rule 5)"),
   ("Zeinobia", "direct", "assertion", "commented", 'Young Egyptians on social networks do not buy the Saudi statement as it reminded them of the case of Khaled Said and how the ministry of interior in Egypt fabricated the drug story about him.', "blog excerpt after a colon"),
   ("Al-Masry Al-Youm", "indirect", "assertion", "reported", "El Gizawy had previously filed a lawsuit in Egypt against the Saudi ambassador regarding the detention of torture of a number of Egyptian citizens in Saudi Arabia", "an outlet reporting in its own name is the speaker (rich18 'ABC reported')"),
   ("Zeinobia", "direct", "assertion", "referred", 'Now it is not only the case of Gizawy that we should follow and work on , I think we should work on the case of other Egyptians allegedly arrested and detained for years in the Kingdom for no reason like for instance the case of Abdullah Mamdouh [ar]. Mamdouh was detained from four years ago for no reason according to his wife Israa Kamal [ar] who is campaigning online and offline for him.', "'referred to another Egyptian detainee:' introduces the excerpt; the cue has no type of its own, so assertion although the excerpt holds 'I think we should'; 'according to his wife' inside is nested (rule 5)"),
   ("As'ad Abou-Khalil", "direct", "assertion", "wrote", "Such an opportunity to meet with the Saudi king would likely not have arisen in the short to medium term had Gizawy's case not been escalated by Egyptian activists. During the visit, Katatny clearly stated, “We will not interfere in Gizawy's case,” adding that “the Saudi justice system is fair.” Katatny stressed the “historic relations” between Saudi Arabia and Egypt, and said that Saudi has “white hands” (Arabic for “a shining track record”) in backing Egypt. Katatny again remarked that Egypt and Saudi Arabia, “the two greatest powers in the region,” could lead the region into a bright future.", "'wrote about the visit in a post entitled, \"…\":' introduces the excerpt; Katatny's quoted words inside it are nested in a direct quotation (rule 5): no rows of Katatny"),
  ],
  "neutral": ["News reports stated that he was sentenced to 20 lashes",  # indefinite source ('Reports indicate', rich15; 'Sources report', rich17)
              "defaming the Saudi king",  # the charge, a label in quotation marks
              "tweets attacking the Saudi king",  # indefinite tweets
              "to condemn the arrest of the Egyptian lawyer",  # a purpose, indefinite protesters
              "Egyptians don't buy this claim",  # negated belief, no content
              "they wondered how El Gizawy was able to smuggle such a huge number of pills",  # an indirect question (rich8 'explained how …')
              "the Saudi authorities did not announce that the arrest was because of drug trafficking from day one",  # negated speech
              "Those who asked about him were told that he would be whipped and imprisoned for insulting the king of Saudi Arabia",  # nested in Al Aswany's quotation
              "Saudi authorities announced that they found more than 21,000 drug tablets on al-Gizawi",  # nested in Al Aswany's quotation
              "According to the records of the Cairo airport",  # nested in Al Aswany's quotation
              "according to his wife Israa Kamal",  # nested in Zeinobia's quotation
              "Egypt’s Muslim Brotherhood bows down to House of Saud",  # a post's title
              "Katatny clearly stated, “We will not interfere in Gizawy's case,”",  # nested in Abou-Khalil's quotation (rule 5)
              "Katatny stressed the “historic relations” between Saudi Arabia and Egypt",  # nested
              "Katatny again remarked that Egypt and Saudi Arabia"]},  # nested
 "gv-318601": {"source": (GV, "data/full/globalvoicesonline.wordpress.2012-may.xml post 318601", "http://globalvoicesonline.org/2012/05/07/tunisia-campaign-for-freedom-of-expression-launched/"),
  "published": "2012-05-07",
  "entities": {"Nawaat": (O, ["The collective blog Nawaat", "Nawaat"]),
               "Index on Censorship": (O, ["Index on Censorship, a member of IFEX-TMG", "Index on Censorship"])},
  "statements": [
   ("Nawaat", "direct", "assertion", "introduced", 'À l’occasion de la Journée mondiale de la liberté de la presse et en soutien à la libre parole en Tunisie, une campagne publique en faveur de la liberté d’expression est lancée du 1er au 15 mai 2012. Cette campagne est menée par Nawaat et le Groupe d’observation de la Tunisie organisé par l’Échange international de la liberté d’expression (TMG de l’IFEX), une coalition de 21 membres de l’IFEX. Cette campagne est également soutenue par l’Union européenne et Oxfam Novib', "French original after 'Nawaat introduced [fr] the campaign:'"),
   ("Nawaat", "direct", "assertion", None, 'On the occasion of World Press Freedom Day, and in support of free speech in Tunisia, a public campaign for freedom of expression was launched on May 1, and will continue until May 15, 2012. The camapign is run by Nawaat, and the Tunisian Monitoring Group (TMG) of the International Freedom of Expression Exchange (IFEX), a coalition of 21 members of IFEX. The campaign is also supported by the European Union, and OXFAM Novib', "translation"),
   ("Index on Censorship", "direct", "assertion", "commented", 'The need for continuing work in the sector was underlined by the prosecution of Nabil Karoui, director of privately-owned Nessma TV for blasphemy and disturbing public order.', "excerpt after a colon"),
  ],
  "neutral": ["This post is part of our special coverage Tunisia Revolution 2011",  # boilerplate: no cue, no content attributed (rules 1 and 5)
              "have launched a campaign for freedom of speech in Tunisia",  # an act
              "videos advocating freedom of expression",  # topic only, no words given
              "a court in Tunis fined the owner of Nessma TV"]},  # a verdict
 "gv-318637": {"source": (GV, "data/full/globalvoicesonline.wordpress.2012-may.xml post 318637", "http://globalvoicesonline.org/2012/05/06/serbia-monitoring-the-elections-via-citizen-media/"),
  "published": "2012-05-06",
  "entities": {"The preliminary polls in Serbia": (G, ["The preliminary polls in Serbia"]),
               "Croatia and Bosnia and Herzegovina": (G, ["Croatia and Bosnia and Herzegovina"]),
               "Medija Centar": (O, ["the Serbian Medija Centar", "Medija Centar"]),
               "@DunjaLazic": (P, ["@DunjaLazic"]),
               "Serbian Progressive Party": (O, ["the Serbian Progressive Party, or SNS", "The Serbian Progressive Party", "Serbian Progressive Party", "Srpska napredna stanka", "SNS"]),
               "one user": (P, ["one user"]),
               "@VladMiskovic": (P, ["@VladMiskovic"]),
               "Sasa Milosevic": (P, ["Global Voices Author Sasa Milosevic", "Sasa Milosevic", "@journalist92"]),
               "@NMojovic": (P, ["@NMojovic"]),
               "@danielrhamilton": (P, ["@danielrhamilton"])},
  "statements": [
   ("The preliminary polls in Serbia", "indirect", "evidence", "were showing", "low participation", "polls as source (rich11 'opinion polls showing')"),
   ("Croatia and Bosnia and Herzegovina", "indirect", "belief", "consider", "him the heir of his political mentor, Vojislav Seselj", "'consider' is a belief cue; the writer's appositions after the name left out"),
   ("Medija Centar", "indirect", "request", "calls", "fellow citizens to report any infringements of this rule", "nominal cue 'Their repeated calls to …': 'Their' is the initiative directed by the Medija Centar (its two reports)"),
   ("@DunjaLazic", "direct", "assertion", None, 'sutra su dakle prvi izbori na kojima mogu da glasam a baš i nemam neki izbor', "the introducing sentence is passive ('has been reflected'): no cue of the tweeter, cue null"),
   ("@DunjaLazic", "direct", "assertion", None, 'So tomorrow will be held the first election where I can vote, but I just do not have any choice', "translation"),
   ("Serbian Progressive Party", "direct", "request", "sending text messages", 'Dragi sugrajdani, jedino sto je potrebno Srbiji so PROMENE. Srpska napredna stanka to moze doneti. Zajedno pokrenimo Srbiju. Izadji i glasaj!', "the text message quoted after 'various parties have been sending text messages …:' is SNS's (it names the party and the text calls it 'the invitation to vote for the SNS'); ends 'Izadji i glasaj!': request"),
   ("Serbian Progressive Party", "direct", "request", None, "Dear fellow citizens, the only thing Serbia needs are CHANGES. The Serbian Progressive Party can deliver that. Let's move Serbia together. Get out and vote!", "translation"),
   ("Serbian Progressive Party", "indirect", "request", "invitation", "to vote for the SNS", "nominal cue referring back to the text message, with its own complement"),
   ("one user", "direct", "assertion", "saying", "even Seselj got a text message from the progressives.", "'replied … saying that \"…\"': the whole content is in the marks, so direct"),
   ("@VladMiskovic", "direct", "request", None, 'Још само четири сата до пада ЕУ режима у Србији! Гласајте против ЕУ окупације Србије, гласајте за @srpski_radikali! #izbori #izbori2012', "introduced only by 'Many Twitter users were also arguing about …' (indefinite, topic only): cue null; the text calls it 'this call to vote'"),
   ("@VladMiskovic", "direct", "request", None, "Only four more hours until the fall of the EU's regime in Serbia! Vote against the EU occupation of Serbia, vote for @srpski_radikali!", "translation"),
   ("@VladMiskovic", "indirect", "request", "call", "to vote for the Serbian Radical Party", "nominal cue 'this call to vote for …' referring back to the tweet"),
   ("Sasa Milosevic", "direct", "assertion", "replied", '@VladMiskovic @srpski_radikali . Srpski radikali ce da nas izvuku. Glas za njih znaci glas za oruzje, ratove, krvoprolice i Srbiju u mraku', "content after '@journalist92: ', addressee handles kept as written"),
   ("Sasa Milosevic", "direct", "assertion", None, '@VladMiskovic @srpski_radikali Serbian Radicals that will get us out. A vote for them means a vote for guns, wars, bloodshed, and Serbia [drowned] in the dark', "translation"),
   ("@NMojovic", "direct", "assertion", None, 'rezultati iz toronta i čikaga: Tadić 48, Koštunica 37, Glišić 33, Nikolić 16, J. Šešelj 12, Dačić 8, Jovanović 7, Stanković 5 #izbori', "introduced by a passive ('were circulated on Twitter:'): cue null"),
   ("@NMojovic", "direct", "assertion", None, 'Results from Toronto and Chicago: Tadic 48%, Kostunica 37, Glisic 33, Nikolic 16, J. Seselj 12, Dacic 8, Jovanovic 7, Stankovic 5 #izbori', "translation"),
   ("@danielrhamilton", "direct", "assertion", None, "Just spoke to Serbia's State Secretary in #Kosovo Oliver Ivanovic. Election turnout light but no reported problems so far. #izbori2012", "a tweet with no introducing cue: cue null; what Ivanovic told him is inside the quotation (rule 5)"),
  ],
  "neutral": ["its most important election",  # scare quotes, no source
              "various blogs have echoed the bitter irony and disillusionment",  # indefinite source
              "Serbians were concerned for the transparency of their election process",  # emotion with a topic, no content
              "two reports [sr] were issued using various metrics",  # no content
              "youth disillusionment has been reflected",  # passive, sourceless
              "This type of illegal campaining has been reported to be very frequent",  # passive, sourceless
              "Many Twitter users were also arguing about the respective candidates",  # indefinite, topic only
              "Numerous pictures on Twitter also showed a huge number of annulled ballots",  # a depiction (rich13 'The video shows …'), indefinite
              "have also been reported",  # passive, sourceless
              "the levels of participation were announced [sr] by the Centre for Free Elections and Democracy (CeSID)",  # topic only: the levels are not given
              "there seem to have been no problems"]},  # the writer's hedge, no source
 "gv-318765": {"source": (GV, "data/full/globalvoicesonline.wordpress.2012-may.xml post 318765", "http://globalvoicesonline.org/2012/05/06/france-reactions-to-presidential-election-results-in-photos/"),
  "published": "2012-05-06",
  "entities": {},
  "statements": [],
  "neutral": ["has delivered its verdict",  # an election result, no speaker
              "the forecasts published by foreign media",  # no content
              "The end of campaign speeches for each candidate can be found on their respective websites"]},  # topic only
}
