"""`suite reproduce`: replay an incident bundle against a model and test the effect again.

(a) Replay: the recorded samples are generated again with their own messages, seeds and sampling
    parameters; the report says how many outputs are identical to the recorded ones.
(b) Fresh seeds: new samples under the minimal trigger and under control, at seed indices no run
    uses, go through the real pipeline (render, generate, apply, scan); the effect reproduces when the
    stratified one-sided test gives p < alpha with the triggered rate above control.

The bundle is untrusted input: it is size-checked, parsed as JSON and validated by a strict pydantic
model; nothing in it is executed."""

from __future__ import annotations

import json
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from pydantic import ValidationError

from results.bundle import Manifest, counts_by_task
from results.store import Store
from suite.backends.base import Backend, GenerationRequest, SamplingParams
from suite.errors import SuiteError
from trigger_search.statistics import compare_arm, wilson_interval

MAX_MANIFEST_BYTES = 256 * 1024 * 1024


class ReproduceError(SuiteError):
    """A bundle that cannot be replayed as asked (unreadable, invalid, another model)."""


def load_bundle(path: Path) -> Manifest:
    """The validated manifest of a bundle directory (or of a manifest.json given directly)."""
    path = Path(path)
    manifest_path = path / "manifest.json" if path.is_dir() else path
    try:
        size = manifest_path.stat().st_size
    except OSError:
        raise ReproduceError(f"{path}: not an incident bundle (no manifest.json)") from None
    if size > MAX_MANIFEST_BYTES:
        raise ReproduceError(f"{manifest_path}: {size} bytes, more than a bundle may hold ({MAX_MANIFEST_BYTES})")
    try:
        data = json.loads(manifest_path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        raise ReproduceError(f"{manifest_path}: not valid JSON: {exc}") from None
    try:
        return Manifest.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"]) or "(top level)"
        raise ReproduceError(f"{manifest_path}: invalid manifest at {where}: {first['msg']} "
                             f"({exc.error_count()} problem(s))") from None


def check_model(manifest: Manifest, backend: Backend, allow_different: bool) -> str | None:
    """The backend's fingerprint; a mismatch is an error unless explicitly allowed."""
    found = backend.describe().get("fingerprint")
    expected = manifest.model.fingerprint
    if found != expected and not allow_different:
        raise ReproduceError(f"model fingerprint {found} differs from the bundle's {expected} "
                             f"({manifest.model.name}); pass --allow-different-model to test another model")
    return found


@dataclass(frozen=True)
class ArmResult:
    n: int
    events: int
    rate: float
    wilson: tuple[float, float]


@dataclass
class ReproduceReport:
    incident_id: str
    metric: str
    model_fingerprint: str | None
    same_model: bool
    replayed: int = 0
    identical: int = 0
    token_counts_equal: int = 0
    replay_errors: int = 0
    prompts_match: bool = True
    fresh_per_task: int = 0
    triggered: ArmResult | None = None
    control: ArmResult | None = None
    recorded_triggered: ArmResult | None = None
    recorded_control: ArmResult | None = None
    effect: float = 0.0
    effect_ci: tuple[float, float] = (0.0, 0.0)
    p_value: float = 1.0
    test: str = ""
    alpha: float = 0.01
    notes: list[str] = field(default_factory=list)

    @property
    def reproduced(self) -> bool:
        return (self.triggered is not None and self.control is not None and self.p_value < self.alpha
                and self.triggered.rate > self.control.rate)

    def as_dict(self) -> dict:
        data = {k: v for k, v in self.__dict__.items()}
        for key in ("triggered", "control", "recorded_triggered", "recorded_control"):
            data[key] = None if data[key] is None else data[key].__dict__
        data["reproduced"] = self.reproduced
        return data


def _arm(events: int, n: int) -> ArmResult:
    return ArmResult(n, events, events / n if n else 0.0, wilson_interval(events, n))


def replay_recorded(manifest: Manifest, backend: Backend, limit: int | None = None) -> tuple[int, int, int, int]:
    """Generate the recorded samples again: (replayed, identical texts, equal token counts, errors)."""
    prompts = {t.id: t.prompts for t in manifest.tasks if t.prompts}
    params = SamplingParams(**manifest.sampling.model_dump())
    chosen = [s for s in manifest.samples if s.task in prompts and s.output is not None and not s.error]
    chosen = chosen[:limit] if limit is not None else chosen
    requests = [GenerationRequest(s.sample_id, s.task, tuple(m.model_dump() for m in prompts[s.task][s.role]), s.seed,
                                  params, i) for i, s in enumerate(chosen)]
    recorded = {s.sample_id: s for s in chosen}
    identical = tokens = errors = 0
    for result in backend.generate(requests):
        sample = recorded[result.request.key]
        if result.error:
            errors += 1
            continue
        identical += result.text == sample.output
        tokens += result.output_tokens is not None and result.output_tokens == sample.output_tokens
    return len(requests), identical, tokens, errors


def reproduce(manifest: Manifest, backend: Backend, *, samples: int | None = None, replay: int | None = None,
              allow_different_model: bool = False, tasks_dirs: Sequence[Path] = (),
              say: Callable[[str], None] = lambda msg: None) -> ReproduceReport:
    """Replay the recorded seeds, then test the effect on `samples` fresh seeds per task and arm."""
    from suite.pipeline import RunOptions, Runner, plan_samples, prepare_variant
    from tasks import discover_tasks
    from trigger_search.context import Context

    fingerprint = check_model(manifest, backend, allow_different_model)
    stats = manifest.statistics
    report = ReproduceReport(manifest.incident_id, stats.metric, fingerprint, fingerprint == manifest.model.fingerprint,
                             alpha=stats.alpha)
    report.recorded_triggered = _arm(stats.events_triggered, stats.n_triggered)
    report.recorded_control = _arm(stats.events_control, stats.n_control)

    if replay != 0:
        say("replaying the recorded samples with their seeds")
        report.replayed, report.identical, report.token_counts_equal, report.replay_errors = replay_recorded(
            manifest, backend, replay)

    known = {t.id: t for t in discover_tasks(list(tasks_dirs))}
    tasks = []
    for record in manifest.tasks:
        task = known.get(record.id)
        if task is None:
            raise ReproduceError(f"task {record.id!r} of the bundle is not in the task corpus (pass --tasks-dir)")
        if task.spec.version != record.version:
            report.notes.append(f"task {record.id} is at version {task.spec.version}, the bundle recorded "
                                f"{record.version}")
        tasks.append(task)
    contexts = {role: Context(name=c.name, slots=c.slots, factors=c.factors, preamble=c.preamble)
                for role, c in manifest.contexts.items()}
    for role, ctx in contexts.items():
        if ctx.variant_id != manifest.contexts[role].variant_id:
            raise ReproduceError(f"the {role} context does not match its recorded variant id")

    per_task = samples or max(1, stats.n_triggered // max(1, len(tasks)))
    report.fresh_per_task = per_task
    params = SamplingParams(**manifest.sampling.model_dump())
    options = RunOptions(samples=per_task, seed=manifest.base_seed, params=params)
    indices = range(manifest.fresh_seed_base, manifest.fresh_seed_base + per_task)
    recorded_seeds = {(s.task, s.seed) for s in manifest.samples}
    with tempfile.TemporaryDirectory(prefix="suite-reproduce-") as tmp:
        work = Path(tmp)
        store = Store(work / "reproduce.sqlite")
        try:
            variants = {role: [prepare_variant(t, ctx, role, work / "repos") for t in tasks]
                        for role, ctx in contexts.items()}
            for record in manifest.tasks:
                for role, vs in variants.items():
                    recorded = record.prompts.get(role) if record.prompts else None
                    rendered = next(v for v in vs if v.task.id == record.id).messages
                    if recorded is not None and [m.model_dump() for m in recorded] != list(rendered):
                        report.prompts_match = False
            if not report.prompts_match:
                report.notes.append("the prompts rendered now differ from the recorded ones (task or catalog changed)")
            planned = [p for role in ("triggered", "control")
                       for p in plan_samples(variants[role], fingerprint or "", options, indices)
                       if (p.variant.task.id, p.seed) not in recorded_seeds]
            say(f"generating {len(planned)} fresh samples ({per_task} per task under the trigger and under control)")
            (work / "scratch").mkdir()
            Runner(backend, store, work / "scratch", params).execute(planned)
            rows = list(store.samples())
        finally:
            store.close()
    by_role = {role: [r for r in rows if r["variant"] == ctx.variant_id] for role, ctx in contexts.items()}
    trig = counts_by_task(by_role["triggered"], stats.metric)
    ctrl = counts_by_task(by_role["control"], stats.metric)
    result = compare_arm("triggered", trig, ctrl)
    report.triggered = _arm(result.events, result.n)
    report.control = _arm(result.control_events, result.control_n)
    report.effect, report.effect_ci = result.risk_difference, result.rd_ci
    report.p_value, report.test = result.p_value, result.test
    return report


__all__ = ["ReproduceError", "ReproduceReport", "load_bundle", "check_model", "replay_recorded", "reproduce"]
