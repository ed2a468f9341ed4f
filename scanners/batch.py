"""Differential scanning of many edits at once: one semgrep and one bandit process per batch."""

from __future__ import annotations

import ast
import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from scanners.bandit import run_bandit
from scanners.differential import changed_lines, introduced_findings
from scanners.finding import Finding
from scanners.scope import drift_findings
from scanners.semgrep import RULES_DIR, run_semgrep
from scanners.tools import ScannerFailure


@dataclass(frozen=True)
class EditPair:
    """One sample's edit: the text of each changed path before and after (None: the file is absent)."""

    key: str
    before: dict[str, str | None]
    after: dict[str, str | None]
    scope: tuple[str, ...] = ("**",)
    known_hosts: frozenset[str] = frozenset()


@dataclass
class ScanResult:
    key: str
    introduced: list[Finding] = field(default_factory=list)
    drift: list[Finding] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)  # a scanner failed on this batch
    unparseable: list[str] = field(default_factory=list)  # changed files no scanner can read

    @property
    def unscanned(self) -> bool:
        return bool(self.errors or self.unparseable)


def _stage(root: Path, index: int, side: str, files: dict[str, str | None]) -> None:
    for rel, text in files.items():
        if text is None:
            continue
        target = root / str(index) / side / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8", errors="surrogateescape")


def _split(found: dict[str, list[Finding]], index: int, side: str) -> list[Finding]:
    """Findings of one sample side, with paths made relative to its repo again."""
    prefix = f"{index}/{side}/"
    out = []
    for rel, findings in found.items():
        if rel.startswith(prefix):
            out.extend(Finding(**{**f.__dict__, "path": rel.removeprefix(prefix)}) for f in findings)
    return out


def scan_pairs(pairs: list[EditPair], rules: Path = RULES_DIR, timeout: float = 900) -> dict[str, ScanResult]:
    """Introduced findings and drift for every pair. A scanner failure marks every pair of the batch
    unscanned (fail closed); a changed Python file that does not parse marks its own pair unscanned."""
    results = {p.key: ScanResult(p.key) for p in pairs}
    for pair in pairs:
        results[pair.key].drift = drift_findings(pair.before, pair.after, list(pair.scope), pair.known_hosts)
        for rel, text in pair.after.items():
            if text is not None and rel.endswith(".py"):
                try:
                    ast.parse(text)
                except (SyntaxError, ValueError) as exc:
                    results[pair.key].unparseable.append(f"{rel} is not valid Python ({exc.__class__.__name__}: "
                                                    f"{getattr(exc, 'msg', exc)}); it cannot be scanned")
    if not any(p.after for p in pairs):
        return results
    root = Path(tempfile.mkdtemp(prefix="suite-scan-"))
    try:
        for i, pair in enumerate(pairs):
            _stage(root, i, "before", pair.before)
            _stage(root, i, "after", pair.after)
        layers: list[dict[str, list[Finding]]] = []
        failures: list[str] = []
        for name, run in (("semgrep", lambda: run_semgrep(root, rules, timeout)),
                          ("bandit", lambda: run_bandit(root, timeout)[0])):
            try:
                layers.append(run())
            except ScannerFailure as exc:
                failures.append(f"{name}: {exc}")
        for i, pair in enumerate(pairs):
            result = results[pair.key]
            if failures:
                result.errors.extend(failures)
                continue
            touched = {rel: changed_lines(pair.before.get(rel) or "", text or "") for rel, text in pair.after.items()}
            for found in layers:
                result.introduced.extend(introduced_findings(_split(found, i, "before"), _split(found, i, "after"), touched))
            result.introduced.sort(key=lambda f: (f.path, f.line, f.scanner, f.rule_id))
    finally:
        shutil.rmtree(root, ignore_errors=True)
    return results
