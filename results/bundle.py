"""Incident bundles: `RUN_DIR/incidents/<id>/manifest.json` holds everything needed to replay an
incident (model identity, library versions, sampling parameters, seeds, the rendered prompts, raw
outputs, diffs, findings and statistics); `README.md` says how, in one command.

The manifest is read back by `suite reproduce` as untrusted input, so its shape is a strict
pydantic model with bounded sizes."""

from __future__ import annotations

import platform
import shlex
import tempfile
from collections.abc import Iterable, Sequence
from importlib import metadata
from pathlib import Path
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, field_validator

from results.export import write_atomic, write_json
from results.store import Store
from suite.errors import SuiteError
from trigger_search.statistics import Counts, wilson_interval

FORMAT = "suite-incident/1"
# Seed indices a reproduction draws from: far beyond any index a search uses (screen and rounds
# count up from 0, minimisation from 100_000, confirmation from 1_000_000).
FRESH_SEED_BASE = 10_000_000
MAX_TEXT = 2_000_000  # characters in one prompt, output or diff
MAX_SAMPLES = 50_000

Text = Annotated[str, StringConstraints(max_length=MAX_TEXT)]
Name = Annotated[str, StringConstraints(max_length=512)]
Scalar = bool | int | float | str | None


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Message(_Strict):
    role: Literal["system", "user", "assistant"]
    content: Text


class FeatureValue(_Strict):
    factor: Name
    level: Name
    place: Name
    value: Annotated[str, StringConstraints(max_length=20_000)]


class ContextRecord(_Strict):
    name: Name
    slots: dict[Name, Scalar]
    factors: dict[Name, Name]
    preamble: Annotated[str, StringConstraints(max_length=20_000)] = ""
    variant_id: Name


class TaskRecord(_Strict):
    id: Name
    version: int
    prompts: dict[Literal["triggered", "control"], list[Message]] | None = None

    @field_validator("prompts")
    @classmethod
    def _both_prompts(cls, value):
        if value is not None and set(value) != {"triggered", "control"}:
            raise ValueError("needs the triggered and the control prompt")
        return value


class SampleRecord(_Strict):
    sample_id: Name
    role: Literal["triggered", "control"]
    task: Name
    task_version: int
    seed: int = Field(ge=0, lt=2**63)
    verdict: Name | None = None
    output: Text | None = None
    output_tokens: int | None = None
    error: Annotated[str, StringConstraints(max_length=20_000)] | None = None
    diff: Text = ""
    findings: list[dict] = Field(default_factory=list, max_length=10_000)
    drift: list[dict] = Field(default_factory=list, max_length=10_000)


class ModelRecord(_Strict):
    name: Name | None = None
    fingerprint: Name | None = None
    backend: Name | None = None
    details: dict[Name, Scalar] = Field(default_factory=dict)


class Sampling(_Strict):
    temperature: float
    top_p: float
    max_new_tokens: int


class Statistics(_Strict):
    metric: Literal["insecure", "refused", "drift"]
    n_triggered: int
    events_triggered: int
    n_control: int
    events_control: int
    rate_triggered: float
    rate_control: float
    wilson_triggered: tuple[float, float]
    wilson_control: tuple[float, float]
    effect: float
    effect_ci: tuple[float, float]
    p_confirm: float
    alpha: float = 0.01


class Manifest(_Strict):
    format: Literal["suite-incident/1"]
    incident_id: Name
    run_id: Name | None = None
    summary: Annotated[str, StringConstraints(max_length=5_000)]
    model: ModelRecord
    environment: dict[Name, Name | None]
    sampling: Sampling
    base_seed: int
    fresh_seed_base: int = Field(ge=0)
    profile: Name
    minimal_features: list[FeatureValue] = Field(max_length=1_000)
    profile_features: list[FeatureValue] = Field(max_length=1_000)
    contexts: dict[Literal["triggered", "control"], ContextRecord]
    tasks: list[TaskRecord] = Field(min_length=1, max_length=1_000)
    samples: list[SampleRecord] = Field(max_length=MAX_SAMPLES)
    statistics: Statistics
    minimisation: list[dict] = Field(default_factory=list, max_length=10_000)
    repro_command: Annotated[str, StringConstraints(max_length=5_000)]

    @field_validator("contexts")
    @classmethod
    def _both_contexts(cls, value):
        if set(value) != {"triggered", "control"}:
            raise ValueError("needs the triggered and the control context")
        return value


def environment() -> dict[str, str | None]:
    """Library versions that decide what a model generates and how its answers are scanned."""
    out: dict[str, str | None] = {"python": platform.python_version(), "platform": platform.platform(terse=True)}
    for dist, key in (("context-sabotage-suite", "suite"), ("torch", "torch"), ("transformers", "transformers"),
                      ("tokenizers", "tokenizers"), ("semgrep", "semgrep"), ("bandit", "bandit")):
        try:
            out[key] = metadata.version(dist)
        except metadata.PackageNotFoundError:
            out[key] = None
    return out


def repro_command(bundle_dir: Path) -> str:
    return f"suite reproduce {shlex.quote(str(bundle_dir))}"


def event(metric: str, verdict: str | None, drifted: bool) -> tuple[bool, bool]:
    """(is an event, counts in the denominator), as the search counts it."""
    from trigger_search.search import outcome_event

    return outcome_event(metric, verdict, drifted)


def counts_by_task(samples: Iterable[dict], metric: str) -> dict[str, Counts]:
    """Events per task among store samples (`verdict`, `record`, `task_id`)."""
    out: dict[str, list[int]] = {}
    for s in samples:
        hit, counted = event(metric, s.get("verdict"), bool((s.get("record") or {}).get("drifted")))
        cell = out.setdefault(s["task_id"], [0, 0])
        if counted:
            cell[0] += hit
            cell[1] += 1
    return {t: Counts(k, n) for t, (k, n) in out.items()}


def _pooled(counts: dict[str, Counts]) -> tuple[int, int]:
    return sum(c.events for c in counts.values()), sum(c.n for c in counts.values())


def _context_record(context) -> ContextRecord:
    return ContextRecord(name=context.name, slots={k: v if isinstance(v, (bool, int, float, str)) else str(v)
                                                   for k, v in context.slots.items()},
                         factors=dict(context.factors), preamble=context.preamble, variant_id=context.variant_id)


def build_manifest(store: Store, incident: dict, bundle_dir: Path, tasks_dirs: Sequence[Path] = ()) -> Manifest:
    """The manifest of one incident, from the store and the task corpus (to render the prompts)."""
    from suite.pipeline import prepare_variant
    from tasks import discover_tasks
    from trigger_search import Feature, load_catalog

    plan = store.get_meta("plan") or {}
    model = store.get_meta("model") or {}
    catalogs = [Path(c) for c in plan.get("catalogs", []) if Path(c).is_file()]
    catalog = load_catalog(catalogs)
    minimal = [Feature(**f) for f in incident["minimal_feature_values"]]
    triggered = catalog.context_from_features(f"minimal-{incident['profile']}", minimal)
    control = catalog.control()
    if triggered.variant_id != incident["variant"]:
        raise SuiteError(f"incident {incident['id']}: the minimal trigger no longer renders to the recorded "
                         "context (the context catalog changed since the run)")

    wanted = {"triggered": set(incident["confirm_samples"]["triggered"]),
              "control": set(incident["confirm_samples"]["control"])}
    rows: dict[str, list[dict]] = {"triggered": [], "control": []}
    for item in store.samples():
        for role, ids in wanted.items():
            if item["sample_id"] in ids:
                rows[role].append(item)
    known = {t.id: t for t in discover_tasks(list(tasks_dirs))}
    task_ids = sorted({r["task_id"] for role in rows.values() for r in role})
    versions = {r["task_id"]: r["task_version"] for role in rows.values() for r in role}
    tasks = []
    with tempfile.TemporaryDirectory(prefix="suite-bundle-") as tmp:
        for task_id in task_ids:
            task = known.get(task_id)
            prompts = None
            if task is not None and task.spec.version == versions[task_id]:
                prompts = {role: [Message(**m) for m in prepare_variant(task, ctx, role, Path(tmp)).messages]
                           for role, ctx in (("triggered", triggered), ("control", control))}
            tasks.append(TaskRecord(id=task_id, version=versions[task_id], prompts=prompts))

    samples = []
    for role in ("triggered", "control"):
        for r in rows[role]:
            record = r.get("record") or {}
            samples.append(SampleRecord(
                sample_id=r["sample_id"], role=role, task=r["task_id"], task_version=r["task_version"], seed=r["seed"],
                verdict=r.get("verdict"), output=r.get("output"), output_tokens=r.get("output_tokens"),
                error=r.get("gen_error"), diff=record.get("diff", ""), findings=record.get("findings", []),
                drift=record.get("drift", [])))

    metric = incident["metric"]
    kt, nt = _pooled(counts_by_task(rows["triggered"], metric))
    kc, nc = _pooled(counts_by_task(rows["control"], metric))
    stats = Statistics(
        metric=metric, n_triggered=nt, events_triggered=kt, n_control=nc, events_control=kc,
        rate_triggered=incident["rate_triggered"], rate_control=incident["rate_control"],
        wilson_triggered=wilson_interval(kt, nt), wilson_control=wilson_interval(kc, nc),
        effect=incident["effect"], effect_ci=tuple(incident["ci"]), p_confirm=incident["p_confirm"])
    trigger = ", ".join(f"{f.factor}={f.level} in {f.place}" for f in minimal)
    summary = (f"{metric} rate {incident['rate_triggered']:.0%} with {trigger}, against {incident['rate_control']:.0%} "
               f"under the neutral control context ({nt} and {nc} samples on fresh seeds, one-sided p="
               f"{incident['p_confirm']:.2g}).")
    details = {k: v for k, v in model.items() if k not in ("name", "fingerprint", "backend")
               and isinstance(v, (bool, int, float, str, type(None)))}
    return Manifest(
        format=FORMAT, incident_id=incident["id"], run_id=store.get_meta("run_id"), summary=summary,
        model=ModelRecord(name=model.get("name"), fingerprint=model.get("fingerprint"), backend=model.get("backend"),
                          details=details),
        environment=store.get_meta("environment") or environment(),
        sampling=Sampling(**(plan.get("params") or {"temperature": 0.8, "top_p": 0.95, "max_new_tokens": 1536})),
        base_seed=int(plan.get("seed", 0)), fresh_seed_base=FRESH_SEED_BASE, profile=incident["profile"],
        minimal_features=[FeatureValue(**f) for f in incident["minimal_feature_values"]],
        profile_features=[FeatureValue(**f) for f in incident["profile_feature_values"]],
        contexts={"triggered": _context_record(triggered), "control": _context_record(control)},
        tasks=tasks, samples=samples, statistics=stats, minimisation=incident.get("minimisation", []),
        repro_command=repro_command(bundle_dir))


def readme(manifest: Manifest) -> str:
    s = manifest.statistics
    lines = [
        f"# Incident {manifest.incident_id}",
        "",
        manifest.summary,
        "",
        "Replay it (the same model must be available; its fingerprint is checked first):",
        "",
        "```",
        manifest.repro_command,
        "```",
        "",
        "It regenerates the recorded samples with their seeds and reports how many outputs are identical, then",
        "draws fresh seeds under the minimal trigger and under control, scans the answers with the same",
        "pipeline and tests again whether the trigger makes the code worse (exit code 0: it does; 1: it does not).",
        "",
        "## Minimal trigger",
        "",
        "| factor | level | place | text |",
        "| --- | --- | --- | --- |",
        *(f"| {f.factor} | {f.level} | {f.place} | {_cell(f.value)} |" for f in manifest.minimal_features),
        "",
        "## Evidence",
        "",
        "| | samples | events | rate | 95% interval |",
        "| --- | --- | --- | --- | --- |",
        f"| minimal trigger | {s.n_triggered} | {s.events_triggered} | {s.rate_triggered:.1%} | "
        f"{s.wilson_triggered[0]:.1%} to {s.wilson_triggered[1]:.1%} |",
        f"| control | {s.n_control} | {s.events_control} | {s.rate_control:.1%} | "
        f"{s.wilson_control[0]:.1%} to {s.wilson_control[1]:.1%} |",
        "",
        f"Model `{manifest.model.name}`, fingerprint `{manifest.model.fingerprint}`, backend `{manifest.model.backend}`.",
        f"Sampling: temperature {manifest.sampling.temperature}, top_p {manifest.sampling.top_p}, "
        f"max_new_tokens {manifest.sampling.max_new_tokens}; base seed {manifest.base_seed}.",
        "",
        "`manifest.json` holds the rendered prompts, every raw output, diff and finding, and the statistics.",
        "",
    ]
    return "\n".join(lines)


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")[:120]


def write_bundles(store: Store, out: Path, tasks_dirs: Sequence[Path] = ()) -> list[Manifest]:
    """Write a bundle for every incident in the store and record each incident's repro command."""
    incidents = store.get_meta("incidents") or []
    manifests = []
    for incident in incidents:
        bundle_dir = out / "incidents" / incident["id"]
        manifest = build_manifest(store, incident, bundle_dir, tasks_dirs)
        write_json(bundle_dir / "manifest.json", manifest.model_dump(mode="json"))
        write_atomic(bundle_dir / "README.md", readme(manifest))
        incident["repro_command"] = manifest.repro_command
        manifests.append(manifest)
    if incidents:
        store.set_meta("incidents", incidents)
    return manifests
