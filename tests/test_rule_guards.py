"""Conditions some rules carry only to be fast, which must never change what they find.

Several rules test a metavariable with a short regex before the long one, because semgrep runs a
metavariable-regex once per binding at a cost that grows with the regex: the short one must be a
necessary condition of what follows it, checked on every expression, name and keyword of the rules'
test files and the tasks' code. Others match the whole file only when it mentions what every branch
needs, so semgrep can skip the other files: with and without that condition, a rule must find the
same on the same code. And every rule must leave semgrep some such condition."""

from __future__ import annotations

import ast
import functools
import hashlib
import json
import re
from pathlib import Path

import pytest
import yaml

from scanners import RULES_DIR
from scanners.semgrep import run_semgrep
from scanners.tools import run_tool, tool_path
from tasks import discover_tasks

def _python(pattern: str) -> re.Pattern:
    """A PCRE pattern as Python reads it: inline global flags (`^(?i)`) moved to the front."""
    flags = "".join(sorted(set("".join(re.findall(r"\(\?([is]+)\)", pattern)))))
    body = re.sub(r"\(\?[is]+\)", "", pattern)
    return re.compile(f"(?{flags})" + body if flags else body)


GUARD_COMMENT = "# Cheap necessary condition"


def _guards(text: str) -> set[str]:
    """The regexes of the metavariable-regex filters that follow a cheap-condition comment."""
    lines = text.splitlines()
    out = set()
    for i, line in enumerate(lines):
        if line.strip().startswith(GUARD_COMMENT):
            j = i + 1
            while j < len(lines) and lines[j].strip().startswith("#"):
                j += 1
            # the cheap conditions are written single-quoted; the filter they stand before is not
            while (j + 2 < len(lines) and lines[j].strip() == "- metavariable-regex:"
                   and lines[j + 2].strip().startswith("regex: '")):
                out.add(yaml.safe_load(lines[j + 2].strip().removeprefix("regex:")))
                j += 3
    return out


def _chains(node, rule_id: str, guards: set[str], out: list) -> dict[str, list[str]]:
    """Collects (guards, the filter they stand before) on one metavariable: the filter follows its
    guards in the same conjunction or in one that encloses it. Returns guards still waiting."""
    waiting: dict[str, list[str]] = {}
    if isinstance(node, dict):
        for value in node.values():
            for var, regexes in _chains(value, rule_id, guards, out).items():
                waiting.setdefault(var, []).extend(regexes)
    elif isinstance(node, list):
        for item in node:
            if isinstance(item, dict) and "metavariable-regex" in item:
                var, regex = item["metavariable-regex"]["metavariable"], item["metavariable-regex"]["regex"]
                if regex in guards:
                    waiting.setdefault(var, []).append(regex)
                elif var in waiting:
                    out.append((rule_id, var, waiting.pop(var) + [regex]))
            else:
                for var, regexes in _chains(item, rule_id, guards, out).items():
                    waiting.setdefault(var, []).extend(regexes)
    return waiting


CHAINS: list[tuple[str, str, list[str]]] = []
for path in sorted(RULES_DIR.rglob("*.yaml")):
    text = path.read_text()
    for rule in yaml.safe_load(text)["rules"]:
        left = _chains(rule, rule["id"], _guards(text), CHAINS)
        assert not left, f"{rule['id']}: a cheap condition on {list(left)} with no filter after it"


CORPUS = Path(__file__).resolve().parents[1] / "bench" / "scan_corpus"


def _corpus_files() -> list[Path]:
    """The rules' test files, the tasks' code and the labelled snippets of bench/scan_corpus."""
    return (list(RULES_DIR.rglob("*.py")) + [p for task in discover_tasks() for p in task.root.rglob("*.py")]
            + sorted(CORPUS.rglob("*.py")))


SAMPLED = 6


def _in_sample(file: Path) -> bool:
    """One labelled snippet in SAMPLED, chosen by a digest of its path in the corpus, so that adding
    snippets leaves the choice of the others as it was."""
    if not file.is_relative_to(CORPUS):
        return True
    digest = hashlib.sha256(file.relative_to(CORPUS).as_posix().encode()).digest()
    return digest[0] % SAMPLED == 0


@functools.cache
def _texts() -> list[str]:
    """Source text of every expression, plus every name, keyword and function name (sorted)."""
    out: set[str] = set()
    for file in _corpus_files():
        source = file.read_text()
        try:
            tree = ast.parse(source)
        except SyntaxError:
            continue
        # ast's offsets count UTF-8 bytes; ast.get_source_segment splits the whole file into lines
        # on every call, which made this loop quadratic in a file's length (minutes on the corpus)
        data = source.encode()
        starts = [0]
        for line in data.splitlines(keepends=True):
            starts.append(starts[-1] + len(line))
        for node in ast.walk(tree):
            if isinstance(node, ast.expr):
                if node.end_lineno is None or node.end_col_offset is None:
                    continue
                begin, end = starts[node.lineno - 1] + node.col_offset, starts[node.end_lineno - 1] + node.end_col_offset
                text = data[begin:end].decode()
                if text and len(text) < 2000:
                    out.add(text)
            elif isinstance(node, ast.keyword) and node.arg:
                out.add(node.arg)
            elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
                out.add(node.name)
    return sorted(out)


def test_the_corpus_reaches_the_filters():
    assert len(CHAINS) >= 10 and len(_texts()) > 5000


@pytest.mark.parametrize("rule_id,var,regexes", CHAINS, ids=[f"{r}-{v}-{len(x)}" for r, v, x in CHAINS])
def test_a_cheap_filter_first_never_drops_what_the_rest_would_keep(rule_id, var, regexes):
    *earlier, last = [_python(rx) for rx in regexes]
    kept = [t for t in _texts() if last.match(t)]
    # the filter is exercised: some text passes all of it, and the cheap part rejects most texts
    assert kept, f"no text in the corpus passes {rule_id}'s filter on {var}"
    for guard in earlier:
        assert [t for t in kept if not guard.match(t)] == []


# ---- whole-file conditions ----------------------------------------------------------------------

def _whole_file_guarded() -> list[tuple[Path, dict]]:
    out = []
    for path in sorted(RULES_DIR.rglob("*.yaml")):
        for rule in yaml.safe_load(path.read_text())["rules"]:
            if _strip_whole_file(rule) is not rule:
                out.append((path, rule))
    return out


def _strip_whole_file(node):
    """The rule without its whole-file conditions (`pattern-regex` that spans the file), or the very
    same object when it has none. Conditions written with the m flag (`(?ms)\\A`, `(?ims)\\A`) are part
    of what a rule means (settings in a dict count only in a module that uses the library) and are
    kept: semgrep reads every pattern-regex in multiline mode already, so the flag only marks them."""
    if isinstance(node, dict):
        new = {k: _strip_whole_file(v) for k, v in node.items()}
        return node if all(new[k] is node[k] for k in node) else new
    if isinstance(node, list):
        kept = [item for item in node if not (isinstance(item, dict) and
                                              str(item.get("pattern-regex", "")).startswith(("(?is)\\A", "(?s)\\A")))]
        new = [_strip_whole_file(item) for item in kept]
        return node if len(kept) == len(node) and all(a is b for a, b in zip(new, node)) else new
    return node


WHOLE_FILE = _whole_file_guarded()


def _pattern_regexes(node):
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "pattern-regex" and isinstance(value, str):
                yield value
            else:
                yield from _pattern_regexes(value)
    elif isinstance(node, list):
        for item in node:
            yield from _pattern_regexes(item)


RULE_FILES = sorted(RULES_DIR.rglob("*.yaml"))


@pytest.mark.parametrize("path", RULE_FILES, ids=[p.stem for p in RULE_FILES])
def test_whole_file_conditions_are_tried_once_per_file(path):
    """A condition on the whole file is anchored at its start (`\\A`), never at the start of a line:
    semgrep reads pattern-regex in multiline mode, where `^(?=.*?X)` is tried again at every line of
    a file that lacks X, each time reading to the end of the file (17 such conditions cost 6% of a
    scan of the bench's samples)."""
    for rule in yaml.safe_load(path.read_text())["rules"]:
        for regex in _pattern_regexes(rule):
            assert not re.match(r"(\(\?[a-z]*\))?\^\(\?[=!]", regex), f"{rule['id']}: {regex[:80]}"


# The rules without their conditions read every file they are given: over seventeen minutes for the
# whole corpus beside another test worker, and ten of CI's twenty-four for a third of it (15,000
# files), hence a sixth, and more than pytest's default time per test. Whether the rules still judge
# every labelled file as labelled is the corpus test's work, on all of it; here the corpus only adds
# varied code to the rules' own test files.
@pytest.mark.timeout(2400)  # the rules twice over the corpus, once without their prefilters (slow), beside the other worker
def test_whole_file_conditions_change_no_finding(tmp_path):
    """A rule with its whole-file condition finds exactly what it finds without it, on the rules' test
    files, the tasks' code and a sixth of the labelled corpus (the condition only lets semgrep skip
    files that cannot match)."""
    assert len(WHOLE_FILE) >= 5
    corpus = tmp_path / "corpus"
    for i, file in enumerate(f for f in _corpus_files() if _in_sample(f)):
        (corpus / f"{i:04d}").mkdir(parents=True)
        (corpus / f"{i:04d}" / file.name).write_text(file.read_text())
    for name, transform in (("with", lambda rule: rule), ("without", _strip_whole_file)):
        rules = tmp_path / name
        rules.mkdir()
        (rules / "rules.yaml").write_text(yaml.safe_dump({"rules": [transform(r) for _, r in WHOLE_FILE]}))
    found = {}
    for name in ("with", "without"):
        result, failed = run_semgrep(corpus, tmp_path / name, timeout=1100)
        assert failed == {}
        found[name] = sorted((f.path, f.rule_id, f.line, f.end_line) for fs in result.values() for f in fs)
    assert len({rule_id for _, rule_id, _, _ in found["without"]}) == len(WHOLE_FILE)  # each rule finds something
    assert found["with"] == found["without"]


# ---- semgrep's own prefilter ----------------------------------------------------------------------

def _prefiltered_share(rules: Path, target: Path) -> float:
    """The share of the rules for which semgrep found a condition on a file's text to skip it by."""
    cmd = [tool_path("semgrep"), "scan", "--experimental", "--config", str(rules), "--json", "--quiet", "--time",
           "--metrics=off", "--disable-version-check", "--no-git-ignore", "-j", "1", "--", target.name]
    report = json.loads(run_tool(cmd, target.parent, timeout=300).stdout)
    return report["time"]["prefiltering"]["rules_with_file_prefilters_ratio"]


def test_every_rule_lets_semgrep_skip_files(tmp_path):
    """semgrep skips a file for a rule when the file lacks what every branch of the rule needs, from
    the literal names in its patterns and its whole-file conditions. One branch made only of
    metavariables (`class $C(...)` with its name checked by a regex) leaves the rule with no such
    condition, and it runs on every file: two rules did, and took half the time of a scan of the
    bench's samples. A taint rule needs it in its sinks (semgrep ignores sources without one)."""
    target = tmp_path / "plain.py"
    target.write_text("x = 1\n")
    if _prefiltered_share(RULES_DIR, target) == 1.0:
        return
    unfiltered = []
    for path in RULE_FILES:
        for rule in yaml.safe_load(path.read_text())["rules"]:
            (tmp_path / "one.yaml").write_text(yaml.safe_dump({"rules": [rule]}))
            if _prefiltered_share(tmp_path / "one.yaml", target) < 1.0:
                unfiltered.append(rule["id"])
    assert unfiltered == []
