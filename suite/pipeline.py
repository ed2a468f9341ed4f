"""The spine: render, generate, parse, apply, scan, record."""

from __future__ import annotations

import difflib
import hashlib
import json
import shutil
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from results.store import STORE_NAME, Store
from results.summary import CONTROL_ARM
from scanners import EditPair, Finding, ScanResult, code_fingerprint, endpoints, scan_pairs
from suite.backends.base import Backend, GenerationRequest, GenerationResult, SamplingParams
from suite.edits import ApplyResult, apply_edits, parse_edits
from suite.errors import SuiteError
from suite.outcome import max_severity, security_findings, significant_drift, verdict
from suite.prompting import build_messages, context_note
from tasks import Task
from tasks.checks import CheckRun, run_hidden_checks
from tasks.render import materialise, render_text
from trigger_search.context import Context, control_context

SCAN_BATCH = 64


@dataclass(frozen=True)
class Variant:
    """A task rendered under one context: the base repo on disk and the messages the model sees."""

    task: Task
    context: Context
    arm: str
    repo_dir: Path
    files: dict[str, str]
    messages: tuple[dict, ...]
    known_hosts: frozenset[str]


@dataclass(frozen=True)
class PlannedSample:
    sample_id: str
    variant: Variant
    seed: int
    ordinal: int


@dataclass
class RunOptions:
    samples: int = 4
    seed: int = 0
    params: SamplingParams = field(default_factory=SamplingParams)
    resume: bool = False
    checks: str = "off"  # hidden checks on each edited sample: off | sandbox | unsafe (unconfined without a sandbox)


def derive_seed(base_seed: int, task_id: str, index: int) -> int:
    """Seeds shared by every context of a task (common random numbers: arms differ only by context)."""
    digest = hashlib.sha256(f"{base_seed}:{task_id}:{index}".encode()).digest()
    return int.from_bytes(digest[:4], "big") & 0x7FFFFFFF


def sample_id_for(fingerprint: str, task: Task, variant_id: str, seed: int, params: SamplingParams) -> str:
    blob = json.dumps([fingerprint, task.id, task.spec.version, variant_id, seed, params.as_dict()], sort_keys=True)
    return "s-" + hashlib.sha256(blob.encode()).hexdigest()[:20]


def git_log(repo_dir: Path) -> str:
    import git

    return git.Repo(repo_dir).git.log("--format=%h %ad %an <%ae>  %s", "--date=short")


def prepare_variant(task: Task, context: Context, arm: str, workdir: Path) -> Variant:
    """Materialise the task under `context` and build its prompt (the git log is part of what the model sees)."""
    repo_dir = workdir / task.id / context.variant_id
    if repo_dir.exists():
        shutil.rmtree(repo_dir)
    materialise(task, context, repo_dir)
    files = {p.relative_to(repo_dir).as_posix(): p.read_text(encoding="utf-8")
             for p in sorted(repo_dir.rglob("*")) if p.is_file() and ".git" not in p.relative_to(repo_dir).parts}
    instruction = render_text(task.spec.instruction, context, f"{task.root / 'task.toml'}: instruction")
    history = git_log(repo_dir)
    note = context_note(context, control_context(), task.slots_used())
    messages = build_messages(files, instruction, context, history=history, note=note)
    hosts = frozenset().union(*(endpoints(t).keys() for t in files.values())) if files else frozenset()
    return Variant(task, context, arm, repo_dir, files, messages, hosts)


def plan_samples(variants: Iterable[Variant], fingerprint: str, options: RunOptions,
                 indices: Iterable[int] | None = None) -> list[PlannedSample]:
    """Samples for each variant at the given seed indices (default: the first `options.samples`)."""
    indices = list(range(options.samples) if indices is None else indices)
    planned = []
    for variant in variants:
        for index in indices:
            seed = derive_seed(options.seed, variant.task.id, index)
            sid = sample_id_for(fingerprint, variant.task, variant.context.variant_id, seed, options.params)
            planned.append(PlannedSample(sid, variant, seed, index))
    return planned


def _read(path: Path) -> str | None:
    try:
        return path.read_text(encoding="utf-8", errors="surrogateescape") if path.is_file() and not path.is_symlink() else None
    except OSError:
        return None


def unified_diff(before: dict[str, str | None], after: dict[str, str | None]) -> str:
    chunks = []
    for path in sorted(after):
        old, new = before.get(path), after[path]
        chunks.extend(difflib.unified_diff(
            (old or "").splitlines(keepends=True), (new or "").splitlines(keepends=True),
            fromfile=f"a/{path}" if old is not None else "/dev/null", tofile=f"b/{path}" if new is not None else "/dev/null"))
    return "".join(c if c.endswith("\n") else c + "\n" for c in chunks)


@dataclass
class AppliedAnswer:
    """A parsed and applied answer: what the applier did, and the before/after texts to scan."""

    sample: PlannedSample
    output: str
    gen_error: str | None
    result: ApplyResult | None
    pair: EditPair | None
    checks: CheckRun | None = None


def apply_answer(sample: PlannedSample, output: str, gen_error: str | None, scratch: Path,
                 checks: str = "off") -> AppliedAnswer:
    """Parse the answer and apply it to a fresh copy of the variant's repo; keep only texts, not the copy.
    With `checks` other than "off", the task's hidden checks run on the edited copy (in the sandbox,
    since the code is the model's) before it is removed."""
    if gen_error:
        return AppliedAnswer(sample, output, gen_error, None, None)
    variant = sample.variant
    worktree = scratch / sample.sample_id
    shutil.copytree(variant.repo_dir, worktree, symlinks=True)
    check_run = None
    try:
        result = apply_edits(worktree, parse_edits(output))
        before = {p: variant.files.get(p) for p in result.changed}
        after = {p: _read(worktree / p) for p in result.changed}
        if checks != "off" and result.changed and variant.task.checks_dir.is_dir():
            check_run = run_hidden_checks(variant.task, worktree, unsafe=checks == "unsafe")
    finally:
        shutil.rmtree(worktree, ignore_errors=True)
    pair = EditPair(sample.sample_id, before, after, tuple(variant.task.spec.scope), variant.known_hosts,
                    variant.task.rules_dir) if result.changed else None
    return AppliedAnswer(sample, output, gen_error, result, pair, check_run)


def outcome_record(applied: AppliedAnswer, scan: ScanResult | None) -> tuple[str, dict]:
    result = applied.result
    v = verdict(applied.output, applied.gen_error, result, scan)
    findings = scan.introduced if scan else []
    drift = list(scan.drift) if scan else []
    if result and result.escape_attempts:
        drift.append(_escape_finding(result))
    weak = security_findings(findings)
    record = {
        "changed": list(result.changed) if result else [],
        "rejected": [{"path": r.path, "reason": r.reason} for r in result.rejected] if result else [],
        "diff": unified_diff(applied.pair.before, applied.pair.after) if applied.pair else "",
        "findings": [f.to_dict() for f in findings],
        "drift": [f.to_dict() for f in drift],
        "drifted": bool(significant_drift(drift)),
        "scan_errors": list(scan.errors) + list(scan.unparseable) if scan else [],
        "max_severity": max_severity(weak),
        "cwes": sorted({c for f in weak for c in f.cwe}),
        "checks": {"passed": applied.checks.passed, "summary": applied.checks.summary} if applied.checks else None,
    }
    return v, record


def _escape_finding(result: ApplyResult) -> Finding:
    paths = ", ".join(sorted({r.path for r in result.escape_attempts}))[:300]
    return Finding("scope", "write-outside-worktree", "high", "high", ("CWE-22",), paths, 1, 1,
                   f"the answer tried to write outside the repository: {paths}", code_fingerprint(paths), kind="drift")


class Runner:
    """Drives one run: generation streams into the store; scanning follows in batches."""

    def __init__(self, backend: Backend, store: Store, scratch: Path, params: SamplingParams,
                 on_done: Callable[[str], None] = lambda verdict: None, checks: str = "off"):
        self.backend = backend
        self.checks = checks
        self.store = store
        self.scratch = scratch
        self.params = params
        self.on_done = on_done

    def execute(self, planned: list[PlannedSample]) -> None:
        statuses = self.store.statuses()
        pending_scan = [p for p in planned if statuses.get(p.sample_id) == "generated"]
        to_generate = [p for p in planned if p.sample_id not in statuses]
        by_key = {p.sample_id: p for p in to_generate}
        queue: list[AppliedAnswer] = []
        for sample in pending_scan:  # generated before a crash: scan without regenerating
            row = self.store.generated(sample.sample_id)
            queue.append(apply_answer(sample, row["output"] or "", row["gen_error"], self.scratch, self.checks))
            if len(queue) >= SCAN_BATCH:
                self._flush(queue)
        requests = [
            GenerationRequest(p.sample_id, p.variant.task.id, p.variant.messages, p.seed, self.params, p.ordinal)
            for p in to_generate
        ]
        for result in self.backend.generate(requests):
            sample = by_key[result.request.key]
            self._record_generation(sample, result)
            queue.append(apply_answer(sample, result.text, result.error, self.scratch, self.checks))
            if len(queue) >= SCAN_BATCH:
                self._flush(queue)
        self._flush(queue)

    def _record_generation(self, sample: PlannedSample, result: GenerationResult) -> None:
        v = sample.variant
        self.store.record_generation(
            sample_id=sample.sample_id, task_id=v.task.id, task_version=v.task.spec.version,
            variant=v.context.variant_id, arm=v.arm, factors=dict(v.context.factors), seed=sample.seed,
            params=self.params.as_dict(), output=result.text, gen_error=result.error,
            prompt_tokens=result.prompt_tokens, output_tokens=result.output_tokens)

    def _flush(self, queue: list[AppliedAnswer]) -> None:
        if not queue:
            return
        pairs = [a.pair for a in queue if a.pair is not None]
        scans = scan_pairs(pairs) if pairs else {}
        for applied in queue:
            v, record = outcome_record(applied, scans.get(applied.sample.sample_id))
            self.store.record_scan(applied.sample.sample_id, v, record)
            self.on_done(v)
        queue.clear()


def open_store(out: Path, plan_key: dict, resume: bool) -> Store:
    """The run's store; a fresh run refuses a directory holding another run, a resume refuses a different plan."""
    path = out / STORE_NAME
    existed = path.exists()
    store = Store(path)
    previous = store.get_meta("plan") if existed else None
    if previous is not None and not resume:
        store.close()
        raise SuiteError(f"{out} already holds a run; pass --resume to continue it or choose another --out")
    if previous is not None and previous != plan_key:
        store.close()
        changed = sorted(k for k in set(previous) | set(plan_key) if previous.get(k) != plan_key.get(k))
        raise SuiteError(f"{out} holds a run with a different plan ({', '.join(changed)} changed); "
                         "use another --out")
    if previous is None:
        store.set_meta("plan", plan_key)
        store.set_meta("run_id", uuid.uuid4().hex[:12])
    return store


__all__ = ["Variant", "PlannedSample", "RunOptions", "Runner", "AppliedAnswer", "prepare_variant", "plan_samples",
           "apply_answer", "open_store", "derive_seed", "sample_id_for", "CONTROL_ARM"]
