# Hand TIMEX3 annotations of whole Wikinews articles (issue 15, dates round 7), written by reading
# the texts before any hearsay run on them. Each entry is (text, occurrence, type, value); the
# occurrence counts whole-word matches of `text` in the article (so "now" never matches "know").
# A value of None is a time the text gives no anchor for (scored for extent and type only).
# Running this file rewrites the gold files.
import json
import pathlib
import re
import sys

D = pathlib.Path(__file__).resolve().parent
# Selection (fixed before reading): the first three dev articles of each topic of
# ../../../../shared/datasets/wikinews-statements/articles.tsv, in that file's order.
ORDER = ["1173", "51682", "71426", "10450", "40203", "60083", "31706", "118147", "118175", "76437", "82738", "112579"]
A = {
 "1173": [("last week", 1, "DATE", "2004-W47"), ("October", 1, "DATE", "2004-10"), ("months", 1, "DURATION", "PXM"),
          ("now", 1, "DATE", "PRESENT_REF"), ("recent years", 1, "DURATION", "PXY"),
          ("the next few years", 1, "DURATION", "PXY"), ("last year", 1, "DATE", "2003"), ("Days", 1, "DURATION", "PXD")],
 "51682": [("later this year", 1, "DATE", "2006"), ("October 2007", 1, "DATE", "2007-10"), ("currently", 1, "DATE", "PRESENT_REF"),
           ("two years", 1, "DURATION", "P2Y")],
 "71426": [("2009", 1, "DATE", "2009"), ("2011", 1, "DATE", "2011"), ("2014", 1, "DATE", "2014"), ("2016", 1, "DATE", "2016"),
           ("currently", 1, "DATE", "PRESENT_REF"), ("2018", 1, "DATE", "2018"), ("September 2006", 1, "DATE", "2006-09"),
           ("recently", 1, "DATE", "PAST_REF"), ("the day", 1, "DATE", None), ("December", 1, "DATE", "2006-12"),
            # round 10: a range is one DURATION besides its points (docs/dates.md, "Conventions decided ... round 10")
            ("from 2009 to 2011", 1, "DURATION", "P2Y"), ("between 2014 and 2016", 1, "DURATION", "P2Y")],
 "10450": [("2005", 1, "DATE", "2005"), ("annual", 1, "SET", "P1Y"), ("Monday", 1, "DATE", "2005-06-06"),
           ("the past decade", 1, "DURATION", "P10Y"), ("per week", 1, "SET", "P1W"), ("yearly", 1, "SET", "P1Y"),
           ("9 months ago", 1, "DATE", "2004-09"), ("soon", 1, "DATE", "FUTURE_REF"), ("the 6 weeks", 1, "DURATION", "P6W"),
           ("2007", 1, "DATE", "2007"), ("the same time", 1, "DATE", "2007"), ("eleven year", 1, "DURATION", "P11Y"),
           ("recently", 1, "DATE", "PAST_REF"), ("next year", 1, "DATE", "2006"), ("five years", 1, "DURATION", "P5Y"),
            # round 9: the adjectives "current"/"recent" (docs/dates.md, "current, recent, now")
            ("Current", 1, "DATE", "PRESENT_REF")],
 "40203": [("today", 1, "DATE", "2006-05-08"), ("1991", 1, "DATE", "1991"), ("1991", 2, "DATE", "1991"),
           ("now", 1, "DATE", "PRESENT_REF")],
 "60083": [("Monday", 1, "DATE", "2007-02-05"), ("1991", 1, "DATE", "1991"), ("the future", 1, "DATE", "FUTURE_REF"),
           ("The years ahead", 1, "DURATION", "PXY"), ("many years", 1, "DURATION", "PXY")],
 "31706": [("2012", 1, "DATE", "2012"), ("last year", 1, "DATE", "2005"), ("2008", 1, "DATE", "2008"),
           ("the end of this year", 1, "DATE", "2006"), ("2005", 1, "DATE", "2005"), ("today", 1, "DATE", "2006-01-23"),
           ("the years", 1, "DURATION", "PXY"), ("two to three years", 1, "DURATION", "PXY"), ("2008", 2, "DATE", "2008"),
           ("2012", 2, "DATE", "2012"), ("later this year", 1, "DATE", "2006"), ("today", 2, "DATE", "2006-01-23"),
           ("the future", 1, "DATE", "FUTURE_REF"),
            # round 9: the adjectives "current"/"recent" (docs/dates.md, "current, recent, now")
            ("current", 1, "DATE", "PRESENT_REF")],
 "118147": [("next year", 1, "DATE", "2009"), ("tomorrow", 1, "DATE", "2008-12-13"), ("now", 1, "DATE", "PRESENT_REF"),
            ("midday", 1, "TIME", "2008-12-12T12:00")],
 "118175": [("this week", 1, "DATE", "2008-W50"), ("this time", 1, "DATE", "PRESENT_REF"),
            ("Earlier this week", 1, "DATE", "2008-W50"), ("next year", 1, "DATE", "2009"),
            # round 9: the adjectives "current"/"recent" (docs/dates.md, "current, recent, now")
            ("current", 1, "DATE", "PRESENT_REF")],
 "76437": [("today", 1, "DATE", "2007-08-10"), ("late in the day", 1, "DATE", "2007-08-10"), ("the day", 2, "DATE", "2007-08-10"),
           ("Yesterday", 1, "DATE", "2007-08-09"), ("Friday", 1, "DATE", "2007-08-10"), ("Friday", 2, "DATE", "2007-08-10"),
           ("this week", 1, "DATE", "2007-W32"), ("Friday", 3, "DATE", "2007-08-10"), ("last Friday", 1, "DATE", "2007-08-03"),
           ("this week", 2, "DATE", "2007-W32"), ("recently", 1, "DATE", "PAST_REF"),
           ("more than two years", 1, "DURATION", "P2Y"), ("Now", 1, "DATE", "PRESENT_REF"),
           ("Last Friday", 1, "DATE", "2007-08-03")],
 "82738": [("Today", 1, "DATE", "2007-10-20"), ("20 years ago", 1, "DATE", "1987"), ("Friday", 1, "DATE", "2007-10-19"),
           ("October 18", 1, "DATE", "2007-10-18"), ("October 18", 2, "DATE", "2007-10-18"), ("Friday", 2, "DATE", "2007-10-19"),
           ("October 1987", 1, "DATE", "1987-10")],
 "112579": [("Thursday", 1, "DATE", "2008-09-04"), ("Thursday", 2, "DATE", "2008-09-04"), ("weekly", 1, "SET", "P1W"),
            ("last week", 1, "DATE", "2008-W35"), ("five-year", 1, "DURATION", "P5Y"), ("This morning", 1, "TIME", "2008-09-04TMO"),
            ("the remainder of the year", 1, "DATE", "2008"), ("Wednesday", 1, "DATE", "2008-09-03"),
            ("June of this year", 1, "DATE", "2008-06"), ("Friday", 1, "DATE", "2008-09-05"), ("August", 1, "DATE", "2008-08"),
            ("August", 2, "DATE", "2008-08"), ("several months", 1, "DURATION", "PXM"), ("Wednesday", 2, "DATE", "2008-09-03"),
            ("2009", 1, "DATE", "2009")],
}
if __name__ == "__main__":
    sys.path.insert(0, str(D.parent))
    from wikinews_dateline import dateline  # benchmarks/data/wikinews_dateline.py
    for doc in ORDER:
        text = (D / f"{doc}.txt").read_text(encoding="utf-8")
        dct, (d0, d1) = dateline(text)
        out = []
        for s, n, typ, val in A[doc]:
            hits = [m.start() for m in re.finditer(rf"(?<![\w-]){re.escape(s)}(?![\w-])", text)]
            assert len(hits) >= n, (doc, s, n, len(hits))
            i = hits[n - 1]
            assert not d0 <= i < d1, (doc, s)  # never inside the (unscored) dateline
            out.append({"start": i, "end": i + len(s), "text": s, "type": typ, "value": val})
        out.sort(key=lambda t: t["start"])
        (D / f"{doc}.gold.json").write_text(json.dumps({"id": doc, "split": "dev", "dct": dct,
                                                        "exclude": [[d0, d1]], "timex3": out},
                                                       indent=1) + "\n", encoding="utf-8")
    print("ok", sum(len(v) for v in A.values()), "TIMEX3 in", len(ORDER), "articles")
