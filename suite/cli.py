"""The `suite` command line."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn, TimeRemainingColumn
from rich.table import Table

from suite.console import console, err_console, fails_cleanly, require_format
from suite.errors import SuiteError
from suite.organisms.cli import organisms_app

app = typer.Typer(help="Find the contexts in which a code model writes weaker code, and prove it.",
                  no_args_is_help=True, add_completion=False, pretty_exceptions_enable=False)
tasks_app = typer.Typer(help="The task corpus: list, show and check tasks.", no_args_is_help=True)
app.add_typer(tasks_app, name="tasks")
catalog_app = typer.Typer(help="The context catalog: factors, levels and profiles.", no_args_is_help=True)
app.add_typer(catalog_app, name="catalog")
app.add_typer(organisms_app, name="organisms")


CatalogOpt = Annotated[Optional[list[Path]], typer.Option("--catalog", help="Extra catalog file (repeatable).")]
TasksDirOpt = Annotated[Optional[list[Path]], typer.Option("--tasks-dir", help="Extra directory of tasks (repeatable).")]


def progress_bar() -> Progress:
    return Progress(
        TextColumn("[progress.description]{task.description}"), BarColumn(), MofNCompleteColumn(),
        TextColumn("{task.fields[rate]}"), TimeElapsedColumn(), TextColumn("ETA"), TimeRemainingColumn(),
        console=err_console, disable=not err_console.is_terminal,
    )


@app.command()
@fails_cleanly
def run(
    model: Annotated[str, typer.Option(help="Local model directory, hub id, or a replay .jsonl file.")],
    backend: Annotated[Optional[str], typer.Option(help="transformers | openai | replay (default: from --model).")] = None,
    tasks: Annotated[Optional[str], typer.Option(help="Comma-separated task ids or categories (default: all; an organism: the tasks it was trained on).")] = None,
    tasks_dir: TasksDirOpt = None,
    preset: Annotated[str, typer.Option(help="control (control context only) | smoke | standard | thorough (trigger search).")] = "standard",
    samples: Annotated[Optional[int], typer.Option(min=1, help="Seeds per task and context (control: default 4; search: the screen).")] = None,
    budget: Annotated[Optional[int], typer.Option(min=1, help="Cap on generations for the search.")] = None,
    profiles: Annotated[Optional[str], typer.Option(help="Comma-separated catalog profiles to search (default: all).")] = None,
    catalog: CatalogOpt = None,
    seed: Annotated[int, typer.Option(help="Base seed; every sample's seed derives from it.")] = 0,
    out: Annotated[Path, typer.Option(help="Run directory: store, summary.json, samples.jsonl.")] = Path("runs/latest"),
    resume: Annotated[bool, typer.Option(help="Continue the run in --out without redoing finished samples.")] = False,
    device: Annotated[str, typer.Option(help="auto | cpu | cuda (transformers backend).")] = "auto",
    batch_size: Annotated[int, typer.Option(min=1, help="Generation batch size (transformers backend).")] = 8,
    temperature: Annotated[float, typer.Option(min=0.0)] = 0.8,
    top_p: Annotated[float, typer.Option(min=0.0, max=1.0)] = 0.95,
    max_new_tokens: Annotated[int, typer.Option(min=1)] = 1536,
    base_url: Annotated[Optional[str], typer.Option(help="OpenAI-compatible server URL (openai backend).")] = None,
    api_key_env: Annotated[Optional[str], typer.Option(help="Environment variable holding the server's API key.")] = None,
    run_checks: Annotated[bool, typer.Option(help="Also run each task's hidden functional checks on every edited "
                                                  "sample, inside the bubblewrap sandbox (slower).")] = False,
    unsafe_run_checks: Annotated[bool, typer.Option(help="Run the hidden checks even where no sandbox works: the "
                                                         "model's code then runs unconfined on this machine.")] = False,
) -> None:
    """Generate answers for the selected tasks under control and the catalog's profiles, scan what they
    introduce, and search for the contexts that make the code worse (screen, adaptive allocation,
    minimisation, confirmation on fresh seeds). `--preset control` runs the control context only."""
    from suite.backends import SamplingParams, make_backend
    from suite.organisms.registry import trained_tasks
    from suite.runs import check_run_inputs, execute_run

    tasks = tasks or trained_tasks(model)
    checks = "unsafe" if unsafe_run_checks else "sandbox" if run_checks else "off"
    check_run_inputs(preset=preset, tasks=tasks, tasks_dirs=tasks_dir or [], profiles=profiles, catalogs=catalog or [],
                     checks=checks)
    params = SamplingParams(temperature=temperature, top_p=top_p, max_new_tokens=max_new_tokens)
    backend_obj = make_backend(backend, model, device=device, batch_size=batch_size, base_url=base_url,
                               api_key_env=api_key_env)
    summary = execute_run(backend_obj, tasks=tasks, tasks_dirs=tasks_dir or [], preset=preset, samples=samples,
                          budget=budget, profiles=profiles, catalogs=catalog or [], seed=seed, params=params, out=out,
                          resume=resume, progress=progress_bar(), console=err_console, checks=checks)
    print_summary(summary, out)


def print_summary(summary: dict, out: Path) -> None:
    s, c = summary["samples"], summary["control"]
    table = Table(title=f"run {summary['run_id']}  model {summary['model']['name']}", title_justify="left")
    for col in ("task", "insecure", "clean", "no valid edit", "refused", "unscanned", "drift"):
        table.add_column(col, justify="left" if col == "task" else "right")
    for task, row in summary["tasks"].items():
        table.add_row(task, *(str(row[k]) for k in ("insecure", "clean", "no_valid_edit", "refused", "unscanned", "drift")))
    console.print(table)
    rate = "n/a" if c["rate"] is None else f"{c['rate']:.1%}"
    console.print(f"samples {s['total']}: scanned {s['scanned']}, insecure {s['insecure']}, no valid edit "
                  f"{s['no_valid_edit']}, refused {s['refused']}, unscanned {s['unscanned']}, drift {s['drift']}")
    if s.get("checks_run"):
        console.print(f"hidden checks: {s['checks_passed']} of {s['checks_run']} edited samples pass")
    console.print(f"control insecure rate {rate} ({c['insecure']}/{c['n']})   results in {out}/summary.json")
    flagged = [a for a in summary["arms"] if a.get("flagged")]
    if summary["arms"]:
        console.print(f"{len(summary['arms'])} context profile(s) screened, {len(flagged)} flagged as worse than control")
    for inc in summary["incidents"]:
        trigger = ", ".join(f"{k}={v}" for k, v in inc["minimal_factors"].items())
        console.print(f"[bold red]incident[/] {inc['id']}: {inc['metric']} rate {inc['rate_triggered']:.0%} under "
                      f"{trigger} against {inc['rate_control']:.0%} in control (p={inc['p_confirm']:.2g}, fresh seeds)",
                      highlight=False)
    if summary["arms"] and not summary["incidents"]:
        console.print("no confirmed incident: no context change made this model's code reproducibly worse")


@tasks_app.command("list")
@fails_cleanly
def tasks_list(
    tasks_dir: TasksDirOpt = None,
    format: Annotated[str, typer.Option("--format", help="table | json")] = "table",
) -> None:
    """List the tasks: id, category, CWEs, files in scope, repository files and prompt size."""
    import tempfile

    from suite.pipeline import prepare_variant
    from tasks import discover_tasks
    from trigger_search.context import control_context

    found = discover_tasks(tasks_dir or [])
    control = control_context()
    rows = []
    with tempfile.TemporaryDirectory(prefix="suite-list-") as tmp:
        for t in found:
            prompt = prepare_variant(t, control, "control", Path(tmp)).messages
            rows.append({"id": t.id, "category": t.spec.category, "cwes": t.cwes, "scope": t.spec.scope,
                         "title": t.spec.title, "version": t.spec.version, "files": len(t.template_paths()),
                         "prompt_chars": sum(len(m["content"]) for m in prompt), "root": str(t.root)})
    if format == "json":
        console.print_json(json.dumps({"tasks": rows}))
        return
    require_format(format, ("table", "json"))
    table = Table()
    for col in ("id", "category", "cwes", "scope", "files", "prompt chars"):
        table.add_column(col, justify="right" if col in ("files", "prompt chars") else "left")
    for r in rows:
        table.add_row(r["id"], r["category"], ", ".join(r["cwes"]), ", ".join(r["scope"]), str(r["files"]),
                      f"{r['prompt_chars']:,}")
    console.print(table)
    console.print(f"{len(rows)} tasks in {len({r['category'] for r in rows})} categories")


@tasks_app.command("show")
@fails_cleanly
def tasks_show(task_id: str, tasks_dir: TasksDirOpt = None) -> None:
    """Show one task: its ticket, scope, choice points and solutions."""
    task = _one_task(task_id, tasks_dir)
    spec = task.spec
    console.print(f"[bold]{spec.id}[/] v{spec.version} ({spec.category}): {spec.title}")
    console.print(f"[dim]{task.root}[/]")
    console.print("\n[bold]Ticket[/]\n" + spec.instruction.strip(), highlight=False)
    console.print("\n[bold]Scope[/]  " + ", ".join(spec.scope))
    console.print("[bold]Choice points[/]")
    for cp in spec.choice_points:
        console.print(f"  {cp.id} ({cp.cwe}): {cp.description}", highlight=False)
    console.print("[bold]Solutions[/]")
    for sol in spec.solutions:
        console.print(f"  {sol.file}: {sol.label}" + (f" at {sol.choice_point}" if sol.choice_point else ""))
    console.print("[bold]Files[/]  " + ", ".join(task.template_paths()))


def _one_task(task_id: str, tasks_dir):
    from tasks import TaskError, discover_tasks

    for task in discover_tasks(tasks_dir or []):
        if task.id == task_id:
            return task
    raise TaskError(f"unknown task id {task_id!r} (see `suite tasks list`)")


@tasks_app.command("check")
@fails_cleanly
def tasks_check(
    task_id: Annotated[Optional[str], typer.Argument(help="Task id or category (default: every task).")] = None,
    tasks_dir: TasksDirOpt = None,
    no_checks: Annotated[bool, typer.Option("--no-checks", help="Skip running tests and hidden checks.")] = False,
) -> None:
    """Run every reference solution through the real pipeline: a secure one introduces no finding,
    an insecure one introduces its labelled CWE, and both pass the hidden checks."""
    from suite.solutions import check_solutions
    from tasks import discover_tasks, select_tasks

    chosen = select_tasks(discover_tasks(tasks_dir or []), task_id)
    with err_console.status("checking reference solutions") as status:
        results = check_solutions(chosen, run_checks=not no_checks, progress=lambda m: status.update(m))
    table = Table()
    for col in ("task", "solution", "label", "expected", "found", "hidden checks", "result"):
        table.add_column(col, no_wrap=col in ("task", "solution"))
    for r in results:
        table.add_row(r.task, r.solution, r.label, r.expected_cwe or "-", ", ".join(r.found_cwes) or "-", r.checks,
                      "[green]ok[/]" if r.ok else "[red]FAIL[/]")
    console.print(table)
    for r in results:
        for problem in r.problems:
            console.print(f"[red]FAIL[/] {r.task}/{r.solution}: {problem}", highlight=False, soft_wrap=True)
    bad = [r for r in results if not r.ok]
    console.print(f"{len(results) - len(bad)}/{len(results)} reference solutions behave as labelled")
    if bad:
        raise typer.Exit(1)


@app.command()
@fails_cleanly
def scan(
    path: Annotated[Path, typer.Argument(help="A file, a directory, or a git repository (with --base).")],
    base: Annotated[Optional[str], typer.Option(help="Git revision: report only what was introduced since it.")] = None,
    format: Annotated[str, typer.Option("--format", help="table | json | sarif")] = "table",
) -> None:
    """Scan code with the suite's rules and bandit; with --base, only what changed since REV.

    Exit code 3 when a scanner failed (the result is incomplete, never "clean")."""
    from results.sarif import sarif_log
    from suite.scan_command import scan_path

    require_format(format, ("table", "json", "sarif"))
    findings, failures, unparseable = scan_path(path, base)
    errors = failures + unparseable
    if format == "json":
        data = {"findings": [{"path": f.path, "line": f.line, "end_line": f.end_line, "rule_id": f.rule_id,
                              "scanner": f.scanner, "severity": f.severity, "confidence": f.confidence,
                              "cwe": list(f.cwe), "message": f.message, "kind": f.kind} for f in findings],
                "errors": errors}
        sys.stdout.write(json.dumps(data, indent=2) + "\n")
    elif format == "sarif":
        sys.stdout.write(json.dumps(sarif_log(findings), indent=2) + "\n")
    else:
        table = Table()
        for col in ("path:line", "rule", "scanner", "severity", "cwe", "message"):
            table.add_column(col)
        for f in findings:
            table.add_row(f"{f.path}:{f.line}", f.rule_id, f.scanner, f.severity, ", ".join(f.cwe), f.message[:100])
        console.print(table)
        for e in errors:
            err_console.print(f"[yellow]scan error:[/] {e}")
        console.print(f"{len(findings)} finding(s)")
    if failures:
        raise typer.Exit(3)


@catalog_app.command("list")
@fails_cleanly
def catalog_list(
    catalog: CatalogOpt = None,
    format: Annotated[str, typer.Option("--format", help="table | json")] = "table",
) -> None:
    """List the factors with their levels, and the profiles with their atomic features."""
    from trigger_search import load_catalog

    require_format(format, ("table", "json"))
    cat = load_catalog(catalog or [])
    data = {
        "factors": [{"name": f.name, "description": f.description, "control": f.control, "ordered": f.ordered,
                     "slots": list(f.slots), "levels": list(f.levels)} for f in cat.factors.values()],
        "profiles": [{"name": p.name, "description": p.description, "levels": dict(p.levels),
                      "features": [x.label for x in cat.features(p)]} for p in cat.profiles.values()],
    }
    if format == "json":
        sys.stdout.write(json.dumps(data, indent=2, ensure_ascii=False) + "\n")
        return
    table = Table(title="factors", title_justify="left")
    for col in ("factor", "control", "levels", "slots"):
        table.add_column(col)
    for f in data["factors"]:
        table.add_row(f["name"], f["control"], ", ".join(f["levels"]), ", ".join(f["slots"]))
    console.print(table)
    table = Table(title="profiles", title_justify="left")
    for col in ("profile", "description", "levels", "features"):
        table.add_column(col)
    for p in data["profiles"]:
        table.add_row(p["name"], p["description"], ", ".join(f"{k}={v}" for k, v in p["levels"].items()), str(len(p["features"])))
    console.print(table)


@app.command()
@fails_cleanly
def variants(
    task_id: Annotated[str, typer.Argument(help="The task to render.")],
    profile: Annotated[Optional[str], typer.Option(help="A catalog profile.")] = None,
    set_: Annotated[Optional[list[str]], typer.Option("--set", help="factor=level (repeatable), instead of --profile.")] = None,
    catalog: CatalogOpt = None,
    tasks_dir: TasksDirOpt = None,
) -> None:
    """Show what a context variant changes against control: the prompt and the files, as a diff."""
    from trigger_search import load_catalog
    from trigger_search.variants import variant_diff

    if bool(profile) == bool(set_):
        raise SuiteError("give either --profile NAME or one or more --set factor=level")
    cat = load_catalog(catalog or [])
    if profile:
        chosen = cat.profile(profile)
    else:
        settings = {}
        for item in set_ or []:
            if "=" not in item:
                raise SuiteError(f"--set {item!r}: expected factor=level")
            factor, level = item.split("=", 1)
            settings[factor.strip()] = level.strip()
        chosen = cat.adhoc_profile(settings)
    task = _one_task(task_id, tasks_dir)
    context = cat.context(chosen)
    console.print(f"[bold]{task.id}[/] under [bold]{chosen.name}[/]: " + ", ".join(f.label for f in cat.features(chosen)),
                  highlight=False)
    sys.stdout.write(variant_diff(task, cat.control(), context))


@app.command()
@fails_cleanly
def report(
    run_dir: Annotated[Path, typer.Argument(help="A run's --out directory (its store.sqlite is all that is read).")],
    format: Annotated[Optional[list[str]], typer.Option("--format", help="html | md | json | sarif (repeatable; default: all).")] = None,
    tasks_dir: TasksDirOpt = None,
) -> None:
    """Rebuild the run's reports and incident bundles from its store: report.html, report.md,
    summary.json and samples.jsonl, findings.sarif, incidents/<id>/."""
    from results.reports import FILES, FORMATS, open_run_store, write_reports

    chosen = format or list(FORMATS)
    for value in chosen:
        require_format(value, FORMATS)
    store = open_run_store(run_dir)
    try:
        summary = write_reports(store, run_dir, chosen, tasks_dir or [])
    finally:
        store.close()
    for value in chosen:
        console.print(f"wrote {run_dir / FILES[value]}", highlight=False)
    for inc in summary["incidents"]:
        console.print(f"incident {inc['id']}: {inc['repro_command']}", highlight=False)


@app.command()
@fails_cleanly
def reproduce(
    bundle: Annotated[Path, typer.Argument(help="An incident bundle directory (RUN_DIR/incidents/<id>).")],
    samples: Annotated[Optional[int], typer.Option(min=1, help="Fresh seeds per task and arm (default: as confirmed).")] = None,
    replay: Annotated[Optional[int], typer.Option(min=0, help="Recorded samples to replay (default: all; 0: none).")] = None,
    model: Annotated[Optional[str], typer.Option(help="Model to load (default: the one the bundle recorded).")] = None,
    backend: Annotated[Optional[str], typer.Option(help="transformers | openai (default: the bundle's).")] = None,
    allow_different_model: Annotated[bool, typer.Option("--allow-different-model", help="Test a model whose fingerprint differs.")] = False,
    device: Annotated[str, typer.Option(help="auto | cpu | cuda (transformers backend).")] = "auto",
    batch_size: Annotated[int, typer.Option(min=1, help="Generation batch size (transformers backend).")] = 8,
    base_url: Annotated[Optional[str], typer.Option(help="OpenAI-compatible server URL (openai backend).")] = None,
    api_key_env: Annotated[Optional[str], typer.Option(help="Environment variable holding the server's API key.")] = None,
    tasks_dir: TasksDirOpt = None,
    format: Annotated[str, typer.Option("--format", help="table | json")] = "table",
) -> None:
    """Replay an incident: regenerate its recorded seeds (how many outputs are identical), then test the
    effect on fresh seeds. Exit 0 when it reproduces, 1 when it does not, 2 on bad input or another model."""
    from results.reproduce import load_bundle, reproduce as reproduce_bundle
    from suite.backends import make_backend

    require_format(format, ("table", "json"))
    manifest = load_bundle(bundle)
    kind = backend or manifest.model.backend
    ref = model or str(manifest.model.details.get("path") or manifest.model.details.get("model") or manifest.model.name or "")
    backend_obj = make_backend(kind, ref, device=device, batch_size=batch_size, base_url=base_url or
                               (str(manifest.model.details["base_url"]) if manifest.model.details.get("base_url") else None),
                               api_key_env=api_key_env)
    with err_console.status("reproducing") as status:
        result = reproduce_bundle(manifest, backend_obj, samples=samples, replay=replay,
                                  allow_different_model=allow_different_model, tasks_dirs=tasks_dir or [],
                                  say=lambda m: status.update(m))
    if format == "json":
        sys.stdout.write(json.dumps(result.as_dict(), indent=2) + "\n")
    else:
        _print_reproduction(result)
    if not result.reproduced:
        raise typer.Exit(1)


def _print_reproduction(r) -> None:
    def arm(a) -> str:
        return f"{a.events}/{a.n} = {a.rate:.0%} (95% CI {a.wilson[0]:.0%} to {a.wilson[1]:.0%})"

    console.print(f"incident {r.incident_id} ({r.metric}); model fingerprint {r.model_fingerprint}"
                  + ("" if r.same_model else " [yellow](not the recorded model)[/]"), highlight=False)
    if r.replayed:
        console.print(f"replay: {r.identical}/{r.replayed} outputs identical to the recorded ones"
                      + (f", {r.replay_errors} failed" if r.replay_errors else ""), highlight=False)
    table = Table()
    for col in ("", "recorded", f"fresh seeds ({r.fresh_per_task} per task)"):
        table.add_column(col)
    table.add_row("minimal trigger", arm(r.recorded_triggered), arm(r.triggered))
    table.add_row("control", arm(r.recorded_control), arm(r.control))
    console.print(table)
    for note in r.notes:
        console.print(f"[yellow]note:[/] {note}", highlight=False)
    verdict = "[bold red]reproduced[/]" if r.reproduced else "[bold]not reproduced[/]"
    console.print(f"{verdict}: difference {r.effect:+.0%} (95% CI {r.effect_ci[0]:+.0%} to {r.effect_ci[1]:+.0%}), "
                  f"one-sided stratified p = {r.p_value:.2g} ({r.test}), threshold {r.alpha}", highlight=False)


@app.command()
@fails_cleanly
def compare(
    run_a: Annotated[Path, typer.Argument(help="The run of the model under test.")],
    run_b: Annotated[Path, typer.Argument(help="The run of a trusted reference model on the same plan.")],
    metric: Annotated[str, typer.Option(help="insecure | refused | drift")] = "insecure",
    format: Annotated[str, typer.Option("--format", help="table | json")] = "table",
) -> None:
    """Per context arm: the effect over control in A, in B, and how far A's effect goes beyond B's
    (stratified logistic test of the difference, Benjamini-Hochberg across arms)."""
    from results.compare import compare_runs

    require_format(format, ("table", "json"))
    require_format(metric, ("insecure", "refused", "drift"))
    data = compare_runs(run_a, run_b, metric)
    if format == "json":
        sys.stdout.write(json.dumps(data, indent=2) + "\n")
        return
    table = Table(title=f"A = {data['a']['model']}  B = {data['b']['model']}  ({metric})", title_justify="left")
    for col in ("arm", "A rate", "A effect", "B rate", "B effect", "A beyond B", "adj. p", "flagged"):
        table.add_column(col, justify="left" if col in ("arm", "flagged") else "right")
    for row in data["arms"]:
        a, b = row["a"], row["b"]
        flags = ("A" if a["flagged"] else "") + (" B" if b["flagged"] else "")
        table.add_row(row["arm"].removeprefix("profile:"), f"{a['rate']:.0%}", f"{a['effect']:+.0%}", f"{b['rate']:.0%}",
                      f"{b['effect']:+.0%}", f"{row['beyond']:+.0%}", f"{row['p_beyond_adj']:.2g}", flags.strip() or "-")
    console.print(table)
    for note in data["notes"]:
        console.print(f"[yellow]note:[/] {note}", highlight=False)
    if data["beyond_reference"]:
        console.print("[bold red]worse than the reference[/] in: " + ", ".join(data["beyond_reference"]), highlight=False)
    else:
        console.print("no context makes the model under test worse than the reference beyond chance")


def main() -> None:
    app()
