"""Hand annotations of statements-gv2012b, posts 316565, 317331, 318005, 318546, 319026, annotator a (issue 14, session 24)."""
# Neutral spans, with their reasons (the format has no field for them):
# gv-316565: "Game Changers or Mere Posturing?" a headline question with no source; "netizens have been engaging in
#   lively online discussions" and "engaged in hyperbole regarding" topic-only, indefinite; "there has been some strong
#   criticism" sourceless; "a section of netizens felt" an indefinite source (rule 5); "as was being loosely discussed in
#   a section of the media" passive, indefinite; "the two nations pledged" nested in Baldauf's quotation (rule 5);
#   "hardly any major security concerns expressed" passive, indefinite.
# gv-317331: "protested against" / "protested low wages" / "protested austerity measures" a protest with a noun phrase
#   (statements-gv2012 d and rich17 keep "protested against" neutral); "calls to strikes" sourceless;
#   "marched to ask the government" a march's purpose (as gv2012 c's "claiming the right to assembly"), doubtful.
# gv-318005: "Countersues Newspaper Over Web Domain" a lawsuit with no content (wn2019 b "filed the lawsuit" neutral);
#   "seeking an injunction as well as claiming financial compensation" legal acts as participles hung on "took the
#   matter to court" (rule 9's participle note), doubtful; "is now seeking the unfreezing of its domain" a legal act;
#   "The judge's ruling [pdf] … reports" nested in Bocchini's quotation (rule 5); "Falha has published a series of
#   "evidence"" no content, a scare quote; "The expectation is that" passive, nested; "making the announcement of the
#   "second round"" an NP with no content (the declaration itself is annotated).
# gv-318546: "the expected violence" passive; "a small group decided" nested in the comment (rule 5);
#   "This is how the right to protest is respected in Spain" the writer's lead-in to a video, no statement.
# gv-319026: Hayatou's pull quote sits inside Optimum Sports' block quotation (rule 5, nested, as gv2012 e's
#   Katatny); Shorunmu's words inside Maxibeats' block quotation likewise; "Late Rashidi Yekini’s Wife blames the Media"
#   and "Adeola says" nested in Gist Only's headline and excerpt; the "untold story …" a post title (label);
#   "Accounts from neighbours …", "One neighbour spoke of", "another recalled", "a former teammate conjectured",
#   "Those who met … say" nested in Tunde's block quotation.

P, O, G = "PERSON", "ORG", "GROUP"
GV = "Global Voices via OpenGenderTracking/globalvoices (CC BY 3.0)"
F = "data/full/globalvoicesonline.wordpress.2012-may.xml post "

A: dict = {
 "gv-316565": {"source": (GV, F + "316565", "http://globalvoicesonline.org/2012/05/08/india-pakistan-missile-launches-game-changers-or-mere-posturing/"),
  "published": "2012-05-08",
  "entities": {"Yasmeen Ali": (P, ["Yasmeen Ali, a university professor based in Lahore", "Yasmeen Ali"]),
               "Jaideep Prabhu": (P, ["Jaideep Prabhu", "He"]),
               "Rajesh Basrur": (P, ["Rajesh Basrur, a Senior Fellow and the Coordinator of the South Asia Programme at the S. Rajaratnam School of International Studies (RSIS)", "Rajesh Basrur"]),
               "Scott Baldauf": (P, ["Scott Baldauf", "He"])},
  "statements": [
   ("Yasmeen Ali", "mixed", "assertion", "Labeling", "double standards", "'Labeling it as \"double standards\", Yasmeen Ali … wrote': the report is only the quoted fragment (rule 2, as 'called it an “honor”'); it = the United States' response"),
   ("Yasmeen Ali", "direct", "assertion", "wrote", "The need here is to support a country within the region to act, or seem to act as a deterrent to China. Obvious choice: India.What USA had completely overlooked in this game of regional hegemony is when you let the genie out of the bottle, it will refuse to go back in the bottle. It can one day, turn upon the master, once his heart’s desire of being let out is fulfilled.", "block quotation after 'wrote on Pakpotpourri2's blog:' (the blog is where she writes, not a relay)"),
   ("Jaideep Prabhu", "indirect", "assertion", "pointed out", "India's policy was to acquire a 'minimum credible deterrent' and not to escalate an arms race, as was being loosely discussed in a section of the media", "'minimum credible deterrent' is the policy's name, a label, not words shown as his: indirect; 'On his blog Chaturanga' is where he writes"),
   ("Jaideep Prabhu", "direct", "assertion", "commented", "The launch of the China-specific Agni V has generated much talk about an arms race between China and India, and consequently, India and Pakistan. The Chinese media (and hence the government) has taken exception to this, reacting sharply to the test and labeling it as India’s missile delusion...But unless India has abandoned its old policy of MUD (Mutually Unacceptable Damage), analysts and Beijing have jumped the gun.", "'He commented:' (He = Prabhu); the Chinese media's reaction is nested (rule 5)"),
   ("Rajesh Basrur", "mixed", "assertion", "argued", "the Agni-V launch was \"inconsequential\" in that it would not change India's \"deterrence game vis-à-vis China", "the second quotation mark is never closed in the text; content ends before the final full stop"),
   ("Scott Baldauf", "mixed", "assertion", "referred to", "'ritual aggression' between India and Pakistan, a posturing more out of habit than actual security concerns, especially given that the two countries were currently trying to develop closer ties", "'referred to the chain of events as …' = 'called it …': the content is the characterisation, with its quoted fragment"),
   ("Scott Baldauf", "direct", "assertion", "wrote", "These tests follow an extraordinary set of meetings between the president of Pakistan, Asif Ali Zardari, and Indian Prime Minister Manmohan Singh in Delhi earlier this month, in which the two nations pledged to increase trade ties and to fight against extremism. While these missile tests might have seemed to be a setback in earlier times, they have now become a kind of theater of virility, separate from any political discourse.", "'He wrote:' (He = Baldauf); the nations' pledge is nested (rule 5)"),
  ],
  "neutral": ["Game Changers or Mere Posturing?",
              "netizens have been engaging in lively online discussions regarding the escalating arms race in South Asia",
              "engaged in hyperbole regarding the respective missile launches",
              "there has been some strong criticism in the Pakistani blogosphere regarding the United States’ response to India's missile launch",
              "a section of netizens felt that these missile tests were not going to escalate security tensions among India, China and Pakistan",
              "as was being loosely discussed in a section of the media",
              "the two nations pledged to increase trade ties and to fight against extremism",
              "There were hardly any major security concerns expressed in the social media of neighbors such as Sri Lanka and Bangladesh."]},
 "gv-317331": {"source": (GV, F + "317331", "http://globalvoicesonline.org/2012/05/08/may-day-videos-marches-demonstrations-and-protests-around-the-world/"),
  "published": "2012-05-08",
  "entities": {"Cambodians": (G, ["Cambodians"]),
               "People in Bahrein": (G, ["People in Bahrein"])},
  "statements": [
   ("Cambodians", "indirect", "request", "asked for", "higher wages", "'asked for' + NP, like 'called for' (rule 9); a bare plural source, as gv2012's 'Protestors'"),
   ("People in Bahrein", "indirect", "request", "asked for", "workers to be reinstated to their positions of which they were removed by the government crackdowns", "'asked for X to be …': a request; the government's crackdowns are an act, no row"),
  ],
  "neutral": ["Malaysian activists protested against the growing inequality",
              "Indonesians protested low wages and rough conditions",
              "workers protested austerity measures that seem to target them",
              "calls to strikes",
              "workers marched to ask the government to do a better job in the face of violence"]},
 "gv-318005": {"source": (GV, F + "318005", "http://globalvoicesonline.org/2012/05/07/brazil-blog-falha-countersues-folha-sao-paulo-web-domain/"),
  "published": "2012-05-07",
  "entities": {"Falha de São Paulo": (O, ["the satirical blog Falha of São Paulo", "Falha de São Paulo", "Falha"]),
               "Folha de São Paulo": (O, ["the Brazilian newspaper Folha de São Paulo", "Folha de São Paulo", "Folha"]),
               "Rodrigo Vianna": (P, ["the journalist Rodrigo Vianna", "Rodrigo Vianna"]),
               "Lino Bocchini": (P, ["Journalist Lino Bocchini, the creator of Falha", "Lino Bocchini", "He", "he"]),
               "Bocchini brothers": (G, ["the Bocchini brothers", "Bocchini brothers", "the authors of Falha"]),
               "Lúcia Rodrigues": (P, ["Journalist Lúcia Rodrigues, da from Rede Brasil Atual", "Lúcia Rodrigues"]),
               "Leopoldo Loureiro and Luís Borrelli Neto": (G, ["Leopoldo Loureiro and Luís Borrelli Neto, the lawyers of Falha", "Leopoldo Loureiro and Luís Borrelli Neto"])},
  "statements": [
   ("Falha de São Paulo", "indirect", "intention", "decided", "to file a lawsuit against the newspaper", "'Falha is the one who decided to file …': decide names a plan (rule 7); the blog's decision"),
   ("Rodrigo Vianna", "mixed", "belief", "in the opinion", "a lesson [from the judge] on what is freedom of expression.", "'The first lawsuit … was, in the opinion [pt] of the journalist Rodrigo Vianna \"…\"': the subject and the quotation are split by the cue, so the content is the quoted fragment (rule 2); an opinion is a position, like 'consider' (belief)"),
   ("Lino Bocchini", "indirect", "assertion", "announced", "he was going to go ahead with a new lawsuit", "a bare future under a neutral speech verb is an assertion (rule 7)"),
   ("Lino Bocchini", "direct", "assertion", "explained", "Terminou com uma espécie de empate a disputa jurídica em primeira instância entre Folha e Falha, e agora está começando a segunda. Já protocolamos nosso recurso junto ao Tribunal de Justiça (TJ-SP) pedindo a derrubada da censura da Folha à Falha e a volta do domínio www.falhadespaulo.com.br. A sentença do juiz da 29ª Vara Cível de São Paulo informa que o juiz acolheu “parcialmente” o pedido da Folha, determinando o “congelamento” do domínio “falhadespaulo.com.br”, mas rejeitou todo o resto.", "'He explained why he was doing so:' (He = Lino Bocchini); the original; the ruling's report is nested (rule 5)"),
   ("Lino Bocchini", "direct", "assertion", None, "The legal dispute in a first instance between Folha and Falha has ended with a sort of tie, and now the second round is starting. We have filed our appeal [pdf] to the Court of Justice (TJ-SP) seeking the overturning of the censorship of Folha towards Falha and the return of the domain www.falhadespaulo.com.br. The judge's ruling [pdf] of the 29th Civil Court of Sao Paulo reports that the judge had \"partially\" granted Folha's request, causing the \"freezing\" of the domain \"falhadespaulo.com.br\", but rejected all the rest.", "translation"),
   ("Bocchini brothers", "indirect", "assertion", "allege", "political persecution by Folha (with the intention to silence the direct critics of their editorial policy)", "'the authors of Falha' = the Bocchini brothers (Lino and his brother Mario created it); allege + NP, an assertion (as 'alleged Iranian involvement')"),
   ("Folha de São Paulo", "indirect", "assertion", "says", "the problem is the misuse of their brand"),
   ("Lúcia Rodrigues", "direct", "assertion", "explains", "O jornalista Lino Ito Bocchini trava uma batalha judicial com a Folha de São Paulo para ter o direito de manter o domínio sobre o site Falha de São Paulo, criado por ele e seu irmão, Mario Ito Bocchini. O site é uma paródia ao jornal da família Frias e foi censurado pela justiça, a pedido da Folha, no final de 2010. Na última quinta-feira, 5, Lino organizou um debate que discutiu o papel da Folha no financiamento do golpe militar e da tortura durante a ditadura [vídeo e resumo do debate \"Relações da mídia com a ditadura\"]. A expectativa é que a ação contra a Folha seja julgada este ano pelos desembargadores do Tribunal de Justiça de São Paulo.", "'briefly explains [pt] the case:' then the block quotation; the original; she writes for Rede Brasil Atual (on behalf of, no field)"),
   ("Lúcia Rodrigues", "direct", "assertion", None, "The journalist Lino Ito Bocchini is waging a legal battle with Folha de Sao Paulo to have the right to hold the domain of the site Falha de São Paulo, created by him and his brother Mario Ito Bocchini. The site is a parody of the Frias family newspaper and was censured by the justice, at the request of Folha by the end of 2010. On last Thursday, the 5 [of April], Lino organized a debate that discussed the role of Folha in funding the military coup and torture during the dictatorship [video summary of the debate \"Media Relations with the Dictatorship\"]. The expectation is that the suit against Folha will be taken to court this year by the judges of the Court of São Paulo.", "translation"),
   ("Leopoldo Loureiro and Luís Borrelli Neto", "indirect", "assertion", "stated", "The case is one of a kind, and it may put a mark on freedom of expression in Brazilian blogsphere", "'…, as X and Y, the lawyers of Falha, stated': a joint source is the whole coordination (rule 3)"),
   ("Bocchini brothers", "direct", "assertion", "declared", "Enfim, é sempre bom lembrar, estamos falando de uma briga um tanto desigual. De um lado são dois irmãos “avulsos”, independentes, sendo defendidos “pro-bono” (pagando apenas as custas do processo) por advogados bacanas identificados com a causa –aliás, estamos de advogado novo nessa segunda fase. Do outro está o maior jornal do país, com um gigantesco escritório de advocacia fungando nas nossas costas. O que ajuda a equilibrar o jogo é o apoio gigantesco que estamos recebendo de toda blogosfera, que entendeu que esse caso, por seu absurdo e pelo seu ineditismo, é de interesse coletivo. E não dá pra deixar barato o maior jornal do país, que vive pregando liberdade de expressão e democracia, promovendo uma censura dessas contra dois blogueiros.", "'Bocchini brothers declared [pt]:'; the original"),
   ("Bocchini brothers", "direct", "assertion", None, "Anyway, it's always good to remember we're talking about a fight somewhat uneven. On one side are two \"loose\" independent brothers, who are been advocated \"pro bono\" (paying only the costs of the proceedings) by cool lawyers who identify themselves with the cause-in fact, we have a new lawyer in this second phase. On the other [side] is the largest newspaper of the country with a huge law firm sniffing down our back. What helps balance the game is the massive support we are receiving from across the blogosphere, who understood that this case, for its absurdity and its uniqueness, is of collective interest. And you can not just ignore the country's largest newspaper, who lives preaching freedom of expression and democracy, promoting a censorship like this against two bloggers.", "translation"),
  ],
  "neutral": ["Blog Countersues Newspaper Over Web Domain",
              "seeking an injunction as well as claiming financial compensation for moral damages",
              "is now seeking the unfreezing of its domain",
              "The judge's ruling [pdf] of the 29th Civil Court of Sao Paulo reports",
              "Falha has published a series of \"evidence\"",
              "The expectation is that the suit against Folha will be taken to court this year",
              "While making the announcement of the \"second round\" of the legal dispute"]},
 "gv-318546": {"source": (GV, F + "318546", "http://globalvoicesonline.org/2012/05/07/spain-barcelona-sieged-during-european-central-bank-meeting/"),
  "published": "2012-05-07",
  "entities": {"@premsaindignada": (O, ["@premsaindignada"]),
               "Jueces para la Democracia": (O, ["Jueces para la Democracia", "Judges pro democracy"]),
               "the police": (O, ["the police itself", "the police", "@policia"]),
               "@Acampadabcn": (O, ["@Acampadabcn"]),
               "the political leaders in charge": (G, ["the political leaders in charge", "they"]),
               "a YouTube commenter": (P, ["A comment from the video youtube account"]),
               "The European Central Bank (ECB) and its head, Mario Draghi": (G, ["The European Central Bank (ECB) and its head, Mario Draghi"])},
  "statements": [
   ("@premsaindignada", "direct", "assertion", None, "Jueces para la Democracia \"suspender Schengen es de Estado democrático miope\" http://bit.ly/BienvenidoMrBCEweb #bienvenidoMrBCE http://bit.ly/J2ccqP", "a tweet under its handle, no introducing verb: cue None; the tweeter reports the judges' words: its own row (rule 7, as gv2012 d's retweets)"),
   ("Jueces para la Democracia", "direct", "assertion", None, "suspender Schengen es de Estado democrático miope", "the judges' quoted words inside the tweet ('Name \"quote\"', no verb): the quoted source's row, via the tweeter (rule 7)", ["@premsaindignada"]),
   ("@premsaindignada", "direct", "assertion", None, "Judges pro democracy: “to suspend Schengen is typical of an unthinking democratic state.\" http://bit.ly/BienvenidoMrBCEweb [ca] #bienvenidoMrBCE [ca] http://bit.ly/J2ccqP [es]", "translation"),
   ("Jueces para la Democracia", "direct", "assertion", None, "to suspend Schengen is typical of an unthinking democratic state.", "translation", ["@premsaindignada"]),
   ("the police", "direct", "assertion", "warned", "Recordad: Hasta el viernes, 4, suspendido Tratado Schengen y restablecidos los controles fronterizos en España y se refuerzan en #Catalunya", "'the police itself warned the citizens …:' then the @policia tweet; warn is an assertion cue"),
   ("the police", "direct", "assertion", None, "Remember: Schengen treaty suspended until May 4, border controls in Spain back to normal and reinforced in #Catalunya", "translation"),
   ("@Acampadabcn", "direct", "assertion", None, "Recordar mostrar vuestro rechazo al BCE a las 21:00h en forma de cacerolada... Que nos oigan! http://bit.ly/cassoladaBCE #CassoladaBCE", "a tweet after 'there was some protesting:' (no verb): cue None; an imperative call, but a cue-less statement is an assertion (statements.md)"),
   ("@Acampadabcn", "direct", "assertion", None, "Don’t forget to show your rejection to the ECB at 9:00 p.m. in the form of cacerolada…let’s be heard! http://bit.ly/cassoladaBCE [es] #CassoladaBCE", "translation"),
   ("the political leaders in charge", "indirect", "request", "ordered", "the riot police to surround the last protesters and direct them in a provocative way", "'when they ordered X to …': a directive, like 'urge X to' (rule 7, mandative)"),
   ("a YouTube commenter", "direct", "assertion", "reads", "Yo estuve allí y te lo puedo explicar. Al final de una manifestación pacífica sin altercados, un grupo reducido de esa misma manifestación decidimos seguirla hasta una universidad de la zona donde había comida y actos por el tema de la subida de las tasas universitarias. A la altura de plaza Cataluña la policía que nos iba persiguiendo en furgonetas nos rodean sin ningun motivo, nos encierran con coacción y nos empiezan a grabar e intimidar.", "'A comment from the video youtube account reads:': a document speaks for its (unnamed, but definite) author, as gv2012 c's 'A report'; the original"),
   ("a YouTube commenter", "direct", "assertion", None, "I was there, and I can tell you. At the end of a peaceful demonstration with no violent incidents, a small group decided to keep going until we reached a nearby university, where there was food and some activity against the increase in tuition fees. When we reached Cataluña square, the police, who was following us in vans, surrounded us for no reason; they used coercion to close in on us, and they started recording and intimidating us.", "translation"),
   ("The European Central Bank (ECB) and its head, Mario Draghi", "indirect", "request", "asked", "Spain to continue with the current reforms and to persevere in helping the banks", "a joint source is the whole coordination (rule 3); the appositive relative clause about Draghi left out"),
  ],
  "neutral": ["Barcelona did not witness the expected violence",
              "a small group decided to keep going until we reached a nearby university",
              "This is how the right to protest is respected in Spain:"]},
 "gv-319026": {"source": (GV, F + "319026", "http://globalvoicesonline.org/2012/05/08/nigeria-r-i-p-rashidi-yekini-african-football-legend/"),
  "published": "2012-05-08",
  "entities": {"Optimum Sports": (O, ["Optimum Sports", "They"]),
               "Naija-Things": (O, ["Naija-Things"]),
               "The North Bank Evening Standard": (O, ["The North Bank Evening Standard from the Gambia", "The North Bank Evening Standard"]),
               "Maxibeats": (O, ["Maxibeats"]),
               "Gist Only": (O, ["Gist Only"]),
               "Tunde": (P, ["Tunde"])},
  "statements": [
   ("Optimum Sports", "direct", "assertion", "said", "He scored Nigeria's first ever goal at the World Cup, against Bulgaria at USA '94, and led the way as they won the Africa Cup of Nations in the same year.", "'in a very detailed post titled \"…\" said:'; the excerpt ends before Hayatou's pull quote, which is nested (rule 5, neutral)"),
   ("Optimum Sports", "direct", "assertion", "add", "He is Nigeria's top international scorer, with 37 goals from 58 games. He was also a prolific goal-scorer in club football - seeing huge success with Shooting Stars in Nigeria, Ivory Coast’ s Africa Sport and Vitoria Setubal in Portugal, amongst others", "'They went on to add:' (They = Optimum Sports)"),
   ("Naija-Things", "direct", "assertion", "wrote", "Another Naija Hero had just fallen on Friday 4th May, 2012. Rashidi Yekini eventually passed away after suffering from a mental illness for two years now", "'wrote a brief post dedicated to …:' then the excerpt"),
   ("The North Bank Evening Standard", "direct", "assertion", "shared", "Yekini scored nearly 40 goals as a Nigerian international, and represented the nation in five major tournaments, including 2 World Cups, where he scored the country’s first-ever goal in the competition. He was also named the African Footballer of the Year once", "'also shared highlights of his career:' introduces the outlet's excerpt"),
   ("Maxibeats", "direct", "assertion", "compiled statements", "Super Eagle ex-goal keeper Ike Shorunmu also confirmed to Saturday Tribune saying ‘It’s so sad but the truth of the matter is that our dear Rashidi Yekini is dead, Shorunmu lamented. ‘He died in a private hospital in Ibadan. ‘The woman who had a daughter for Yekini told me this sad news and told me that he would be buried today in Ira, Kwara State’, said Shorunmu.", "'Maxibeats compiled statements from former playing colleagues:' then its block quotation (a narration in its own words); Shorunmu's quoted words inside it are nested (rule 5; doubtful: a compilation relays them)"),
   ("Gist Only", "direct", "assertion", "wrote", "Late Rashidi Yekini’s Wife blames the Media for his Death", "'wrote a rather controversial headline “…”:' the headline is the outlet's; the wife's blaming inside it is nested"),
   ("Gist Only", "direct", "assertion", None, "A former wife of Rashidi Yekini, Adeola says the Late Super Eagles star would have lived longer if the media had left him in peace.The Osogbo-based mother of Yekini’s second daughter, Mariam says the media poked into his personal life all the time and abused his modesty", "the block quotation after the lead-in's colon (a lead-in with content of its own hands cue None on); the stray closing mark left out; Adeola's 'says' nested (rule 5)"),
   ("Tunde", "direct", "assertion", "wrote", "Accounts from neighbours and associates paint a picture of a man who struggled with serious mental and delusional disorder after losing life savings to a bungled investment.", "'Tunde wrote about the \"untold story …\":' then the block quotation, as gv2012 a's 'blogs about …:'; the accounts are nested"),
   ("Tunde", "direct", "assertion", None, "One neighbour spoke of his losing life savings to a sham investment, and another recalled seeing him frequently around women selling Bóle (roasted plantain); and on two occasions he answered nature’s call by a roadside in Ibadan where he lived away his final days.", "continuing (rule 4); the neighbours' words nested"),
   ("Tunde", "direct", "assertion", None, "Then, a former teammate conjectured how a disheartening jeering from fans during a crucial match that turned out his last international showing, haunted him to a bitter end.", "continuing; the teammate's conjecture nested"),
   ("Tunde", "direct", "assertion", None, "Those who met Rashidi Yekini within the last one year say at least one of those episodes played a role in his unexpected death last week.", "continuing; the last paragraph (\"African football has indeed lost …\") repeats the writer's own earlier paragraph, so the excerpt ends here"),
  ],
  "neutral": ["\"Yekini's fantastic skills and talent were evident to the world”Issa Hayatou - CAF President",
              "Ike Shorunmu also confirmed to Saturday Tribune saying",
              "Adeola says the Late Super Eagles star would have lived longer if the media had left him in peace",
              "untold story of Rashidi Yekini's last days",
              "Accounts from neighbours and associates paint a picture",
              "One neighbour spoke of his losing life savings to a sham investment",
              "another recalled seeing him frequently around women selling Bóle",
              "a former teammate conjectured",
              "Those who met Rashidi Yekini within the last one year say"]},
}
