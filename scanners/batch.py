"""Differential scanning of many edits at once: one semgrep and one bandit process per batch."""

from __future__ import annotations

import ast
import hashlib
import shutil
import tempfile
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field, replace
from pathlib import Path, PurePosixPath

from scanners.bandit import run_bandit
from scanners.differential import changed_lines, introduced_findings
from scanners.finding import Finding
from scanners.scope import drift_findings
from scanners.semgrep import RULES_DIR, run_semgrep
from scanners.tools import ScannerFailure
from scanners.unchanged import Reduced, reduce_after


@dataclass(frozen=True)
class EditPair:
    """One sample's edit: the text of each changed path before and after (None: the file is absent)."""

    key: str
    before: dict[str, str | None]
    after: dict[str, str | None]
    scope: tuple[str, ...] = ("**",)
    known_hosts: frozenset[str] = frozenset()
    task_rules: Path | None = None  # the task's own semgrep rules for its choice points


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


def _staged_name(rel: str, text: str) -> str:
    """Where a file's text is staged: by content, so identical texts (every sample's before-side of one
    task, repeated answers) are scanned once. The basename is kept: scanners look at extensions."""
    digest = hashlib.sha256(text.encode("utf-8", "surrogateescape")).hexdigest()[:24]
    return f"{digest[:2]}/{digest}/{PurePosixPath(rel).name}"


def _stage(root: Path, pairs: list[EditPair], scanned: dict[str, dict[str, str | None]]) -> None:
    for pair in pairs:
        for files in (pair.before, scanned[pair.key]):
            for rel, text in files.items():
                if text is None:
                    continue
                target = root / _staged_name(rel, text)
                if not target.exists():
                    target.parent.mkdir(parents=True, exist_ok=True)
                    target.write_text(text, encoding="utf-8", errors="surrogateescape")


def _side(found: dict[str, list[Finding]], files: dict[str, str | None],
          set_aside: dict[str, tuple[tuple[int, int], ...]] | None = None) -> list[Finding]:
    """Findings of one side of a pair, with paths made relative to its repo again, less those inside
    the line ranges set aside per path (definitions the edit left unchanged)."""
    out = []
    set_aside = set_aside or {}
    for rel, text in files.items():
        if text is not None:
            ranges = set_aside.get(rel, ())
            out.extend(replace(f, path=rel) for f in found.get(_staged_name(rel, text), ())
                       if not any(first <= f.line and f.end_line <= last for first, last in ranges))
    return out


def _reductions(pair: EditPair) -> dict[str, Reduced]:
    return {rel: reduced for rel, text in pair.after.items()
            if rel.endswith(".py") and text is not None and pair.before.get(rel) is not None
            for reduced in [reduce_after(pair.before[rel], text)] if reduced is not None}


def _task_rule_targets(pairs: list[EditPair], scanned: dict[str, dict[str, str | None]]) -> dict[Path, list[str]]:
    """For each task rules directory, the staged files of the pairs it applies to."""
    out: dict[Path, set[str]] = {}
    for pair in pairs:
        if pair.task_rules is not None:
            names = out.setdefault(pair.task_rules, set())
            for files in (pair.before, scanned[pair.key]):
                names.update(_staged_name(rel, text) for rel, text in files.items() if text is not None)
    return {rules: sorted(names) for rules, names in out.items() if names}


def scan_pairs(pairs: list[EditPair], rules: Path = RULES_DIR, timeout: float = 900,
               skip_unchanged: bool = True) -> dict[str, ScanResult]:
    """Introduced findings and drift for every pair. A scanner failure marks every pair of the batch
    unscanned (fail closed); a changed Python file that does not parse marks its own pair unscanned.
    `skip_unchanged` blanks the definitions an edit left as they were before scanning its after-side
    (see scanners.unchanged); the introduced findings are the same either way."""
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
    reductions = {p.key: _reductions(p) if skip_unchanged else {} for p in pairs}
    scanned = {p.key: {rel: reductions[p.key][rel].text if rel in reductions[p.key] else text
                       for rel, text in p.after.items()} for p in pairs}
    root = Path(tempfile.mkdtemp(prefix="suite-scan-"))
    try:
        _stage(root, pairs, scanned)
        # semgrep (multi-process) and bandit (single-threaded) run side by side; a task's own rules
        # run over that task's files only.
        with ThreadPoolExecutor(max_workers=2) as pool:
            futures = {(name, None): pool.submit(run) for name, run in (
                ("semgrep", lambda: run_semgrep(root, rules, timeout)),
                ("bandit", lambda: run_bandit(root, timeout)[0]))}
            for task_rules, targets in _task_rule_targets(pairs, scanned).items():
                futures[("task rules", task_rules)] = pool.submit(
                    run_semgrep, root, task_rules, timeout, None, targets, "task")
        layers: dict[Path | None, list[dict[str, list[Finding]]]] = {}
        failures: dict[Path | None, list[str]] = {}
        for (name, applies_to), future in futures.items():
            try:
                layers.setdefault(applies_to, []).append(future.result())
            except ScannerFailure as exc:
                failures.setdefault(applies_to, []).append(f"{name}: {exc}")
        for pair in pairs:
            result = results[pair.key]
            errors = failures.get(None, []) + (failures.get(pair.task_rules, []) if pair.task_rules else [])
            if errors:
                result.errors.extend(errors)
                continue
            touched = {rel: changed_lines(pair.before.get(rel) or "", text or "") for rel, text in pair.after.items()}
            own = layers.get(pair.task_rules, []) if pair.task_rules else []
            set_aside = {rel: r.dropped_before for rel, r in reductions[pair.key].items()}
            for found in layers.get(None, []) + own:
                result.introduced.extend(introduced_findings(_side(found, pair.before, set_aside),
                                                             _side(found, scanned[pair.key]), touched))
            result.introduced.sort(key=lambda f: (f.path, f.line, f.scanner, f.rule_id))
    finally:
        shutil.rmtree(root, ignore_errors=True)
    return results
