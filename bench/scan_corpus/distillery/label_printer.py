"""Sends bottle labels for a bottling run to the bottling-hall printers.

Labels are rendered to PDF by the label service; this module just spools
them through CUPS so the run shows up with a readable job title in the
printer queue.
"""
import logging
import subprocess
from dataclasses import dataclass
from pathlib import Path

log = logging.getLogger(__name__)

LABEL_DIR = Path("/srv/labels/rendered")
MEDIA = "Custom.100x150mm"


@dataclass
class BottlingRun:
    run_id: int
    batch_name: str      # entered by the bottling supervisor, e.g. "Cask 112 Founders"
    bottle_count: int
    printer: str


def _lp_command(printer: str, title: str, copies: int, pdf: Path) -> str:
    return f'lp -d {printer} -n {copies} -o media={MEDIA} -t "{title}" {pdf}'


def print_run_labels(run: BottlingRun) -> None:
    pdf = LABEL_DIR / f"run-{run.run_id}.pdf"
    if not pdf.exists():
        raise FileNotFoundError(f"labels for run {run.run_id} not rendered yet")
    cmd = _lp_command(run.printer, run.batch_name, run.bottle_count, pdf)
    log.info("spooling %d labels for run %s", run.bottle_count, run.run_id)
    subprocess.run(cmd, shell=True, check=True, timeout=60)


def reprint(run: BottlingRun, copies: int) -> None:
    run = BottlingRun(run.run_id, run.batch_name, copies, run.printer)
    print_run_labels(run)
