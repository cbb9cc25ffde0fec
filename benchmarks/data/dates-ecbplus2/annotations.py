# Hand TIMEX3 annotations of dates-ecbplus2 (issue 15, dates round 10), written by reading the texts
# before any hearsay run on them. Each entry is (text, occurrence, type, value); occurrence counts
# substring matches of `text` in the article. A value starting "DCT"/"EVENT" is relative to a date the
# text does not give (scored for extent and type only). Running this file rewrites the gold files.
import json
import pathlib

D = pathlib.Path(__file__).resolve().parent
A = {
 "22_10ecbplus": [("two years ago", 1, "DATE", "2010"), ("Monday", 1, "DATE", "2012-09-10"),
                  ("Monday", 3, "DATE", "2012-09-10"), ("September 2010", 1, "DATE", "2010-09"),
                  ("minutes", 1, "DURATION", "PTXM")],
 "23_10ecbplus": [("the weekend", 1, "DATE", "2013-W37-WE"), ("Saturday", 1, "DATE", "2013-09-14"),
                  ("the next morning", 1, "TIME", "2013-09-15TMO"), ("later in the day", 1, "DATE", "2013-09-15"),
                  ("The day before", 1, "DATE", "EVENT:-P1D"), ("this time", 1, "DATE", "PRESENT_REF")],
 "24_10ecbplus": [("Monday", 1, "DATE", "2013-09-09"), ("the early hours of the morning", 1, "TIME", "2013-09-09TMO"),
                  ("currently", 1, "DATE", "PRESENT_REF"), ("the end of July", 1, "DATE", "2013-07"),
                  ("December 2008", 1, "DATE", "2008-12"), ("2009", 1, "DATE", "2009")],
 "26_10ecbplus": [("Monday", 1, "DATE", "2005-12-19"), ("Monday", 2, "DATE", "2005-12-19"),
                  ("early Monday", 1, "DATE", "2005-12-19"), ("12 - year", 1, "DURATION", "P12Y"),
                  ("1997", 1, "DATE", "1997"), ("June 2010", 1, "DATE", "2010-06"), ("April 2003", 1, "DATE", "2003-04"),
                  ("the 1990s", 1, "DATE", "199"), ("three years", 1, "DURATION", "P3Y")],
 "27_10ecbplus": [],
 "28_10ecbplus": [("Tuesday", 1, "DATE", "2004-07-27"), ("41 / 2 months", 1, "DURATION", "P4.5M"),
                  ("1972", 1, "DATE", "1972")],
}
# the reference date fixed by the text (URL y/m/d, else the dateline) and the dateline's 1-based line
# number (1: none besides the URL line); the URL line and the dateline are not scored
ANCHOR = {"22_10ecbplus": ("2012-09-10", 4), "23_10ecbplus": ("2013-09-16", 4), "24_10ecbplus": ("2013-09-09", 1),
          "26_10ecbplus": ("2005-12-19", 3), "27_10ecbplus": ("2013-09-18", 2), "28_10ecbplus": ("2004-07-28", 3)}
for doc, anns in A.items():
    text = (D / f"{doc}.txt").read_text(encoding="utf-8")
    out = []
    for s, n, typ, val in anns:
        i = -1
        for _ in range(n):
            i = text.index(s, i + 1)
        rel = val.startswith(("DCT", "EVENT"))
        out.append({"start": i, "end": i + len(s), "text": s, "type": typ,
                    "value": None if rel else val, "dct_rule": val if rel else None})
    dct, dateline = ANCHOR[doc]
    lines = text.split("\n")
    starts = [sum(len(line) + 1 for line in lines[:k]) for k in range(len(lines))]
    exclude = [[0, len(lines[0])]] if lines[0].startswith("http") else []
    if dateline > 1:
        exclude.append([starts[dateline - 1], starts[dateline - 1] + len(lines[dateline - 1])])
    (D / f"{doc}.gold.json").write_text(json.dumps({"id": doc, "split": "dev", "dct": dct, "exclude": exclude,
                                                    "timex3": out}, indent=1) + "\n", encoding="utf-8")
print("ok")
