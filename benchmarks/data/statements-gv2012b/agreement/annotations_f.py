"""Hand annotations of statements-gv2012b, posts 318546, 318488, 319292, annotator f, apart, for agreement (issue 14, session 24)."""
# Neutral spans, with their reasons (the format has no field for them):
# gv-318546: "the expected violence" passive/sourceless; "the so-called anti system groups" a label;
#   "as can be seen in this photo and video" and "This is how the right to protest is respected in Spain:"
#   introduce a photo or video, no speaker, no content.
# gv-318488: "some of who sceptically called it only a “draft.”" an indefinite source (rule 5); "released the first
#   draft of the document" a document's release with no content; "some Zambian netizens could not help but express
#   pessimism" indefinite and topic-only; "most tweeps pick out elements they agree with" indefinite (the tweets after
#   it are their handles' own rows, cue None).
# gv-319292: "was declared Miss Nepal 2012" and "was often referred as British-Nepali model" passive; "Discussions about
#   Miss Nepal echoed" and "protests from women right activists" topic-only; "will also keep varying on individual’s
#   views" indefinite; the post title in quotation marks is a label (rule 5); "What do you think about …?" the writer's
#   question to the readers, no cue.

P, O, G = "PERSON", "ORG", "GROUP"
GV = "Global Voices via OpenGenderTracking/globalvoices (CC BY 3.0)"
F = "data/full/globalvoicesonline.wordpress.2012-may.xml post "

A: dict = {
 "gv-318546": {"source": (GV, F + "318546", "http://globalvoicesonline.org/2012/05/07/spain-barcelona-sieged-during-european-central-bank-meeting/"),
  "published": "2012-05-07",
  "entities": {"@premsaindignada": (O, ["@premsaindignada"]),
               "Jueces para la Democracia": (O, ["Jueces para la Democracia", "Judges pro democracy"]),
               "the police": (O, ["the police itself", "the police", "@policia"]),
               "@Acampadabcn": (O, ["@Acampadabcn"]),
               "the political leaders in charge": (G, ["the political leaders in charge"]),
               "A comment from the video youtube account": (P, ["A comment from the video youtube account"]),
               "The European Central Bank (ECB) and its head, Mario Draghi": (G, ["The European Central Bank (ECB) and its head, Mario Draghi"])},
  "statements": [
   ("@premsaindignada", "direct", "assertion", None, "Jueces para la Democracia \"suspender Schengen es de Estado democrático miope\" http://bit.ly/BienvenidoMrBCEweb #bienvenidoMrBCE http://bit.ly/J2ccqP", "a tweet shown by its handle only (cue None); it reports the judges' words: the reporter's row (retweets as two rows, rule 7)"),
   ("Jueces para la Democracia", "direct", "assertion", None, "suspender Schengen es de Estado democrático miope", "the quoted association's row inside the tweet, 'Name \"…\"' with no verb; via the tweeting account (rule 7)", ["@premsaindignada"]),
   ("@premsaindignada", "direct", "assertion", None, "Judges pro democracy: “to suspend Schengen is typical of an unthinking democratic state.\" http://bit.ly/BienvenidoMrBCEweb [ca] #bienvenidoMrBCE [ca] http://bit.ly/J2ccqP", "translation; the trailing link mark '[es].' left out"),
   ("Jueces para la Democracia", "direct", "assertion", None, "to suspend Schengen is typical of an unthinking democratic state.", "translation (the inner row)", ["@premsaindignada"]),
   ("the police", "direct", "assertion", "warned", "Recordad: Hasta el viernes, 4, suspendido Tratado Schengen y restablecidos los controles fronterizos en España y se refuerzan en #Catalunya", "'the police itself warned the citizens in an extremely patronizing way:' has no content of its own: the cue goes to the tweet after the colon; @policia is the police's account"),
   ("the police", "direct", "assertion", None, "Remember: Schengen treaty suspended until May 4, border controls in Spain back to normal and reinforced in #Catalunya", "translation; the trailing link mark left out"),
   ("@Acampadabcn", "direct", "assertion", None, "Recordar mostrar vuestro rechazo al BCE a las 21:00h en forma de cacerolada... Que nos oigan! http://bit.ly/cassoladaBCE #CassoladaBCE", "a tweet under its handle (';' for ':'), introduced by 'there was some protesting:' (no cue); no cue of its own: an assertion (statements.md), though it is a call to protest"),
   ("@Acampadabcn", "direct", "assertion", None, "Don’t forget to show your rejection to the ECB at 9:00 p.m. in the form of cacerolada…let’s be heard! http://bit.ly/cassoladaBCE [es] #CassoladaBCE", "translation; the trailing link mark left out"),
   ("the political leaders in charge", "indirect", "request", "ordered", "the riot police to surround the last protesters and direct them in a provocative way", "'ordered X to …': a directive of a definite source (rule 7, mandative 'order'), as 'urged X to'"),
   ("A comment from the video youtube account", "direct", "assertion", "reads", "Yo estuve allí y te lo puedo explicar. Al final de una manifestación pacífica sin altercados, un grupo reducido de esa misma manifestación decidimos seguirla hasta una universidad de la zona donde había comida y actos por el tema de la subida de las tasas universitarias. A la altura de plaza Cataluña la policía que nos iba persiguiendo en furgonetas nos rodean sin ningun motivo, nos encierran con coacción y nos empiezan a grabar e intimidar.", "'A comment … reads:': a document speaks for its (unnamed) author, named by the description; the original"),
   ("A comment from the video youtube account", "direct", "assertion", None, "I was there, and I can tell you. At the end of a peaceful demonstration with no violent incidents, a small group decided to keep going until we reached a nearby university, where there was food and some activity against the increase in tuition fees. When we reached Cataluña square, the police, who was following us in vans, surrounded us for no reason; they used coercion to close in on us, and they started recording and intimidating us.", "translation"),
   ("The European Central Bank (ECB) and its head, Mario Draghi", "indirect", "request", "asked", "Spain to continue with the current reforms and to persevere in helping the banks", "a joint source is the whole coordination (rule 3); 'asked X to': request"),
  ],
  "neutral": ["the expected violence", "the so-called anti system groups", "as can be seen in this photo and video",
              "This is how the right to protest is respected in Spain:"]},
 "gv-318488": {"source": (GV, F + "318488", "http://globalvoicesonline.org/2012/05/08/zambia-netizens-sceptically-hail-draft-constitution/"),
  "published": "2012-05-08",
  "entities": {"Netizens": (G, ["Netizens"]),
               "Paul Shalala": (P, ["Paul Shalala", "He"]),
               "Nawa Mukwati Sibongo": (P, ["Nawa Mukwati Sibongo"]),
               "Isaac M. Mwanza": (P, ["Another netizen, Isaac M. Mwanza", "Isaac M. Mwanza"]),
               "Elisha King Musoma": (P, ["Elisha King Musoma"]),
               "@luchi7": (P, ["@luchi7"]),
               "@MadridistaLombe": (P, ["@MadridistaLombe"]),
               "One politician": (P, ["One politician", "his"])},
  "statements": [
   ("Netizens", "indirect", "assertion", "Hail", "Draft Constitution", "headline (rule 9); 'hail' an evaluative speech act with its object (as praise, welcome); the bare plural names the netizens the post quotes (as 'Experts say'); doubtful"),
   ("Paul Shalala", "direct", "assertion", "reflects", "Reading through the 227 pages of the Michael Sata-appointed Technical Committee’s first draft constitution, am reminded of the struggles, pickets, war of words and insults that the people of Zambia have gone through over the past years on this seemingly unending constitution making process.", "'reflects on …:' has no content of its own (a topic): the cue goes to the excerpt after the colon (as 'blogs about …:')"),
   ("Paul Shalala", "direct", "assertion", None, "This draft constitution has come at a time when most Zambians seem to be tired with the words “a constitution which will stand the taste of time.”", "continuation (rule 4); the quoted words inside are nested"),
   ("Paul Shalala", "indirect", "assertion", "notes", "the inclusion of what have been contentious issues in the past", "'He notes X:': a lead-in with content of its own, so the excerpt after the colon takes cue None (README)"),
   ("Paul Shalala", "direct", "assertion", None, "It is however, interesting to note that almost all those contentious issues are included in the first draft constitution released by the Technical Committee in April 2012. These are the 50 plus one presidential election threshold or the majoritarian electoral system, the Vice Presidential running mate, proportional representation, the appointment of ministers from outside parliament and others.", "the excerpt after the lead-in's colon"),
   ("Paul Shalala", "direct", "assertion", None, "The other contentious issue is the Christian nation clause.", "continuation (rule 4)"),
   ("Paul Shalala", "direct", "assertion", "concludes", "In its current form, the first draft constitution is progressive, it appeals to most people’s aspiration despite a few shortcomings. Therefore, stakeholders who will take part in conventions, should ensure that all progressive clauses are maintained so that a constitution we all want can be enacted into law and will “stand a test of time.", "'He concludes:'; the unclosed inner mark kept; 'should ensure' inside the quotation, no row of its own"),
   ("Nawa Mukwati Sibongo", "direct", "assertion", "writes", "My speaker sir, like many I am pleased to see the draft constitution. But I need to remind the house this is only a draft. As members we need to make a strong and solid representation for articles that we approve and voice concern where we feel the constitution has fallen short with well thought and articulated alternatives.", "'Commenting on the Facebook group …, X writes:' one row, cue the finite verb"),
   ("Isaac M. Mwanza", "indirect", "assertion", "notes", "the absence of women and youth representation in parliament in the draft", "a lead-in with content of its own: the comment after the colon takes cue None"),
   ("Isaac M. Mwanza", "direct", "assertion", None, "Mr. Speaker, I am concerned that the 1st draft Constitution has not provided for women and youth representation in parliament by numbers. So far the constitution is so vague on women and youth representation and with a complicated PR system, it is possible that we may not have numbers in parliament if the Constitution does not specifically provide for number of seats for women and youth. I beg to move.", "'I am concerned that' nested in the quotation"),
   ("Elisha King Musoma", "indirect", "assertion", "disagrees with", "the removal of the parental clause that exists in the current constitution barring citizens whose parents were not born in Zambia from ascending to the presidency", "a position with its object (as 'criticised the decision'), content of its own: the post after the colon takes cue None"),
   ("Elisha King Musoma", "direct", "assertion", None, "CURRENT PARENTAGE CLAUSE SHOULD STAND", "the heading of his post, first line of the excerpt"),
   ("Elisha King Musoma", "direct", "assertion", None, "The current parentage clause which forbids Zambians with foreign parents to stand for president in Zambia should not be tempered with as it didn’t come from late president Dr Fredrick Chiluba, but from the majority Zambians at large which included Sata himself, and Dr Kaunda just happened to be a victim. It was a cry of many Zambians for too long that Zambia like any other sovereign state should be ruled by indigenous Zambians and that’s why when MMD came into power, they enacted the law accordingly.", "continuation (rule 4)"),
   ("Elisha King Musoma", "direct", "assertion", None, "They were not targeting KK as such as his sympathisers are trying to portray, as he was no longer a factor after he left office in the manna he did, very embarrassing indeed. Was it going to make sense for the country to fail to heed the cries of the people because of one person? I believe it was going to be utter stupidity on our part, as it is going to be if we go ahead and amend this clause in order to please a few people like Mr Simon Zuka, Dipak Patel and Dr Guy Scot among others just because they are friends to the Post News Paper and Sata.", "continuation; the sympathisers' portrayal and 'I believe' nested"),
   ("@luchi7", "direct", "assertion", None, "50 plus 1 included in the draft constitution #Zambia", "a tweet under its handle; the lead-in 'most tweeps pick out …' is indefinite (neutral)"),
   ("@MadridistaLombe", "direct", "assertion", None, "So Finally Zambia will allow Dual-Citizenship if this Draft Constitution is approved. Oh, The endless possibilities."),
   ("One politician", "direct", "assertion", "verdict", "The draft constitution released by the Patriotic Front Technical Committee of Experts on Constitution is a corrupt version of the National Constitution Conference –NCC version which the National Assembly rejected not long ago. When you compare the PF-TCE draft constitution with the one that was rejected by the National Assembly, you will notice that, the earlier version had people at heart. Unlike the current constitution under review which is politically motivated by way of giving the central government more power, the earlier version was flexible and had provisions of democracy in it.", "'One politician, writing on the Zambian Watchdog website, was however harsh with his verdict of the draft constitution:' no content of its own; nominal cue 'his verdict' (as 'a last prediction …:'; 'writing' would do as well); an unnamed person named by the description"),
  ],
  "neutral": ["some of who sceptically called it only a “draft.”", "released the first draft of the document on 1 May",
              "some Zambian netizens could not help but express pessimism with the draft constitution",
              "most tweeps pick out elements they agree with in the draft constitution"]},
 "gv-319292": {"source": (GV, F + "319292", "http://globalvoicesonline.org/2012/05/09/nepal-shristi-shrestha-crowned-miss-nepal-2012/"),
  "published": "2012-05-09",
  "entities": {"Sworup Shakya": (P, ["Sworup Shakya"]),
               "Samriddhi Rai": (P, ["another blogger – Samriddhi Rai", "Samriddhi Rai"]),
               "Malvika Subba": (P, ["Miss Nepal 2002, Malvika Subba", "Malvika Subba"]),
               "pradeepkumarsingh": (P, ["I", "my"])},
  "statements": [
   ("Sworup Shakya", "direct", "assertion", "writes", "Turns out Miss Nepal 2012 was already decided, long before it even stared. I found out that there were multiple pages and blog posts that were supporting one lady, Shristi Shrestha for the crown.", "'In a post titled “…”, X writes:'; the title is a label (rule 5)"),
   ("Samriddhi Rai", "direct", "assertion", "comments", "The stage was bad. I mean it was so, you know, school-functions-have-better-stage-than-that types. I at least assumed that it must've looked good on TV but NO, people who watched the event on TV had the same notion.", "'another blogger – Samriddhi Rai, … - comments:'; 'people … had the same notion' nested"),
   ("Malvika Subba", "direct", "assertion", "writes", "Grapes are sour cried the fox and that's what some people remind me of when they criticize others win and things that they could never achieve. I wonder if u had achieved the same status, would you still be saying grapes are sour!!!!", "'Justifying the criticisms, …, writes on her Facebook page:'; the fox's words nested"),
   ("pradeepkumarsingh", "indirect", "belief", "on my view", "This year’s winner on my view deserved the crown", "the writer's first person outside quotation marks (rule 3; the post's creator in posts.tsv); 'on my view' an opinion phrase; the content is split by the cue, so the whole clause; doubtful"),
   ("pradeepkumarsingh", "direct", "assertion", "wrote", "Shristi Shrestha is a new hope for Nepal in international beauty pageants, especially when the country has yet to see some notable achievements in crucial pageants like Miss World. Congratulations to Shristi – She deserved it!", "'I wrote on my blog:' the writer quoting his own blog; the sub-heading in quotation marks is a label"),
  ],
  "neutral": ["was declared Miss Nepal 2012", "was often referred as British-Nepali model",
              "Discussions about Miss Nepal echoed in all social media channels", "protests from women right activists",
              "will also keep varying on individual’s views", "Reasons why I Missed Miss Nepal 2012 and Consequences",
              "What do you think about Miss Nepal 2012 - Shristi Shrestha?"]},
}
