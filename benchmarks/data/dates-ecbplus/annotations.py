# hand annotations (written before any hearsay run); offsets are found from (text, occurrence)
import json, pathlib
D = pathlib.Path(__file__).resolve().parent
A = {
 "1_10ecb": [("this time",1,"DATE","PRESENT_REF"),("33-year-old",1,"DURATION","P33Y"),
             ("Tuesday",1,"DATE","DCT:previous TUE"),("December",1,"DATE","DCT:year-12")],
 "9_10ecb": [("six weeks",1,"DURATION","P6W"),("35 years",1,"DURATION","P35Y"),("about 30 days",1,"DURATION","P30D"),
             ("current",1,"DATE","PRESENT_REF")],  # round 9: the adjective "current" (docs/dates.md, "current, recent, now")
 "11_10ecb": [("Dec.14",1,"DATE","DCT:year-12-14"),("45 years old",1,"DURATION","P45Y"),("five years",1,"DURATION","P5Y")],
 "12_10ecb": [("Last month",1,"DATE","DCT:month-1"),("hours",1,"DURATION","PTXH"),("recently",1,"DATE","PAST_REF")],
 "13_10ecb": [("Friday night",1,"TIME","DCT:previous FRI+TNI")],
 "14_10ecb": [],
 "18_10ecb": [("Friday",1,"DATE","DCT:previous FRI"),("today",1,"DATE","DCT"),("two hours",1,"DURATION","PT2H")],
 "19_10ecb": [("15-year-old",1,"DURATION","P15Y"),("eight days ago",1,"DATE","DCT:-P8D"),
              ("eight days ago",2,"DATE","DCT:-P8D"),("the past eight days",1,"DURATION","P8D")],
 "21_10ecb": [("Friday",1,"DATE","DCT:previous FRI"),("next Monday",1,"DATE","DCT:next MON"),
              ("66-year-old",1,"DURATION","P66Y"),("Wednesday night",1,"TIME","DCT:previous WED+TNI"),
              ("36-year-old",1,"DURATION","P36Y")],
 # round 4: the 7 remaining selected articles, annotated from reading before any hearsay run.
 # Anchors (ANCHOR below) come from a date in the text: the URL's y/m/d if it has one, else the dateline.
 "2_10ecbplus": [("2007",1,"DATE","2007"),("2001",1,"DATE","2001"),("2005",2,"DATE","2005"),("2003",1,"DATE","2003"),
                 ("the last eight years",1,"DURATION","P8Y"),("2007",2,"DATE","2007")],
 "3_10ecbplus": [("week",2,"DURATION","P1W"),("weeklong",1,"DURATION","P1W"),("Monday",1,"DATE","2009-12-07"),
                 ("Nov. 30",1,"DATE","2009-11-30"),("1998",1,"DATE","1998"),("1999",1,"DATE","1999")],
 "4_10ecb": [("the 1950s",1,"DATE","195"),("more than a half-century",1,"DURATION","P50Y"),("yesterday",1,"DATE","DCT:-P1D"),
             ("1950",2,"DATE","1950"),("the 50s",1,"DATE","195"),("1955",1,"DATE","1955"),("1995",1,"DATE","1995"),
             ("the years",1,"DURATION","PXY"),("1982",1,"DATE","1982"),("1991",1,"DATE","1991"),("1992",1,"DATE","1992"),
             ("the last two decades",1,"DURATION","P20Y"),("the past three weeks",1,"DURATION","P3W"),
             ("December 2",1,"DATE","DCT:year-12-02"),("6: 41 last night",1,"TIME","DCT:-P1D+T18:41")],
 "6_10ecbplus": [("recently",1,"DATE","PAST_REF"),("22 November 2013",1,"DATE","2013-11-22"),
                 ("later in the year",1,"DATE","2012"),("soon",1,"DATE","FUTURE_REF")],
 "7_10ecb": [("Saturday",1,"DATE","DCT:previous SAT"),("more than four years",1,"DURATION","P4Y"),("this year",1,"DATE","DCT:year"),
             ("last month",1,"DATE","DCT:month-1"),("2001",1,"DATE","2001"),("2005",1,"DATE","2005"),
             ("Monday",1,"DATE","DCT:previous MON"),("a decade",1,"DURATION","P10Y"),("41-year-old",1,"DURATION","P41Y"),
             ("three years",1,"DURATION","P3Y"),("September",1,"DATE","DCT:year-09"),("33-year-old",1,"DURATION","P33Y")],
 "8_10ecbplus": [("today",1,"DATE","2010-05-05"),("Sunday",1,"DATE","2010-05-02")],
 "16_10ecbplus": [("Thursday",1,"DATE","2007-05-03"),("June 2005",1,"DATE","2005-06"),("March 20",1,"DATE","2007-03-20"),
                  ("15 - year",1,"DURATION","P15Y"),("April 3",1,"DATE","2007-04-03"),("29 - year - old",1,"DURATION","P29Y"),
                  ("a few days earlier",1,"DATE","EVENT:-PXD"),("10 - year - old",1,"DURATION","P10Y"),
                  ("Thursday",2,"DATE","2007-05-03"),("every day",1,"SET","P1D"),("three weeks",1,"DURATION","P3W"),
                  ("June 24",1,"DATE","2005-06-24"),("four days earlier",1,"DATE","2005-06-20"),
                  ("Thursday",3,"DATE","2007-05-03"),("Thursday",4,"DATE","2007-05-03"),("10 days",1,"DURATION","P10D"),
                  ("35 - year - old",1,"DURATION","P35Y")],
}
# the reference date fixed by the text (URL y/m/d, else the dateline); the URL and dateline lines are not scored
ANCHOR = {"2_10ecbplus": ("2013-08-02", 3), "3_10ecbplus": ("2009-12-07", 3), "6_10ecbplus": ("2012-04-05", 1),
          "8_10ecbplus": ("2010-05-05", 1), "16_10ecbplus": ("2007-05-03", 3)}
for doc, anns in A.items():
    text = (D / f"{doc}.txt").read_text()
    out = []
    for s, n, typ, val in anns:
        i = -1
        for _ in range(n):
            i = text.index(s, i + 1)
        rel = val.startswith(("DCT", "EVENT"))
        out.append({"start": i, "end": i + len(s), "text": s, "type": typ,
                    "value": None if rel else val, "dct_rule": val if rel else None})
    split = "check" if doc in {"11_10ecb", "19_10ecb", "6_10ecbplus"} else "dev"
    dct, dateline = ANCHOR.get(doc, (None, 0))
    lines = text.split("\n")
    starts = [sum(len(l) + 1 for l in lines[:k]) for k in range(len(lines))]
    # the URL line and the dateline (1-based line number in ANCHOR; 1 = no separate dateline) are not scored
    exclude = [[0, len(lines[0])]] if lines[0].startswith("http") else []
    if dateline > 1:
        exclude.append([starts[dateline - 1], starts[dateline - 1] + len(lines[dateline - 1])])
    (D / f"{doc}.gold.json").write_text(json.dumps({"id": doc, "split": split, "dct": dct, "exclude": exclude,
                                                    "timex3": out}, indent=1) + "\n")
print("ok")
