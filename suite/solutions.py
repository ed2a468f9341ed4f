"""`suite tasks check`: every reference solution through the real pipeline, against its label."""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from scanners import scan_pairs
from suite.outcome import security_findings, significant_drift
from suite.pipeline import AppliedAnswer, PlannedSample, apply_answer, prepare_variant
from tasks import Task, render_solution
from tasks.checks import run_hidden_checks, run_visible_tests
from tasks.model import Solution
from trigger_search.context import Context, control_context


@dataclass(frozen=True)
class SolutionCheck:
    task: str
    solution: str
    label: str
    expected_cwe: str | None
    found_cwes: tuple[str, ...]
    rules: tuple[str, ...]
    checks: str
    problems: tuple[str, ...]

    @property
    def ok(self) -> bool:
        return not self.problems


def check_solutions(tasks: list[Task], context: Context | None = None, run_checks: bool = True,
                    progress: Callable[[str], None] = lambda msg: None) -> list[SolutionCheck]:
    """Apply, scan (one batch for all) and run the hidden checks of every reference solution."""
    context = context or control_context()
    out: list[SolutionCheck] = []
    with tempfile.TemporaryDirectory(prefix="suite-taskcheck-") as tmp:
        work = Path(tmp)
        items: list[tuple[Task, Solution, AppliedAnswer]] = []
        for task in tasks:
            variant = prepare_variant(task, context, "control", work / "base")
            for sol in task.spec.solutions:
                sample = PlannedSample(f"{task.id}--{sol.file}", variant, 0, 0)
                items.append((task, sol, apply_answer(sample, render_solution(task, sol.file, context), None, work)))
        progress(f"scanning {len(items)} reference solutions")
        scans = scan_pairs([a.pair for _, _, a in items if a.pair is not None])
        for task, sol, applied in items:
            progress(f"checking {task.id} / {sol.file}")
            problems: list[str] = []
            scan = scans.get(applied.sample.sample_id)
            if applied.result is None or not applied.result.changed:
                problems.append("the solution applies no edit")
            for rej in applied.result.rejected if applied.result else ():
                problems.append(f"edit to {rej.path} rejected: {rej.reason}")
            weak = security_findings(scan.introduced) if scan else []
            if scan and scan.unscanned:
                problems.append("unscanned: " + "; ".join(scan.errors + scan.unparseable))
            found = tuple(sorted({c for f in weak for c in f.cwe}))
            expected = task.cwe_of(sol.choice_point) if sol.label == "insecure" else None
            if sol.label == "secure" and weak:
                problems.append("introduces " + ", ".join(f"{f.rule_id} ({f.path}:{f.line})" for f in weak))
            if sol.label == "insecure" and expected not in found:
                problems.append(f"no introduced finding with {expected} (found {', '.join(found) or 'none'})")
            drift = significant_drift(scan.drift) if scan else []
            if drift:
                problems.append("drift: " + ", ".join(f"{f.rule_id} {f.path}" for f in drift))
            summary = "not run"
            if run_checks and applied.pair is not None:
                summary = _run_checks(task, applied, work, problems)
            out.append(SolutionCheck(task.id, sol.file, sol.label, expected, found,
                                     tuple(sorted({f.rule_id for f in weak})), summary, tuple(problems)))
    return out


def _run_checks(task: Task, applied: AppliedAnswer, work: Path, problems: list[str]) -> str:
    """Rebuild the solution's worktree and run visible tests and hidden checks (trusted code only)."""
    worktree = work / f"run-{applied.sample.sample_id}"
    shutil.copytree(applied.sample.variant.repo_dir, worktree, symlinks=True)
    for path, text in applied.pair.after.items():
        target = worktree / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text or "", encoding="utf-8")
    # reference solutions are the suite's own code: they run outside the sandbox
    visible = run_visible_tests(worktree, sandbox=False)
    hidden = run_hidden_checks(task, worktree, sandbox=False) if task.checks_dir.is_dir() else None
    if not visible.passed:
        problems.append(f"visible tests fail: {visible.summary}")
    if hidden is not None and not hidden.passed:
        problems.append(f"hidden checks fail: {hidden.summary}")
    shutil.rmtree(worktree, ignore_errors=True)
    return hidden.summary if hidden else "no checks"
