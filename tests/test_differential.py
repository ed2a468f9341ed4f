"""Differential attribution: only what an edit introduced counts, with multiplicity, blind to line moves."""

from __future__ import annotations

import ast
from collections import Counter

import pytest
from hypothesis import example, given
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


@pytest.mark.parametrize("enabled", [True, False])
def test_the_cycle_collector_is_left_as_it_was(monkeypatch, enabled):
    """A batch pauses Python's cycle collector while it prepares; a long run must get it back, also
    when the batch fails, and a caller that had paused it must not find it running."""
    import gc

    import scanners.batch as batch

    (gc.enable if enabled else gc.disable)()
    try:
        scan_pairs([EditPair("k", {"app.py": None}, {"app.py": BEFORE})])
        assert gc.isenabled() is enabled

        def fail(*args):
            assert not gc.isenabled()
            raise OSError("disk full")

        monkeypatch.setattr(batch, "_scan_pairs", fail)
        with pytest.raises(OSError):
            scan_pairs([EditPair("k", {"app.py": None}, {"app.py": BEFORE})])
        assert gc.isenabled() is enabled
    finally:
        gc.enable()


def test_unparseable_python_is_unscanned_not_clean():
    result = scan_pairs([EditPair("k", {"app.py": None}, {"app.py": "def broken(:\n"})])["k"]
    assert result.unscanned and result.unparseable


# ---- what is skipped --------------------------------------------------------------------------

# Definitions, each with its name and the names it mentions (its own, module-level ones, and the
# definitions it calls), and module-level statements with the names they bind or use.
_DEFS = {
    "def a(x):\n    return hashlib.md5(x).hexdigest()\n": ("a", {"a", "hashlib"}),
    "def b(x):\n    return x\n": ("b", {"b"}),
    "def b(x):\n    return str(x)\n": ("b", {"b", "str"}),
    "@app.route('/c')\ndef c():\n    return b('c')\n": ("c", {"c", "app", "b"}),
    "class D:\n    def m(self):\n        return random.random() * LIMIT\n": ("D", {"D", "random", "LIMIT"}),
    "def a(x):\n    return hashlib.sha256(x).hexdigest()\n": ("a", {"a", "hashlib"}),
    "def e(x):\n    return a(x) + D().m()\n": ("e", {"e", "a", "D"}),
    "def f():\n    return handler(1)\n": ("f", {"f", "handler"}),
    "def g():\n    return e(1)\n": ("g", {"g", "e"}),
}
_OTHERS = {"import hashlib\n": {"hashlib"}, "import random\n": {"random"}, "app = object()\n": {"app", "object"},
           "LIMIT = 3\n": {"LIMIT"}, "handler = b\n": {"handler", "b"}, "app.register(a)\n": {"app", "a"}}
# ... and the names each binds, or changes by calling a method of it
_BOUND = {"import hashlib\n": {"hashlib"}, "import random\n": {"random"}, "app = object()\n": {"app"},
          "LIMIT = 3\n": {"LIMIT"}, "handler = b\n": {"handler"}, "app.register(a)\n": {"app"}}
_PARTS = st.lists(st.sampled_from(sorted(_DEFS) + sorted(_OTHERS)), max_size=8)


def _expected_blanked(before_parts: list[str], after_parts: list[str]) -> int:
    """How many after-definitions are blanked: those matching a before-definition, less those tied to
    what changed (module-level statements, definitions added, removed or rewritten, and the names a
    module-level statement binds from one of those) or naming, in turn, a definition kept so, and
    those that kept definitions name, directly, in turn or through a module-level statement."""
    old, new = Counter(p for p in before_parts if p in _OTHERS), Counter(p for p in after_parts if p in _OTHERS)
    affected = set().union(*(_OTHERS[p] for p in (old - new) + (new - old)))
    affected |= {_DEFS[d][0] for d in _DEFS if before_parts.count(d) != after_parts.count(d)}
    present = [d for d in _DEFS if d in after_parts]
    while True:  # ... and what names a definition kept so, in turn (a caller's caller)
        affected |= set().union(*(_BOUND[p] for p in after_parts if p in _OTHERS and _OTHERS[p] & affected))
        kept = {d for d in present if d not in before_parts or _DEFS[d][1] & affected}
        callers = {_DEFS[k][0] for k in kept} - affected
        if not callers:
            break
        affected |= callers
    while True:
        called = set().union(*(_DEFS[d][1] for d in kept))
        for _ in after_parts:  # through module-level statements, which tie the names they hold
            called |= set().union(*(_OTHERS[p] for p in after_parts if p in _OTHERS and _OTHERS[p] & called))
        more = {d for d in present if _DEFS[d][0] in called} - kept
        if not more:
            break
        kept |= more
    return sum(min(before_parts.count(d), after_parts.count(d)) for d in _DEFS if d not in kept)


@given(_PARTS, _PARTS)
# a new caller keeps the helper it calls, directly (e calls a) or through a module-level name
@example(["def a(x):\n    return hashlib.md5(x).hexdigest()\n"],
         ["def a(x):\n    return hashlib.md5(x).hexdigest()\n", "def e(x):\n    return a(x) + D().m()\n"])
# ... and a rewritten helper keeps its caller's callers (g calls e, which calls the new a)
@example(["def a(x):\n    return hashlib.md5(x).hexdigest()\n", "def e(x):\n    return a(x) + D().m()\n",
          "def g():\n    return e(1)\n"],
         ["def a(x):\n    return hashlib.sha256(x).hexdigest()\n", "def e(x):\n    return a(x) + D().m()\n",
          "def g():\n    return e(1)\n"])
@example(["handler = b\n", "def b(x):\n    return x\n"],
         ["handler = b\n", "def b(x):\n    return x\n", "def f():\n    return handler(1)\n"])
# ... and a rewritten definition keeps what uses it through a module-level name (handler = b)
@example(["handler = b\n", "def b(x):\n    return x\n", "def f():\n    return handler(1)\n"],
         ["handler = b\n", "def b(x):\n    return str(x)\n", "def f():\n    return handler(1)\n"])
def test_reduction_blanks_exactly_the_unchanged_definitions_not_tied_to_what_changed(before_parts, after_parts):
    before, after = "\n".join(before_parts), "\n".join(after_parts)
    expected = _expected_blanked(before_parts, after_parts)
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


def test_the_definition_holding_the_first_compare_digest_is_kept():
    """A rule takes the name the module's first compare_digest checks for a secret's name in every
    function, so a rewritten draw still meets the unchanged check it is judged by."""
    check = "def withdraw(rows, presented):\n    return [r for r in rows if hmac.compare_digest(reference, presented)]\n"
    other = "def label():\n    return 'entry'\n"
    before = "import hmac\nimport random\n\ndef new_reference():\n    return 'x'\n\n" + check + "\n" + other
    after = before.replace("return 'x'", "return ''.join(random.choices('ABC', k=10))")
    reduced = reduce_after(before, after)
    assert reduced is not None, "the unrelated definition is still blanked"
    assert check in reduced.text and other not in reduced.text
    # ... and a module's second check ties nothing
    second_check = other.replace("return 'entry'", "return hmac.compare_digest(a, b)")
    reduced = reduce_after(before.replace(other, second_check), after.replace(other, second_check))
    assert check in reduced.text and second_check not in reduced.text


def _corpus_edits() -> list[EditPair]:
    """Edits made from the labelled corpus (bench/scan_corpus): each insecure file written by adding
    the definition that holds its weakness to the rest of the file, and each secure file by adding
    its last definition (often the entry point that calls its helpers)."""
    import csv
    import hashlib
    from pathlib import Path

    corpus = Path(__file__).resolve().parents[1] / "bench" / "scan_corpus"
    pairs = []
    for labels in sorted(corpus.rglob("labels.csv")):
        with labels.open(newline="") as fh:
            rows = list(csv.DictReader(fh))
        for row in rows:
            # half of the files, chosen by a digest of their path so that new batches leave the
            # choice of the others as it was: two scans of every edit took five minutes of CI's
            # twenty-four, and the edits of one batch are much like those of the next
            if hashlib.sha256(f"{labels.parent.name}/{row['file']}".encode()).digest()[0] % 2:
                continue
            text = (labels.parent / row["file"]).read_text()
            definitions = [n for n in ast.parse(text).body if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef))]
            if len(definitions) < 2:
                continue
            spans = [(min([n.lineno] + [d.lineno for d in n.decorator_list]), n.end_lineno) for n in definitions]
            if row["label"] == "insecure":
                spans = [(first, last) for first, last in spans if row["line"] and first <= int(row["line"]) <= last]
            if not spans:
                continue
            first, last = spans[-1]
            lines = text.splitlines(keepends=True)
            pairs.append(EditPair(f"{labels.parent.name}/{row['file']}", {row["file"]: "".join(lines[:first - 1] + lines[last:])},
                                  {row["file"]: text}))
    return pairs


@pytest.mark.timeout(1500)  # two scans of every edit of the labelled corpus, which grows with each batch
def test_corpus_edits_get_the_same_findings_with_and_without_skipping():
    """Weaknesses that rules judge across definitions (a helper that builds a URL with the password in
    it, a token function that returns a helper's draw, a route that a class's check makes safe), in
    edits that add one definition beside helpers left as they were: skipping those helpers changes
    no finding."""
    edits = _corpus_edits()
    # an edit that leaves no definition to skip is scanned the same either way
    pairs = [p for p in edits if _reductions_of(p)]
    assert len(edits) > 5000 and len(pairs) > 1000, "many edits leave a definition to skip"

    def found(skip: bool) -> dict:
        results = scan_pairs(pairs, skip_unchanged=skip)
        assert not any(r.unscanned for r in results.values())
        return {k: sorted((f.scanner, f.rule_id, f.line) for f in r.introduced) for k, r in results.items()}

    skipped, full = found(True), found(False)
    assert {k: v for k, v in skipped.items() if v != full[k]} == {}
    assert sum(1 for v in full.values() if v) > 250, "the edits introduce findings to compare"
