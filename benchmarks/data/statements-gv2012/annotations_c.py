"""Hand annotations of statements-gv2012, posts 318144, 318152, 318164, 318215, 318342, 318351 (annotator c, issue 14)."""
# Neutral spans, with their reasons (the format has no field for them):
# gv-318144: "commented on the preparations" is topic-only (rule 5; the next paragraphs have no cue);
#   "is expected to mark" passive/sourceless; "promises a May full of" an anniversary, no speaker;
#   "claiming the right to assembly" an objective, no speaker; "Various proposals were presented" and
#   "a meeting is planned" passive; "various movements that want to" an indefinite source;
#   "the white one that claims public quality health" a plaza, a label.
# gv-318152: "The Bloggers Association of Kenya is:" introduces a definition with no cue or named source;
#   "The winners were selected through the following process:" introduces an unattributed excerpt (doubtful);
#   "Announcing the Bake Blog Awards" publicising an event, no content; "The winners were announced" passive.
# gv-318164: "aims to award bloggers" an event's purpose; "where he writes about" / "uses his blog to report on"
#   / "has been vocal against" topic-only; "Congratulations from the Global Voices community" verbless
#   greeting line; "We wish to send special greetings" a greeting formula (the act performed, no content);
#   "Winners Announced" a passive headline; "When we talked to Boukary about" topic-only.
# gv-318215: "may be considered as" passive; "It bans the publication" a regulation, not a speaker;
#   "which tried to create" an event's aim with a scare quote; "were supposed to" passive;
#   "concerns shared by all members" concerns about noun phrases, topic-only.
# gv-318342: "Google has published specific guidelines" no content; "has not been verified" negated;
#   "these complaints" no content; "There are many discussions in the industry on" topic-only; "assuming that" an algorithm.
# gv-318351: "apparently", "Reports indicate", "Later media reports, however, added", "reportedly" (rich15,
#   rich18: reports with no named source); "many were also questioning" indefinite source (no inner row).

P, O, G = "PERSON", "ORG", "GROUP"
GV = "Global Voices via OpenGenderTracking/globalvoices (CC BY 3.0)"
F = "data/full/globalvoicesonline.wordpress.2012-may.xml post "

A: dict = {
 "gv-318144": {"source": (GV, F + "318144", "http://globalvoicesonline.org/2012/05/05/spain-madrid-preparing-for-indignado-anniversary/"),
  "published": "2012-05-05",
  "entities": {"Economy students": (G, ["Economy students"]),
               "the Malasaña Assembly": (O, ["the Malasaña Assembly"]),
               "Madrilonia.org": (O, ["the informational blog Madrilonia.org", "Madrilonia.org"])},
  "statements": [
   ("Economy students", "indirect", "intention", "have the intention", "to do a sit-in in front of the Health Ministry until May 12 when they will join the rest of the protest", "nominal intention cue ('intention to', statements.md); a bare plural source"),
   ("the Malasaña Assembly", "indirect", "request", "proposes", "to work on the political celebration of the birth of people assemblies in Madrid", "propose is a mandative verb (rule 7): a proposal to the movement, not a bare plan"),
   ("Madrilonia.org", "direct", "assertion", None, "El 12M-15M es mucho más que una jornada de protesta, es la posibilidad de redescubrir una confianza construida en horizontal, de tú a tú. Una confianza que sirva para poner en marcha formas colectivas de protección y sostenibilidad. Todo el mundo es necesario para pensar, proponer, imaginar, crear.", "blog excerpt after 'In the informational blog Madrilonia.org [es]:' (no verb, so cue None); the original"),
   ("Madrilonia.org", "direct", "assertion", None, "The 12M-15M is more than a protest rally, it is the possibility to rediscover the trust built horizontally, face to face. A trust that can help start colective forms of protection and sustainability. Everybody is necessary to think, propose, imagine and create.", "the translation paragraph continues the same excerpt (rule 4)"),
  ],
  "neutral": ["commented on the preparations for this year", "a global protest is expected to mark the first anniversary of the 15M",
              "promises a May full of citizen initiatives", "claiming the right to assembly and free speech",
              "Various proposals were presented", "a meeting is planned next to Madrid's Assembly",
              "various movements that want to communicate their proposals and initiatives", "the white one that claims public quality health"]},
 "gv-318152": {"source": (GV, F + "318152", "http://globalvoicesonline.org/2012/05/06/kenya-the-bake-blog-awards-2012/"),
  "published": "2012-05-06",
  "entities": {"Njeri Wangari": (P, ["Njeri Wangari"]),
               "Global Voices": (O, ["Global Voices"])},
  "statements": [
   ("Njeri Wangari", "direct", "assertion", "wrote", "Blogging awards in Kenya were first and last held in the year 2006.", "blog excerpt after 'Njeri Wangari wrote:'"),
   ("Njeri Wangari", "direct", "assertion", None, "Run by Kenya Unlimited which hosts the Kenyan Blog Webring (KBW),an aggregator site for Kenyan blogs, Kaybee Awards 2006 took place at a time when the blogging scene was small and most bloggers knew each other by Name.", "continuation (rule 4)"),
   ("Njeri Wangari", "direct", "assertion", None, "Some of those who won in the numerous categories then are still blogging to this day but there some who moved on (most to bigger things) and no longer consider themselves as bloggers.", "continuation (rule 4); the excerpt ends before the writer's 'The winners were selected …'"),
   ("Global Voices", "indirect", "assertion", "congratulates", "all the winners of the Bake Blog Awards 2012", "evaluative speech act with its object (as 'congratulates former trustee …' in an earlier set); the writer speaking as Global Voices"),
  ],
  "neutral": ["The Bloggers Association of Kenya is:", "Announcing the Bake Blog Awards on her blog",
              "The winners were selected through the following process:", "The winners were announced at a gala event"]},
 "gv-318164": {"source": (GV, F + "318164", "http://globalvoicesonline.org/2012/05/05/best-of-the-blogs-2012-winners-announced/"),
  "published": "2012-05-05",
  "entities": {"Free Syrian Blogger & Activist Razan Ghazzawi": (O, ["Free Syrian Blogger & Activist Razan Ghazzawi", "This campaign", "This Facebook page", "The FreeRazan campaign"]),
               "Boukary Konaté": (P, ["Boukary Konaté", "Konaté", "Boukary", "he"]),
               "Tarek Amr": (P, ["jury member and Global Voices author, Tarek Amr from Egypt", "Tarek Amr"])},
  "statements": [
   ("Free Syrian Blogger & Activist Razan Ghazzawi", "indirect", "request", "calls for", "her release and that of her colleagues from the Syrian Center for Media and Freedom of Expression, who have been detained since February 2012", "'This Facebook page calls for': the campaign's page speaks for the campaign (a document for its author)"),
   ("Boukary Konaté", "direct", "assertion", "answered", "I got the news in a moment when my country is going through a military and political crisis. I consider this Education and Culture Award as an award for unity and peace for Mali.", "excerpt after 'he answered:'; 'I consider' is nested in the quotation (rule 5)"),
   ("Tarek Amr", "direct", "assertion", "According to", "The FreeRazan campaign is important on its own, but I also see it as symbol for acknowledging the struggle of the Syrian people and showing solidarity with political detainees in the Arab world, whether Abdulhadi Alkhawaja in Bahrain, military trials victims in Egypt, and many other examples. Harassmap is also a great platform to help raise awareness about sexual harassment in Egypt, and help victims to speak up, especially when society often tends to blame the victim before blaming the harasser.", "'According to X:' then the paragraph; the stray closing mark left out"),
  ],
  "neutral": ["Winners Announced", "aims to award bloggers who contribute to their communities", "where he writes about social and political issues in his homeland",
              "uses his blog to report on crimes", "He has been vocal against extrajudicial killings in Bangladesh",
              "Congratulations from the Global Voices community to all the Award winners", "We wish to send special greetings to Boukary Konaté",
              "When we talked to Boukary about what this award meant for him"]},
 "gv-318215": {"source": (GV, F + "318215", "http://globalvoicesonline.org/2012/05/05/cuba-national-meeting-of-bloggers-ends-in-controversy/"),
  "published": "2012-05-05",
  "entities": {"La Joven Cuba": (G, ["the administrators of La Joven Cuba", "the authors of La Joven Cuba", "La Joven Cuba"]),
               "the participants": (G, ["the participants", "The participants", "the event's final statement", "The final declaration", "The document"]),
               "Carlos Alberto Pérez": (P, ["one of the participants in the event, Carlos Alberto Pérez, author of La Chiringa de Cuba", "Carlos Alberto Pérez"]),
               "the committee organizing the event": (G, ["the committee organizing the event, composed of five bloggers living in Cuba", "the committee organizing the event"]),
               "Yasmín Silvia Portales": (P, ["Yasmín Silvia Portales"]),
               "Inter Press Service": (O, ["the Inter Press Service (IPS) agency", "Inter Press Service", "IPS"])},
  "statements": [
   ("La Joven Cuba", "indirect", "intention", "declared their intention", "to organize an event to bring together representatives of the national blogosphere to discuss various subjects", "a verb of saying announcing an intention noun (statements.md); the blog's name for its administrators"),
   ("the participants", "direct", "assertion", "note", "Conseguimos así un marco de socialización que nos permitió salir de la ambigüedad y el anonimato que propicia Internet y coordinar estrategias de trabajo que articulen nuestros proyectos ante los desafíos que tenemos los blogueros cubanos.", "'In the event's final statement …, the participants note:'; the original"),
   ("the participants", "direct", "assertion", None, "Through this event we have established a framework of socialisation which allows us to emerge from the ambiguity and the anonymity which the Internet provides and to coordinate working strategies within which to develop our projects in light of the challenges we face as Cuban bloggers.", "the translation continues the excerpt (rule 4)"),
   ("the participants", "indirect", "assertion", "confirms", "participants' support for the Cuban political system", "'The final declaration … confirms': a document speaks for its authors; NP complement"),
   ("the participants", "mixed", "request", "calling for", "respect for difference and for open debate", "the report is only the quoted fragment (rule 2)"),
   ("the participants", "indirect", "request", "demands", "the release of the five Cubans held prisoner in the United States and the end of the economic and financial sanctions which the United States have held in place against Cuba for over half a century", "'The document also demands'"),
   ("the participants", "mixed", "request", "requested", "the \"State's Central Administration Bodies reformulate the regulations which limit connectivity and access to the web by state institutions, in the interest of establishing a greater presence of Cuban citizens in cyberspace.\"", "mandative complement (rule 7)"),
   ("Carlos Alberto Pérez", "direct", "request", "poses the question", "how can one be critical in Cuba without being considered a dissident?", "a question is a request for information (statements.md)"),
   ("the committee organizing the event", "direct", "assertion", "stated", "our dream was to organise a meeting which would be national in scale and as inclusive as possible,", "'stated that \"…\"' with the whole content quoted: direct; 'our dream' is a past desire reported, an assertion"),
   ("La Joven Cuba", "direct", "assertion", "said", "Estamos conscientes que dejamos fuera otros blogueros y quedamos con la insatisfacción de no ser lo suficientemente justos pero un evento de tal magnitud llevaba muchos recursos y esta fue nuestra principal limitación y preocupación. Era un riesgo que tuvimos que asumir y asumiremos todas las críticas que se nos hagan al respecto.", "'the authors of La Joven Cuba said:'; the original"),
   ("La Joven Cuba", "direct", "assertion", None, "We are aware that we excluded other bloggers and we regret having been unfair, but an event of this scale requires significant resources and this was our main limitation and concern. It was a risk which we had to take and we will accept all criticisms which are made of us in this respect.", "the translation continues (rule 4); 'we will accept' inside the quotation, no row"),
   ("Yasmín Silvia Portales", "direct", "assertion", "pointed out", "¿Acaso no es siempre parcial y sesgada la manera en que se decide quiénes son “los protagonistas de la blogosfera del país”, no importa si lo dice El País o… alguien más?", "a rhetorical question under 'pointed out': the cue's type (assertion); the original"),
   ("Yasmín Silvia Portales", "direct", "assertion", None, "Isn't the way in which we decide who \"the protagonists of the country's blogosphere\" are always partial and biased? Does it matter if it is El País [one of Spain's main newspapers] which says it or...someone else?", "the translation continues (rule 4); El País nested, no row"),
   ("Inter Press Service", "direct", "assertion", "According to", "En el país, se han realizado encuentros de activistas en blogs y en redes sociales en Internet. El 27 de septiembre de 2008, Roger Trabas organizó junto al empresario y bloguero francés David Chapet, el primer Encuentro \"Bloggers por Cuenta Propia\", convocado desde el sitio llamado Bloggers Cuba, que se celebró en el gubernamental Palacio de Computación y Electrónica de la capital cubana.", "'According to the article by the Inter Press Service (IPS) agency:': a news article stays its outlet's assertion; the original"),
   ("Inter Press Service", "direct", "assertion", None, "Meetings of activists involved in blogging and social networks have been held in the country. On 27th September 2008, Roger Trabas alongside the French businessman and blogger David Chapet, organised the first meeting \"Independent Bloggers,\" convened from the site called Bloggers Cuba, which was held in the governmental Centre for Computing and Electronics in the Cuban capital.", "the translation continues (rule 4)"),
  ],
  "neutral": ["which were supposed to come into use in 2010", "some of the main concerns shared by all members of the national blogging community",
              "may be considered as \"outside the Revolution\"", "It bans the publication of information on foreign servers",
              "in an event which tried to create \"horizontal mechanisms for coordinating different blogging projects around the country.\""]},
 "gv-318342": {"source": (GV, F + "318342", "http://globalvoicesonline.org/2012/05/05/india-google-searchs-change-in-algorithm-and-its-impact/"),
  "published": "2012-05-05",
  "entities": {"A report": (O, ["A report"]),
               "Experts": (G, ["Experts"]),
               "Ajay Verma": (P, ["Ajay Verma, co-founder of a price and product comparison portal", "Ajay Verma", "Ajay"])},
  "statements": [
   ("A report", "indirect", "evidence", "claims", "this update has impacted employment in Mumbai, Delhi and Bangalore, and internet workers staged protests", "an unnamed report (rule 1 'a report warned'); its source is an evidence noun, so evidence (statements.md)"),
   ("Experts", "indirect", "assertion", "say", "Google's new algorithm has wiped out sites engaging in webspam and black hat SEO tactics", "a bare plural source, as rich17's 'Activists claim' and rich18's 'Officials said'"),
   ("Ajay Verma", "direct", "assertion", "writes", "Google’s new proposed metrics aren’t changing the platform at large but only the perception. It also helps filter some junk publishers. Even though ‘Clicks on Ad’ is perceived to be a transparent metric, reports suggest a ~20% fraud rate here. One can well imagine the faith of impression based spends. Hence the clean up was required.", "'writes in Medianama:': Medianama is where he writes, not a relay; 'reports suggest' nested (rule 5)"),
   ("Ajay Verma", "direct", "assertion", "concludes", "This is a welcome move from Google. A small step with the change in metrics will prove to be a giant leap in online advertising."),
  ],
  "neutral": ["Google has published specific guidelines for website owners", "Google has taken these complaints seriously", "However this information has not been verified by other sources.",
              "There are many discussions in the industry on how to recover from the change in algorithm.",
              "assuming that web pages linked from many important pages are themselves likely to be important"]},
 "gv-318351": {"source": (GV, F + "318351", "http://globalvoicesonline.org/2012/05/05/armenia-chaos-as-balloons-explode-at-election-campaign-rally-injuring-many/"),
  "published": "2012-05-05",
  "entities": {"Republic Party": (O, ["the ruling Republic Party", "Republic Party"]),
               "@Ripsii": (P, ["@Ripsii"]),
               "Norwegian Helsinki Committee": (O, ["the Norwegian Helsinki Committee", "Norwegian Helsinki Committee", "@nhc_no"]),
               "@onewmphoto": (P, ["@onewmphoto"]),
               "@ERostomashvili": (P, ["@ERostomashvili"]),
               "@thisisladychris": (P, ["@thisisladychris"]),
               "Unzipped": (O, ["Unzipped", "@unzippedblog"]),
               "@jason_blosser": (P, ["@jason_blosser"]),
               "@Phooto": (P, ["@Phooto"]),
               "@derekarridge": (P, ["@derekarridge"])},
  "statements": [
   ("Republic Party", "indirect", "belief", "hopes", "to maintain its control over the 131 seats in the country's National Assembly", "hope is a belief cue (statements.md)"),
   ("@Ripsii", "direct", "assertion", None, "Panic @ pre-election concert in Republic Square #Yerevan #Armenia What's happening?", "a tweet with no introducing sentence: the handle's owner, cue None"),
   ("Norwegian Helsinki Committee", "direct", "assertion", None, "Gas balloons explode on Republican party rally in Yerevan-144 injured in the cramped Republic Square on last day of campaigning.#armelection", "@nhc_no is the Norwegian Helsinki Committee (the text's line 'the Norwegian Helsinki Committee tweeted' and its tweet)"),
   ("@onewmphoto", "direct", "assertion", None, "Chaotic scenes in Republic Square after balloons explode at a ruling HHK rally and concert http://bit.ly/J7EVMA #armelection"),
   ("@ERostomashvili", "direct", "assertion", None, "Terrible... 144 people in hospital with burns after #armelection campaign balloons explode in #Yerevan http://bit.ly/Kw3QFU via @onewmphoto", "the tweet's own 'via @onewmphoto' credits a link; the tweet is ERostomashvili's"),
   ("@thisisladychris", "direct", "assertion", None, "@ERostomashvili @onewmphoto :( Sad to hear that. I really like Yerevan. I hope that they have a swift recovery.", "'I hope' nested in the tweet (rule 5)"),
   ("@ERostomashvili", "direct", "assertion", None, "@thisisladychris @onewmphoto Let us hope so. At least we know health minister said there were no severe injuries", "the health minister's words are nested in the tweet (rule 5): no row"),
   ("@onewmphoto", "direct", "assertion", None, "Jesus, which idiot put what gas in those balloons. Photo shows MASSIVE explosion in Republic Sq. http://bit.ly/Km60y4 #armelection #armenia"),
   ("Unzipped", "direct", "assertion", None, "What on earth these balloons were filled in with? #Sad&Angry #Armenia #armelection", "@unzippedblog is the blog Unzipped (the text's 'Unzipped also asks')"),
   ("@jason_blosser", "direct", "assertion", None, "Ever dependable @Reuters says blast in Armenia caused by helium-filled balloons...except helium is an inert gas! It doesn't explode, folks!", "Reuters nested in the tweet (rule 5): no row"),
   ("@Phooto", "direct", "assertion", None, "“@Telegraph: 140 people injured when balloons explode at Armenian concert http://tgr.ph/IMSznD” why did they fill balloons with Hydrogen?", "a quote-tweet: the Telegraph's headline is nested in Phooto's tweet (rule 5), one row"),
   ("@derekarridge", "direct", "assertion", None, "@Phooto @telegraph Perhaps their a bit behind in their science in Armenia?"),
   ("Norwegian Helsinki Committee", "indirect", "assertion", "tweeted", "many were also questioning why the rally and concert continued", "'many were questioning' is an indefinite source: no inner row (rule 5)"),
   ("Norwegian Helsinki Committee", "direct", "assertion", None, "Yerevan back to normal after yesterday's accident, with more than 100 hospitalised and discussions why the concert went on. #armelection", "the tweet shown after the sentence that reports it; cue None"),
   ("Unzipped", "direct", "request", "asks", "What on earth these balloons were filled in with?", "'Unzipped also asks some pertinent questions.' then the blog excerpt; a question under 'asks' is a request; the label 'My Question No.1:' left out"),
   ("Unzipped", "direct", "assertion", None, "Unconfirmed reports suggest that instead of helium they were filled in with cheap gas-like substances. I am inclined to believe this version.", "continuation (rule 4); 'reports suggest', 'I am inclined to believe' nested"),
   ("Unzipped", "direct", "assertion", None, "Why after such huge incident \"concert\" continued? And why after such incident Armenia president went on to deliver his planned pre-election speech as if nothing happened?", "continuation with no cue: an assertion (statements.md)"),
   ("Unzipped", "direct", "assertion", None, "No, it is NOT always OK to say: “Show must go on”.", "continuation"),
   ("Unzipped", "direct", "assertion", None, "What a blatant disregard to human lives!!", "continuation; the label 'My verdict:' left out"),
   ("Unzipped", "direct", "assertion", None, "I am extremely sad and angry. My thoughts are with injured people...", "continuation"),
  ],
  "neutral": ["a cigarette apparently caused gas-filled balloons to ignite", "Reports indicate that over 140 people were injured in the blast.",
              "Later media reports, however, added that", "as the number of those injured reportedly rose to 154"]},
}
