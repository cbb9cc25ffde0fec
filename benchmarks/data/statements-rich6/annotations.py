"""Hand annotations of statements-rich6 (written before any hearsay run on these texts; issue 14 round 14).

Each statement is (speaker, kind, type, cue, content[, note]); offsets are found from the
content string (first occurrence at or after the previous statement's start, else anywhere).
Run ``python3 benchmarks/data/statements-rich6/annotations.py`` (after texts.py) to (re)write the
gold files and articles.tsv (ninth column ``feed``: ``moji`` = the evaluation feeds the UTF-8
bytes read as cp1252, ``flat`` = stored with its line breaks already made spaces, empty = as is;
the rule is in select.py). Same format and rules as statements-rich..rich5 (docs/annotation.md).
"""
import pathlib
import sys

D = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(D.parent))
from statements_gold import ECB, write_gold  # noqa: E402  (benchmarks/data/statements_gold.py)

RE3D_C = "re3d (Dstl; CENTCOM part, public domain)"
RE3D_U = "re3d (Dstl; UK Government part, OGL v3.0)"
RE3D_S = "re3d (Dstl; US State Department part, public domain)"
RE3D_E = "re3d (Dstl; Delegation of the European Union to Syria part, EC reuse notice)"
P, O, G = "PERSON", "ORG", "GROUP"
FEED = {"re3d_centcom_6646F63F6AC6B483D15DA258CB182147": "moji", "re3d_uk-government_85F0CF36CAEE839799563350B30B96B1": "moji",
        "re3d_centcom_E9035FF1D0DA74A11674C82688C05C51": "flat", "re3d_centcom_76957901E4278B498901454FA209CFFA": "flat",
        "32_2ecb": "flat"}
WRITER_USDOS = ["writer", "the writer", "We", "US State Department", "the United States", "The U.S."]

A: dict = {
 "re3d_centcom_6646F63F6AC6B483D15DA258CB182147": {"source": (RE3D_C, "centcom/6646F63F6AC6B483D15DA258CB182147", None), "published": None,
  "entities": {"the Defense Department": (O, ["a Defense Department news release", "the Defense Department", "the release", "The release"]),
               "Ash Carter": (P, ["Defense Secretary Ash Carter", "Ash Carter", "Carter", "the secretary", "The secretary"]),
               "Ash Carter and Haider al-Abadi": (G, ["The secretary and Abadi", "Carter and Abadi"])},
  "statements": [
   ("the Defense Department", "indirect", "assertion", "according to", "Defense Secretary Ash Carter today met with Iraqi Prime Minister Haider al-Abadi in Baghdad, where the two leaders discussed the campaign to liberate the Iraqi city of Mosul from Islamic State of Iraq and the Levant terrorists and other issues"),
   ("the Defense Department", "indirect", "assertion", "said", "The meeting focused on the military campaign to deliver ISIL a lasting defeat", "first conjunct; the second is Carter's, relayed"),
   ("Ash Carter", "indirect", "assertion", "complimented", "the prime minister on the performance of Iraqi security forces in the ongoing fight for Mosul", "innermost source, via the release (docs/annotation.md rule 3)"),
   ("the Defense Department", "indirect", "assertion", "said", "the two leaders discussed the next steps in the Mosul operation, including the need to continue the close cooperation between the Iraqi government and the Kurdistan regional government"),
   ("Ash Carter", "indirect", "assertion", "thanked", "Abadi for nearly two years of a close personal partnership", "via the release"),
   ("Ash Carter", "indirect", "assertion", "noted", "the continued supporting role the United States and the counter-ISIL coalition can play in Iraq's efforts to destroy the terrorist group", "via the release"),
   ("Ash Carter and Haider al-Abadi", "indirect", "assertion", "agreed", "there will still be work to rid Iraq of ISIL after the liberation of Mosul, and that a strong U.S.-Iraq partnership is critical to finish ISIL and address the security challenges that follow", "via the release"),
   ("Ash Carter", "direct", "assertion", "said", "On behalf of the Department of Defense, I want to convey my deepest condolences to the families of the victims in Saturday's cowardly terrorist attack in Istanbul,"),
   ("Ash Carter", "direct", "assertion", None, "This attack only redoubles our resolve to stand shoulder-to-shoulder with our Turkish allies in condemning these attacks and relentlessly combating terrorism. We remain firmly committed to working closely with Turkey within NATO and the counter-ISIL coalition as well as bilaterally to combat such threats to security and stability."),
  ],
  "neutral": ["Carter commented on yesterday’s terrorist bombings in Istanbul, Turkey"]},
 "re3d_uk-government_85F0CF36CAEE839799563350B30B96B1": {"source": (RE3D_U, "uk-government/85F0CF36CAEE839799563350B30B96B1", None), "published": None,
  "entities": {"the Foreign Office": (O, ["A Foreign Office spokesman", "the Foreign Office", "Foreign Office"])},
  "statements": [
   ("the Foreign Office", "direct", "assertion", "said", "The Foreign Secretary met the Iraqi Foreign Minister, Ibrahim al-Jaafari, to discuss a range of issues including the ongoing fight and the progress being made against Daesh in Iraq. They also discussed military, humanitarian and stabilisation planning for forthcoming operations to free the city of Mosul.", "an unnamed spokesman speaks for the organisation; colon lead-in"),
   ("the Foreign Office", "direct", "assertion", None, "The Foreign Secretary underlined the UK’s commitment to supporting the government of Iraq to defeat terrorism and to give all Iraqis new hope for the future. They also agreed to work together with international partners and at the UN on a global campaign to bring Daesh to justice.", "reopened paragraph"),
  ],
  "neutral": []},
 "re3d_us-state-department_340238F0CEF0581CBBA9106FFB2EA97C": {"source": (RE3D_S, "us-state-department/340238F0CEF0581CBBA9106FFB2EA97C", None), "published": None,
  "entities": {"US State Department": (O, WRITER_USDOS)},
  "statements": [
   ("US State Department", "indirect", "belief", "believe", "his presence in the country is among the most effective ways to send the message that the United States stands with the people of Syria", "first person outside quotation marks: the writer (the Department's press statement)"),
  ],
  "neutral": []},
 "re3d_eu-delegation-syria_26E0189E3D774CB2B8F078A082E5088C": {"source": (RE3D_E, "eu-delegation-syria/26E0189E3D774CB2B8F078A082E5088C", None), "published": None,
  "entities": {"the European Union": (O, ["The European Union", "the European Union", "the EU", "writer", "the writer", "we", "I"])},
  "statements": [
   ("the European Union", "indirect", "request", "calling for", "a new cessation of hostilities in Syria"),
  ],
  "neutral": ["we would welcome any intermediate step facilitated by other international players", "Reports of continued air strikes and fighting in Wadi Barada are a matter of concern"]},
 "re3d_centcom_E9035FF1D0DA74A11674C82688C05C51": {"source": (RE3D_C, "centcom/E9035FF1D0DA74A11674C82688C05C51", None), "published": None,
  "entities": {},
  "statements": [],
  "neutral": ["It is recommended to dial in 15 minutes prior to the call", "be called on to ask their questions by Navy Capt. Jeff Davis",
              "will present the findings and recommendations"]},
 "re3d_uk-government_AB37B1171B0A38B24A6B74B18903E8D5": {"source": (RE3D_U, "uk-government/AB37B1171B0A38B24A6B74B18903E8D5", None), "published": None,
  "entities": {"Gareth Bayley": (P, ["Gareth Bayley, the UK Special Representative for Syria", "Gareth Bayley"])},
  "statements": [
   ("Gareth Bayley", "direct", "assertion", "said", "The report by the UN Independent Commission of Inquiry (CoI) on Syria makes grim reading: it details deliberate attacks against civilians, and unabated violations of human rights such as torture, illegal detentions, executions and sexual violence. It documents the breadth of barbarity carried out by the Asad regime against its own people, with deliberate targeting of civilian infrastructure such as hospitals, schools and markets. The report also details the destruction of Syria’s cultural heritage by Daesh. Syria is being ripped apart by this widespread destruction, the fuelling of sectarian divisions, and the slaughter and scattering of its communities.", "verbatim words set off by a colon lead-in, no quotation marks (a press-release layout)"),
   ("Gareth Bayley", "direct", "assertion", None, "The COI must be allowed to continue gathering evidence so that one day Asad and other perpetrators of human rights abuses and possible war crimes can be held to account. There can be no lasting peace without justice; there must be no impunity.", "the next paragraph of the same statement"),
  ],
  "neutral": ["The full report can be found on the Human Rights Council web page"]},
 "re3d_us-state-department_9DFBD0B607245D1B56B90FD64E9AB952": {"source": (RE3D_S, "us-state-department/9DFBD0B607245D1B56B90FD64E9AB952", None), "published": None,
  "entities": {"US State Department": (O, WRITER_USDOS)},
  "statements": [
   ("US State Department", "indirect", "assertion", "condemn", "terrorist attacks this weekend in Baghdad and Najaf", "first person: the writer; an evaluative speech act"),
   ("US State Department", "indirect", "intention", "reaffirms", "its commitment to support the government and people of Iraq in this struggle", "the writer's own commitment"),
  ],
  "neutral": ["Dae’sh claimed dual attacks", "also claimed by Da’esh", "We extend our deepest condolences to the families of the victims and hope for a speedy recovery of all those wounded",
              "remains steadfast in its commitment"]},
 "re3d_centcom_76957901E4278B498901454FA209CFFA": {"source": (RE3D_C, "centcom/76957901E4278B498901454FA209CFFA", None), "published": None,
  "entities": {"Peter Cook": (P, ["Pentagon Press Secretary Peter Cook", "Peter Cook", "Cook", "he", "He", "the press secretary"])},
  "statements": [
   ("Peter Cook", "indirect", "assertion", "told", "A series of precision U.S. airstrikes against al-Qaida operatives this week in northwestern Syria’s Idlib province killed more than 20 militants and destroyed eight vehicles and nine structures"),
   ("Peter Cook", "indirect", "assertion", "said", "A U.S. strike on Jan. 1 hit two al-Qaida vehicles that had departed a large al-Qaida headquarters near Sarmada, Syria"),
   ("Peter Cook", "indirect", "assertion", "added", "a Jan. 3 U.S. strike hit the headquarters compound itself"),
   ("Peter Cook", "direct", "assertion", "said", "Al-Qaida's foreign terrorist fighter network used this headquarters as a gathering place, and their leaders directed terrorist operations out of this location,"),
   ("Peter Cook", "direct", "assertion", "added", "As you know, al-Qaida remains committed to carrying out terrorist attacks against the United States, our interests, and our allies and friends. We will continue to take actions to deny any safe haven for al-Qaida in Syria. We will not allow al-Qaida to grow its capacity to attack the United States or our allies around the world, and these strikes demonstrate that commitment."),
   ("Peter Cook", "indirect", "assertion", "said", "the campaign against Islamic State of Iraq and the Levant terrorists is also progressing in both Iraq and Syria"),
   ("Peter Cook", "indirect", "assertion", "said", "In the campaign to liberate the Iraqi city of Mosul, Iraqi security forces have made progress in liberating neighborhoods and in clearing areas already liberated"),
   ("Peter Cook", "direct", "assertion", "said", "They have further linked the various axes of advance into Mosul, which as we’ve mentioned previously makes the ISF’s job easier and ISIL’s job more difficult,"),
   ("Peter Cook", "direct", "assertion", None, "Of course, the global coalition continues to support Iraqi forces with air strikes -- eight in the last 24 hours in support of the Mosul operations -- as well as assistance from the ground."),
   ("Peter Cook", "indirect", "assertion", "said", "Syrian democratic forces continue to liberate territory on the way to Raqqah", "parenthetical 'In Syria, the press secretary said,'"),
   ("Peter Cook", "direct", "assertion", "said", "SDF forces have now advanced to within 7.5 kilometers of Tabqa Dam, and continue to make progress in clearing areas north and west of Raqqah,"),
   ("Peter Cook", "direct", "assertion", None, "In support of these operations, the coalition in the last 24 hours conducted 10 airstrikes, including strikes against both tactical units and the oil infrastructure that provides ISIL’s shrinking financial support.", "a curly opener closed by a straight mark"),
  ],
  "neutral": []},
 "3_3ecb": {"source": (ECB, "3_3ecb", None), "published": None,
  "entities": {"an Atlanta newspaper": (O, ["reports in an Atlanta newspaper", "an Atlanta newspaper"]),
               "a woman": (P, ["a woman", "who"])},
  "statements": [
   ("an Atlanta newspaper", "indirect", "assertion", "According to", "Nichols was sentenced Saturday morning to seven life sentences and four sentences of life without parole plus 485 years.", "a colon lead-in line 'According to reports in an Atlanta newspaper:'; only the first paragraph after it is taken as its content"),
   ("a woman", "indirect", "assertion", "says", "she talked Nichols into surrendering"),
  ],
  "neutral": ["Former Kutztown University football player Brian Nichols has received a sentence of life in prison without parole for a March 2005 shooting spree in an Atlanta courthouse"]},
 "1_15ecb": {"source": (ECB, "1_15ecb", None), "published": None,
  "entities": {"Tara Reid": (P, ["Tara Reid", "Reid", "she"]),
               "Jack Ketsoyan": (P, ["Tara Reid's representative Jack Ketsoyan", "Jack Ketsoyan", "he"])},
  "statements": [
   ("Tara Reid", "indirect", "belief", "felt", "she needed to be checked in"),
   ("Jack Ketsoyan", "direct", "assertion", "said", "We appreciate your respect to her (Tara Reid) and her family's privacy at this time. "),
  ],
  "neutral": ["without really saying why she was going in", "People are assuming it's her party life that is bringing her into rehab"]},
 "32_2ecb": {"source": (ECB, "32_2ecb", None), "published": None,
  "entities": {"authorities": (G, ["authorities"]),
               "the Bristol district attorney's office": (O, ["the Bristol district attorney's office", "the Bristol district attorney"]),
               "investigators": (G, ["investigators"]),
               "Gregg Miliote": (P, ["Gregg Miliote, a spokesman for the Bristol district attorney", "Gregg Miliote"]),
               "court records": (O, ["court records", "the records"])},
  "statements": [
   ("authorities", "indirect", "assertion", "said", "The unlit stove in the Independence Street apartment had been left on full blast", "parenthetical cue"),
   ("the Bristol district attorney's office", "indirect", "assertion", "according to", "The body of Katherine Gomes, 61, and Robyn Norma Mendes, 48, were discovered on Tuesday when police and firefighters responded to calls about the smell of natural gas"),
   ("investigators", "indirect", "assertion", "said", "they found him barricaded in a room in Mendes's apartment on Philip Street with her 12-year-old daughter"),
   ("Gregg Miliote", "indirect", "assertion", "according to", "He was with the girl for at least several hours before police arrived"),
   ("court records", "indirect", "evidence", "according to", "Gomes has been incarcerated at least three times for violent crimes against women in the last four years and at one point was held for 90 days without bail as a danger to society"),
   ("court records", "mixed", "evidence", "according to", "In 2005, Gomes was convicted of beating Mendes, holding a knife to her throat, and telling her, `` you're never going to leave me, ''", "the quotation is Gomes's words inside the records' report (nested, left out)"),
   ("court records", "indirect", "evidence", "according to", "Police rescued her with the aid of dogs"),
   ("court records", "indirect", "evidence", "according to", "Gomes ran into Jean and his mother a few days later and he attacked his sister"),
   ("court records", "direct", "evidence", "state", "Defendant became violent and began to choke the victim with both hands around her neck, "),
  ],
  "neutral": ["has been accused of stabbing his mother", "is expected to be arraigned today"]},
 "8_10ecbplus": {"source": (ECB, "8_10ecbplus", None), "published": None,
  "entities": {"Greek Sky TV": (O, ["international media and Greek Sky TV", "Greek Sky TV", "SKY - TV"]),
               "demonstrators": (G, ["People", "demonstrators", "Tens of thousands angry Greeks"]),
               "The Greek government": (O, ["The Greek government"])},
  "statements": [
   ("Greek Sky TV", "indirect", "assertion", "According to", "THREE PEOPLE HAVE DIED IN A BLAZE that broke out at MARFIN EGNATIA BANK, on Stadiou Street, downtown Athens.", "a lead-in line 'According to international media and Greek Sky TV' over the next line"),
   ("Greek Sky TV", "indirect", "assertion", "reports", "the 3 bank employees were burnt to death"),
   ("demonstrators", "direct", "request", "demand", "Give the Stolen Money Back", "'People' are the demonstrators of the sentence before"),
   ("demonstrators", "indirect", "request", "demand", "property confiscation of corrupt politicians and that those respomsible for the economic crisis should go to jail"),
   ("The Greek government", "indirect", "assertion", "announced", "drastic public spending cuts in order to get bailout loans of 110 b. Euro from EU & IMF"),
  ],
  "neutral": ["Reports have it that angry demonstrators threw stones to the fire brigade coming in", "There are reports about fire at Finance Ministry"]},
}


def main() -> None:
    write_gold(A, D)
    tsv = D / "articles.tsv"
    rows = tsv.read_text(encoding="utf-8").splitlines()
    out = [rows[0] + "\tfeed"] + [r + "\t" + FEED.get(r.split("\t")[0], "") for r in rows[1:] if r.strip()]
    tsv.write_text("\n".join(out) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
