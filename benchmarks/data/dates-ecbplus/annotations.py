# hand annotations (written before any hearsay run); offsets are found from (text, occurrence)
import json, pathlib
D = pathlib.Path(__file__).resolve().parent
A = {
 "1_10ecb": [("this time",1,"DATE","PRESENT_REF"),("33-year-old",1,"DURATION","P33Y"),
             ("Tuesday",1,"DATE","DCT:previous TUE"),("December",1,"DATE","DCT:year-12")],
 "9_10ecb": [("six weeks",1,"DURATION","P6W"),("35 years",1,"DURATION","P35Y"),("about 30 days",1,"DURATION","P30D")],
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
}
for doc, anns in A.items():
    text = (D / f"{doc}.txt").read_text()
    out = []
    for s, n, typ, val in anns:
        i = -1
        for _ in range(n):
            i = text.index(s, i + 1)
        rel = val.startswith("DCT")
        out.append({"start": i, "end": i + len(s), "text": s, "type": typ,
                    "value": None if rel else val, "dct_rule": val if rel else None})
    split = "check" if doc in {"11_10ecb", "19_10ecb"} else "dev"
    (D / f"{doc}.gold.json").write_text(json.dumps({"id": doc, "split": split, "timex3": out}, indent=1) + "\n")
print("ok")
