"""A figure's variable: the claim frame two figures must share before they can be compared.

A figure's quantity ("troops", "killed", "money") says what kind of thing is counted, not what
was measured. The variable adds, from the figure's own sentence in the stored text (cheap
string rules only, no parse):

- ``measure``: the counted thing with its governing verb ("troops deployed", "jobs cut");
  for sums of money and percentages the measured noun before the figure ("price",
  "unemployment rate"); ``None`` when the text does not say (such a figure joins no series
  and no contradiction: insufficient data);
- ``place``: "at Filton", "in Kursk" right after the counted thing;
- ``unit``: ISO 4217 for money (cents become the currency with a 0.01 scale, the written
  value stays in ``figures.text``), ``%`` apart from ``percentage points``, physical units
  as the extractor gives them, ``None`` for plain counts;
- ``basis``: ``total`` unless the text shows a part ("of which", "of them", "at each site"),
  an increment ("a further", "another", "an additional") or a rate ("per day", "a year");
- ``time``: the figure's explicit ``as_of``, else ``"unknown"`` (never the publication date);
- ``kind``: ``count``/``amount``, or ``not a count: <why>`` for clock times, years, scores,
  ranks, model numbers, product specifications and table rows.

The rules live by responsibility: ``_figure_text`` (the sentence, the unit, the word lists),
``_fates`` (counts of people and their fates), ``_non_counts`` (the ``not a count`` reasons),
``_magnitudes`` (earthquake magnitudes), ``_measures`` (the measure) and ``_bases`` (basis and
place); this module holds :class:`Variable`, :func:`variable_of` that links them, and re-exports
their public names.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from hearsay.extract.figures.ages import AGE_PREFIX, AGE_RULE
from hearsay.extract.figures.decimals import DECIMAL_RULE
from hearsay.ledger._bases import _basis, DISTANCE, game_quarter, _place, reference_point
from hearsay.ledger._fates import counts_people, _FAMILY_OF, fate_named_next_to, _part_with_fate, _two_fates
from hearsay.ledger._figure_text import EVENT_MEASURES, GENERIC, normalise_unit, sentence_of
from hearsay.ledger._magnitudes import is_magnitude, MAGNITUDE, magnitude_value, split_decimal, _the_quake
from hearsay.ledger._measures import _CHANGE_BEFORE, _CHANGE_WORDS, _FALL_WORDS, _level_after_change, _measure, offer_measure
from hearsay.ledger._non_counts import _not_a_count, _SPORT_STATS
from hearsay.model import Figure


UNKNOWN_TIME = "unknown"


@dataclass(frozen=True, slots=True)
class Variable:
    """What one figure measures (see the module doc)."""

    measure: str | None
    unit: str | None
    scale: float  # multiply the figure's numbers by this to get them in ``unit``
    place: str | None
    basis: str  # total | part | increment | per <period>
    kind: str  # count | amount | "not a count: <why>"
    time: str  # explicit as_of, else UNKNOWN_TIME

    @property
    def comparable(self) -> bool:
        """True when the figure can take part in a series and a contradiction."""
        return self.measure is not None and not self.kind.startswith("not a count")

    @property
    def label(self) -> str:
        """The series name: measure, place, basis and unit ("jobs cut at Filton", "price (USD)")."""
        parts = [self.measure or "?"]
        if self.place:
            parts.append(f"in {self.place}")
        if self.basis != "total":
            parts.append(f"[{self.basis}]")
        if self.unit:
            parts.append(f"({self.unit})")
        return " ".join(parts)


def is_change(var: Variable) -> bool:
    """True when the variable is a change over a period ("index fallen", "up", a ``change`` basis), not a level."""
    return var.basis == "change" or any(w in _CHANGE_WORDS for w in (var.measure or "").split())


def is_fall(var: Variable) -> bool:
    """True when the variable is a fall ("index fallen", "ended down"): "fallen by -3.16%" is a fall of 3.16%."""
    return any(w in _FALL_WORDS for w in (var.measure or "").split())


def variable_of(fig: Figure, text: str) -> Variable:
    """Return the :class:`Variable` of figure ``fig`` of an article whose normalised text is ``text``."""
    lo, hi = sentence_of(text, fig.start, fig.end)
    sent, before, after = text[lo:hi], text[lo:fig.start], text[fig.end:hi]
    unit, scale = normalise_unit(fig.unit)
    time = fig.as_of if fig.as_of and re.match(r"^\d{4}", fig.as_of) else UNKNOWN_TIME
    if fig.rule == AGE_RULE and fig.quantity and fig.quantity.startswith(AGE_PREFIX):  # "Robert Buckley, 32,"
        return Variable(fig.quantity.lower(), "years", 1.0, None, "total", "age", time)
    another_quake = Variable(None, None, 1.0, None, "total", "not a count: the magnitude of no quake or of another", time)
    if fig.rule == DECIMAL_RULE or (unit is None and magnitude_value(fig, text) is not None):  # "6. 1 - magnitude"
        return Variable(MAGNITUDE, None, 1.0, None, "total", "measurement", time) if _the_quake(text, lo, sent, fig.start) else another_quake
    why = _not_a_count(fig, text, sent, before, after, unit)
    if why is not None:
        return Variable(None, unit, scale, None, "total", f"not a count: {why}", time)
    if is_magnitude(fig, sent, before, after):
        return Variable(MAGNITUDE, None, 1.0, None, "total", "measurement", time) if _the_quake(text, lo, sent, fig.start) else another_quake
    measure = _measure(fig, unit, before, after, sent)
    if measure is not None and unit is not None and re.fullmatch(r"[A-Z]{3}", unit):
        measure = offer_measure(measure, before)
    if measure is not None and (measure.split()[0] in _SPORT_STATS or measure.split()[-1] in _SPORT_STATS):
        return Variable(None, unit, scale, None, "total", "not a count: a sports statistic", time)
    if measure is not None and not re.fullmatch(r"[a-z][a-z'’-]+(?: [a-z][a-z'’-]+)*", measure):
        measure = None  # "m." of "4: 59 p. m.", stray punctuation: not a measured thing
    part_fate = _part_with_fate(fig, after)
    if part_fate is not None:  # "two of the three victims died": the part that died is the death toll
        return Variable(part_fate, unit, scale, None, "total", "count", time)
    if measure in EVENT_MEASURES and (unit is not None or (fig.value is not None and fig.value != int(fig.value))
                                      or not counts_people(fig.text) or not fate_named_next_to(measure, fig.text, before, after)):
        measure = None  # "a magnitude of 6.1" or "four villages" read as a death toll: not a count of people
    if measure in ("killed", "injured") and _two_fates(before, after):
        measure = "casualties"  # "the two other victims killed and injured in the crossfire": the dead and hurt together
    if measure is not None and _FAMILY_OF.search(before):
        measure = None  # "a Brooklyn mother of 12 was killed": the size of her family, not the toll
    if measure is not None and _level_after_change(measure, before):
        measure = "level"  # "Apple shares rose to $373.72", "ending down 12.7 percent, or 1,602.54 points, to 11,015.84"
    kind = "count" if unit is None else "amount"
    basis = _basis(fig.text, before, after, sent)
    if unit == "%" and basis == "total" and _CHANGE_BEFORE.search(before):
        basis = "change"
    place = (reference_point(after) or _place(after)) if measure == DISTANCE else _place(after)  # else "60km ... in Iran"
    return Variable(measure, unit, scale, place, basis, kind, time)


__all__ = ["DISTANCE", "EVENT_MEASURES", "game_quarter", "reference_point", "GENERIC", "MAGNITUDE", "is_change", "is_fall", "is_magnitude", "magnitude_value", "offer_measure", "split_decimal", "counts_people", "fate_named_next_to", "UNKNOWN_TIME", "Variable", "normalise_unit", "sentence_of", "variable_of"]
