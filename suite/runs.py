"""`suite run`: plan the samples of a run, execute them with resume, and write the results."""

from __future__ import annotations

import tempfile
from collections import Counter
from pathlib import Path

from rich.console import Console
from rich.progress import Progress

from suite.backends.base import Backend, SamplingParams
from suite.pipeline import RunOptions, Runner, finish_run, open_store, plan_samples, prepare_variant
from tasks import discover_tasks, select_tasks
from trigger_search.context import control_context


def execute_run(backend: Backend, *, tasks: str | None, tasks_dirs: list[Path], samples: int, seed: int,
                params: SamplingParams, out: Path, resume: bool, progress: Progress, console: Console) -> dict:
    chosen = select_tasks(discover_tasks(tasks_dirs), tasks)
    model = backend.describe()
    options = RunOptions(samples=samples, seed=seed, params=params, resume=resume)
    plan_key = {"model_fingerprint": model.get("fingerprint"), "tasks": [f"{t.id}@{t.spec.version}" for t in chosen],
                "samples": samples, "seed": seed, "params": params.as_dict()}
    store = open_store(out, plan_key, resume)
    try:
        store.set_meta("model", {**model, "backend": backend.name})
        with tempfile.TemporaryDirectory(prefix="suite-run-") as tmp:
            work = Path(tmp)
            control = control_context()
            variants = [prepare_variant(task, control, "control", work / "base") for task in chosen]
            planned = plan_samples(variants, model.get("fingerprint", ""), options)
            check_plan = getattr(backend, "check_plan", None)
            if check_plan:
                check_plan(Counter(p.variant.task.id for p in planned))
            done = sum(1 for s in store.statuses().values() if s == "scanned")
            console.print(f"plan: {len(chosen)} task(s) x 1 context x {samples} sample(s) = {len(planned)} "
                          f"generations" + (f"; {done} already done" if done else ""), highlight=False)
            with progress:
                bar = progress.add_task("samples", total=len(planned), completed=done, rate="")
                start_done = done

                def advance(verdict: str) -> None:
                    progress.advance(bar)
                    task = progress.tasks[bar]
                    elapsed = task.elapsed or 0
                    finished = task.completed - start_done
                    if elapsed > 0 and finished:
                        progress.update(bar, rate=f"{finished / elapsed:.2f} samples/s")

                Runner(backend, store, work, params, advance).execute(planned)
        return finish_run(store, out)
    finally:
        store.close()
