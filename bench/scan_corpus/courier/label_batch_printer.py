"""Batch label printing for the end-of-shift trailer loading run."""
from __future__ import annotations

import logging
import re
import subprocess
from pathlib import Path

import click

log = logging.getLogger("labels.batch")

QUEUE_RE = re.compile(r"^[A-Za-z0-9_-]{1,64}$")


def submit_job(queue: str, path: Path, title: str, copies: int = 1) -> str:
    if not QUEUE_RE.match(queue):
        raise ValueError(f"invalid printer queue name: {queue!r}")
    cmd = ["lp", "-d", queue, "-n", str(copies), "-o", "raw", "-t", title, "--", str(path)]
    result = subprocess.run(cmd, capture_output=True, text=True, check=True, timeout=30)
    return result.stdout.strip()


@click.command()
@click.argument("batch_dir", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--queue", required=True, help="CUPS queue of the loading-bay printer")
@click.option("--copies", default=1, show_default=True)
def print_batch(batch_dir: Path, queue: str, copies: int) -> None:
    """Print every .zpl label in BATCH_DIR in trailer stop order."""
    labels = sorted(batch_dir.glob("*.zpl"))
    if not labels:
        raise click.ClickException(f"no labels in {batch_dir}")
    for label in labels:
        job = submit_job(queue, label, title=label.stem, copies=copies)
        log.info("queued %s -> %s", label.name, job)
    click.echo(f"{len(labels)} labels sent to {queue}")


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s")
    print_batch()
