# Hand TIMEX3 annotations of dates-ecbplus3 (issue 15, dates round 11), written by reading the texts
# before any hearsay run on them. Each entry is (text, occurrence, type, value); occurrence counts
# whole-word matches of `text` in the article (the URL and dateline lines included). A value starting
# "DCT"/"EVENT" is relative to a date the text does not give, or has no calendar value (a sports
# season): scored for extent and type only. Running this file rewrites the gold files.
import json
import pathlib
import re

D = pathlib.Path(__file__).resolve().parent
RANGE_9599 = [("1995", 1, "DATE", "1995"), ("99", 1, "DATE", "1999"), ("from 1995 - 99", 1, "DURATION", "P4Y")]
A = {
 # round 1
 "29_10ecbplus": [("60 minutes", 1, "DURATION", "PT60M"), ("this season", 1, "DATE", "DCT:season"),
                  ("more than four minutes", 1, "DURATION", "PT4M"), ("this year", 1, "DATE", "2012"),
                  ("6: 00 minutes", 1, "DURATION", "PT6M"), ("1952", 1, "DATE", "1952"), ("1961", 1, "DATE", "1961"),
                  ("next Sunday", 1, "DATE", "2012-12-30")],
 "31_11ecbplus": [("Friday", 1, "DATE", "2013-03-08"), ("Saturday", 1, "DATE", "2013-03-09"),
                  ("Friday", 2, "DATE", "2013-03-08"), ("now", 1, "DATE", "PRESENT_REF"), *RANGE_9599,
                  ("Thursday night", 1, "TIME", "2013-03-07TNI")],
 "32_10ecbplus": [("Saturday morning", 1, "TIME", "2013-06-08TMO"), ("this morning", 1, "TIME", "2013-06-10TMO")],
 "33_10ecbplus": [("Tuesday", 1, "DATE", "2011-10-25"), ("last Friday", 1, "DATE", "2011-10-21")],
 "34_10ecbplus": [("today", 1, "DATE", "2009-07-13"), ("2008", 1, "DATE", "2008"), ("1995", 1, "DATE", "1995"),
                  ("1990", 1, "DATE", "1990"), ("October 2007", 1, "DATE", "2007-10"),
                  ("earlier this year", 1, "DATE", "2009")],
 # round 2
 "29_11ecbplus": [("this season", 1, "DATE", "DCT:season"), ("this season", 2, "DATE", "DCT:season"),
                  ("last season", 1, "DATE", "DCT:season"), ("the day", 1, "DATE", "2012-12-23"),
                  ("now", 1, "DATE", "PRESENT_REF")],
 "31_1ecbplus": [("four seasons", 1, "DURATION", "DCT:seasons"), ("three seasons", 1, "DURATION", "DCT:seasons")],
 "32_11ecbplus": [("the week before", 1, "DATE", "EVENT:-P1W")],
 "33_11ecbplus": [("Friday", 1, "DATE", "2011-10-21")],
 "34_1ecbplus": [("Today", 1, "DATE", "2009-07-13"), ("the months and years ahead", 1, "DATE", "FUTURE_REF"),
                 ("today", 1, "DATE", "2009-07-13"), ("2002", 1, "DATE", "2002"), ("1998", 1, "DATE", "1998"),
                 ("1995", 1, "DATE", "1995"), ("2000", 1, "DATE", "2000"), ("recent", 1, "DATE", "PAST_REF")],
 # round 3
 "29_13ecbplus": [("this season", 1, "DATE", "DCT:season"), ("This time", 1, "DATE", "PRESENT_REF"),
                  ("every week", 1, "SET", "P1W"), ("next week", 1, "DATE", "2012-W52"), ("Sunday", 2, "DATE", "2012-12-23")],
 "31_5ecbplus": [("Friday", 2, "DATE", "2013-03-08"), ("Friday", 3, "DATE", "2013-03-08"), ("now", 1, "DATE", "PRESENT_REF"),
                 *RANGE_9599, ("Thursday night", 1, "TIME", "2013-03-07TNI")],
 "32_1ecbplus": [("yesterday", 1, "DATE", "2013-06-09"), ("Saturday", 1, "DATE", "2013-06-08"),
                 ("the early hours", 1, "TIME", "2013-06-08TMO"), ("recently", 1, "DATE", "PAST_REF"),
                 ("the 1990s", 1, "DATE", "199"), ("12 weeks ago", 1, "DATE", "2013-W12"),
                 ("four year", 1, "DURATION", "P4Y"), ("two years", 1, "DURATION", "P2Y"),
                 ("the weekend", 1, "DATE", "2013-W23-WE"), ("Friday", 1, "DATE", "2013-06-07"),
                 ("recently", 2, "DATE", "PAST_REF"), ("Friday", 2, "DATE", "2013-06-07"),
                 ("about half an hour", 1, "DURATION", "PT30M")],
 "33_1ecbplus": [("Thursday", 1, "DATE", "2013-04-11"), ("October 21, 2011", 1, "DATE", "2011-10-21"),
                 ("Around 2: 18 p. m.", 1, "TIME", "2011-10-21T14:18"), ("that day", 1, "DATE", "2011-10-21"),
                 ("Monday", 1, "DATE", "2013-04-15")],
 "34_3ecbplus": [("Monday, July 13, 2009", 1, "DATE", "2009-07-13")],
 # round 4
 "29_2ecbplus": [("this season", 1, "DATE", "DCT:season"), ("over four minutes", 1, "DURATION", "PT4M"),
                 ("Monday", 1, "DATE", "2012-12-24"), ("months", 1, "DURATION", "PXM"), ("last April", 1, "DATE", "2012-04")],
 "31_6ecbplus": [("Friday", 1, "DATE", "DCT"), ("Saturday", 1, "DATE", "DCT"), ("Friday", 2, "DATE", "DCT"),
                 ("now", 1, "DATE", "PRESENT_REF"), *RANGE_9599, ("Thursday night", 1, "TIME", "DCT")],
 "32_3ecbplus": [("this morning", 1, "TIME", "2013-06-12TMO"), ("October 28", 1, "DATE", "2013-10-28"),
                 ("three days", 1, "DURATION", "P3D"), ("about 8. 40am", 1, "TIME", "2013-06-08T08:40"),
                 ("Saturday", 1, "DATE", "2013-06-08"), ("around 9. 35am", 1, "TIME", "2013-06-08T09:35"),
                 ("September 6", 1, "DATE", "2013-09-06")],
 "33_2ecbplus": [("yesterday", 1, "DATE", "2013-04-11"), ("2011", 1, "DATE", "2011"), ("Yesterday", 1, "DATE", "2013-04-11"),
                 ("the time", 1, "DATE", "EVENT:the shooting"), ("Monday", 1, "DATE", "2013-04-15")],
 "34_4ecbplus": [("late this morning", 1, "TIME", "2009-07-13TMO"), ("last year", 1, "DATE", "2008"),
                 ("2005", 1, "DATE", "2005"), ("1997", 1, "DATE", "1997"), ("1995", 1, "DATE", "1995"),
                 ("January", 1, "DATE", "2009-01"), ("today", 1, "DATE", "2009-07-13")],
}
# the reference date (URL y/m/d if the URL line has one, else the dateline; None when neither gives a
# full date) and the dateline's 1-based line number; the URL line and the dateline are not scored
ANCHOR = {"29_10ecbplus": ("2012-12-23", 3), "31_11ecbplus": ("2013-03-08", 3), "32_10ecbplus": ("2013-06-10", 3),
          "33_10ecbplus": ("2011-10-25", 3), "34_10ecbplus": ("2009-07-13", 3),
          "29_11ecbplus": ("2012-12-23", 3), "31_1ecbplus": ("2013-03-08", 2), "32_11ecbplus": ("2013-06-09", 3),
          "33_11ecbplus": ("2011-10-26", 3), "34_1ecbplus": ("2009-07-13", 4),
          "29_13ecbplus": ("2012-12-23", 3), "31_5ecbplus": ("2013-03-08", 2), "32_1ecbplus": ("2013-06-10", 3),
          "33_1ecbplus": ("2013-04-12", 3), "34_3ecbplus": ("2009-07-13", 3),
          "29_2ecbplus": ("2012-12-23", 3), "31_6ecbplus": (None, 3), "32_3ecbplus": ("2013-06-12", 3),
          "33_2ecbplus": ("2013-04-12", 3), "34_4ecbplus": ("2009-07-13", 3)}
total = 0
for doc, anns in A.items():
    text = (D / f"{doc}.txt").read_text(encoding="utf-8")
    lines = text.split("\n")
    starts = [sum(len(line) + 1 for line in lines[:k]) for k in range(len(lines))]
    out = []
    for s, n, typ, val in anns:
        hits = [m.start() for m in re.finditer(r"(?<!\w)" + re.escape(s) + r"(?!\w)", text)]
        i = hits[n - 1]
        rel = val.startswith(("DCT", "EVENT"))
        out.append({"start": i, "end": i + len(s), "text": s, "type": typ,
                    "value": None if rel else val, "dct_rule": val if rel else None})
    out.sort(key=lambda t: t["start"])
    dct, dateline = ANCHOR[doc]
    exclude = [[0, len(lines[0])]] if lines[0].startswith("http") else []
    if dateline > 1:
        exclude.append([starts[dateline - 1], starts[dateline - 1] + len(lines[dateline - 1])])
    for t in out:
        assert not any(a <= t["start"] < b for a, b in exclude), (doc, t)
    total += len(out)
    (D / f"{doc}.gold.json").write_text(json.dumps({"id": doc, "split": "dev", "dct": dct, "exclude": exclude,
                                                    "timex3": out}, indent=1) + "\n", encoding="utf-8")
print("ok", total)
