# Hand TIMEX3 annotations of whole Wikinews articles (issue 15, dates round 8), written by reading
# the texts before any hearsay run on them. Each entry is (text, occurrence, type, value) or
# (text, occurrence, type, value, context): the occurrence counts whole-word matches of `text` in
# the article (so "now" never matches "know"), or with a context, matches of the context string,
# the time being `text` inside it ("2010-11": the two years of a range).
# A value of None is a time the text gives no anchor for (scored for extent and type only).
# Running this file rewrites the gold files.
import json
import pathlib
import re
import sys

D = pathlib.Path(__file__).resolve().parent
# Selection (fixed before reading): the next three dev articles of each topic of
# ../../../../shared/datasets/wikinews-statements/articles.tsv after those ../dates-wikinews-full
# used, in that file's order (apple has no dev article left).
ORDER = ["73808", "87805", "100911", "121134", "123881", "124043", "113267", "113330", "114613"]
A = {
 "73808": [("Sunday", 1, "DATE", "2007-07-08"), ("7/8/07", 1, "DATE", "2007-07-08"), ("Saturday", 1, "DATE", "2007-07-07"),
           ("August", 1, "DATE", "2007-08"), ("September of this year", 1, "DATE", "2007-09"),
           ("May 2008", 1, "DATE", "2008-05"), ("April 2005", 1, "DATE", "2005-04"), ("later this year", 1, "DATE", "2007"),
           ("Earlier in the day", 1, "DATE", "2007-07-08"), ("Today", 1, "DATE", "2007-07-08"),
           ("tomorrow", 1, "DATE", "2007-07-09"), ("today", 1, "DATE", "2007-07-08")],
 "87805": [("this year", 1, "DATE", "2007"), ("two weeks ago", 1, "DATE", "2007-W49"), ("November 28", 1, "DATE", "2007-11-28")],
 "100911": [("a year", 1, "SET", "P1Y"), ("fifty-year", 1, "DURATION", "P50Y"), ("2010", 1, "DATE", "2010", "2010-11"),
            ("11", 1, "DATE", "2011", "2010-11"), ("2010", 1, "DATE", "2010"), ("three years afterwards", 1, "DATE", "2013"),
            ("right now", 1, "DATE", "PRESENT_REF"), ("2006", 1, "DATE", "2006"), ("2003", 1, "DATE", "2003"),
            ("decades", 1, "DURATION", "PXY"), ("every day", 1, "SET", "P1D"), ("2003", 2, "DATE", "2003"),
            # round 9: the adjectives "current"/"recent" (docs/dates.md, "current, recent, now")
            ("current", 1, "DATE", "PRESENT_REF")],
 "121134": [("the end of last year", 1, "DATE", "2008"), ("March", 1, "DATE", "2009-03"), ("today", 1, "DATE", "2009-02-18"),
            ("two years' time", 1, "DURATION", "P2Y"), ("2017", 1, "DATE", "2017"), ("this year", 1, "DATE", "2009"),
            ("several weeks", 1, "DURATION", "PXW"), ("the end of next month", 1, "DATE", "2009-03")],
 "123881": [("the next 30 days", 1, "DURATION", "P30D"), ("30 days", 2, "DURATION", "P30D"), ("per hour", 1, "SET", "PT1H"),
            ("March of 2008", 1, "DATE", "2008-03"), ("the end of May", 1, "DATE", "2009-05"), ("Sunday", 1, "DATE", "2009-03-29"),
            ("Tuesday", 1, "DATE", "2009-03-31"), ("recently", 1, "DATE", "PAST_REF"),
            ("the first two years", 1, "DURATION", "P2Y"), ("2008", 2, "DATE", "2008"), ("the previous month", 1, "DATE", "2009-02"),
            ("a year", 1, "SET", "P1Y"), ("December", 1, "DATE", "2008-12"),
            # round 9: the adjectives "current"/"recent" (docs/dates.md, "current, recent, now")
            ("current", 1, "DATE", "PRESENT_REF")],
 "124043": [("Wednesday", 1, "DATE", "2009-04-01"), ("March", 1, "DATE", "2009-03"), ("the last week of March", 1, "DATE", None),
            ("spring", 1, "DATE", "2009-SP"), ("March", 3, "DATE", "2009-03"), ("February", 1, "DATE", "2009-02"),
            ("1981", 1, "DATE", "1981"), ("today", 1, "DATE", "PRESENT_REF"), ("Wednesday", 2, "DATE", "2009-04-01")],
 "113267": [("Friday", 1, "DATE", "2008-09-19"), ("Friday", 2, "DATE", "2008-09-19"), ("1989", 1, "DATE", "1989"),
            ("Friday", 3, "DATE", "2008-09-19"), ("yesterday", 1, "DATE", "2008-09-17"), ("Wednesday", 1, "DATE", "2008-09-17"),
            ("early August", 1, "DATE", "2008-08"), ("several years", 1, "DURATION", "PXY"), ("October 1", 1, "DATE", "2008-10-01"),
            # round 9: the adjectives "current"/"recent" (docs/dates.md, "current, recent, now")
            ("current", 1, "DATE", "PRESENT_REF"), ("recent", 1, "DATE", "PAST_REF")],
 "113330": [("today", 1, "DATE", "2008-09-20"), ("14:58 UTC", 1, "TIME", "2008-09-20T14:58Z"), ("currently", 1, "DATE", "PRESENT_REF"),
            ("the start of the day", 1, "DATE", "2008-09-20"), ("14:58 UTC", 2, "TIME", "2008-09-20T14:58Z"),
            ("earlier today", 1, "DATE", "2008-09-20"), ("today", 3, "DATE", "2008-09-20"), ("the next year", 1, "DURATION", "P1Y"),
            ("1934", 1, "DATE", "1934")],
 "114613": [("today", 1, "DATE", "2008-10-07"), ("18:00 UTC", 1, "TIME", "2008-10-07T18:00Z"), ("the day", 1, "DATE", "2008-10-07"),
            ("today", 2, "DATE", "2008-10-07"), ("18:00 UTC", 2, "TIME", "2008-10-07T18:00Z"), ("today", 3, "DATE", "2008-10-07"),
            ("today", 4, "DATE", "2008-10-07"),
            # round 9: the adjectives "current"/"recent" (docs/dates.md, "current, recent, now")
            ("recent", 1, "DATE", "PAST_REF")],
}
if __name__ == "__main__":
    sys.path.insert(0, str(D.parent))
    from wikinews_dateline import dateline  # benchmarks/data/wikinews_dateline.py
    for doc in ORDER:
        text = (D / f"{doc}.txt").read_text(encoding="utf-8")
        dct, (d0, d1) = dateline(text)
        out = []
        for s, n, typ, val, *ctx in A[doc]:
            if ctx:
                hits = [m.start() + ctx[0].rfind(s) for m in re.finditer(re.escape(ctx[0]), text)]
            else:
                hits = [m.start() for m in re.finditer(rf"(?<![\w-]){re.escape(s)}(?![\w-])", text)]
            assert len(hits) >= n, (doc, s, n, len(hits))
            i = hits[n - 1]
            assert text[i:i + len(s)] == s, (doc, s)
            assert not d0 <= i < d1, (doc, s)  # never inside the (unscored) dateline
            out.append({"start": i, "end": i + len(s), "text": s, "type": typ, "value": val})
        out.sort(key=lambda t: t["start"])
        (D / f"{doc}.gold.json").write_text(json.dumps({"id": doc, "split": "dev", "dct": dct,
                                                        "exclude": [[d0, d1]], "timex3": out},
                                                       indent=1) + "\n", encoding="utf-8")
    print("ok", sum(len(v) for v in A.values()), "TIMEX3 in", len(ORDER), "articles")
