"""Which findings an edit introduced: in the after-tree and not the before-tree, with multiplicity."""

from __future__ import annotations

import difflib
from collections import Counter
from collections.abc import Iterable

from scanners.finding import Finding


def changed_lines(before: str, after: str) -> set[int]:
    """1-based line numbers of `after` that the edit inserted or replaced."""
    a, b = before.splitlines(), after.splitlines()
    touched: set[int] = set()
    for tag, _i1, _i2, j1, j2 in difflib.SequenceMatcher(a=a, b=b, autojunk=False).get_opcodes():
        if tag in ("replace", "insert"):
            touched.update(range(j1 + 1, j2 + 1))
    return touched


def introduced_findings(
    before: Iterable[Finding], after: Iterable[Finding], touched: dict[str, set[int]] | None = None
) -> list[Finding]:
    """After-findings left once each before-finding has claimed one after-finding with the same
    (scanner, rule, path, normalised code). Two new weak calls are two; a moved one is none.
    Among equal keys, findings on untouched lines are claimed first, so the ones reported are the
    ones the edit wrote."""
    remaining = Counter(f.key for f in before)
    touched = touched or {}

    def on_touched(f: Finding) -> bool:
        return any(n in touched.get(f.path, ()) for n in range(f.line, f.end_line + 1))

    new = []
    for finding in sorted(after, key=lambda f: (on_touched(f), f.path, f.line)):
        if remaining[finding.key] > 0:
            remaining[finding.key] -= 1
        else:
            new.append(finding)
    return sorted(new, key=lambda f: (f.path, f.line, f.rule_id))
