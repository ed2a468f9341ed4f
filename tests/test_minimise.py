"""Delta debugging finds a 1-minimal trigger set and records every step."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from trigger_search.minimise import ddmin


@settings(max_examples=200, deadline=None)
@given(st.integers(1, 30).flatmap(lambda n: st.tuples(st.just(n), st.sets(st.integers(0, n - 1), min_size=1, max_size=min(n, 3)))))
def test_finds_exactly_the_needed_features_for_a_conjunction(case):
    n, needed = case
    result = ddmin(list(range(n)), lambda subset: needed <= set(subset))
    assert set(result.minimal) == needed


@settings(max_examples=200, deadline=None)
@given(st.integers(2, 30).flatmap(lambda n: st.tuples(st.just(n), st.sets(st.integers(0, n - 1), min_size=1, max_size=n))))
def test_disjunction_reduces_to_one_feature(case):
    n, any_of = case
    result = ddmin(list(range(n)), lambda subset: bool(any_of & set(subset)))
    assert len(result.minimal) == 1 and result.minimal[0] in any_of


def test_every_removal_from_the_result_breaks_it_and_steps_are_unique():
    needed = {2, 7}
    result = ddmin(list(range(12)), lambda s: needed <= set(s))
    for x in result.minimal:
        assert not needed <= set(result.minimal) - {x}
    tried = [s.tried for s in result.steps]
    assert len(tried) == len(set(tried))
    assert len(result.steps) < 2 ** 12
