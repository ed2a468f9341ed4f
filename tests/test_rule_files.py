"""Every rule of scanners/rules carries what a finding needs and is tested both ways: metadata with a
CWE and the three rating axes, and a same-stem test file where `semgrep --test` (run by `make test`)
holds it to at least two lines it must flag and two near-misses it must leave alone."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest
import yaml

from scanners import RULES_DIR

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
    counts = _annotations(test_file)
    assert counts[("ruleid", rule["id"])] >= 2, f"{rule['id']}: fewer than two `# ruleid:` lines"
    assert counts[("ok", rule["id"])] >= 2, f"{rule['id']}: fewer than two `# ok:` lines"
