"""Statements of gv-315889, gv-317321, gv-317709, gv-317278 (Global Voices, May 2012), annotator b, by reading the texts."""

P, O, G = "PERSON", "ORG", "GROUP"
GV = "Global Voices via OpenGenderTracking/globalvoices (CC BY 3.0)"

# Translated quotations (the set's convention, decided by the lead): two rows of the quoted person, both direct, same type:
# the original-language paragraph and the English translation, in text order. The first of the two takes the introducing
# cue (None after a bare speaker label such as 'Evgeny:'); the second has cue None (rule 4) and note 'translation'.

A: dict = {
 "gv-315889": {"source": (GV, "data/full/globalvoicesonline.wordpress.2012-may.xml post 315889", 'http://globalvoicesonline.org/2012/05/04/pakistan-public-reaction-on-pms-contempt-verdict/'),
  "published": '2012-05-04',
  "entities": {'Analysts': (G, ['Analysts']),
               'Nazar M. Chohan': (P, ['Nazar M. Chohan']),
               'Imran': (P, ['Imran', 'He']),
               'Yesmeen Ali': (P, ['Yesmeen Ali', '@yasmeen_9']),
               'Ahsan Riaz Chaudhary': (P, ['Ahsan Riaz Chaudhary', '@chahsanriaz']),
               '@hamza101': (P, ['@hamza101']),
               '@alihzinsaf': (P, ['@alihzinsaf']),
               '@malikakissxkhan': (P, ['@malikakissxkhan']),
               'The opposition parties': (G, ['The opposition parties, PML-N (Pakistan Muslim League - Nawaz) and PTI (Pakistan Tahreek Insaf)', 'The opposition parties']),
               'the ruling party': (O, ['the ruling party'])},
  "statements": [
   ('Analysts', 'indirect', 'assertion', 'say', 'the decision would not end the prevalent constitutional confusion, rather, only have increased it', "a bare plural source, annotated as rich17's 'Activists claim' / rich18's 'local activists claimed' (not an indefinite 'some')"),
   ('Nazar M. Chohan', 'direct', 'assertion', 'comments', 'CJ and his Supreme Court judges loves polarising the society beyond repair…keep it up!!!', 'a comment quoted after a colon: direct (brief)'),
   ('Imran', 'indirect', 'assertion', 'calls', 'this a redundant activity', "'calls X Y': the object and its complement (statements.md 'called the plan a disgrace')"),
   ('Imran', 'direct', 'assertion', 'comments', 'Not surprised…. SC is just keeping up to its reputation.', "'He' = Imran; the next sentence ('The Supreme Court had always played a role …') has no cue and is not annotated"),
   ('Imran', 'direct', 'assertion', None, '1. Okayed Ayub’s martial law', "a list item continuing Imran's quotation, one row per paragraph (rule 4)"),
   ('Imran', 'direct', 'assertion', None, '2. Okayed Zia’s martial law', "a list item continuing Imran's quotation, one row per paragraph (rule 4)"),
   ('Imran', 'direct', 'assertion', None, '3. Hanged a prime minister', "a list item continuing Imran's quotation, one row per paragraph (rule 4)"),
   ('Imran', 'direct', 'assertion', None, '4. Dismissed Benazir’s government twice', "a list item continuing Imran's quotation, one row per paragraph (rule 4)"),
   ('Imran', 'direct', 'assertion', None, '5. Approved Musharraf’s martial law', "a list item continuing Imran's quotation, one row per paragraph (rule 4)"),
   ('Imran', 'direct', 'assertion', None, '6. Allowed Musharraf to amend constitution', "a list item continuing Imran's quotation, one row per paragraph (rule 4)"),
   ('Imran', 'direct', 'assertion', None, '7. Allowed Musharraf to run for president while serving in army', "a list item continuing Imran's quotation, one row per paragraph (rule 4)"),
   ('Yesmeen Ali', 'direct', 'assertion', 'tweets', 'You know the law.Civil Contempt does not disqualify the PM.', "tweet after 'X tweets:': content after '@handle: ' (brief)"),
   ('Ahsan Riaz Chaudhary', 'direct', 'assertion', 'tweets', 'My lord #CJ is all set for "adhocism" in his zeal to send PM #Gilani home! #SupremeCourt #Pakistan', 'the inner "adhocism" is a scare quote of the tweet'),
   ('@hamza101', 'direct', 'assertion', None, 'Gilani is not just in contempt of court, but now has committed high disloyalty with #Pakistan..!#PPPFail', "a tweet with no introducing sentence: the handle's owner, cue None (brief); the preceding 'People say' is indefinite"),
   ('@alihzinsaf', 'direct', 'assertion', None, '#Gilani has been convicted. A convict cannot be#PM. A #PM should have ethics and high moral ground and shd be a role model citizen of the state', 'as above'),
   ('@malikakissxkhan', 'direct', 'assertion', None, '#Gilani You integrity and self respect is 0. Your loyalty to Pakistan is 0. Your right to appeal is a joke. Im not laughing. Resign', "as above; a statement without a cue is an assertion (statements.md) though it ends in 'Resign'"),
   ('The opposition parties', 'indirect', 'request', 'are asking', 'the Prime Minster to resign as soon as possible', "'ask X to': request; the parties named in apposition as one group"),
   ('the ruling party', 'indirect', 'intention', 'wants', 'to complete its constitutional tenure', "'want' names the speaker's volition: intention (rule 7, statements.md)"),
  ],
  "neutral": ['some say that the supreme court has the right to elucidate the constitution',  # indefinite source (rule 5)
              'Many people have commented that the Supreme court has not played a democratic role in pursuing justice',  # indefinite source
              'Some people call this decision a triumph of justice',  # indefinite
              'People say that PM Gilani should resign from his premiership and implement the order of the higher judiciary',  # generic 'People': indefinite
              '"Will the PM resign" is a million dollar question',  # a quoted question, no source or cue
  ]},
 "gv-317321": {"source": (GV, "data/full/globalvoicesonline.wordpress.2012-may.xml post 317321", 'http://globalvoicesonline.org/2012/05/04/russia-tolstoys-war-and-peace-legacy-today/'),
  "published": '2012-05-04',
  "entities": {'A recent survey of over 100 respected British and American authors': (O, ['A recent survey of over 100 respected British and American authors']),
               'Evgeny': (P, ['Evgeny']),
               'Sergei': (P, ['Sergei']),
               'Lira': (P, ['Lira']),
               'Ruslan Tomatov': (P, ['Ruslan Tomatov']),
               'menelik3': (P, ['LJ user menelik3', 'menelik3']),
               'dohlik_nemruchi': (P, ['Russian LiveJournal blogger dohlik_nemruchi', 'dohlik_nemruchi']),
               'Lovely Girl': (P, ['Lovely Girl'])},
  "statements": [
   ('A recent survey of over 100 respected British and American authors', 'indirect', 'evidence', 'revealed', "'War and Peace' is considered to be one of the greatest works of the past two centuries", 'a survey with no named organisation speaks as itself; an evidence noun: evidence'),
   ('Evgeny', 'direct', 'assertion', None, 'Вчера узнал, что слово "мир" в "Война и мир" Толстого имеет значение "сообщество", а не "перемирие".', "speaker label 'Evgeny:' with no cue: cue None for it and its translation (statements.md's speaker label); original-language text of a translated quotation, its English translation follows"),
   ('Evgeny', 'direct', 'assertion', None, 'Yesterday I learned that the word "mir" in Tolstoy\'s "Voina i mir" carries the meaning "the world," not "peace."', 'translation'),
   ('Sergei', 'direct', 'assertion', None, 'А я не согласен. Я считаю, что он сравнивал их. Ведь у него через том описывается то война, то мир (перемирие).', 'speaker label; original-language text of a translated quotation, its English translation follows'),
   ('Sergei', 'direct', 'assertion', None, 'I disagree. My reading is that he was contrasting [war and peace]. Why, he writes about war and about peace throughout the book.', 'translation'),
   ('Evgeny', 'direct', 'assertion', None, 'Влияние войны на общество.', "speaker label; original-language text of a translated quotation, its English translation follows (the translation's bracket is the translator's)"),
   ('Evgeny', 'direct', 'assertion', None, '[Tolstoy wrote about] the influence of war on the world.', 'translation'),
   ('Sergei', 'direct', 'assertion', None, 'Ты так говоришь, как-будто сам Толстой встал из гроба и тебе об этом рассказал :) Это же не математика!', 'speaker label; original-language text of a translated quotation, its English translation follows'),
   ('Sergei', 'direct', 'assertion', None, "You speak as though Tolstoy himself somehow rose from the grave and explained everything to you. :) This can't be explained like math!", 'translation'),
   ('Evgeny', 'direct', 'assertion', None, 'Добавь к моему мессаджу "мне кажется"))', 'speaker label; an imperative without a cue stays an assertion (statements.md); original-language text of a translated quotation, its English translation follows'),
   ('Evgeny', 'direct', 'assertion', None, 'Well, add a postscript that this is my personal opinion. :)', 'translation'),
   ('Lira', 'direct', 'assertion', None, 'Школьники, которым предстоит прочитать 4 тома «Войны и мира» очень жалеют, что на дуэли убили не Толстого, а Пушкина!', 'speaker label; original-language text of a translated quotation, its English translation follows'),
   ('Lira', 'direct', 'assertion', None, "Schoolchildren, who will have to read the four volumes of 'War and Peace,' are filled with regret that it was Pushkin who died [prematurely] in a duel, and not Tolstoy!", 'translation'),
   ('Ruslan Tomatov', 'direct', 'assertion', None, 'Читал войну и мир, только позже, когда проникся мировоззрением толстого. у булгакова до сих пор люблю только записки юного врача', 'speaker label; original-language text of a translated quotation, its English translation follows'),
   ('Ruslan Tomatov', 'direct', 'assertion', None, "I read 'War and Peace' only later, when I appreciated Tolstoy's worldview. Until now, of Bulgakov's I've only liked 'A Young Doctor's Notebook.'", 'translation'),
   ('menelik3', 'indirect', 'assertion', 'reminded', "some of Tolstoy's 'War and Peace' had been written in French"),
   ('menelik3', 'indirect', 'assertion', 'arguing', 'Sokurov had likely used German simply to incite controversy', "participle cue (rich18 'claiming')"),
   ('dohlik_nemruchi', 'indirect', 'assertion', 'responded', "Tolstoy's use of French was a tool to show progression in the novel -- that 'War and Peace' is initially in both Russian and French, with the latter fading as the plot develops and anti-French sentiments grow", "two 'that' clauses of one cue: one row (rich18)"),
   ('Lovely Girl', 'direct', 'assertion', None, 'Обратите все ваше внимание на самого себя, наложите цепи на свои чувства и ищите блаженства не в страстях, а в своем сердце. источник блаженства не вне, а внутри нас...', "speaker label '**Lovely Girl**:': a status update quoting the novel, attributed to the label's owner (brief's '@handle: text' rule); original-language text of a translated quotation, its English translation follows"),
   ('Lovely Girl', 'direct', 'assertion', None, 'Turn all of your attention inward, restrain your feelings, and look for bliss not in passion, but in your own heart. The source of bliss is not outside, but inside us...', 'translation'),
  ],
  "neutral": ['reported these results',  # paradise-apple: an anaphoric object, no content of its own (the survey's row holds it)
              'Anna Karenina Won!',  # a post title in quotation marks (rule 5)
              "These works were listed as the nineteenth century's best",  # passive, sourceless
              'TheRussianAmerica.com reviewed the authors whom the British and American judges selected as the greatest writers of all time',  # topic only; a selection is an act
              'Tolstoy was listed at the top',  # passive
              "two RuNet Twitter users debated whether or not the common translation, 'War and Peace,' is what Tolstoy intended",  # topic only (a 'whether' question)
              'RuNet users often focus on the magnitude of the work',  # topic only
              "dohlik_nemruchi discussed the practice of creating art in a foreign language, comparing 'War and Peace' to Russian filmmaker Alexander Sokurov's award-winning 2011 film 'Faust,'",  # topic only
              "Some Russian bloggers prefer not to analyze Tolstoy's literary style",  # indefinite; a preference, not speech
  ]},
 "gv-317709": {"source": (GV, "data/full/globalvoicesonline.wordpress.2012-may.xml post 317709", 'http://globalvoicesonline.org/2012/05/04/mexico-netizens-and-journalists-react-to-the-murder-of-regina-martinez/'),
  "published": '2012-05-04',
  "entities": {'the local government': (O, ['the local government']),
               'Javier Duarte': (P, ['the Governor of Veracruz', '@Javier_Duarte', '@javier_duarte']),
               'Katya Albiter': (P, ['Katya Albiter from Vivir México', 'Katya Albiter']),
               'Lydia Cacho': (P, ['the journalist Lydia Cacho', 'Lydia Cacho']),
               'Mujeres por la Democracia': (O, ['the blog Mujeres por la Democracia', 'Mujeres por la Democracia']),
               'Soledad Jarquin': (P, ['Soledad Jarquin', 'she']),
               'Desde Abajo': (O, ['Desde Abajo']),
               'Jenaro Villamil': (P, ['Jenaro Villamil (@jenarovillamil)', 'Jenaro Villamil', '@jenarovillamil']),
               'Álvaro Delgado': (P, ["Regina Martínez's fellow journalist Álvaro Delgado (@alvaro_delgado)", 'Álvaro Delgado', '@alvaro_delgado']),
               'Ulrich Richter': (P, ['Criminal lawyer Ulrich Richter (@UlrichRichterM)', 'Ulrich Richter', '@UlrichRichterM']),
               'Darío Ramírez': (P, ['Darío Ramírez (@expresate33)', 'Darío Ramírez', '@expresate33'])},
  "statements": [
   ('the local government', 'indirect', 'assertion', 'According to', 'her body showed signs of heavy blows to the face and body, with the apparent cause of death being asphyxiation by strangulation', "'according to an initial statement released by X': a statement speaks for its organisation (rule 3)"),
   ('Javier Duarte', 'direct', 'assertion', 'issued a statement', 'Desde que tuvo conocimiento de este penoso suceso, el Gobernador del estado ha estado en contacto permanente con el procurador General de Justicia, Felipe Amadeo Flores Espinosa, a quien instruyó integrar un grupo especial de investigadores para aclarar la muerte de la periodista.', "the governor, named only later by his handle '@Javier_Duarte [governor of Veracruz]'; a press statement quoted after a colon (third person inside); original-language text of a translated quotation, its English translation follows after its second paragraph"),
   ('Javier Duarte', 'direct', 'assertion', None, 'El mandatario veracruzano expresó sus condolencias a la familia de la comunicadora, a quienes dará todo el apoyo y respaldo que requieran en este momento tan difícil por el que atraviesan.', "second paragraph of the quoted statement (rule 4); its 'expresó sus condolencias' is nested in the quotation; original-language text"),
   ('Javier Duarte', 'direct', 'assertion', None, 'Since he became aware of this awful crime, the Governor has been in constant contact with the Attorney General Philip Amadeo Flores Espinosa, who has been ordered to draw up a panel of researchers to investigate the death of the journalist.', 'translation'),
   ('Javier Duarte', 'direct', 'assertion', None, "The Governor of Veracruz expressed his condolences to the journalist's family, who will have the government's full support through this difficult period.", 'translation'),
   ('Katya Albiter', 'direct', 'assertion', 'said', 'Una muesca más en la vergonzosa pared de periodistas caídos. Una voz más que se calla con violencia. Más reclamo, más repudio, más indignación, más rabia, más impotencia. Porque los queremos vivos, ¡vivos, carajo! Porque informar no debe ser una condena de muerte. Porque dar la vida es dar mucho, muchísimo, ante un país que no mejora y pronto olvida.', "'said the following …:' then the text; original-language text of a translated quotation, its English translation follows"),
   ('Katya Albiter', 'direct', 'assertion', None, 'Another shameful mark on the wall of journalists killed. Another voice that has been silenced through violence. More complaints, more condemnation, more indignation, more anger, more powerlessness. Because we want them alive. Alive, dammit! Because reporting should not be a death sentence. Because to let someone live means a lot, so much, in a country that is not getting any better and soon forgets.', 'translation'),
   ('Lydia Cacho', 'direct', 'assertion', 'described', 'Regina Martínez era más bien tímida, siempre cargaba su grabadora, una libreta con pluma negra y de vez en vez se acomodaba los lentes como un tic cuando estaba muy concentrada en entrevista. Durante años fue corresponsal de La Jornada en Veracruz y como todas las reporteras y reporteros del País trabajaba también para medios locales para poder subsistir. La última década, hasta antier, fue corresponsal de la Revista Proceso. Hasta antier que apareció asesinada en su casa, severamente golpeada. No quiero imaginarme cómo murió, espero que podamos averiguarlo para conocer a los culpables. Regina no hubiera imaginado nada, hubiese buscado la evidencia, las pistas, perseguido a todas las fuentes para contrastar la información. Con discreción y ética hubiese trabajado hasta hallar las piezas del rompecabezas que llevan a la verdad. Así debemos hacerlo sus compañeras, sus compañeros indignados frente a este asesinato.', "'The text in which … Lydia Cacho described her late colleague was posted on the blog …:': the blog publishing her text is a relay (via); her first person is inside the quotation; original-language text of a translated quotation, its English translation follows", ['Mujeres por la Democracia']),
   ('Lydia Cacho', 'direct', 'assertion', None, "Regina Martínez was rather shy, always carrying her tape recorder, a notebook with a black pen, and from time to time adjusting her glasses like a habit when she was concentrating on an interview. For years she was a correspondent for La Jornada in Veracruz, and like all other reporters in the country she also worked for local media in order to survive. For the last decade, until the day before yesterday, she was a correspondent for Proceso magazine. Until the day before yesterday, when she was found murdered in her home, severely beaten. I don't want to imagine how she died, but I hope we can work it out so we can find those responsible. Regina wouldn't have made anything up; she would have searched for evidence and clues, and followed all sources to verify any information. She would have worked discretely and ethically to put together all the pieces of the puzzle that led to the truth. We, her colleagues, should do the same. We are outraged at this murder.", 'translation', ['Mujeres por la Democracia']),
   ('Soledad Jarquin', 'indirect', 'assertion', 'suggests', "the journalist's murder threatens freedom of speech", "'a comment from Soledad Jarquin, in which she suggests that …'; Desde Abajo posts it (via)", ['Desde Abajo']),
   ('Soledad Jarquin', 'direct', 'assertion', 'comment', 'El pasado fin de semana volvió a pasar lo que no queremos que pase en este país ni en ninguna otra parte del mundo. El asesinato de la periodista Regina Martínez, corresponsal de la revista Proceso en la ciudad de Xalapa, Veracruz, es otro intento por amordazar la libertad de expresión y por callar la verdad que trastoca casi siempre intereses económicos y políticos relacionados o no con la delincuencia.', "the comment quoted after the colon: the nominal cue 'a comment from X'; original-language text of a translated quotation, its English translation follows after its second paragraph", ['Desde Abajo']),
   ('Soledad Jarquin', 'direct', 'assertion', None, 'En un estado de guerra como el que vivimos en México, ejercer la profesión del periodismo se ha convertido en una de las actividades más peligrosas y el asesinato de Regina Martínez nos ha vuelto a recordar ese terreno nada seguro sobre el que se está parado y nos recuerda también lo que se advirtió desde hace casi cinco años cuando Felipe Calderón decidió iniciar una guerra que se advertía peligrosa para la ciudadanía y en especial para aquellas y aquellos periodistas que investigan y descubren verdades incómodas para los grupos o mafias en el poder.', 'second paragraph of the comment (rule 4); original-language text', ['Desde Abajo']),
   ('Soledad Jarquin', 'direct', 'assertion', None, "Last weekend that awful thing, something that we don't want to happen in this country or anywhere else in the world, happened again. The murder of journalist Regina Martínez, correspondent for Proceso magazine in Xalapa, Veracruz, is another attempt to stifle freedom of speech and hide the truth, the truth which often disrupts economic and political interests whether they are related to crime or not.", 'translation', ['Desde Abajo']),
   ('Soledad Jarquin', 'direct', 'assertion', None, 'A state of war like the one in which we live in Mexico makes journalism one of the most dangerous professions, and the murder of Regina Martínez has once again reminded us all that even those things that are standing are not certain. It is also a reminder of the warning from almost five years ago when Felipe Calderón decided to wage a war that was dangerous for the people, and especially dangerous for those journalists who investigate and discover uncomfortable truths about the groups or mafias in power.', 'translation', ['Desde Abajo']),
   ('Jenaro Villamil', 'direct', 'assertion', 'condemned', '#ReginaMartínez. No a los cerdos asesinos, como canto Roger Waters ayer. Derrumbemos El Muro. http://yfrog.com/hsh2auej', "the tweet after 'condemned the killing and took advantage … to refer to …:' is the condemnation's content: one row, not a second one for the NP 'the killing'; original-language text of a translated quotation, its English translation follows"),
   ('Jenaro Villamil', 'direct', 'assertion', None, '#ReginaMartínez. No to the bloody murderers, as Roger Waters sang yesterday. We will tear down The Wall. http://yfrog.com/hsh2auej', 'translation'),
   ('Álvaro Delgado', 'direct', 'request', 'expressed the demands', 'Los miembros de la @revistaproceso exigimos a @FelipeCalderon y a @Javier_Duarte que el brutal crimen de #ReginaMartinez no quede impune.', "'expressed the demands': a saying verb announcing a demand noun takes its type (statements.md); his own first-person 'we demand' (exigimos) as a member, so one row; original-language text of a translated quotation, its English translation follows"),
   ('Álvaro Delgado', 'direct', 'request', None, 'The members of @revistaproceso demand that @FelipeCalderon and @Javier_Duarte [governor of Veracruz] ensure that the brutal murder of #ReginaMartinez does not go unpunished.', 'translation'),
   ('Ulrich Richter', 'direct', 'request', 'showed his support', '@alvaro_delgado @revistaproceso @felipecalderon @javier_duarte y también los ciudadanos exigimos No mas asesinatos a periodistas.', "'exigimos No mas asesinatos a periodistas' ('demand that no more journalists be murdered'): a mandative complement (rule 7); the leading @-mentions are addressees inside the tweet, kept; original-language text of a translated quotation, its English translation follows"),
   ('Ulrich Richter', 'direct', 'request', None, '@alvaro_delgado @revistaproceso @felipecalderon @javier_duarte and the citizens demand that no more journalists be murdered.', 'translation'),
   ('Darío Ramírez', 'direct', 'assertion', 'provided', 'El promedio de asesinatos de periodistas en México desde el 2006 es de 9 al año. En ningún país "en paz" existe algo semejante.', "a person's tweet of figures stays an assertion (evidence only for evidence-noun sources); original-language text of a translated quotation, its English translation follows"),
   ('Darío Ramírez', 'direct', 'assertion', None, 'The average number of journalists killed each year in Mexico since 2006 is 9. There is nothing similar in any country that is "at peace".', 'translation'),
  ],
  "neutral": ["including instructions to the Attorney General's Office and offering his condolences to the Martínez family",  # describes the statement quoted after the colon; no content of its own
              "numerous reactions of condemnation and protest from the journalists' union and the general public",  # no content
              'while also linking it to the war [en] against organised crime that has been taken up by the administration',  # doubtful: a relation, not a clause (rule 6)
              "took advantage of the opportunity to refer to Roger Waters' concert in Mexico City",  # topic only
              'There is a consensus in the condemnation of the murder of journalist Regina Martínez',  # sourceless
  ]},
 "gv-317278": {"source": (GV, "data/full/globalvoicesonline.wordpress.2012-may.xml post 317278", 'http://globalvoicesonline.org/2012/05/05/brazil-approves-racial-quotas-in-higher-education/'),
  "published": '2012-05-05',
  "entities": {'Diana Costa': (P, ['Diana Costa', 'She']),
               'Religiões Afro Brasileiras e Política': (O, ['The blog Religiões Afro Brasileiras e Política (Afro Brazilian Religions and Policy)', 'Religiões Afro Brasileiras e Política']),
               'Brazilian Institute of Geography and Statistics': (O, ['IBGE', 'Brazilian Institute of Geography and Statistics']),
               'The Democrats Political Party': (O, ['The Democrats Political Party (DEM)', 'The Democrats Political Party', 'DEM']),
               'Joaquim Barbosa': (P, ['Minister Joaquim Barbosa, the only black among those who voted', 'Minister Joaquim Barbosa', 'Joaquim Barbosa']),
               'G1': (O, ['G1']),
               'Jeso Carneiro': (P, ['Journalist and teacher Jeso Carneiro', 'Jeso Carneiro', 'he']),
               'Sany Pitbull': (P, ['Musician Sany Pitbull (@SanyPitbull)', 'Sany Pitbull', '@SanyPitbull']),
               'Conceição Oliveira': (P, ['Blogger and historian Conceição Oliveira (@maria_fro)', 'Conceição Oliveira', '@maria_fro']),
               'Daniel Fraga': (P, ['Videoblogger Daniel Fraga', 'Daniel Fraga']),
               'Federal University of Minas Gerais': (O, ['an article published by the Federal University of Minas Gerais', 'Federal University of Minas Gerais']),
               'Brasil Escola': (O, ['Blog Brasil Escola', 'Brasil Escola'])},
  "statements": [
   ('Diana Costa', 'mixed', 'assertion', 'says', 'the "discriminatory process [that] affects people negatively are marked by stereotypes that consolidate them as socially inferior, incapable, degenerated, etc., allocating them in situations of sub-citizenship and civil risk."', "'on her blog, says that': the quoted part keeps its closing mark and period (rich18)"),
   ('Diana Costa', 'direct', 'assertion', 'explains', 'É um conjunto de políticas que compreendem que, na prática, as pessoas não são tratadas igualmente e, consequentemente, não possuem as mesmas oportunidades, o que impede o acesso destas a locais de produção de conhecimento e de negociação de poder.', "'She also explains what affirmative actions are:' then the excerpt; original-language text of a translated quotation, its English translation follows"),
   ('Diana Costa', 'direct', 'assertion', None, 'It is a set of policies that, in practice, say that people are not treated equally and therefore do not have the same opportunities, preventing them the access to the production of knowledge and power of negotiation.', 'translation'),
   ('Religiões Afro Brasileiras e Política', 'mixed', 'assertion', 'says', 'the result of affirmative action policies in the country through the quota system has already shown results of "a notorious growth in the proportion of graduated blacks and pardos [approximate translation: brown, coloured]", between 1999-2009, according to IBGE data (Brazilian Institute of Geography and Statistics)', "a blog speaks as its name; rule 7, the reporter's row (its content the whole clause)"),
   ('Brazilian Institute of Geography and Statistics', 'mixed', 'evidence', 'according to', 'the result of affirmative action policies in the country through the quota system has already shown results of "a notorious growth in the proportion of graduated blacks and pardos [approximate translation: brown, coloured]", between 1999-2009', "rule 7, the inner row: 'according to IBGE data', an evidence noun (statements.md), via the blog that reports it", ['Religiões Afro Brasileiras e Política']),
   ('The Democrats Political Party', 'indirect', 'belief', 'considering', "the racial quota system a kind of racial court (to judge people's race by the colour of their skin)", "'started a lawsuit … for considering X Y': the party's position, a belief cue (consider = think)"),
   ('Joaquim Barbosa', 'direct', 'assertion', 'According to', 'these measures are intended not only to combat manifestations of blatant discrimination, but discrimination in fact, that is absolutely rooted in society, and so ingrained, people do not perceive it', "'…, reported G1': an outlet that relays (via, rule 3)", ['G1']),
   ('Jeso Carneiro', 'direct', 'assertion', 'said', 'O STF (...) honrou sua importante missão de defender a supremacia da Constituição. A decisão da corte máxima do país é uma vitória de toda a sociedade brasileira, especialmente do movimento negro, que, desde a década de 1980, vem defendendo com firmeza a aplicação de ações afirmativas para combater o racismo e a exclusão social dos negros neste país.', "'In his blog, he said that:' then the excerpt; 'also celebrated the decision' before it is neutral; original-language text of a translated quotation, its English translation follows"),
   ('Jeso Carneiro', 'direct', 'assertion', None, "The Supreme Court (...) honored its important mission of defending the supremacy of the Constitution. The top court's decision is a victory for the Brazilian society, especially the black movement, that since the 1980s, has advocated strongly in the use of affirmative action to combat racism and social exclusion of blacks in this country.", 'translation'),
   ('Sany Pitbull', 'direct', 'assertion', 'wrote', 'A elite Branca brasileira tem uma divida à ser paga aos negros, aos pobres, aos índios e aos nordestinos desse país #cotassim', "a tweet after 'X wrote:' (brief); original-language text of a translated quotation, its English translation follows"),
   ('Sany Pitbull', 'direct', 'assertion', None, 'The Brazilian white elite has a debt to pay to black people, the poor, the Indians and northeastern in this country #yesquotas', 'translation'),
   ('Conceição Oliveira', 'direct', 'assertion', 'added', 'Cotas não inventa a racialização bando de hipócritas, a racialização já existe em um país racista que segrega jovens negros #CotasSim', "a tweet after 'X added:'; original-language text of a translated quotation, its English translation follows"),
   ('Conceição Oliveira', 'direct', 'assertion', None, 'The quotas did not invent racism [you] bunch of hypocrites, the racism already exists in a racist country that segregates young blacks #YesQuotas', 'translation'),
   ('Daniel Fraga', 'indirect', 'assertion', 'argues', 'in a country such as Brazil, where racial mixing is very high, it would be difficult to correctly define who really is black or white'),
   ('Daniel Fraga', 'indirect', 'assertion', 'mentions', "UNB's case of two twin brothers, one considered white and the other black, the latter gaining a quota place at the university", "'and mentions …' with Fraga as the understood subject; the NP carries a claim, not a topic only"),
   ('Federal University of Minas Gerais', 'direct', 'assertion', 'says', 'it is a big mistake to think that in the field of democratic public policies, advances are produced by sequential steps: first, improve basic education, and then democratize the university. Both challenges are urgent and need to be taken emphatically and simultaneously.', '\'an article published by X, which says that "…"\': the whole content quoted, so direct; an article (not a study) speaks for its publisher, an assertion'),
   ('Brasil Escola', 'direct', 'assertion', 'explains', '(...) a miscigenação não exclui os preconceitos. Nossa última constituição coloca a discriminação racial como um crime inafiançável. Entre nossas discussões proferimos, ao mesmo tempo, horror ao racismo e admitimos publicamente que o Brasil é um país racista. Tal contradição indica que nosso racismo é velado e, nem por isso, pulsante. Queremos ter um discurso sobre o negro, mas não vemos a urgência de algum tipo de mobilização a favor da resolução desse problema. Ultimamente, os sistemas de cotas e a criação de um ministério voltado para essa única questão demonstram o tamanho do nosso problema. Ainda aceitamos distinguir o negro do moreno, em uma aquarela de tons onde o último ocupa uma situação melhor que a do primeiro. Desta maneira, criamos a estranha situação onde “todos os outros podem ser racistas, menos eu... é claro!”. Isso nos indica que o alcance da democracia é um assunto tão difícil e complexo como a nossa relação com o negro no Brasil.', "'Blog Brasil Escola explains …:' then the excerpt; original-language text of a translated quotation, its English translation follows"),
   ('Brasil Escola', 'direct', 'assertion', None, '(...) racial mixing does not exclude prejudice. Our Constitution places racial discrimination as a non-bailable crime. From our discussions, we utter, at the same time, a horror of racism and admit publicly that Brazil is a racist country. This contradiction shows that our racism is veiled and, nevertheless, pulsating. We want to make a speech about the black, but do not see the urgency of some kind of mobilization for the resolution of this problem. Lately, quota systems and the creation of a single ministry to this issue shows the size of our problem. We still accept distinguish the black from the moreno [brown], in a scale of watercolour tones where the latter occupies a better situation than the prior one. Thus, we created the odd situation where "all others can be racist, except me, of course...". This tells us that the scope of democracy is a subject as difficult and complex as our relationship with black people in Brazil.', 'translation'),
  ],
  "neutral": ['Many people celebrated the unanimous approval of the adoption of the quota policy',  # indefinite, no content
              'the Supreme Court ministers themselves were very positive about the decision',  # no cue
              'Jeso Carneiro also celebrated the decision',  # an evaluative act whose content is the quotation annotated under 'said'
              'statements of support were intense',  # sourceless
              'This decision would be made based on a "visual criteria,"',  # doubtful: continues Fraga's argument with no cue; rule 4's null cue is for quoted paragraphs (rule 6)
              'Others argue that the quotas would only be an easy way out for the poor public primary and secondary education system',  # indefinite (rule 5)
              'a claim refuted in an article published by the Federal University of Minas Gerais',  # passive denial of an indefinite claim; the article's content is under 'says'
              'had a wall spray-painted with the words: "UFMG will turn black."',  # sourceless graffiti
              'It is worth noting that quotas are not mandatory',  # impersonal, no source
  ]},
}
