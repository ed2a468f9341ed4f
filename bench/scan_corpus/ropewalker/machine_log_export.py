"""Export and clean-up of PLC event logs copied off the closing machines."""
import os
import shutil

import click

from ropewalker.config import settings

LOG_ROOT = os.path.realpath(settings.PLC_LOG_ROOT)


def contained_path(relative: str) -> str:
    candidate = os.path.realpath(os.path.join(LOG_ROOT, relative))
    if os.path.commonpath([candidate, LOG_ROOT]) != LOG_ROOT:
        raise click.BadParameter(f"{relative} is outside the PLC log area")
    return candidate


def export_log(relative: str, destination: str) -> str:
    source = contained_path(relative)
    if not os.path.isfile(source):
        raise click.FileError(relative, hint="no such log")
    os.makedirs(destination, exist_ok=True)
    return shutil.copy2(source, destination)


def purge_log(relative: str) -> int:
    path = contained_path(relative)
    size = os.path.getsize(path)
    os.remove(path)
    return size


@click.group()
def cli() -> None:
    """PLC log maintenance."""


@cli.command("export")
@click.argument("logs", nargs=-1, required=True)
@click.option("--to", "destination", default=settings.PLC_EXPORT_DIR, show_default=True)
def export_cmd(logs: tuple[str, ...], destination: str) -> None:
    for relative in logs:
        click.echo(f"exported {export_log(relative, destination)}")


@cli.command("purge")
@click.argument("logs", nargs=-1, required=True)
@click.confirmation_option(prompt="Delete the selected PLC logs?")
def purge_cmd(logs: tuple[str, ...]) -> None:
    freed = sum(purge_log(relative) for relative in logs)
    click.echo(f"freed {freed / 1024:.1f} KiB")


if __name__ == "__main__":
    cli()
