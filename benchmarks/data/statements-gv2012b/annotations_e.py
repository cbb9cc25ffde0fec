"""Hand annotations of statements-gv2012b, posts 316708, 319292, 319414, 319523, annotator e (issue 14, session 24)."""
# Neutral spans, with their reasons (the format has no field for them):
# gv-316708: "This post and its translations … were commissioned" an act, no content.
# gv-319292: "Discussions about Miss Nepal echoed" topic-only; "was declared Miss Nepal 2012" passive, sourceless;
#   "was often referred as British-Nepali model" passive label; "protests from women right activists" no content;
#   "post-contest personal reasonings" no source, no content; "keep varying on individual’s views" indefinite;
#   "What do you think about …?" the writer's question to readers, no cue.
# gv-319414: "restating all the traditional homophobic accusations and insults" no content (topic-only);
#   "promising that it would publish them" a participle hung on another clause (rule 9); "Mohamad's claims" a nominal
#   cue with no content; "invited Mohamad to have coffee with him" an invitation in a relative clause, close to an
#   offer (rule 5), doubtful (rule 6); "some people who sympathized", "Others … stressed", "most bloggers spoke out"
#   indefinite sources (rule 5); "failed to report the case" negated; "interviewed a gay rights activist" no content;
#   "did apologize" an apology with no content.
# gv-319523: "Certain bloggers have raised …", "other bloggers have focused …", "Other bloggers have pointed out that …",
#   "the typical oppositionist claim that …" indefinite or generic sources (rule 5); "dismissing as hysteria rumors"
#   hangs on the indefinite "Other bloggers"; "discussed the recent violence", "exploring possible motives" topic-only
#   (the first still introduces the quotation as its cue, as a's 'blogs about …:'); post titles ("This is War") are titles.

P, O, G = "PERSON", "ORG", "GROUP"
GV = "Global Voices via OpenGenderTracking/globalvoices (CC BY 3.0)"
F = "data/full/globalvoicesonline.wordpress.2012-may.xml post "

A: dict = {
 "gv-316708": {"source": (GV, F + "316708", "http://globalvoicesonline.org/2012/05/09/africa-will-local-content-policies-help-avert-the-oil-curse/"),
  "published": "2012-05-09",
  "entities": {"Sub-Saharan African citizens and experts": (G, ["Sub-Saharan African citizens and experts"]),
               "Nana Adjoa Hackman": (P, ["Modern Ghana’s Nana Adjoa Hackman", "Nana Adjoa Hackman", "he"]),
               "Christiane Badgley": (P, ["Christiane Badgley"]),
               "In2EastAfrica": (O, ["the In2EastAfrica website", "In2EastAfrica"]),
               "Local Development Network of Africa": (O, ["Local Development Network of Africa", "@ledna"]),
               "Günther Schulze": (P, ["Günther Schulze, professor of economics at the University of Freiburg, Germany", "Günther Schulze"])},
  "statements": [
   ("Sub-Saharan African citizens and experts", "indirect", "belief", "the fear", "the windfall may not benefit the local populations - and maybe even become a curse", "nominal cue 'the fear that …' with its holder as the agent of 'is shared by'; a joint source of bare plurals (rule 3; bare plurals as 'Experts say' in gv2012 c)"),
   ("Nana Adjoa Hackman", "direct", "assertion", "suggested", "It is common practice for oil and gas producing countries to negotiate local content agreements with interested IOCs [International Oil Companies] in an attempt to secure for the country a higher share of the value from oil and gas projects. This trend has surfaced as a result of the realization of the poor economic performance of many resource rich countries despite their vast wealth.", "'suggested a possible solution:' the object only announces the excerpt, so the excerpt takes the cue; suggest has no type row: assertion"),
   ("Nana Adjoa Hackman", "direct", "assertion", "explains", "As part of measures being undertaken to put in place the framework for Ghana's oil and gas production, a Bill entitled the Ghana Petroleum Regulatory Authority (GPRA) Bill was released in October 2008. (...) Sections 100 to 105 inclusive of the Bill deal with the promotion of local content, specifically, the involvement of the state oil company, provision of goods and services by local entrepreneurs, as well as the employment and training of citizens of Ghana.", "'Taking the example of Ghana, he explains:' he = Hackman (the text's pronoun)"),
   ("Christiane Badgley", "direct", "assertion", "writes", "Oil brings in huge amounts of money, of course, and along with that come expectations of many, well-paid jobs. The problem is that the industry – at least as it exists in Ghana now – doesn’t generate much work. (...) We’ll have to wait for details on how the government intends to increase local content and participation, which is easier said than done. Training, education, quotas, regulation, penalties, taxation, incentives – the government has multiple options for addressing the question.", "the commented article's title is a title; the government's intention inside is nested (rule 5)"),
   ("In2EastAfrica", "direct", "assertion", "explained", "Uganda wants a strong local content in the nascent oil and gas industry for its citizens to gain skilled manpower and a competitive supply edge. This is in an attempt to ensure revenues trickles down, averting the resource curse.", "'…, as explained on the In2EastAfrica website:': the website speaks for its publisher; the excerpt after the colon takes the cue; Uganda's want is nested"),
   ("Local Development Network of Africa", "direct", "request", "asks", "How far have discussion on #Ghana \"local content\" for the oil and gas sector gone? #Kenya (new found oil) could learn from that", "tweet after 'asks on Twitter:'; content after '@ledna: '; a question under 'asks' is a request (statements.md); \"local content\" a scare quote"),
   ("Günther Schulze", "direct", "assertion", "adds", "The biggest -but most important- challenge is to build and maintain good institutions. (...) transparency will be the most powerful lever for accountability. If Kenyans know exactly how much oil is being produced, how much royalties oil companies pay this would already be a major step in the right direction. (...) Kenya’s strong civil society and creative industries, especially in ICT, can play a strong role in monitoring the oil revenue flows and proposing solutions on how to spend the money well. Then the resource curse can be turned into a blessing.", "'adds another perspective on the World Bank blog:' the object only announces the excerpt; the blog is where he writes, not a relay"),
  ],
  "neutral": ["This post and its translations to Spanish, Arabic and French were commissioned by International Security Network (ISN)"]},
 "gv-319292": {"source": (GV, F + "319292", "http://globalvoicesonline.org/2012/05/09/nepal-shristi-shrestha-crowned-miss-nepal-2012/"),
  "published": "2012-05-09",
  "entities": {"Sworup Shakya": (P, ["Sworup Shakya"]),
               "Samriddhi Rai": (P, ["another blogger – Samriddhi Rai", "Samriddhi Rai"]),
               "Malvika Subba": (P, ["Miss Nepal 2002, Malvika Subba", "Malvika Subba"]),
               "pradeepkumarsingh": (P, ["I", "my"])},
  "statements": [
   ("Sworup Shakya", "direct", "assertion", "writes", "Turns out Miss Nepal 2012 was already decided, long before it even stared. I found out that there were multiple pages and blog posts that were supporting one lady, Shristi Shrestha for the crown.", "blog excerpt after 'writes:'; the post's title is a title"),
   ("Samriddhi Rai", "direct", "assertion", "comments", "The stage was bad. I mean it was so, you know, school-functions-have-better-stage-than-that types. I at least assumed that it must've looked good on TV but NO, people who watched the event on TV had the same notion.", "her first person and the viewers' notion are inside the quotation (nested)"),
   ("Malvika Subba", "direct", "assertion", "writes", "Grapes are sour cried the fox and that's what some people remind me of when they criticize others win and things that they could never achieve. I wonder if u had achieved the same status, would you still be saying grapes are sour!!!!", "'writes on her Facebook page:'; the fox's cry is nested"),
   ("pradeepkumarsingh", "indirect", "belief", "on my view", "This year’s winner on my view deserved the crown", "the writer's first person outside quotation marks (rule 3; the post's creator in posts.tsv); 'on my view' is interposed in its clause, so the content span holds it; view noun: belief"),
   ("pradeepkumarsingh", "direct", "assertion", "wrote", "Shristi Shrestha is a new hope for Nepal in international beauty pageants, especially when the country has yet to see some notable achievements in crucial pageants like Miss World. Congratulations to Shristi – She deserved it!", "'I wrote on my blog:' the writer quoting his own blog; the sub heading is a title"),
  ],
  "neutral": ["Discussions about Miss Nepal echoed in all social media channels recently",
              "was declared Miss Nepal 2012",
              "was often referred as British-Nepali model",
              "protests from women right activists",
              "there are post-contest personal reasonings behind who deserved the crown better",
              "Who was more deserving in the contest will also keep varying on individual’s views",
              "What do you think about Miss Nepal 2012 - Shristi Shrestha?"]},
 "gv-319414": {"source": (GV, F + "319414", "http://globalvoicesonline.org/2012/05/09/lebanon-uproar-over-homophobic-article-in-university-newspaper/"),
  "published": "2012-05-09",
  "entities": {"Mohamad Sibai": (P, ["Mohamad Sibai, a student at the American University of Beirut (AUB)", "Mohamad Sibai", "He", "Mohamad", "Sibai"]),
               "Lebanese LGBT Media Monitor": (O, ["the Lebanese LGBT Media Monitor", "Lebanese LGBT Media Monitor"]),
               "Elie Wafi": (P, ["Elie Wafi"]),
               "Antoine Atallah": (P, ["Antoine Atallah"]),
               "Elie Fares": (P, ["Elie Fares"]),
               "Gino": (P, ["Gino"]),
               "Beirut Boy": (P, ["Beirut Boy"]),
               "Alloush": (P, ["Alloush at the group blog Homos Libnani", "Alloush"]),
               "Raja Farah": (P, ["a man called Raja Farah", "Raja Farah", "He"])},
  "statements": [
   ("Mohamad Sibai", "direct", "assertion", "saying", "The other day, I saw a couple holding ands along Hamra Street. Normally I would never look twice, but something was not right. They both had short hair, facial hair, and rough voices. The sight was disturbing. Call me sexist, call me whatever you like, I couldn’t get that image out of my head for the whole day. I couldn’t believe what I saw, I know that Lebanon aims to be an ideal \"secular\" country, but if this is what \"secular\" is then maybe it’s not such a good idea.", "'He began by saying:' the article's opening; its title is a title"),
   ("Lebanese LGBT Media Monitor", "indirect", "request", "put out a call", "bloggers to post their responses online", "nominal 'a call … for X to' (call for: request); the participle 'promising that …' after it is neutral (rule 9)"),
   ("Elie Wafi", "direct", "assertion", "wrote", "So you saw a gay couple holding hands? Suddenly, you world is shattered, Lebanon’s long lasting problems becoming so insignificant, and the Earth will stop spinning until we solve that matter. Is it so important that two guys held hands? Did it stop you from crossing the road, or going to work, or driving your car, or eating your lunch, or cutting your hair, or buying a new pair of jeans, or partying hard at night with your friends? I don’t think so.", "rhetorical questions under 'wrote': the cue's type (assertion)"),
   ("Antoine Atallah", "direct", "assertion", "addressed", "It pains me to know that AUB's official newspaper has become the tribune for homophobic statements to be freely expressed, published and spread to the entire AUB community. I will not even talk about the false-facts, arrogance and skewed logic that Sibai has expressed. Anyone has the right to express all the fallacies that please them, this is what freedom of speech is about. However any sort of freedom stops where the freedom of the others starts. To insult, ridicule, stigmatize a significant portion of a population is not called freedom.", "'addressed the newspaper's editors:' a speech act to an addressee, its words after the colon"),
   ("Elie Fares", "direct", "assertion", "responded", "I felt it is my duty as a holder of a biology degree with an interest in psychology, two domains that Mr. Sibai is apparently very fond of citing, to say a few things, respectfully of course. [...] Mr. Sibai, twin studies have shown that their is a genetic correlation for homosexuality. It’s not a linear correlation but there is an effect of genes on a person’s sexual orientation, whether you like to admit or not. [...] Mr. Sibai, the rate of STDs is not correlated with homosexuality in any way whatsoever.", "'responded to Mohamad's claims one by one:'; the twin studies inside are nested (rule 5)"),
   ("Gino", "mixed", "assertion", "described", "silly", "'described the piece as \"silly\"': the report is only the quoted fragment (rule 2)"),
   ("Gino", "direct", "assertion", None, "The sheer ignorance, arrogance and homophobia makes me embarrassed to say I probably shared a few classrooms with the writer.", "a lead-in with content of its own hands cue None to the quotation after its colon (gv2012 README)"),
   ("Beirut Boy", "direct", "assertion", "explained", "I love you Mohamad Sibai because you’re just a kid who shared his raw opinion, which is exactly the opinion of the majority of the people in this country. You just had the balls to speak up. (Even though you’re wrong).", "'explained why he loves Mohamad Sibai:' the wh-clause only names what the excerpt explains (no proposition of its own), so the excerpt takes the cue"),
   ("Beirut Boy", "direct", "assertion", None, "I love you because I have that much love to give to someone who has some growing up to do.", "continuing paragraph (rule 4)"),
   ("Beirut Boy", "direct", "assertion", None, "I love you because you showed me just how much support the gay community has from straight people online!", "continuing paragraph (rule 4)"),
   ("Alloush", "direct", "assertion", "wrote", "We, as Homos Libnani, will not dignify this article with a response because, firstly, we do not want to fight hatred with hatred, and second, we do not want to contribute to Sibai’s 15 minutes of fame.", "the named writer is the speaker, the group blog he writes for its on_behalf_of (rule 8); the intentions inside are nested"),
   ("Raja Farah", "direct", "assertion", "wrote", "I’m a 33 year old gay man. Everything you’ve written in your article is something that I have read or heard a million times before, here in Beirut, as well as in Los Angeles, Paris, London, and South Africa. To be honest, you haven’t said anything groundbreaking, and more importantly, you haven’t said anything that hasn’t been debunked hundreds of times. I have learned to not get upset when I read such blatant homophobia. It hasn’t been easy, and you can imagine what having to deal with this on a daily basis can do to someone. I’ve gotten used to the stereotypes, to the fears, to the hatred. I’ve even gotten used to people inciting others to be violent towards me, which you have also done in your article. [...] I don’t know about you, but, and this may be the gay in me speaking, I think a world full of love is better than a world full of hate. Have a coffee with me. Let’s talk about anything you want. We can talk about hate, religion, and faggots, or we can talk about cars, travel, and happiness. We can even talk about love, dreams, and hope. Let’s just talk. Like two human beings. You’ve accused me of not being human. I am responding in a way only a human can: by reaching out.", "'He wrote:' He = Raja Farah; the invitation in the relative clause before is neutral"),
  ],
  "neutral": ["restating all the traditional homophobic accusations and insults",
              "promising that it would publish them",
              "Mohamad's claims",
              "invited Mohamad to have coffee with him",
              "there were some people who sympathized with Mohamad's views",
              "Others, although disagreeing with and condemning the content, stressed that freedom of speech should be granted to all",
              "most bloggers spoke out strongly against the piece",
              "Lebanese media failed to report the case",
              "Al-Akhbar who interviewed a gay rights activist",
              "Lojine Kamel did apologize"]},
 "gv-319523": {"source": (GV, F + "319523", "http://globalvoicesonline.org/2012/05/09/russia-putins-return-rouses-online-polemics/"),
  "published": "2012-05-09",
  "entities": {"Vladislav Naganov": (P, ["Vladislav Naganov, oppositionist blogger and frequent author at Novaya Gazeta", "Vladislav Naganov", "he"]),
               "Sparkman": (P, ["blogger Sparkman", "Sparkman"]),
               "Viacheslav Egorov": (P, ["Viacheslav Egorov, who blogs as jurist_egorov", "Viacheslav Egorov", "jurist_egorov", "he"]),
               "Dmitri Peskov": (P, ["President Putin's Press Secretary, Dmitri Peskov", "Dmitri Peskov", "Peskov"]),
               "Nazavrik": (P, ["Blogger Nazavrik", "Nazavrik"]),
               "Dmitri Kotukov": (P, ["Dmitri Kotukov"])},
  "statements": [
   ("Vladislav Naganov", "indirect", "assertion", "compared", "police brutality on May 6 to the French invasion in 1812, as well as the Nazi offensive in 1941", "'where he compared X to Y:' a position with content of its own (as 'described X as' / 'sees it as'); the post's title is a title"),
   ("Vladislav Naganov", "direct", "assertion", None, "Скажу сурово, без прикрас – как оно есть. Это – война. Идёт битва за Россию. Я надеюсь, что каждый, кто до сих пор этого не понимал – теперь, наконец, это понял. Уже сброшены все маски. Расставлены все точки над «i». Отныне война народу объявлена публично.", "the original after the colon of a lead-in with content of its own: cue None (gv2012 README); 'Я надеюсь' nested"),
   ("Vladislav Naganov", "direct", "assertion", None, "I'll say this harshly and without embellishment -- just how it is: this is war. The battle for Russia is underway. I hope that each person, who didn't understand this before, finally understands now. Everyone's true colors are at last revealed. All the i's have been dotted. From here on out, war has been declared publicly on the people.", "translation"),
   ("Sparkman", "indirect", "assertion", "likened", "the violence outside Bolotnaia Square to the 1905 massacre [en] of protesters outside Tsar Nicholas II's Winter Palace in St. Petersburg", "'likened X to Y' as 'compared'; the post's title is a title"),
   ("Sparkman", "direct", "assertion", None, "Собственно, ведь и демонстрация 9 января 1905 года рассматривалась не как начало Революции, но как последний всплеск петиционной кампании, начатой осенью 1904 года – сперва банкетами во славу призывов к реформам, затем принятием либеральных обращений от имени земств, адвокатских и профессорских собраний.", "the excerpt after the sentence that reports him (no colon): cue None, continuing the speaker (rule 4); the original"),
   ("Sparkman", "direct", "assertion", None, "In fact, the actual demonstration on January 9, 1905, is seen not as the beginning of the [Bolshevik] Revolution, but as the final episode of the petitions campaign, which first began in 1904 as a series of banquets celebrating the calls for reform, and then grew into various liberal public appeals from groups of councilmen, lawyers, and professors.", "translation; the passive 'is seen' and the calls inside are nested"),
   ("Viacheslav Egorov", "indirect", "belief", "believes", "was excessive police force", "'what he believes was excessive police force': the writer reports his belief that the police force was excessive; the free relative's gap leaves the predicate as content"),
   ("Viacheslav Egorov", "direct", "assertion", "discussed", "Чего она боится, заставляя полицию применять слезоточивый газ, избивать митингующих, задерживать спокойно сидящих на земле оппозиционеров Навального и Удальцова, задерживать сейчас спокойно митингующих на «народных гуляниях» Алексея Навального и Ксению Собчак??? Чего боится Власть? Чего боится Король? Революции? Бунта уставшего народа? Так бунт неизбежен, если Власть будет так вести себя. Революция неизбежна, если Правительство (новое) и Король (старый новый) не станут прислушиваться к своему народу!!!", "'discussed the recent violence in a post … exploring possible motives …:' the lead-in's main verb is topic-only, so the excerpt takes it as cue (as gv2012 a's 'blogs about …:'); rhetorical questions: assertion; the original"),
   ("Viacheslav Egorov", "direct", "assertion", None, "What are the authorities so afraid of that they force the police to use tear gas, to beat protesters, to detain the oppositionists Navalny and Udaltsov, who sat calmly on the ground, and now to detain Aleksei Navalny and Ksenia Sobchak as they protest calmly in the 'people's walks'??? What are the authorities so afraid of? What is the King so afraid of? Revolution? A rebellion of Russia's weary people? Ah, but a rebellion is inevitable, if the authorities continue to behave as they have. And a revolution is inevitable, if the Government (the new one) and the King (the old-new one) don't learn to listen to their own people!!!", "translation"),
   ("Dmitri Peskov", "indirect", "assertion", "said", "police displayed too much self-control and should have used greater force against the May 6 protesters", "'a controversial statement made by … Peskov, who said that …': one row for the statement and its relative 'said'; 'should have used' is a past judgement, not a mandative complement (assertion); Nazavrik reviewed the statement, the writer reports it: no via"),
   ("Nazavrik", "indirect", "assertion", "arguing", "Moscow's police are increasingly eager to hone their skills studying the West's police history", "'…, arguing cynically that …:' a verb of saying in a participle (rule 9's participle exclusion is for promise); 'posted photos' is an act"),
   ("Nazavrik", "direct", "assertion", None, "Он прав. У нашего омона пока ещё недостаточно опыта для разгона массовых мероприятий. На Западе давно уже отточены все действия по применению газа, резиновых пуль, провокаторов, водомётов и прочей спец.техники. На Западе в этом плане и законы жёстче и полномочий побольше. [...] Но теперь, когда стабильность вновь воцариалась в стране, наш омон быстро нагонит зарубежных коллег и все приёмы, годами репетируемые на учениях, отработает на протестующих, действуя жёстко в угоду переживаниям Пескова.", "the original after the colon of a lead-in with content of its own: cue None (gv2012 README)"),
   ("Nazavrik", "direct", "assertion", None, "[Peskov] is right. Our riot police still lack the experience to disperse mass public events. In the West, they have already fine-tuned the use of [tear] gas, rubber bullets, provocateurs, watercanons, and other special tactics. In the West, in this respect, the laws are stricter and the police powers are greater. [...] Now, however, when stability in the country reigns again, our riot police will quickly overtake their colleagues abroad, and every technique they've spent years studying and rehearsing will be employed against the protesters, and done so severely, in order to allay Peskov's worries.", "translation"),
   ("Dmitri Kotukov", "indirect", "assertion", "argues", "protesters have constructed a false reality by tweeting and writing endlessly about their adventures with the police", "'Dmitri Kotukov argues [ru] that …:' the [ru] marker between cue and clause left out"),
   ("Dmitri Kotukov", "direct", "assertion", None, "Несколько дней практически не открывал ноутбук, не использовал айпад, короче как и положено в праздники - отдыхал. Сегодня открыл ленту и удивился. Читаю все эти надрывные истории о столкновениях непонятных людей с ОМОНом, какие-то нелепые призывы куда-то выйти, про марши миллионов-триллионов, революции […]. [...] Что самое удивительное, эта видимость существует только в инете. В реалии люди отдыхают, радуются весне, гуляют, встречаются на праздники.", "the original after the colon of a lead-in with content of its own: cue None (gv2012 README)"),
   ("Dmitri Kotukov", "direct", "assertion", None, "For a few days, I practically didn't open my laptop, didn't use my iPad, and -- in short and as is appropriate during the holidays -- I relaxed. Today I looked at the headlines and was surprised. I'm reading all these hysterical stories about clashes between these incomprehensible people and the police, about various absurd calls to march off somewhere, about million-man marches and trillion-man marches, [and] revolution [...]. [...] The most remarkable thing is that this illusion exists only on the Internet. In reality, people are relaxing, enjoying the spring, taking walks, and meeting for the holidays.", "translation"),
  ],
  "neutral": ["Certain bloggers have raised vivid, though not always convincing, historical analogies in their posts about the May 6 protests",
              "other bloggers have focused instead on what the current protests mean for Russia's future",
              "Other bloggers have pointed out that Moscow's street demonstrations are far from the concerns of average citizens",
              "dismissing as hysteria rumors about \"revolution.\"",
              "the typical oppositionist claim that digital and citizen media breaks through censorship to reveal a truer picture of everyday life",
              "exploring possible motives"]},
}
