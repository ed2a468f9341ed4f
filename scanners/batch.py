"""Differential scanning of many edits at once: a few semgrep processes and one bandit process per batch."""

from __future__ import annotations

import ast
import gc
import hashlib
import os
import shutil
import tempfile
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path, PurePosixPath

from scanners.bandit import might_flag, run_bandit
from scanners.differential import changed_lines, introduced_findings
from scanners.finding import Finding
from scanners.scope import drift_findings
from scanners.semgrep import RULES_DIR, run_semgrep
from scanners.tools import ScannerFailure, cpu_count
from scanners.unchanged import Reduced, parse_module, reduce_after


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


MEMORY_BACKED = Path("/dev/shm")


def _staging_root(size: int) -> Path:
    """A fresh directory for a batch's files (`size` characters in all): in memory when it has room
    for them at four bytes a character and 16 MB to spare, as writing hundreds of small files to a
    disk-backed /tmp took seven times as long; else in the usual temporary directory."""
    try:
        room = os.statvfs(MEMORY_BACKED)
        if os.access(MEMORY_BACKED, os.W_OK) and room.f_bavail * room.f_frsize > 4 * size + (16 << 20):
            return Path(tempfile.mkdtemp(prefix="suite-scan-", dir=MEMORY_BACKED))
    except OSError:  # none here (not Linux), or it cannot be used
        pass
    return Path(tempfile.mkdtemp(prefix="suite-scan-"))


@lru_cache(maxsize=1024)  # asked for each file several times per batch: one digest per text
def _staged_name(rel: str, text: str) -> str:
    """Where a file's text is staged: by content, so identical texts (every sample's before-side of one
    task, repeated answers) are scanned once. The basename ends the name: scanners look at extensions.
    All in one directory: a directory per file cost as much as writing the file."""
    digest = hashlib.sha256(text.encode("utf-8", "surrogateescape")).hexdigest()[:24]
    return f"{digest}-{PurePosixPath(rel).name}"


def _stage(root: Path, pairs: list[EditPair], scanned: dict[str, dict[str, str | None]],
           staged: set[str]) -> dict[str, str]:
    """Writes the pairs' files not staged yet; returns their texts by staged name."""
    new = {}
    for pair in pairs:
        for files in (pair.before, scanned[pair.key]):
            for rel, text in files.items():
                if text is None:
                    continue
                name = _staged_name(rel, text)
                if name not in staged:
                    staged.add(name)
                    (root / name).write_text(text, encoding="utf-8", errors="surrogateescape")
                    new[name] = text
    return new


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


def _unparseable(pair: EditPair) -> list[str]:
    out = []
    for rel, text in pair.after.items():
        if text is not None and rel.endswith(".py"):
            tree = parse_module(text)
            if not isinstance(tree, ast.Module):
                out.append(f"{rel} is not valid Python ({tree.__class__.__name__}: "
                           f"{getattr(tree, 'msg', tree)}); it cannot be scanned")
    return out


@contextmanager
def _without_cycle_collection():
    """Preparing a batch builds millions of syntax-tree nodes, none of them in a reference cycle, and
    Python's cycle collector would walk them over and over as they accumulate: over half the time of
    parsing them. Reference counting still frees everything; the collector resumes afterwards."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def scan_pairs(pairs: list[EditPair], rules: Path = RULES_DIR, timeout: float = 900,
               skip_unchanged: bool = True) -> dict[str, ScanResult]:
    """Introduced findings and drift for every pair. A scanner failure marks every pair of the batch
    unscanned (fail closed); a changed Python file that does not parse marks its own pair unscanned.
    `skip_unchanged` blanks the definitions an edit left as they were before scanning its after-side
    (see scanners.unchanged); the introduced findings are the same either way.

    The pairs are prepared and staged in one chunk per CPU, and each chunk's files go to their own
    semgrep process as soon as they are written, so semgrep scans the first chunk while the next one
    is prepared; bandit then gets the files its tests could flag, and scope drift is measured while
    they all run."""
    with _without_cycle_collection():
        return _scan_pairs(pairs, rules, timeout, skip_unchanged)


def _scan_pairs(pairs: list[EditPair], rules: Path, timeout: float, skip_unchanged: bool) -> dict[str, ScanResult]:
    """The work of scan_pairs, with the cycle collector paused."""
    results = {p.key: ScanResult(p.key) for p in pairs}
    if not any(p.after for p in pairs):
        for pair in pairs:
            results[pair.key].drift = drift_findings(pair.before, pair.after, list(pair.scope), pair.known_hosts)
        return results
    root = _staging_root(sum(len(text) for pair in pairs for files in (pair.before, pair.after)
                                for text in files.values() if text is not None))
    reductions: dict[str, dict[str, Reduced]] = {}
    scanned: dict[str, dict[str, str | None]] = {}
    staged: set[str] = set()
    try:
        with ThreadPoolExecutor(max_workers=2 * cpu_count() + 4) as pool:
            futures: list[tuple[str, Path | None, Future]] = []
            size = -(-len(pairs) // cpu_count())
            chunks = [pairs[i:i + size] for i in range(0, len(pairs), size)]
            jobs = max(1, cpu_count() // len(chunks))  # one pair (`suite scan DIR`) still uses every CPU
            for_bandit: list[str] = []
            for chunk in chunks:
                for pair in chunk:
                    results[pair.key].unparseable = _unparseable(pair)
                    reductions[pair.key] = _reductions(pair) if skip_unchanged else {}
                    scanned[pair.key] = {rel: reductions[pair.key][rel].text if rel in reductions[pair.key] else text
                                         for rel, text in pair.after.items()}
                new = _stage(root, chunk, scanned, staged)
                if new:
                    futures.append(("semgrep", None, pool.submit(run_semgrep, root, rules, timeout, jobs, list(new))))
                    for_bandit += [name for name, text in new.items() if might_flag(text)]
            # bandit gets few files (those its tests could flag): one process for them all, as its
            # start-up costs as much as scanning a few dozen files (a command line of 2000 at most)
            for i in range(0, len(for_bandit), 2000):
                futures.append(("bandit", None, pool.submit(run_bandit, root, timeout, for_bandit[i:i + 2000])))
            # a task's own rules run over that task's files only
            for task_rules, targets in _task_rule_targets(pairs, scanned).items():
                futures.append(("task rules", task_rules,
                                pool.submit(run_semgrep, root, task_rules, timeout, None, targets, "task")))
            for pair in pairs:
                results[pair.key].drift = drift_findings(pair.before, pair.after, list(pair.scope), pair.known_hosts)
        # one layer per scanner and rule set, over every chunk: a pair's before-file may have been
        # staged, and scanned, with an earlier chunk than its after-file
        layers: dict[Path | None, dict[str, dict[str, list[Finding]]]] = {}
        failures: dict[Path | None, list[str]] = {}
        not_scanned: dict[Path | None, dict[str, dict[str, str]]] = {}
        for name, applies_to, future in futures:
            try:
                found, failed = future.result()
            except ScannerFailure as exc:
                failures.setdefault(applies_to, []).append(f"{name}: {exc}")
                continue
            layers.setdefault(applies_to, {}).setdefault(name, {}).update(found)
            not_scanned.setdefault(applies_to, {}).setdefault(name, {}).update(failed)
        for pair in pairs:
            result = results[pair.key]
            applies = [None] + ([pair.task_rules] if pair.task_rules else [])
            errors = list(dict.fromkeys(e for key in applies for e in failures.get(key, [])))
            errors += [f"{name}: {rel} ({side}) was not scanned in full: {failed[where]}"
                       for key in applies for name, failed in not_scanned.get(key, {}).items()
                       for side, files in (("before", pair.before), ("after", scanned[pair.key]))
                       for rel, text in files.items()
                       if text is not None and (where := _staged_name(rel, text)) in failed]
            if errors:
                result.errors.extend(errors)
                continue
            touched = {rel: changed_lines(pair.before.get(rel) or "", text or "") for rel, text in pair.after.items()}
            own = list(layers.get(pair.task_rules, {}).values()) if pair.task_rules else []
            set_aside = {rel: r.dropped_before for rel, r in reductions[pair.key].items()}
            for found in list(layers.get(None, {}).values()) + own:
                result.introduced.extend(introduced_findings(_side(found, pair.before, set_aside),
                                                             _side(found, scanned[pair.key]), touched))
            result.introduced.sort(key=lambda f: (f.path, f.line, f.scanner, f.rule_id))
    finally:
        shutil.rmtree(root, ignore_errors=True)
    return results
