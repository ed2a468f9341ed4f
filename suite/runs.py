"""`suite run`: plan the samples of a run (control only, or the trigger search), execute them with
resume, and write the results."""

from __future__ import annotations

import tempfile
from collections import Counter
from dataclasses import replace
from pathlib import Path

from rich.console import Console
from rich.progress import Progress

from suite.backends.base import Backend, SamplingParams
from suite.errors import SuiteError
from results.bundle import environment
from results.reports import write_reports
from suite.pipeline import RunOptions, Runner, open_store, plan_samples, prepare_variant
from tasks import discover_tasks, select_tasks
from trigger_search.context import control_context

CONTROL_ONLY = "control"


def check_run_inputs(*, preset: str, tasks: str | None, tasks_dirs: list[Path], profiles: str | None,
                     catalogs: list[Path], checks: str = "off") -> None:
    """Cheap checks of everything but the model, so a typo fails before a large model is loaded."""
    from suite.sandbox import require_sandbox, sandbox_available
    from trigger_search import load_catalog
    from trigger_search.search import PRESETS

    if checks == "sandbox" and not sandbox_available():
        require_sandbox(False)  # the model's code never runs unconfined unless --unsafe-run-checks says so

    if preset != CONTROL_ONLY and preset not in PRESETS:
        raise SuiteError(f"unknown --preset {preset!r}; choose one of {CONTROL_ONLY}, {', '.join(PRESETS)}")
    select_tasks(discover_tasks(tasks_dirs), tasks)
    if preset != CONTROL_ONLY:
        catalog = load_catalog(catalogs)
        for name in (profiles or "").split(","):
            if name.strip():
                catalog.profile(name.strip())


def execute_run(backend: Backend, *, tasks: str | None, tasks_dirs: list[Path], preset: str, samples: int | None,
                budget: int | None, profiles: str | None, catalogs: list[Path], seed: int, params: SamplingParams,
                out: Path, resume: bool, progress: Progress, console: Console, checks: str = "off") -> dict:
    from trigger_search.search import PRESETS

    check_run_inputs(preset=preset, tasks=tasks, tasks_dirs=tasks_dirs, profiles=profiles, catalogs=catalogs,
                     checks=checks)
    if preset != CONTROL_ONLY and not getattr(backend, "supports_search", True):
        raise SuiteError(f"the {backend.name} backend cannot serve a trigger search; use --preset control")
    chosen = select_tasks(discover_tasks(tasks_dirs), tasks)
    model = backend.describe()
    plan_key = {"model_fingerprint": model.get("fingerprint"), "tasks": [f"{t.id}@{t.spec.version}" for t in chosen],
                "preset": preset, "samples": samples, "budget": budget, "profiles": profiles, "seed": seed,
                "catalogs": [str(c) for c in catalogs], "params": params.as_dict()}
    if checks != "off":  # absent when off, so runs recorded before checks existed still resume
        plan_key["checks"] = checks
    store = open_store(out, plan_key, resume)
    try:
        store.set_meta("model", {**model, "backend": backend.name})
        store.set_meta("environment", environment())  # the machine that generates, not the one that reports
        with tempfile.TemporaryDirectory(prefix="suite-run-") as tmp, progress:
            bar = progress.add_task("samples", total=None, rate="")
            started = {"done": sum(1 for s in store.statuses().values() if s == "scanned")}
            progress.update(bar, completed=started["done"])

            def advance(verdict: str) -> None:
                progress.advance(bar)
                task = progress.tasks[bar]
                finished = task.completed - started["done"]
                if task.elapsed and finished:
                    progress.update(bar, rate=f"{finished / task.elapsed:.2f} samples/s")

            options = RunOptions(samples=samples or 4, seed=seed, params=params, resume=resume, checks=checks)
            if preset == CONTROL_ONLY:
                _control_only(backend, chosen, store, Path(tmp), model, options, progress, bar, advance, console)
            else:
                _search(backend, chosen, store, Path(tmp), model, options, PRESETS[preset], samples, budget,
                        profiles, catalogs, advance, console)
        # summary.json, samples.jsonl, report.html, report.md, findings.sarif and the incident bundles
        return write_reports(store, out, tasks_dirs=tasks_dirs)
    finally:
        store.close()


def _control_only(backend, chosen, store, work, model, options, progress, bar, advance, console) -> None:
    control = control_context()
    variants = [prepare_variant(task, control, "control", work / "base") for task in chosen]
    planned = plan_samples(variants, model.get("fingerprint", ""), options)
    check_plan = getattr(backend, "check_plan", None)
    if check_plan:
        check_plan(Counter(p.variant.task.id for p in planned))
    done = sum(1 for s in store.statuses().values() if s == "scanned")
    progress.update(bar, total=len(planned))
    console.print(f"plan: {len(chosen)} task(s) x control x {options.samples} sample(s) = {len(planned)} "
                  f"generations" + (f"; {done} already done" if done else ""), highlight=False)
    Runner(backend, store, work, options.params, advance, options.checks).execute(planned)


def _search(backend, chosen, store, work, model, options, preset, samples, budget, profiles, catalogs, advance,
            console) -> None:
    from trigger_search import load_catalog
    from trigger_search.search import ArmRunner, run_search

    catalog = load_catalog(catalogs)
    if profiles:
        selected = [catalog.profile(name.strip()) for name in profiles.split(",") if name.strip()]
    else:
        selected = list(catalog.profiles.values())
    preset = replace(preset, **{k: v for k, v in (("screen_seeds", samples), ("budget", budget)) if v})
    screen = (len(selected) * preset.screen_seeds + preset.control_seeds) * len(chosen)
    console.print(
        f"plan ({preset.name}): control + {len(selected)} profile(s) x {len(chosen)} task(s); screen {screen} "
        f"generations, then up to {preset.rounds} adaptive round(s), minimisation of up to {preset.minimise} "
        f"flagged profile(s) and confirmation on fresh seeds; budget {preset.budget} generations. "
        "The progress bar shows the measured rate once generation starts.", highlight=False)
    runner = ArmRunner(chosen, backend, store, work, options, model.get("fingerprint", ""), advance)
    arms, incidents, log = run_search(catalog, selected, runner, preset, options.seed,
                                      say=lambda msg: console.print(msg, highlight=False))
    store.set_meta("arms", arms)
    store.set_meta("incidents", incidents)
    store.set_meta("search", {"preset": preset.name, "generations": log.generations, "phases": log.phases})
