"""Which bandit tests the suite runs, and the text prefilter that spares bandit the files none of
them can flag."""

from __future__ import annotations

import json
import subprocess
import sys
import warnings
from pathlib import Path

import pytest
import yaml

from scanners import RULES_DIR, EditPair, scan_pairs
from scanners.bandit import OUT_OF_SCOPE, RUN, SUPERSEDED, might_flag

ROOT = Path(__file__).resolve().parents[1]


def test_every_installed_bandit_test_has_exactly_one_decision():
    with warnings.catch_warnings():  # stevedore, which bandit loads its tests with, warns on import
        warnings.simplefilter("ignore")
        from bandit.core import extension_loader
    manager = extension_loader.MANAGER
    installed = set(manager.plugins_by_id) | set(manager.blacklist_by_id)
    decided = [set(RUN), set(SUPERSEDED), set(OUT_OF_SCOPE)]
    assert sum(len(d) for d in decided) == len(set().union(*decided)), "a test is in two sets"
    assert set().union(*decided) == installed


def _rule_ids() -> set[str]:
    return {rule["id"] for path in RULES_DIR.rglob("*.yaml") for rule in yaml.safe_load(path.read_text())["rules"]}


@pytest.mark.parametrize("test_id", sorted(SUPERSEDED))
def test_a_superseded_bandit_test_names_our_rules_that_take_its_place(test_id):
    named = SUPERSEDED[test_id].split()
    assert named and set(named) <= _rule_ids()


def test_only_the_tests_the_suite_runs_are_reported():
    code = ("import random\nimport subprocess\nimport telnetlib\n\n\ndef poll(host):\n    assert host\n"
            "    subprocess.run(['ping', '-c', '1', host])\n    jitter = random.random()\n"
            "    return jitter, telnetlib.Telnet(host)\n")
    result = scan_pairs([EditPair("k", {"poll.py": None}, {"poll.py": code})])["k"]
    assert [(f.scanner, f.rule_id) for f in result.introduced if f.scanner == "bandit"] == [("bandit", "B312")]


def _python_files() -> list[Path]:
    roots = [RULES_DIR, ROOT / "tasks", ROOT / "bench" / "scan_corpus"]
    return sorted(p for root in roots for p in root.rglob("*.py"))


def test_the_prefilter_passes_every_file_bandit_flags():
    """might_flag is a necessary condition: on every Python file of the rules' tests, the tasks and the
    labelled corpus, a file the suite's bandit tests report on passes it."""
    files = _python_files()
    bandit = Path(sys.executable).with_name("bandit")
    proc = subprocess.run([str(bandit), "-f", "json", "-q", "--ignore-nosec", "-t", ",".join(sorted(RUN)),
                           "--", *map(str, files)], capture_output=True, text=True)
    reported = {Path(r["filename"]) for r in json.loads(proc.stdout)["results"]}
    assert len(reported) >= 20, "too few files reported for the check to mean anything"
    assert [p for p in reported if not might_flag(p.read_text(encoding="utf-8", errors="surrogateescape"))] == []
    # and it does spare bandit most files
    assert sum(might_flag(p.read_text(encoding="utf-8", errors="surrogateescape")) for p in files) < len(files) / 2
