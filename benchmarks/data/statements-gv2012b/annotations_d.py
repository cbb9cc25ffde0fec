"""Hand annotations of statements-gv2012b, posts 319495, 319509, 319511, 319583, annotator d (issue 14, session 24)."""
# Neutral spans, with their reasons (the format has no field for them):
# gv-319495: "raising concern [hu] about" topic-only; "often referred to as" passive; "struggling now to draw
#   attention to" topic-only; "it looks like" sourceless; "had a chance to discover" factive, indefinite journalists;
#   "summed up the mentions" topic-only; stickers with a text have no definite author (indefinite); "Demonstrating
#   how some citizens were disturbed" indefinite; the post's title in quotation marks is a title (rule 5);
#   "the former State Secretary's claims" a nominal cue with no content; "shared a screenshot" no content;
#   "The title of the post is" a title; "questioned PM Viktor Orbán about" topic-only; "the PM's first reply to
#   the question was to change the meaning" describes Orbán's reply, no content of his reported (no inner row);
#   "tried to avoid giving a real answer" the writer's, no content.
# gv-319509: the headline is passive and sourceless; "agreed to join" an act, not speech; "the early elections
#   Netanyahu had announced" an announcement relativised out of its clause (doubtful, rule 6); "was promised"
#   passive; "was apparently worried" hedged, the writer's; "to comment on the surprising news" topic-only;
#   "Many of them referred to" indefinite; "wrote on her blog about" topic-only; "Zenga Zenga" a title;
#   "the overwhelming majority of reactions online were negative" indefinite; "blogger Tal Yaron disagreed" no content.
# gv-319511: no statement: sharing an experience, telling a story and an animation "on how" are topic-only.
# gv-319583: the headline and "it is suspected that" passive; "allegedly" and "failed to report" sourceless and
#   negated; the Facebook messages of support have no definite author ("Messages of support have also been left",
#   passive; the message and the line "I am D.I.Y, No to Fascism" are by unnamed commenters: indefinite, no row);
#   "some have also expressed doubts" indefinite; "Thanks to Nairi Hakhverdi" a verbless credit line.

P, O, G = "PERSON", "ORG", "GROUP"
GV = "Global Voices via OpenGenderTracking/globalvoices (CC BY 3.0)"
F = "data/full/globalvoicesonline.wordpress.2012-may.xml post "

A: dict = {
 "gv-319495": {"source": (GV, F + "319495", "http://globalvoicesonline.org/2012/05/09/hungary-oligarch-is-the-new-buzzword-of-the-hungarian-net/"),
  "published": "2012-05-09",
  "entities": {"Attila Mong": (P, ["Attila Mong", "Mr. Mong", "He", "he"]),
               "Transparency International Hungary": (O, ["Transparency International Hungary", "the National Integrity Study"]),
               "Gergely Karácsony": (P, ["Gergely Karácsony, an MP with the LMP \"Politics Can Be Different\" Party", "Gergely Karácsony", "Mr. Karácsony"]),
               "Kettős Mérce": (O, ["Kettős Mérce blog", "Kettős Mérce authors", "Kettős Mérce"]),
               "Napraforgoblog": (O, ["Napraforgoblog", "Napraforgo's post", "Napraforgo"]),
               "Hungarian netizens": (G, ["the Hungarian netizens", "Hungarian netizens"]),
               "Véleményvezér": (O, ["Véleményvezér blog", "Véleményvezér", "The blogger"])},
  "statements": [
   ("Attila Mong", "mixed", "assertion", "drew the conclusion", "these two persons had become \"the Voldemort\" of almost every media outlet in Hungary", "nominal cue 'drew the conclusion that'; \"the Voldemort\" is his word (his post's title plays on it), so mixed"),
   ("Attila Mong", "direct", "assertion", "explained", "Since I thought it was not right like that, I started a Facebook page at that time to reveal how many people would be interested in [reading] a real, in-depth, bold interview with them. The aim was and still is to lure them out. If they have no problems with public money flowing into their companies then they might not have any problems with journalists posing questions to them and demanding transparency on behalf of the public. The Facebook page I want to meet Lajos and Zsolt became very popular in a couple of hours.", "block quotation after 'he explained [hu] what happened …:' (the lead-in has only an embedded question, no content of its own, so the quotation takes its cue); the '[...]' marks left out"),
   ("Attila Mong", "direct", "assertion", None, "I apologize to those who soon saw that the page was not there anymore.", "continuing paragraph (rule 4)"),
   ("Attila Mong", "direct", "assertion", None, "It turned out I'm not strong enough for that.", "continuing"),
   ("Attila Mong", "direct", "assertion", None, "I'll share the details one day in my memoirs.", "continuing; no cue of its own, so an assertion though a future of his"),
   ("Transparency International Hungary", "indirect", "evidence", "stated", "the Hungarian state had been captured by private interest groups", "'the National Integrity Study, which stated that': a study speaks for its organisation and is an evidence noun"),
   ("Gergely Karácsony", "indirect", "assertion", "listed", "the cases when the two influential businessmen might have received remarkable shares through their company which way too often turned out to be the winner in public procurement tenders", "'listed the cases when …': the object is the content (rule 2); borderline with topic-only"),
   ("Kettős Mérce", "indirect", "assertion", "reported", "the Hungarian news agency MTI was referring to a blog in their article about Mr. Ángyán which was created not long before the publication of the text", "'reported [hu] that'; MTI's 'referring to a blog' is no speech with content (no inner row)"),
   ("Kettős Mérce", "mixed", "assertion", "wrote", "From 14:20 \"till 16:30 no one was able to find the blog on the internet but then it showed up,\"", "the opening mark stands after 'From 14:20' in the text, so the words before it are outside the quotation: mixed, marks kept"),
   ("Napraforgoblog", "indirect", "assertion", "lists", "some fishy cases in which Mr. Ángyán allegedly was involved", "'Napraforgo's post lists': a post speaks for its blog; the object is the content"),
   ("Hungarian netizens", "indirect", "assertion", "complained", "they lost their trust in the Hungarian media", "a definite plural group of the post (the netizens reacting), as 'Protestors' in gv2012; 'were shocked over' is no speech"),
   ("Véleményvezér", "indirect", "assertion", "reported", "the PM's first reply to the question was to change the meaning of the word 'oligarch' to something meaning a capitalist or a tycoon", "the blog's own report; Orbán's reply is described, not its content (no inner row)"),
   ("Véleményvezér", "direct", "assertion", "wrote", "In reality, an 'oligarch' means a wealthy person who is able to systematically distract the state's politics from serving the public interest to serving his private interests. An oligarch is a tycoon, too, but he has mainly been gaining and maintaining his fortune by sucking the state's resources (hunting for shares), meanwhile, in the case of other tycoons, the main source of income is not the state.", "block quotation after 'Véleményvezér wrote [hu]:'; '[...]' left out"),
   ("Véleményvezér", "direct", "assertion", "wrote", "Although the debate ended there in the Parliament, it's hardly possible that the question of the oligarchs would fade away. Viktor Orbán's reply clearly demonstrates that he has no proper answer to the accusations of [having close ties with] the oligarchs.", "'The blogger wrote:' = Véleményvezér, the blogger just quoted"),
  ],
  "neutral": ["he has been raising concern [hu] about the shady relations between the government and some Hungarian 'oligarchs'",
              "who are often referred to as PM Viktor Orbán's close allies",
              "struggling now to draw attention to the inconsistencies in state land lease tenders",
              "it looks like it's a sensitive issue",
              "journalists from time to time also had a chance to discover that the 'oligarchs' in Hungary were able to control the media",
              "he summed up the mentions of Zsolt Nyerges and Lajos Simicska in the mainstream media",
              "stickers with the text \"Who is Lajos Simicska?\" started popping up",
              "Demonstrating how some citizens were disturbed by the opaque ties between the oligarchs and the governing party",
              "Mr. Karácsony published the post titled \"What makes the state different from a bunch of gangsters?\"",
              "the former State Secretary's claims",
              "Kettős Mérce authors shared a screenshot of their Google Search without any result.",
              "The title of the post is \"Whose Mercenary Was Ángyán?\"",
              "Mr. Karácsony questioned PM Viktor Orbán about the ties between the influential business elite and the government",
              "the PM's first reply to the question was to change the meaning of the word 'oligarch'",
              "Mr. Orbán tried to avoid giving a real answer to Mr. Karácsony."]},
 "gv-319509": {"source": (GV, F + "319509", "http://globalvoicesonline.org/2012/05/09/israel-mofaz-derided-for-joining-unity-government/"),
  "published": "2012-05-09",
  "entities": {"Shaul Mofaz": (P, ["the head of the opposition and new chairman of the centrist Kadima party, Shaul Mofaz", "Shaul Mofaz", "Mofaz", "Mofaz's official Facebook page"]),
               "all the polls": (G, ["all the polls"]),
               "Tal Schneider": (P, ["Israeli journalist Tal Schneider", "Tal Schneider", "she"]),
               "Yossi Gurvits": (P, ["Leading leftist blogger Yossi Gurvits", "Yossi Gurvits"]),
               "Yuval Dror": (P, ["Dr. Yuval Dror, a widely-read Israeli blogger", "Dr. Yuval Dror", "Yuval Dror"]),
               "Amir Schiby": (P, ["Amir Schiby", "this altered campaign banner for Mofaz", "The text"]),
               "Gil Osser": (P, ["Gil Osser"]),
               "Mofaz and Netanyahu": (G, ["the agreement between Mofaz and Netanyahu", "Mofaz and Netanyahu"]),
               "Tal Yaron": (P, ["blogger Tal Yaron", "Tal Yaron", "Yaron"])},
  "statements": [
   ("Shaul Mofaz", "indirect", "assertion", "insisted", "he would never join Netanyahu's government", "'Mofaz, who had at first insisted he would …': insist with an indicative clause is an assertion (rule 7), a bare future too"),
   ("all the polls", "indirect", "evidence", "predicted", "his party would greatly diminish in power", "polls are an evidence noun (statements.md); a definite set ('all the polls'), as 'A report' in gv2012"),
   ("Shaul Mofaz", "direct", "assertion", "posted", "תקשיבו טוב: אני לא אכנס לממשלה של ביבי. לא היום. לא מחר ולא אחרי שאעמוד בראשות קדימה ב-28 במארס. זו ממשה רעה, כושלת ואטומה וקדימה בראשותי תחליף אותה בבחירות הבאות. מספיק ברור?", "'Mofaz's official Facebook page posted:': his page speaks for him; the original"),
   ("Shaul Mofaz", "direct", "assertion", None, "Listen to me closely: I will not enter Bibi's [Netanyahu's] government. Not today. Not tomorrow and not after I head Kadima on March 28 [at the time he was competing against Tzipi Livni for the leadership of the party]. This is a bad and failed government that doesn't listen to the people, and Kadima under my leadership will replace it in the next elections. Is that clear enough?", "translation"),
   ("Tal Schneider", "indirect", "assertion", "Listing", "Mofaz as a loser", "'Listing Mofaz as a loser' has content of its own (as 'lists Cuba as …' in gv2012); 'wrote on her blog about' before it is topic-only"),
   ("Tal Schneider", "direct", "assertion", "explained", "שאול מופז – התדמית הציבורית שלו תפגע קשות בעקבות ההחלטה להיכנס לממשלה עם שותף פוליטי אותו כינה לא מזמן \"שקרן\". מופז בונה על הטמטום של ציבור הבוחרים, על הזכרון החלש של האנשים. אבל אחרי שהבטיח שהוא יוביל את המחאה של הקיץ, החלטתו הלילה להיכנס לממשלה הופכת אותו לקטן שבקטנים.", "'she explained:' (the verb of the colon, no content of its own); the original; Mofaz's 'liar' and promise inside are nested (rule 5)"),
   ("Tal Schneider", "direct", "assertion", None, "Shaul Mofaz's public image will be greatly harmed because of his decision to enter the government with a political partner he recently called a \"liar\". Mofaz is counting on the stupidity of the voters, on the weak memory of the population. But after he had promised to lead the social protests during the summer, his decision tonight to enter the government makes him the smallest of the small.", "translation"),
   ("Yossi Gurvits", "direct", "assertion", "commented", "Kadima, a party whose motto may well have been, “We took corruption out of Likud (and brought it to a new home),” also seems to be finished. Why would anyone vote for it again? During the 2009 elections, Livni managed to con the voters into believing she would prevent a Netanyahu government. Livni is out of office, but the party is now in Netanyahu’s lap. If Kadima was looking at 10 seats before Mofaz’s latest schtick, it has now sunk near the level of Ehud Barak’s Atzmaut party (which polls at zero seats).", "'commented on the implications …:' a topic-only lead-in hands its verb to the quotation; English only"),
   ("Yuval Dror", "direct", "assertion", "wrote", "מופז הוא ג'לי פוליטי: חסר צורה, חסר טעם, ריח או עמוד שדרה, תוצר של יועצים פוליטיים השמים בפיו משפטים ועמדות. הוא האפס הפוליטי המוחלט.", "the original, first paragraph"),
   ("Yuval Dror", "direct", "assertion", None, "ב-2 לפנות בוקר, כנחש מתחת לקש, חתם האפס הפוליטי המוחלט על עסקה עם אותו שקרן כדי לקבל משרת שר ללא תיק, כדי להציל את עורו ואת עור חבריו ולתת להם עוד שנה וחצי ממנעמי השלטון. כניסתו של מופז לממשלה הפכה את ממשלת ישראל לממשלה הכי צינית בתולדותיה...", "continuing original paragraph (rule 4)"),
   ("Yuval Dror", "direct", "assertion", None, "Mofaz is a political jello: shapeless, tasteless, spineless, a product of political advisers who put words in his mouth and tell him which positions to take. He is the complete political zero [meaning: worthless, pathetic].", "translation"),
   ("Yuval Dror", "direct", "assertion", None, "At 2 AM, like a snake coming from under the hay, this complete political zero signed a deal with the same liar [Mofaz recently called Netanyahu a liar] to get the position of a Minister Without a Portfolio, to save his skin and the skin of his friends [Kadima members of the Knesset] and give them another year and a half of the benefits of government. The entry of Mofaz into the Government of Israel has made it the most cynical government in its history...", "translation; the translator's bracket is nested"),
   ("Amir Schiby", "direct", "assertion", "reads", "Mofaz. Because everyone can piss from the springboard [Israeli saying that means showing complete disregard]. Shitting from it [on the public] is art.", "'posted this altered campaign banner …: The text reads:': the banner speaks for the one who altered and posted it (gv2012 banners); only the English is given"),
   ("Gil Osser", "direct", "assertion", "posted", "An unprecedented sale for members of the Kadima party:", "'posted an image of a chair, with the text:': the image's text is its poster's; one row a line"),
   ("Gil Osser", "direct", "assertion", None, "Minister's Chair*", "continuing line of the image's text"),
   ("Gil Osser", "direct", "assertion", None, "An orthopedic chair made of elephant skin, particularly suitable for the spineless. The chair moves forward [Kadima], backward, right and left and can be found in various colors.", "continuing"),
   ("Gil Osser", "direct", "assertion", None, "Price: Principles | Payment method: 15 months [the length of time this government will remain in power thanks to the deal]", "continuing"),
   ("Gil Osser", "direct", "assertion", None, "*The same model sold to members of HaAtzmaut Party in 2011.", "continuing"),
   ("Shaul Mofaz", "indirect", "assertion", "proclaims", "Netanyahu is a liar", "'footage in which Mofaz proclaims …'"),
   ("Mofaz and Netanyahu", "indirect", "assertion", "stipulates", "the new coalition will pass a law to draft the ultra-Orthodox to military/community service (which they're currently exempt from) and to institute changes in Israel's electoral system", "'the agreement between Mofaz and Netanyahu, which stipulates that': a document speaks for its authors, a joint source (rule 3); an indicative future, not a mandative: assertion (rule 7)"),
   ("Tal Yaron", "direct", "assertion", "mentioned", "רבים מגנים את השינוי, אך אם אכן יקוימו שתי הבטחות אלו בלבד, הרי שהדבר יביא לשינוי משמעותי בחברה הישראלית. בעקבות הקואליציה החדשה שנוצרה, יש כיום רוב לגיוס חרדים. הליכוד+ישראל ביתינו+קדימה מהווים קואליציה של לפחות 70 חברי כנסת שיוכלו להעביר את החוק.", "'Yaron mentioned the agreement …:': his own verb has no content of its own (the clause in it is the agreement's), so the quotation takes it; the original"),
   ("Tal Yaron", "direct", "assertion", None, "גם העברת חוק שינוי שיטת הבחירות יטיב עם מצבה של ישראל, בכך שיביא להקטנת כמות המפלגות המשתתפות במשחק הפוליטי ויגרום למירכוז השיח הפוליטי, להגברת המשילות ולהקטנת ההקצנה.", "continuing original paragraph"),
   ("Tal Yaron", "direct", "assertion", None, "Many condemn this change, but even if only these two promises are kept, they will result in a significant change in Israeli society. As a result of the newly formed coalition, there is not a majority to enlist the ultra-Orthodox. Likud plus Yisrael Beiteinu [Lieberman's party] plus Kadima form a coalition of at least 70 members of the Knesset who can pass this law.", "translation; 'Many condemn' nested"),
   ("Tal Yaron", "direct", "assertion", None, "Changing Israel's electoral system will also improve Israel's situation, by reducing the number of political parties and centralizing the political discourse in Israel, increasing the ability to govern and reducing extremism.", "translation"),
  ],
  "neutral": ["Mofaz Derided for Joining Unity Government",
              "agreed to join Benjamin Netanyahu's government",
              "the early elections Netanyahu had announced just days before",
              "Mofaz was promised the title of a Minister Without Portfolio",
              "was apparently worried about taking part in elections",
              "Israelis turned to Twitter, Facebook and blogs to comment on the surprising news.",
              "Many of them referred to Mofaz's harsh criticism of Netanyahu",
              "wrote on her blog about the winners and losers of this deal",
              "the Israeli musician behind Gaddafi's \"Zenga Zenga\" remix",
              "the overwhelming majority of reactions online were negative",
              "blogger Tal Yaron disagreed"]},
 "gv-319511": {"source": (GV, F + "319511", "http://globalvoicesonline.org/2012/05/09/video-adobe-youth-voices-aspire-awards-voting-open/"),
  "published": "2012-05-09",
  "entities": {},
  "statements": [],
  "neutral": ["sharing her experience with her sister with Down Syndrome",
              "raising awareness about what it means to have this syndrome for their lives",
              "tells the story of his family's immigration due to violence and war",
              "shares an animation on how change starts by one person changing themselves"]},
 "gv-319583": {"source": (GV, F + "319583", "http://globalvoicesonline.org/2012/05/09/armenia-alternative-bar-in-suspected-nationalist-arson-attack/"),
  "published": "2012-05-09",
  "entities": {"Unzipped: Gay Armenia": (O, ["Unzipped: Gay Armenia", "@unzippedblog"]),
               "@onewmphoto": (P, ["@onewmphoto"]),
               "@ArmenianWomen": (O, ["@ArmenianWomen"]),
               "Ianyan": (O, ["Ianyan"]),
               "the bar's supporters": (G, ["the bar's supporters"])},
  "statements": [
   ("Unzipped: Gay Armenia", "direct", "assertion", None, "Alleged arson attack towards my favourite #Yerevan bar DIY. Motives not clear yet, possibility of #hatecrime but not confirmed #Armenia", "'@handle: tweet' with no verb: cue None; @unzippedblog is the blog Unzipped: Gay Armenia (its post below calls DIY 'my favourite venue')"),
   ("@onewmphoto", "direct", "assertion", None, "No sooner than posting a photo from last week of DIY in Yerevan http://bit.ly/KihKPd I hear of possible arson http://on.fb.me/JthxGQ #shocked"),
   ("Unzipped: Gay Armenia", "direct", "assertion", None, "#Yerevan bar #DIY under arson attack. Suspected nationalist #neonazi This is a #hatecrime #LGBT #HumanRights #Armenia"),
   ("@ArmenianWomen", "direct", "assertion", None, "DIY pub has been vandalized and burnt early this morning, according to the owner, they have been targeted by... http://fb.me/1pMuaAvSL", "'according to the owner' is inside the tweet: nested (rule 5), no row"),
   ("Unzipped: Gay Armenia", "indirect", "assertion", "noting", "the attack coincided with Victory in Europe Day", "'made a post, noting how the attack coincided …': the lead-in has content of its own, so the quotation after its colon takes cue None (gv2012 README)"),
   ("Unzipped: Gay Armenia", "direct", "assertion", None, "On 8 May 2012 when countries in Europe, former Soviet Union and elsewhere started marking the anniversary of the end of World War II, Armenian neo-nazi elements decided to mark it with an attack towards the oasis of freedom in Yerevan, my favourite venue - DIY bar. A place, where all the alternative types feel at home. A place, welcoming free-spirited people, sub-cultures, experimental things. Gay friendly.", "the post's excerpt; the neo-nazis' decision inside is nested"),
   ("Unzipped: Gay Armenia", "direct", "assertion", None, "It took the police 12 hours (!) to finally show up and take the matters seriously. Good news is that thanks to CCTV image and insights provided by DIY owners and employees, at least 2 suspects have now been detained (at the time of writing this post).", "continuing after the '[...]' line"),
   ("Ianyan", "direct", "assertion", "made specific mention", "DIY bar sustained heavy damage to its front half, where the bar was located. An air conditioner was completely melted, with the only thing that ironically stayed in tacked being a bottle of Kilikia beer, sources said. Though the fire was put out, police took around 12 hours to arrive at the scene, a move that is being criticized by supporters.", "'made specific mention of a campaign …:' a topic-only lead-in hands its words to the quotation; 'sources said' and 'being criticized by supporters' nested"),
   ("Ianyan", "direct", "assertion", None, "Supporters have been gathering at the bar for the majority of the day, making posters with slogans such as “Your bombs don’t affect us,” DIY – no to fascism” and “I am DIY. Other bar owners in the area have dropped by to share their condolences. Messages of support were also left on the group’s Facebook page. Boxes to collect funds in order to start rebuilding are also being distributed. The bar did not have insurance.", "continuing; the slogans are nested"),
   ("the bar's supporters", "indirect", "assertion", "calling", "a hate crime", "'what the bar's supporters are already calling a hate crime': call X Y, the predicate is the content (as 'calls it an interesting time' in gv2012)"),
  ],
  "neutral": ["Bar Targeted By Suspected Nationalists In Arson Attack",
              "it is suspected that nationalists, possibly part of a new Neo-Nazi group, were responsible",
              "much of the local media failed to report on the incident",
              "Messages of support have also been left on the bar's Facebook page",
              "I am D.I.Y, No to Fascism",
              "some have also expressed doubts that they will receive adequate punishment",
              "Thanks to Nairi Hakhverdi for the photographs"]},
}
