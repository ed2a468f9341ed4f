"""Differential attribution: only what an edit introduced counts, with multiplicity, blind to line moves."""

from __future__ import annotations

import ast
from collections import Counter

import pytest
from hypothesis import given
from hypothesis import strategies as st

from scanners import EditPair, scan_pairs
from scanners.unchanged import reduce_after

BEFORE = '''import hashlib


def checksum(password):
    return hashlib.md5(password.encode()).hexdigest()
'''


CASES = {
    "moved": (BEFORE, BEFORE.replace("import hashlib\n", "import hashlib\nimport logging\n\nlog = logging.getLogger(__name__)\n")),
    "doubled": (BEFORE, BEFORE + "\n\ndef checksum2(password):\n    return hashlib.md5(password.encode()).hexdigest()\n"),
    "tripled": (BEFORE, BEFORE + "".join(f"\n\ndef c{i}(password):\n    return hashlib.md5(password.encode()).hexdigest()\n" for i in range(2))),
    "deleted": (BEFORE, "import hashlib\n\n\ndef checksum(data):\n    return len(data)\n"),
    "reindented": (BEFORE, "import hashlib\n\n\nclass Hasher:\n    def checksum(self, password):\n        return hashlib.md5(password.encode()).hexdigest()\n"),
    "new": (None, BEFORE),
    # only a module constant changes: the unchanged function that uses it now hashes weakly
    "constant": ("import hashlib\n\nITERATIONS = 600_000\n\n\ndef derive(password, salt):\n"
                 "    return hashlib.pbkdf2_hmac('sha256', password, salt, ITERATIONS)\n",
                 "import hashlib\n\nITERATIONS = 1_000\n\n\ndef derive(password, salt):\n"
                 "    return hashlib.pbkdf2_hmac('sha256', password, salt, ITERATIONS)\n"),
}


@pytest.fixture(scope="module")
def introduced():
    """Every case scanned in one batch, as the pipeline does."""
    results = scan_pairs([EditPair(k, {"app.py": b}, {"app.py": a}) for k, (b, a) in CASES.items()])
    for r in results.values():
        assert not r.unscanned, r.errors
    return {k: r.introduced for k, r in results.items()}


def test_line_inserted_above_an_existing_finding_introduces_nothing(introduced):
    assert introduced["moved"] == []


def test_duplicating_a_weak_call_introduces_exactly_one_more_per_scanner_rule(introduced):
    keys = sorted((f.scanner, f.rule_id) for f in introduced["new"])
    assert keys, "the weak call must be detected at all"
    assert sorted((f.scanner, f.rule_id) for f in introduced["doubled"]) == keys
    assert sorted((f.scanner, f.rule_id) for f in introduced["tripled"]) == sorted(keys * 2)
    assert all(f.line >= 8 for f in introduced["doubled"]), "the reported finding is the new call, not the old one"


def test_deleting_a_finding_introduces_nothing(introduced):
    assert introduced["deleted"] == []


def test_reindented_finding_is_the_same_finding(introduced):
    assert introduced["reindented"] == []


def test_a_changed_constant_reaches_the_unchanged_function_that_uses_it(introduced):
    """The function's text is the same, its module is not: it is scanned, and the weak cost is new,
    both where it is set (line 3) and in the unchanged call that uses it (line 7)."""
    assert [f.line for f in introduced["constant"] if f.scanner == "semgrep"] == [3, 7]


def test_skipping_unchanged_definitions_changes_no_verdict(introduced):
    """The same cases scanned whole: every introduced finding is the same, line for line."""
    whole = scan_pairs([EditPair(k, {"app.py": b}, {"app.py": a}) for k, (b, a) in CASES.items()],
                       skip_unchanged=False)
    assert {k: [(f.scanner, f.rule_id, f.line) for f in r.introduced] for k, r in whole.items()} == {
        k: [(f.scanner, f.rule_id, f.line) for f in found] for k, found in introduced.items()}


def test_scanner_failure_fails_closed(monkeypatch):
    monkeypatch.setenv("SUITE_SEMGREP", "/nonexistent/semgrep")
    result = scan_pairs([EditPair("k", {"app.py": None}, {"app.py": BEFORE})])["k"]
    assert result.unscanned and "semgrep" in result.errors[0]


def test_unparseable_python_is_unscanned_not_clean():
    result = scan_pairs([EditPair("k", {"app.py": None}, {"app.py": "def broken(:\n"})])["k"]
    assert result.unscanned and result.unparseable


# ---- what is skipped --------------------------------------------------------------------------

# Definitions and module-level statements, each with the module-level names it depends on or binds.
_DEFS = {
    "def a(x):\n    return hashlib.md5(x).hexdigest()\n": {"hashlib"},
    "def b(x):\n    return x\n": set(),
    "@app.route('/c')\ndef c():\n    return 'c'\n": {"app"},
    "class D:\n    def m(self):\n        return random.random() * LIMIT\n": {"random", "LIMIT"},
    "def a(x):\n    return hashlib.sha256(x).hexdigest()\n": {"hashlib"},
}
_OTHERS = {"import hashlib\n": {"hashlib"}, "import random\n": {"random"}, "app = object()\n": {"app"},
           "LIMIT = 3\n": {"LIMIT"}}
_PARTS = st.lists(st.sampled_from(sorted(_DEFS) + sorted(_OTHERS)), max_size=8)


@given(_PARTS, _PARTS)
def test_reduction_blanks_exactly_the_unchanged_definitions_that_name_nothing_changed(before_parts, after_parts):
    before, after = "\n".join(before_parts), "\n".join(after_parts)
    old, new = Counter(p for p in before_parts if p in _OTHERS), Counter(p for p in after_parts if p in _OTHERS)
    affected = set().union(*(_OTHERS[p] for p in (old - new) + (new - old)))
    expected = sum(min(before_parts.count(d), after_parts.count(d)) for d in _DEFS if not _DEFS[d] & affected)
    reduced = reduce_after(before, after)
    if reduced is None:
        assert expected == 0
        return
    assert len(reduced.dropped_before) == expected
    old_lines, new_lines, kept = before.splitlines(), after.splitlines(), reduced.text.splitlines()
    assert len(kept) == len(new_lines), "line numbers stay"
    blanked = [i for i, (x, y) in enumerate(zip(new_lines, kept)) if x != y]
    assert all(kept[i] == "" for i in blanked)
    assert sorted(new_lines[i] for i in blanked) == sorted(
        line for first, last in reduced.dropped_before for line in old_lines[first - 1:last])
    ast.parse(reduced.text)


def test_reference_solutions_get_the_same_findings_with_and_without_skipping(tmp_path):
    """Every task's reference solutions, the edits closest to what models write: skipping the
    definitions they leave unchanged loses no finding and adds none."""
    from suite.pipeline import PlannedSample, apply_answer, prepare_variant
    from tasks import discover_tasks, render_solution
    from trigger_search.context import control_context

    control, pairs = control_context(), []
    for task in discover_tasks():
        variant = prepare_variant(task, control, "control", tmp_path)
        for sol in task.spec.solutions:
            applied = apply_answer(PlannedSample(f"{task.id}/{sol.file}", variant, 0, 0),
                                   render_solution(task, sol.file, control), None, tmp_path)
            pairs.append(applied.pair)
    assert any(_reductions_of(p) for p in pairs), "some solution leaves a definition unchanged"

    def found(skip: bool) -> dict:
        return {k: sorted((f.scanner, f.rule_id, f.path, f.line) for f in r.introduced)
                for k, r in scan_pairs(pairs, skip_unchanged=skip).items()}

    assert found(True) == found(False)


def _reductions_of(pair: EditPair) -> bool:
    return any(reduce_after(pair.before[rel], text) for rel, text in pair.after.items()
               if rel.endswith(".py") and text and pair.before.get(rel))
