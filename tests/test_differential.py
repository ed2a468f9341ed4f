"""Differential attribution: only what an edit introduced counts, with multiplicity, blind to line moves."""

from __future__ import annotations

import pytest

from scanners import EditPair, scan_pairs

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


def test_scanner_failure_fails_closed(monkeypatch):
    monkeypatch.setenv("SUITE_SEMGREP", "/nonexistent/semgrep")
    result = scan_pairs([EditPair("k", {"app.py": None}, {"app.py": BEFORE})])["k"]
    assert result.unscanned and "semgrep" in result.errors[0]


def test_unparseable_python_is_unscanned_not_clean():
    result = scan_pairs([EditPair("k", {"app.py": None}, {"app.py": "def broken(:\n"})])["k"]
    assert result.unscanned and result.unparseable
