"""Page zones on hand-written page shapes: what is story and what is furniture (issue 11)."""

from __future__ import annotations

import pytest

from hearsay.extract.zones import find_zones

STORY = "Troops crossed the river on Monday, officials said.\n"


@pytest.mark.parametrize(("line", "kind"), [
    ("By Anna Petrova", "byline"),
    ("Photo: Reuters", "credit"),
    ("Image credit: Getty Images", "credit"),
    ("Follow us on Twitter for more updates.", "social"),
    ("About the author: Jane Roe has covered Asia for 20 years.", "bio"),
    # the round-12 entity audit (aeb-f8ff621a0b9b): the publisher had joined the Dow Jones index
    ("Copyright ©2019 Dow Jones & Company, Inc. All Rights Reserved", "rights"),
    ("© 2024 Reuters. All rights reserved.", "rights"),
    ("(c) 2009 The Associated Press.", "rights"),
])
def test_zones_furniture_line(line: str, kind: str) -> None:
    text = STORY + line + "\n" + STORY
    start = text.index(line)
    assert find_zones(text).kind_at(start, start + len(line)) == kind


def test_zones_bio_runs_to_the_end_of_the_page() -> None:
    text = STORY + "About the author\nShe has written 3,200 articles.\n"
    zones = find_zones(text)
    assert zones.kind_at(text.index("3,200")) == "bio"
    assert zones.is_story(0, len(STORY) - 1)


def test_zones_title_case_line_between_paragraphs_is_a_heading() -> None:
    text = STORY + "Pyongyang Sends More Troops To The Front\n" + STORY
    start = text.index("Pyongyang")
    zones = find_zones(text)
    assert zones.kind_at(start) == "heading" and zones.is_story(start)


@pytest.mark.parametrize("line", [
    "By the end of the week, the troops had withdrawn.",   # "By" opening a sentence is not a byline
    "The photo showed three soldiers at the border.",      # a photo mentioned in the story
    "Officials said the figures would be published.",
    "The copyright case was heard in Paris on Monday.",  # "copyright" inside a story sentence
])
def test_zones_story_sentences_are_story(line: str) -> None:
    text = STORY + line + "\n" + STORY
    assert find_zones(text).is_story(text.index(line))
