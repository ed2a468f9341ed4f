"""Every rule of scanners/rules carries what a finding needs and is tested both ways: metadata with a
CWE and the three rating axes, and same-stem test files (`<rule-id>.py`, and `<rule-id>.partN.py` once
the cases outgrow one file) where `semgrep --test` (run by `make test`) holds it to at least two lines
it must flag and two near-misses it must leave alone."""

from __future__ import annotations

import re
import subprocess
from collections import Counter
from pathlib import Path

import pytest
import yaml

from scanners import RULES_DIR
from scanners.tools import tool_path

RATINGS = {"LOW", "MEDIUM", "HIGH"}


def _rules() -> list[tuple[Path, dict]]:
    return [(path, rule) for path in sorted(RULES_DIR.rglob("*.yaml"))
            for rule in yaml.safe_load(path.read_text())["rules"]]


RULES = _rules()


def _annotations(test_file: Path) -> Counter[tuple[str, str]]:
    """How many `# ruleid:` and `# ok:` lines name each rule id (a line may name several)."""
    return Counter((kind, rule_id.strip())
                   for kind, ids in re.findall(r"#\s*(ruleid|ok):\s*([\w\-, ]+)", test_file.read_text())
                   for rule_id in ids.split(","))


def _test_files(rule_file: Path) -> list[Path]:
    """The test files `semgrep --test` runs a rule file on: every file of its folder whose name up to
    the first dot is the rule file's (`<rule-id>.py`, `<rule-id>.part2.py`, ...)."""
    return sorted(rule_file.parent.glob(f"{rule_file.stem}.*py"))


# semgrep --test gives each rule 5 seconds per test file, a limit it takes no flag to raise, and
# its matching time grows faster than a file's length: one file of 1,335 lines took 2.8 s here and
# timed out on a slower machine, where the same cases in five files of under 300 lines take 0.1 s
# each. So a rule's cases are kept in files of at most this many lines.
MAX_TEST_FILE_LINES = 700


@pytest.mark.parametrize("test_file", sorted(RULES_DIR.rglob("*.py")), ids=lambda f: f.name)
def test_every_rule_test_file_stays_short_enough_for_semgreps_fixed_timeout(test_file):
    lines = test_file.read_text().count("\n")
    assert lines <= MAX_TEST_FILE_LINES, (
        f"{test_file.name} has {lines} lines: move whole top-level cases (with the helpers they use) "
        f"into a new {test_file.name.split('.')[0]}.partN.py that starts with the same imports")


def test_semgrep_test_checks_every_part_of_a_rules_test_files(tmp_path):
    """The split above relies on `semgrep --test` taking every `<rule-id>.*.py` beside a rule file as
    one of its test files; a wrong annotation in a part must fail the run (not be skipped)."""
    (tmp_path / "weak-hash.yaml").write_text(yaml.safe_dump({"rules": [{
        "id": "weak-hash", "languages": ["python"], "severity": "WARNING", "message": "md5",
        "pattern": "hashlib.md5(...)"}]}))
    (tmp_path / "weak-hash.py").write_text(
        "import hashlib\n# ruleid: weak-hash\nhashlib.md5(b'a')\n# ok: weak-hash\nhashlib.sha256(b'a')\n")
    part = tmp_path / "weak-hash.part2.py"
    cmd = [tool_path("semgrep"), "--test", "--metrics=off", "--disable-version-check", "--quiet", str(tmp_path)]
    part.write_text("import hashlib\n# ruleid: weak-hash\nhashlib.md5(b'a')\n# ok: weak-hash\nhashlib.sha1(b'a')\n")
    assert subprocess.run(cmd, capture_output=True, text=True).returncode == 0
    part.write_text("import hashlib\n# ruleid: weak-hash\nhashlib.md5(b'a')\n# ok: weak-hash\nhashlib.md5(b'a')\n")
    run = subprocess.run(cmd, capture_output=True, text=True)
    assert run.returncode != 0 and "weak-hash.part2.py" in run.stdout + run.stderr


def test_rule_ids_are_unique():
    ids = [rule["id"] for _, rule in RULES]
    assert len(RULES) >= 40 and len(ids) == len(set(ids))


@pytest.mark.parametrize("path,rule", RULES, ids=[rule["id"] for _, rule in RULES])
def test_rule_has_metadata_and_both_kinds_of_test_line(path, rule):
    meta = rule["metadata"]
    cwes = meta["cwe"] if isinstance(meta["cwe"], list) else [meta["cwe"]]
    assert cwes and all(re.match(r"CWE-\d+", cwe) for cwe in cwes)
    assert {meta["confidence"], meta["likelihood"], meta["impact"]} <= RATINGS
    assert rule["severity"] in {"INFO", "WARNING", "ERROR"} and rule["message"].strip()
    test_file = path.with_suffix(".py")
    assert test_file.is_file(), f"{rule['id']} has no test file {test_file.name}"
    counts = sum((_annotations(f) for f in _test_files(path)), Counter())
    assert counts[("ruleid", rule["id"])] >= 2, f"{rule['id']}: fewer than two `# ruleid:` lines"
    assert counts[("ok", rule["id"])] >= 2, f"{rule['id']}: fewer than two `# ok:` lines"
