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
from scanners.bandit import LEFT_TO_OUR_RULES, OUT_OF_SCOPE, RUN, SUPERSEDED, might_flag

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


@pytest.mark.parametrize("test_id, severity", sorted(LEFT_TO_OUR_RULES))
def test_a_result_left_to_our_rules_names_a_test_the_suite_runs_and_our_rule(test_id, severity):
    assert test_id in RUN and severity in ("LOW", "MEDIUM", "HIGH")
    assert LEFT_TO_OUR_RULES[test_id, severity] in _rule_ids()


_RESTORE = """import os
import tarfile


def _members(tar, dest):
    for member in tar.getmembers():
        if {condition}:
            yield member


def _strict(member, dest):
    return tarfile.data_filter(member, dest)


def _by_suffix(member, dest):
    return member if member.name.endswith(".wav") else None


def restore(archive, dest):
    with tarfile.open(archive) as tar:
        tar.extractall({arguments})
"""
_LANDS_INSIDE = "os.path.commonpath([dest, os.path.realpath(os.path.join(dest, member.name))]) == dest"
_BY_SUFFIX = 'member.name.endswith((".wav", ".mp3"))'
_THROUGH_HELPER = "path=dest, members=_members(tar, dest)"


@pytest.mark.parametrize("condition, arguments, bandit_finds, ours", [
    (_LANDS_INSIDE, _THROUGH_HELPER, [], False),
    (_BY_SUFFIX, _THROUGH_HELPER, [], True),
    (_LANDS_INSIDE, "path=dest", [("B202", "high")], True),
    # a filter function (which bandit reports at high severity unless it is "data"): built on the
    # stdlib's data filter, or not
    (_LANDS_INSIDE, "path=dest, filter=_strict", [], False),
    (_LANDS_INSIDE, "path=dest, filter=_by_suffix", [], True),
    (_LANDS_INSIDE, 'path=dest, filter="data"', [], False),
])
def test_bandit_leaves_extraction_through_a_member_helper_to_our_rule(condition, arguments, bandit_finds, ours):
    """bandit reports extractall(members=helper(tar)) at low severity whatever the helper does (it
    asks to make sure the helper discards dangerous members); that is left to our rule, which reads
    the helper: one that checks where each member lands passes, one that looks at suffixes only does
    not. An extraction with no member filter at all is still bandit's too; one given a filter=
    function is our rule's, which reads whether the function is built on tarfile.data_filter."""
    code = _RESTORE.format(condition=condition, arguments=arguments)
    result = scan_pairs([EditPair("k", {"restore.py": None}, {"restore.py": code})])["k"]
    assert not result.unscanned
    assert [(f.rule_id, f.severity) for f in result.introduced if f.scanner == "bandit"] == bandit_finds
    assert bool([f for f in result.introduced if f.rule_id == "archive-extraction-path-traversal"]) is ours


_RESTORER = """import tarfile
from pathlib import Path


class Restorer:
    def __init__(self, dest):
        self._dest = Path(dest).resolve()

    def _members(self, tar):
        for member in tar.getmembers():
            if {condition}:
                yield member

    def restore(self, archive):
        with tarfile.open(archive) as tar:
            members = list(self._members(tar))
            tar.extractall(self._dest, members=members)
"""


@pytest.mark.parametrize("condition, ours", [
    ("(self._dest / member.name).resolve().is_relative_to(self._dest)", False),
    ('member.name.endswith((".jpg", ".png"))', True),
])
def test_bandit_leaves_a_members_list_it_cannot_type_to_our_rule(condition, ours):
    """extractall(members=<a name>) is B202 at medium severity, "couldn't identify the type of
    members": bandit cannot tell; our rule reads the method that made the list, which passes when it
    checks where each member lands and not when it looks at suffixes only."""
    code = _RESTORER.format(condition=condition)
    result = scan_pairs([EditPair("k", {"restore.py": None}, {"restore.py": code})])["k"]
    assert not result.unscanned
    assert [f.rule_id for f in result.introduced if f.scanner == "bandit"] == []
    assert bool([f for f in result.introduced if f.rule_id == "archive-extraction-path-traversal"]) is ours


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
