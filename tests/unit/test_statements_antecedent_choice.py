"""The antecedent scorer of issue 14 round 16 (``_antecedent_choice.choose``) as a pure function:
properties over generated candidates and two hand-built orders from Lappin & Leass (1994)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from hearsay.extract.statements._antecedent_choice import Candidate, Context, choose


# -- the scorer as a pure function ------------------------------------------------------------

_ROLES = ["subject", "object", "dative", "oblique", "other"]

_candidate = st.builds(
    Candidate,
    offset=st.integers(0, 5000),
    entity=st.sampled_from(["e1", "e2", "e3", "e4"]),
    role=st.sampled_from(_ROLES),
    main_clause=st.booleans(),
    embedded=st.booleans(),
    adverbial=st.booleans(),
    sentence=st.integers(0, 20),
    speaker=st.booleans(),
    in_report=st.booleans(),
)
_context = st.builds(Context, sentence=st.just(20), previous_speaker=st.sampled_from([None, "e1", "e2", "e3", "e4"]))


@settings(max_examples=200, deadline=None)
@given(st.lists(_candidate, min_size=1, max_size=12), _context, st.randoms())
def test_antecedent_choice_ignores_the_order_of_candidates(cands, here, rnd) -> None:
    shuffled = list(cands)
    rnd.shuffle(shuffled)
    a, b = choose(cands, here), choose(shuffled, here)
    assert a is not None and b is not None
    assert a.entity == b.entity
    assert abs(a.score - b.score) < 1e-6


def test_antecedent_choice_an_exact_tie_does_not_follow_the_order() -> None:
    # the property above found it once in CI-sized runs: two entities at one offset, one of them
    # repeated, score alike; the winner went to whichever came first
    one = dict(offset=0, role="subject", main_clause=False, embedded=False, adverbial=False, sentence=0,
               speaker=False, in_report=False)
    cands = [Candidate(entity="e1", **one)] * 3 + [Candidate(entity="e2", **one)]  # type: ignore[arg-type]
    here = Context(sentence=20, previous_speaker=None)
    first, second = choose(cands, here), choose(cands[::-1], here)
    assert first is not None and second is not None and first.entity == second.entity


@settings(max_examples=200, deadline=None)
@given(st.lists(_candidate, min_size=1, max_size=12), _context)
def test_antecedent_choice_winner_scores_at_least_the_runner_up(cands, here) -> None:
    found = choose(cands, here)
    assert found is not None
    assert found.score > 0
    if found.runner_up is not None:
        assert found.runner_up != found.entity
        assert found.runner_up_score is not None and found.score >= found.runner_up_score


@settings(max_examples=200, deadline=None)
@given(st.lists(_candidate, min_size=1, max_size=12), _context, _candidate)
def test_antecedent_choice_another_mention_of_the_winner_keeps_it_winning(cands, here, extra) -> None:
    # salience only accumulates: naming the chosen entity once more never makes it lose
    found = choose(cands, here)
    assert found is not None
    more = cands + [Candidate(extra.offset, found.entity, extra.role, extra.main_clause, extra.embedded,
                              extra.adverbial, extra.sentence, extra.speaker, extra.in_report)]
    assert choose(more, here).entity == found.entity  # type: ignore[union-attr]


def test_antecedent_choice_subject_beats_object_of_the_same_sentence() -> None:
    here = Context(sentence=3, previous_speaker=None)
    subj = Candidate(10, "e1", "subject", True, False, False, 2)
    obj = Candidate(30, "e2", "object", False, False, False, 2)
    for order in ([subj, obj], [obj, subj]):
        assert choose(order, here).entity == "e1"  # type: ignore[union-attr]


def test_antecedent_choice_halves_with_each_sentence_back() -> None:
    # a later sentence's embedded subject beats an earlier sentence's main subject
    here = Context(sentence=5, previous_speaker=None)
    old = Candidate(10, "e1", "subject", True, False, False, 3)
    new = Candidate(90, "e2", "subject", False, False, False, 4)
    assert choose([old, new], here).entity == "e2"  # type: ignore[union-attr]


def test_antecedent_choice_previous_speaker_breaks_an_even_salience() -> None:
    # two persons named alike in the sentence before: the one who spoke last is taken up (the
    # decisive cases on the dev sets are LitBank dialogue turns: "…," he said after a turn)
    here = Context(sentence=4, previous_speaker="e2")
    a = Candidate(10, "e1", "subject", False, False, False, 3)
    b = Candidate(5, "e2", "subject", False, False, False, 3)
    assert choose([a, b], here).entity == "e2"  # type: ignore[union-attr]
    assert choose([a, b], Context(sentence=4, previous_speaker=None)).entity == "e1"  # type: ignore[union-attr]
