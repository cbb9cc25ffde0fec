"""Readers: HTML metadata, title lines and language (issue 2)."""

from __future__ import annotations

import pytest

from datetime import date

from hearsay.ingest.readers import make_article

PAGE = """<!doctype html><html><head>
<title>Minister resigns over port deal | The Example Times</title>
<meta property="og:title" content="Minister resigns over port deal">
<meta property="og:site_name" content="The Example Times">
<meta name="author" content="Jane Doe">
<meta property="article:published_time" content="2024-03-05T10:00:00Z">
<link rel="canonical" href="https://example.org/2024/03/05/minister-resigns">
</head><body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Minister resigns over port deal</h1>
<p>The transport minister resigned on Tuesday after a report found that the port contract had
been awarded without a tender, officials said.</p>
<p>“I take full responsibility,” the minister told reporters outside parliament.</p>
<p>The opposition said the deal had cost taxpayers more than 40 million euros.</p>
</article><footer>© 2024 The Example Times. All rights reserved.</footer></body></html>"""


def test_ingest_readers_html_metadata():
    article = make_article(html=PAGE, origin="page.html")
    assert article.title == "Minister resigns over port deal"
    assert article.source == "The Example Times"
    assert article.authors == ("Jane Doe",)
    assert article.published == date(2024, 3, 5)
    assert article.url == "https://example.org/2024/03/05/minister-resigns"
    assert "awarded without a tender" in article.text
    assert "All rights reserved" not in article.text and "Home" not in article.text.split("\n")[0]


def test_ingest_readers_given_metadata_wins_over_the_page():
    article = make_article(html=PAGE, origin="x", meta={"title": "Given", "published": "2024-01-02"})
    assert article.title == "Given" and article.published == date(2024, 1, 2)


def test_ingest_readers_title_line_only_when_headline_like():
    assert make_article(text="Floods hit the north\nRivers rose overnight.", origin="x").title == "Floods hit the north"
    assert make_article(text="Rivers rose overnight.\nMore rain is due.", origin="x").title is None


def test_ingest_readers_language_is_detected():
    """issue 18: an article in a language without a pipeline is skipped, not analysed as English."""
    from hearsay.errors import LanguageSkipped

    with pytest.raises(LanguageSkipped, match="written in 'fr'"):
        make_article(text="Le président a déclaré que la réunion était terminée hier soir.", origin="x")
    with pytest.raises(LanguageSkipped, match="written in 'de'"):
        make_article(text="Ministers met.", origin="x", meta={"language": "de-AT"})  # declared, not detected
    assert make_article(text="The president said the meeting had ended last night.", origin="x").language == "en"
    # short English that the identifier scores as Dutch or Afrikaans with low confidence stays English
    assert make_article(text="Angela Merkel met Emmanuel Macron in Paris.", origin="x").language == "en"
    assert LanguageSkipped.exit_code == 0  # a skip is recorded, the run does not fail


_RUSSIAN = ("Вчера вечером на центральной площади города собрались тысячи людей, которые требовали честных "
            "выборов и отставки правительства. Полиция задержала несколько десятков участников акции, а "
            "организаторы заявили, что продолжат протесты на следующей неделе. Многие блогеры написали, что "
            "власти боятся собственного народа и не готовы к диалогу с оппозицией. ")


def _english_report_quoting_russian(flat: bool) -> str:
    paragraphs = [
        "Russia: Bloggers Debate the Protests",
        "Blogger Ivan Petrov described the evening on his blog:",
        _RUSSIAN * 3,
        "Yesterday evening thousands of people gathered on the central square of the city, demanding honest "
        "elections and the resignation of the government. The police detained several dozen participants, "
        "and the organisers said that they would continue the protests next week.",
        "Other bloggers disagreed. Anna Smirnova wrote that the protesters had no clear programme and that "
        "most citizens were more worried about prices and wages than about elections. She added that the "
        "opposition should talk to people outside the big cities if it wanted to win their support.",
        "The debate continued on Twitter late into the night, where users shared photographs of the square "
        "and argued about the number of people who had taken part in the rally and about what comes next.",
    ]
    return (" " if flat else "\n").join(paragraphs)


@pytest.mark.parametrize("flat", [False, True])
def test_ingest_readers_english_report_opening_on_a_long_quotation_stays_english(flat):
    """An English post whose first 2,000 characters are mostly a Russian blog excerpt (statements-gv2012b's
    shape: a quotation in the original, then its translation) is English: the pipeline analyses its English
    paragraphs. It was skipped as Russian before session 24, paragraph breaks or not."""
    assert make_article(text=_english_report_quoting_russian(flat), origin="x").language == "en"


def test_ingest_readers_page_in_another_language_with_an_english_line_is_still_skipped():
    from hearsay.errors import LanguageSkipped

    page = "\n".join(["Home | News | Contact", _RUSSIAN * 2, "Share this article", _RUSSIAN * 2, _RUSSIAN])
    with pytest.raises(LanguageSkipped, match="written in 'ru'"):
        make_article(text=page, origin="x")
