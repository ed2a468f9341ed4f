"""Storage for CAD drawing revisions uploaded by the design office."""
from pathlib import Path

import click

from coppersmith.settings import DRAWINGS_ROOT

BASE = Path(DRAWINGS_ROOT).resolve()


class DrawingRevisionStore:
    def __init__(self, base: Path = BASE):
        self.base = base

    def locate(self, order_folder: str, filename: str) -> Path:
        candidate = (self.base / order_folder / filename).resolve()
        if not candidate.is_relative_to(self.base):
            raise PermissionError(f"{filename!r} is outside the drawings store")
        return candidate

    def read(self, order_folder: str, filename: str) -> bytes:
        return self.locate(order_folder, filename).read_bytes()

    def archive(self, order_folder: str, filename: str) -> Path:
        source = self.locate(order_folder, filename)
        target = self.locate(order_folder, f"archive/{source.name}")
        target.parent.mkdir(parents=True, exist_ok=True)
        return source.rename(target)


@click.group()
def cli():
    """Drawing revision maintenance."""


@cli.command()
@click.argument("order_folder")
@click.argument("filename")
def archive(order_folder: str, filename: str):
    moved = DrawingRevisionStore().archive(order_folder, filename)
    click.echo(f"archived to {moved}")


@cli.command()
@click.argument("order_folder")
@click.argument("filename")
def size(order_folder: str, filename: str):
    data = DrawingRevisionStore().read(order_folder, filename)
    click.echo(f"{filename}: {len(data)} bytes")


if __name__ == "__main__":
    cli()
