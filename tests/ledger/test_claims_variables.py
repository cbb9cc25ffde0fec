"""A figure's variable from its sentence (issue 13): hand-written sentence -> expected tables."""

from __future__ import annotations

import pytest

from hearsay.ledger.variables import UNKNOWN_TIME, normalise_unit, sentence_of, variable_of
from hearsay.model import Figure


def fig(text: str, span: str, quantity: str | None, *, value: float | None = None, unit: str | None = None,
        as_of: str | None = None) -> Figure:
    start = text.index(span)
    return Figure(id="f1", text=span, start=start, end=start + len(span), value=value, low=value, high=value,
                  quantity=quantity, unit=unit, as_of=as_of)


# sentence, figure text, extractor quantity, value, unit -> expected measure, place, basis
MEASURES = [
    ("Pyongyang sent 11,000 troops to aid Russia.", "11,000 troops", "troops", 11000, None, "troops deployed", None, "total"),
    ("As many as 1,000 were believed to have been killed.", "As many as 1,000", "killed", 1000, None, "killed", None, "total"),
    ("The company will cut 400 jobs at Filton, the union said.", "400 jobs", "jobs", 400, None, "jobs cut", "Filton", "total"),
    ("Airbus plans to cut 4,300 jobs in total.", "4,300 jobs", "jobs", 4300, None, "jobs cut", None, "total"),
    ("A further 3,000 troops arrived in May.", "3,000 troops", "troops", 3000, None, "troops", None, "increment"),
    ("About 1,600 jobs will go at each site.", "About 1,600 jobs", "jobs", 1600, None, "jobs", None, "part"),
    ("Of the 500 people arrested, 40 were charged, of whom 12 were jailed.", "12", "people", 12, None, "people", None, "part"),
    ("The field pumps 300 barrels per day.", "300 barrels", "barrels", 300, None, "barrels", None, "per day"),
    ("The plant makes 20,000 cars a year.", "20,000 cars", "cars", 20000, None, "cars", None, "per year"),
    ("The price of a ticket rose to $45.", "$45", "money", 45, "USD", "price", None, "total"),
    ("Unemployment rose to 5.2 percent in March.", "5.2 percent", "percent", 5.2, "%", "unemployment", None, "total"),
    ("Shares rose 3 percent on Monday.", "3 percent", "percent", 3, "%", "shares", None, "change"),
    ("Profits were up 12 percent while 300 staff left.", "12 percent", "percent", 12, "%", "profits", None, "change"),
    ("Unemployment rose to 5.2 percent in May.", "5.2 percent", "percent", 5.2, "%", "unemployment", None, "total"),
    ("Benchmark notes rose 7/32 in price to yield 1.786%.", "1.786%", "percent", 1.786, "%", "yield", None, "total"),
    ("Fleet sales were up from 13.2 percent in September.", "13.2 percent", "percent", 13.2, "%", "sales", None, "total"),
    ("Capacity reached around 8.69 GW at the end of 2017.", "around 8.69 GW", "gw", 8.69, None, None, None, "total"),
    ("The deal was worth 17 cents a share.", "17 cents", "money", 17, "USD cents", "deal", None, "per share"),  # a price per share, not the deal's total (round 7)
    ("It said 2 billion dollars would be spent.", "2 billion dollars", "money", 2e9, "USD", None, None, "total"),
]


@pytest.mark.parametrize(("text", "span", "quantity", "value", "unit", "measure", "place", "basis"), MEASURES)
def test_measure_place_and_basis(text, span, quantity, value, unit, measure, place, basis) -> None:  # type: ignore[no-untyped-def]
    v = variable_of(fig(text, span, quantity, value=value, unit=unit), text)
    assert (v.measure, v.place, v.basis) == (measure, place, basis)
    assert v.comparable == (measure is not None)


NOT_COUNTS = [
    ("The meeting starts at 1800 GMT on Friday.", "1800", "a", 1800, "clock time"),
    ("The vote closes at 10:30 pm.", "10:30", None, 10, "clock time"),
    ("The bridge was built in 1932 by the council.", "1932", "bridge", 1932, "a year"),
    ("Henman, ranked No. 6 in the world, lost.", "6", "weapons and equipment", 6, "a rank"),
    ("Henman beat Agassi 6-4 6-3 in the final.", "6", "weapons and equipment", 6, "a score"),
    ("Boeing said orders for the 787 had risen.", "787", "weapons and equipment", 787, "a model number or name"),
    ("Emirates will buy 30 of Boeing's 787-9 Dreamliner jets.", "787", "weapons and equipment", 787, "a model number or name"),
    ("The new iPod comes in a 30GB edition.", "30GB", "gb", 30, "a product specification"),
    ("Federer 1,234 Nadal 1,100 Murray 980", "1,100", "weapons and equipment", 1100, "a table row"),
]


@pytest.mark.parametrize(("text", "span", "quantity", "value", "why"), NOT_COUNTS)
def test_not_counts_join_no_series(text, span, quantity, value, why) -> None:  # type: ignore[no-untyped-def]
    v = variable_of(fig(text, span, quantity, value=value), text)
    assert v.kind == f"not a count: {why}"
    assert not v.comparable


def test_plain_counts_stay_counts() -> None:
    text = "The quake killed 250 people and 1,000 homes were destroyed in 2009."
    v = variable_of(fig(text, "250 people", "killed", value=250, as_of="2009"), text)
    assert v.kind == "count" and v.comparable and v.time == "2009"


def test_time_is_explicit_or_unknown() -> None:
    text = "Some 4,000 soldiers were killed."
    assert variable_of(fig(text, "Some 4,000", "killed", value=4000), text).time == UNKNOWN_TIME
    assert variable_of(fig(text, "Some 4,000", "killed", value=4000, as_of="2025-01"), text).time == "2025-01"


@pytest.mark.parametrize(("unit", "expected"), [
    ("USD", ("USD", 1.0)), ("USD cents", ("USD", 0.01)), ("GBP pence", ("GBP", 0.01)), ("%", ("%", 1.0)),
    ("percentage points", ("percentage points", 1.0)), ("km", ("km", 1.0)), (None, (None, 1.0)),
])
def test_units(unit, expected) -> None:  # type: ignore[no-untyped-def]
    assert normalise_unit(unit) == expected


def test_sentence_of_stays_inside_one_sentence() -> None:
    text = "First one. Then 5 troops came. Last one."
    start = text.index("5 troops")
    lo, hi = sentence_of(text, start, start + 8)
    assert text[lo:hi] == "Then 5 troops came."


@pytest.mark.parametrize(("text", "span", "quantity", "value", "measure"), [
    ("The quake killed 10 people, officials said.", "10 people", "people", 10, "killed"),
    ("Police said 12 people were injured in the riots.", "12 people", "people", 12, "injured"),
    ("Three villagers were slightly injured.", "Three villagers", "villagers", 3, "injured"),
])
def test_people_killed_is_killed(text, span, quantity, value, measure) -> None:  # type: ignore[no-untyped-def]
    assert variable_of(fig(text, span, quantity, value=value), text).measure == measure


@pytest.mark.parametrize(("text", "span", "quantity", "value", "why"), [
    ("He ran for 112 yards and two touchdowns.", "112 yards", "yard", 112, "a sports statistic"),
    ("Police were called at 8: 39 a. m. on Saturday.", "8: 39", None, 8, "clock time"),
])
def test_more_non_counts(text, span, quantity, value, why) -> None:  # type: ignore[no-untyped-def]
    assert variable_of(fig(text, span, quantity, value=value), text).kind == f"not a count: {why}"


@pytest.mark.parametrize(("text", "span", "quantity", "value", "measure"), [
    ("The quake hit on Sunday, killing 10 people and injuring 80.", "10 people", "people", 10, "killed"),
    ("It killed 10 persons and wounding other 70, officials said.", "70", "killed", 70, "injured"),
    ("He faces two counts of murder and one count of kidnapping.", "two counts", "count", 2, "count of murder"),
    ("He faces two counts of murder and one count of kidnapping.", "one count", "count", 1, "count of kidnapping"),
])
def test_verb_right_before_and_of_qualifier(text, span, quantity, value, measure) -> None:  # type: ignore[no-untyped-def]
    assert variable_of(fig(text, span, quantity, value=value), text).measure == measure


def test_of_qualifier_only_follows_the_counted_noun() -> None:
    text = "He was found guilty of murder and dozens of other counts."
    assert variable_of(fig(text, "dozens", "count", value=24), text).measure == "count"


def test_hurt_is_injured_even_after_killed() -> None:
    text = "Ten people are killed and about 50 hurt."
    assert variable_of(fig(text, "about 50 hurt", "hurt", value=50), text).measure == "injured"


# Round 3: a toll counts people and names its fate next to the figure; split numbers and web addresses are no counts.
TOLLS = [
    ("Ten people were killed and at least 50 injured when the quake struck.", "at least 50", "killed", 50, "injured"),
    ("The quake struck at dawn, killing 10 people and wounding other 70.", "70", "wounded", 70, "injured"),
    ("The death toll from the quake rose to 10 on Monday.", "10", "killed", 10, "killed"),
    ("Ten dead in southern Iran quake", "Ten", "killed", 10, "killed"),
    ("The governor said four villages had been destroyed and three people killed.", "four villages", "killed", 4, None),
    ("Two helicopters began moving the injured to the hospital.", "Two helicopters", "injured", 2, None),
    ("A quake with a magnitude of 6.1 struck, killing seven people.", "6.1", "killed", 6.1, "magnitude"),  # not a toll (r4: a magnitude)
    ("I saw an injured person being taken away, one woman in the town told the agency.", "one woman", "injured", 1, None),
    ("A man suspected of shooting three people, killing one, was arrested.", "three people", "killed", 3, None),
    ("She opened fire, killing two workers and wounding two others.", "two others", "other", 2, "injured"),
    ("As many as 1,000 North Korean soldiers were killed, the BBC said.", "As many as 1,000", "killed", 1000, "killed"),
]


@pytest.mark.parametrize(("text", "span", "quantity", "value", "measure"), TOLLS)
def test_tolls_count_people_and_name_their_fate(text, span, quantity, value, measure) -> None:  # type: ignore[no-untyped-def]
    assert variable_of(fig(text, span, quantity, value=value), text).measure == measure


@pytest.mark.parametrize(("text", "span", "value", "why"), [
    ("The island, home to 120, 000 people, was hit.", "000 people", 0, "a number fragment"),
    ("The island, home to 120, 000 people, was hit.", "120", 120, "a number fragment"),
    ("Prices rose 6. 1 percent in May.", "6", 6, "a number fragment"),  # r4: "The 6. 1 - magnitude quake" is a magnitude
    ("http: / / www. example. com / news / three - killed - as - rioters - bomb - bank", "three", 3, "part of a web address"),
])
def test_fragments_and_addresses_are_no_counts(text, span, value, why) -> None:  # type: ignore[no-untyped-def]
    assert variable_of(fig(text, span, "people", value=value), text).kind == f"not a count: {why}"


def test_a_year_before_a_count_is_not_a_fragment() -> None:
    text = "In 2005, 100 people were killed in the floods."
    assert variable_of(fig(text, "100 people", "killed", value=100), text).measure == "killed"


def test_n_of_the_m_is_a_part() -> None:
    text = "He said 30 of the 80 wounded remained in hospital."
    assert variable_of(fig(text, "30", "wounded", value=30), text).basis == "part"
    assert variable_of(fig(text, "80", "wounded", value=80), text).basis == "total"


@pytest.mark.parametrize(("text", "span", "value", "measure"), [
    ("Emirates had a fleet of 270 aircraft, including 12 freighters.", "270 aircraft", 270, "aircraft"),
    ("Sales fell to nine million in March, compared to February's 9.12 million, the lowest since 1981.", "9.12 million",
     9.12e6, None),
    ("Russia supplied at least one Pantsir to the army.", "at least one Pantsir", 1, "pantsir"),
])
def test_the_weapons_class_is_measured_by_the_noun_counted(text, span, value, measure) -> None:  # type: ignore[no-untyped-def]
    assert variable_of(fig(text, span, "weapons and equipment", value=value), text).measure == measure


@pytest.mark.parametrize(("text", "span", "quantity", "value", "unit", "measure", "basis"), [
    ("GM reported losing $4.8 billion in the fourth quarter of 2005 and a total loss of $8.6 billion for the entire year.",
     "$8.6 billion", "money", 8.6e9, "USD", "loss", "per year"),
    ("GM reported losing $4.8 billion in the fourth quarter of 2005 and a total loss of $8.6 billion for the entire year.",
     "$4.8 billion", "money", 4.8e9, "USD", None, "per quarter"),
    ("In the first quarter of last year, GM had reported a loss of $381 million.", "$381 million", "money", 3.81e8, "USD",
     "loss", "per quarter"),
    ("Modi pledged to double capacity, going from 175 gigawatts to 450 gigawatts by 2022.", "450 gigawatts", "gigawatt", 450,
     None, "gigawatt", "target"),
    ("Modi pledged to double capacity, going from 175 gigawatts to 450 gigawatts by 2022.", "175 gigawatts", "gigawatt", 175,
     None, "gigawatt", "total"),
    ("Ford Motor Company cutting 30,000 jobs by 2012", "30,000 jobs", "jobs", 30000, None, "jobs cut", "total"),
    ("A plan to bail out three large American auto companies failed.", "three large American auto companies", "company", 3,
     None, None, "total"),
])
def test_periods_targets_and_vague_counts(text, span, quantity, value, unit, measure, basis) -> None:  # type: ignore[no-untyped-def]
    v = variable_of(fig(text, span, quantity, value=value, unit=unit), text)
    assert (v.measure, v.basis) == (measure, basis)


# Round 4: an earthquake's magnitude is one value per quake; aftershocks and other numbers are not it.
MAGNITUDES = [
    ("A 5.6 magnitude earthquake hit an island off Iran's southern coast on Sunday.", "5.6 magnitude", "magnitude", 5.6, True),
    ("An earthquake with a magnitude of 5.6 on the Richter scale shook the island.", "5.6", None, 5.6, True),
    ("Iran's state television says a magnitude-5.2 quake has injured three people.", "5.2", None, 5.2, True),
    ("An earthquake measuring 5.6 on the Richter scale jolted Qeshm island.", "5.6", None, 5.6, True),
    ("An earthquake with a magnitude of at least 5.9 hit southern Iran on Sunday.", "5.9", None, 5.9, True),
    ("The quake was followed by aftershocks of magnitude 3.8 on Monday.", "3.8", None, 3.8, False),
    ("The quake has been followed by aftershocks measuring 2.8 on the Richter scale.", "2.8", None, 2.8, False),
    ("The quake destroyed 5 villages near the coast.", "5 villages", "village", 5, False),
    ("The magnitude of the disaster: 120 homes were destroyed.", "120 homes", "home", 120, False),
]


@pytest.mark.parametrize(("text", "span", "quantity", "value", "is_magnitude"), MAGNITUDES)
def test_magnitude_of_a_quake(text, span, quantity, value, is_magnitude) -> None:  # type: ignore[no-untyped-def]
    v = variable_of(fig(text, span, quantity, value=value), text)
    assert (v.measure == "magnitude") is is_magnitude
    if is_magnitude:
        assert v.label == "magnitude" and v.comparable


def _at(text: str, span: str, value: float | None) -> Figure:
    start = text.index(span)
    return Figure(id="f1", text=span, start=start, end=start + len(span), value=value, low=value, high=value)


# Tokenised text splits a decimal ("5. 9"): read whole, it is a quake's magnitude when the words say so.
SPLIT = [
    ("A 5. 9 magnitude earthquake has leveled seven villages.", "5", 5.0, (5.9, "magnitude")),
    ("A 5. 9 magnitude earthquake has leveled seven villages.", "9 magnitude", 9.0, (5.9, "magnitude")),
    ("The 6. 1 - magnitude quake struck Qeshm island.", "6", 6.0, (6.1, "magnitude")),
    ("It was first rocked by a magnitude - 5. 9 earthquake early Sunday.", "9 earthquake", 9.0, (5.9, "magnitude")),
    ("Tremors from an earthquake registering 6. 1 on the Richter scale were felt in Dubai.", "6", 6.0, (6.1, "magnitude")),
    ("Aftershocks measuring 3. 8 on the Richter scale followed.", "3", 3.0, None),
    ("Prices rose 5. 9 percent in May.", "5", 5.0, None),  # a split decimal, but no magnitude
    ("The island, home to 120, 000 people, was hit.", "120", 120.0, None),
    ("The school was built in 2005. 9 people died there.", "9", 9.0, None),
]


@pytest.mark.parametrize(("text", "span", "value", "expected"), SPLIT)
def test_a_split_decimal_magnitude_is_read_whole(text: str, span: str, value: float,
                                                 expected: tuple[float, str] | None) -> None:
    from hearsay.ledger.variables import magnitude_value

    f = _at(text, span, value)
    whole = magnitude_value(f, text)
    v = variable_of(f, text)
    if expected is None:
        assert whole is None and v.measure != "magnitude"
    else:
        assert whole is not None and whole[0] == expected[0] and v.measure == expected[1]


def test_a_hedged_first_half_keeps_its_hedge_and_start() -> None:
    from hearsay.ledger.variables import split_decimal

    text = "An earthquake with a magnitude of at least 5. 9 hit southern Iran on Sunday."
    f = Figure(id="f1", text="at least 5", start=text.index("at least"), end=text.index("5.") + 1, value=5, low=5, high=None)
    assert split_decimal(f, text) == (5.9, text.index("5."), text.index("5.") + 4)
    text = "Geological Survey puts the magnitude at 6. 1."
    assert variable_of(_at(text, "6", 6), text).measure == "magnitude"


@pytest.mark.parametrize(("text", "span", "quantity", "value", "why"), [
    ("Elections will be held on a two - party basis.", "two", "party", 2, "a compound modifier"),
    ("The Red Sox made an eight-year offer.", "eight", "year", 8, "a compound modifier"),
    ("A 10 - year - old boy was hurt.", "10", "year", 10, "a compound modifier"),
])
def test_a_number_hyphenated_to_a_modifier_is_no_count(text, span, quantity, value, why) -> None:  # type: ignore[no-untyped-def]
    assert variable_of(fig(text, span, quantity, value=value), text).kind == f"not a count: {why}"


def test_fractions_and_ranges_are_not_modifiers() -> None:
    text = "Two - thirds of the 90 workers were laid off."
    assert not variable_of(fig(text, "Two", "worker", value=2), text).kind.startswith("not a count: a compound")
    text = "Police said 10 - 15 people were injured."
    assert not variable_of(fig(text, "10", "people", value=10), text).kind.startswith("not a count: a compound")


# round 5: a part of a stated whole with a verb of its own is the toll of that fate
PART_FATES = [
    ("Local news originally reported that two of the three victims died.", "two", "killed", 2, "killed", "total"),
    ("Police said 2 of the 5 hostages were killed on Monday.", "2", None, 2, "killed", "total"),
    ("Two of the three suspects were arrested.", "Two", None, 2, "arrested", "total"),
    # the fate belongs to the whole, or there is no fate, or no people: not a toll of the part
    ("He said 30 of the 80 wounded remained in hospital.", "30", "wounded", 30, None, "part"),
    ("Two of the three buildings collapsed.", "Two", None, 2, None, "total"),
    ("Two of the three victims were women.", "Two", None, 2, None, "total"),
    ("Police said 5 of the 2 hostages were killed.", "5", None, 5, None, "part"),  # a part larger than its whole
    # the extractor's quantity "death toll" (round 5 main) is a toll of the killed
    ("Aftershocks jolt Iran's Qeshm island, death toll rises to 10", "10", "death toll", 10, "killed", "total"),
]


@pytest.mark.parametrize(("text", "span", "quantity", "value", "measure", "basis"), PART_FATES)
def test_a_part_with_its_own_fate_is_a_toll(text: str, span: str, quantity: str | None, value: float, measure: str | None,
                                            basis: str) -> None:
    var = variable_of(fig(text, span, quantity, value=value), text)
    assert (var.measure if var.measure in ("killed", "injured", "arrested") else None, var.basis) == (measure, basis)
