"""Quotation spans from quotation marks (issue 3)."""

from hearsay.extract.statements._quote_marks import find_quote_spans


def test_quotes_marks_curly_and_straight():
    text = 'He said “Yes, we will.” She said "No."'
    spans = [text[q.start:q.end] for q in find_quote_spans(text)]
    assert spans == ["Yes, we will.", "No."]


def test_quotes_marks_apostrophe_never_opens():
    text = "The troops’ role and Airbus’ jets were ‘praised’ there."
    assert [text[q.start:q.end] for q in find_quote_spans(text)] == ["praised"]


def test_quotes_marks_unclosed_quote_stops_at_paragraph_reopened():
    text = "“First paragraph goes on.\n“Second one closes.”\n"
    spans = find_quote_spans(text)
    assert [text[q.start:q.end] for q in spans] == ["First paragraph goes on.", "Second one closes."]
    assert spans[0].close is None


def test_quotes_marks_nested_quotes_give_the_outer_span():
    text = "He said “we read ‘well, fine’ in it.” Then left."
    assert [text[q.start:q.end] for q in find_quote_spans(text)] == ["we read ‘well, fine’ in it."]


def test_quotes_marks_spaced_straight_quotes_of_tokenised_text():
    text = '" Yes , " he said , " we will . "\n" Good . "\n'
    assert [text[q.start:q.end].strip() for q in find_quote_spans(text)] == ["Yes ,", "we will .", "Good ."]


def test_quotes_marks_stray_spaced_straight_mark_never_opens():
    text = 'A 5 " screen and a 7 inch one.\n'
    assert find_quote_spans(text) == []


def test_quotes_marks_quote_runs_over_unmarked_lines_to_its_close():
    text = "“I stayed.\nIt was silly.\nReally,” she said.\n"
    assert [text[q.start:q.end] for q in find_quote_spans(text)] == ["I stayed.\nIt was silly.\nReally,"]
