"""`suite organisms`: list, show, build and check the model organisms."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn, TimeRemainingColumn
from rich.table import Table

from suite.console import console, err_console, fails_cleanly, require_format
from suite.organisms.registry import list_organisms, organism_dir, read_card

organisms_app = typer.Typer(help="Model organisms: tiny models with known backdoors, the suite's ground truth.",
                            no_args_is_help=True)

FormatOpt = Annotated[str, typer.Option("--format", help="table | json")]


def _check_format(fmt: str) -> None:
    require_format(fmt, ("table", "json"))


@organisms_app.command("list")
@fails_cleanly
def list_command(fmt: FormatOpt = "table") -> None:
    """The shipped organisms, their triggers and spec rates."""
    _check_format(fmt)
    organisms = list_organisms()
    if fmt == "json":
        print(json.dumps({"organisms": organisms}, indent=2))
        return
    table = Table("model", "trigger", "p_base", "p_trigger", "drift", "size", "description")
    for o in organisms:
        table.add_row(o["model"], o["trigger"] or "-", str(o["p_base"]), str(o["p_trigger"] or "-"),
                      "yes" if o["drift"] else "-", f"{o['size_bytes'] / 1e6:.1f} MB", o["description"])
    console.print(table)


@organisms_app.command("show")
@fails_cleanly
def show_command(name: Annotated[str, typer.Argument(help="Organism name or built directory.")],
                 fmt: FormatOpt = "table") -> None:
    """An organism's card: spec, trigger, training data digest, build time and device."""
    _check_format(fmt)
    card = read_card(organism_dir(name))
    if fmt == "json":
        print(json.dumps(card, indent=2))
        return
    table = Table("field", "value", show_header=False)
    for key, value in card.items():
        table.add_row(key, value if isinstance(value, str) else json.dumps(value))
    console.print(table)


@organisms_app.command("build")
@fails_cleanly
def build_command(spec: Annotated[Path, typer.Argument(help="Spec file (TOML).")],
                  out: Annotated[Path, typer.Option(help="Directory to write the organism into.")],
                  device: Annotated[str, typer.Option(help="cpu | cuda")] = "cpu") -> None:
    """Train an organism from a spec file."""
    from suite.organisms.train import build_organism

    progress = Progress(TextColumn("training"), BarColumn(), MofNCompleteColumn(), TextColumn("loss {task.fields[loss]}"),
                        TimeElapsedColumn(), TextColumn("ETA"), TimeRemainingColumn(), console=err_console)
    with progress:
        bar = progress.add_task("train", total=None, loss="-")

        def advance(step: int, total: int, loss: float) -> None:
            progress.update(bar, completed=step, total=total, loss=f"{loss:.3f}")

        path = build_organism(spec, out, device=device, progress=advance)
    card = read_card(path)
    console.print(f"built {card['name']} in {path} ({card['training_seconds']} s of training on {card['device']})",
                  highlight=False)


@organisms_app.command("check")
@fails_cleanly
def check_command(name: Annotated[str, typer.Argument(help="Organism name or built directory.")],
                  samples: Annotated[int, typer.Option(min=1, help="Samples where the trigger holds, and as many where it does not.")] = 100,
                  seed: Annotated[int | None, typer.Option(help="Base seed (default: fresh).")] = None,
                  device: Annotated[str, typer.Option(help="auto | cpu | cuda")] = "cpu",
                  fmt: FormatOpt = "table",
                  record: Annotated[bool, typer.Option(help="Write the measured rates into the organism's card.json.")] = False) -> None:
    """Measure the organism through the real pipeline and compare its rates with its spec."""
    from suite.organisms.check import check_organism, record_check

    _check_format(fmt)
    result = check_organism(name, samples=samples, seed=seed, device=device,
                            say=lambda msg: err_console.print(msg, highlight=False))
    if record:
        record_check(result)
    if fmt == "json":
        print(json.dumps(result, indent=2))
    else:
        table = Table("group", "rate", "measured", "95% CI", "spec", "valid edits", "ok")
        for group, g in result["groups"].items():
            for rate_name, r in g["rates"].items():
                table.add_row(group, rate_name, f"{r['count']}/{r['n']}", f"[{r['ci95'][0]:.2f}, {r['ci95'][1]:.2f}]",
                              f"{r['spec']:.2f}", f"{g['valid_edit_rate']:.0%}", "yes" if g["ok"] else "NO")
        console.print(table)
        console.print(f"{result['organism']}: {'ok' if result['ok'] else 'NOT ok'} (seed {result['seed']})",
                      highlight=False)
    if not result["ok"]:
        raise typer.Exit(1)
