"""Prints bottle and keg labels for cider batches from the cellar office.

Cellar staff pick a batch and label stock; the label PDF is rendered and
handed to the label printer queue via CUPS.
"""
import logging
import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

import click
from jinja2 import Environment, PackageLoader, select_autoescape
from weasyprint import HTML

log = logging.getLogger("cellar.labels")

LABEL_QUEUES = {"bottle": "cellar-bottle", "keg": "cellar-keg"}
LP = shutil.which("lp") or "/usr/bin/lp"

env = Environment(loader=PackageLoader("cellar", "templates"), autoescape=select_autoescape(["html"]))


@dataclass
class CiderBatch:
    batch_code: str
    style: str
    abv: float
    bottled_on: str
    best_before: str


def render_pdf(batch: CiderBatch, stock: str, out_dir: Path) -> Path:
    html = env.get_template(f"label_{stock}.html").render(batch=batch)
    target = out_dir / f"{batch.batch_code}-{stock}.pdf"
    HTML(string=html).write_pdf(str(target))
    return target


def print_labels(batch: CiderBatch, stock: str, copies: int) -> None:
    queue = LABEL_QUEUES[stock]
    with tempfile.TemporaryDirectory(prefix="cellar-labels-") as tmp:
        pdf = render_pdf(batch, stock, Path(tmp))
        cmd = [LP, "-d", queue, "-n", str(copies), "-t", f"{batch.batch_code} {batch.style}", str(pdf)]
        result = subprocess.run(cmd, capture_output=True, text=True, timeout=30, check=False)
    if result.returncode != 0:
        raise click.ClickException(f"lp failed: {result.stderr.strip()}")
    log.info("queued %d %s labels for %s: %s", copies, stock, batch.batch_code, result.stdout.strip())


@click.command()
@click.argument("batch_code")
@click.option("--style", required=True)
@click.option("--abv", type=float, required=True)
@click.option("--bottled-on", required=True)
@click.option("--best-before", required=True)
@click.option("--stock", type=click.Choice(sorted(LABEL_QUEUES)), default="bottle")
@click.option("--copies", type=click.IntRange(1, 2000), default=1)
def main(batch_code, style, abv, bottled_on, best_before, stock, copies):
    batch = CiderBatch(batch_code, style, abv, bottled_on, best_before)
    print_labels(batch, stock, copies)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    main()
