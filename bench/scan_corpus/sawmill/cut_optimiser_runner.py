"""Worker that runs cut optimisation jobs queued from the order desk.

The order desk submits a cutting list (customer lengths and sections) and
picks which stock lengths may be used. The vendor optimiser is a command line
binary; we hand it the cutting list as CSV and read back the cut plan.
"""
from __future__ import annotations

import csv
import json
import logging
import os
import subprocess
from dataclasses import dataclass
from pathlib import Path

log = logging.getLogger(__name__)

OPTIMISER_BIN = os.environ.get("CUTOPT_BIN", "/opt/cutopt/bin/cutopt")
WORK_ROOT = Path(os.environ.get("CUTOPT_WORK", "/var/lib/cutopt/jobs"))
RUN_OPTS = {"shell": True, "check": True, "capture_output": True, "text": True, "timeout": 300}


@dataclass
class CutJob:
    job_id: int
    title: str
    kerf_mm: float
    stock_lengths_mm: list[int]
    pieces: list[dict]


def _write_inputs(job: CutJob, workdir: Path) -> Path:
    workdir.mkdir(parents=True, exist_ok=True)
    cutlist = workdir / "cutlist.csv"
    with cutlist.open("w", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=["section", "length_mm", "qty"])
        writer.writeheader()
        writer.writerows(job.pieces)
    return cutlist


def _command(job: CutJob, cutlist: Path, plan: Path) -> str:
    stock = ",".join(str(n) for n in job.stock_lengths_mm)
    return (
        f'{OPTIMISER_BIN} --title "{job.title}" --kerf {job.kerf_mm} '
        f"--stock {stock} --in {cutlist} --out {plan}"
    )


def run_job(job: CutJob) -> dict:
    workdir = WORK_ROOT / str(job.job_id)
    cutlist = _write_inputs(job, workdir)
    plan = workdir / "plan.json"
    result = subprocess.run(_command(job, cutlist, plan), **RUN_OPTS)
    if result.stderr:
        log.warning("optimiser job %s: %s", job.job_id, result.stderr.strip())
    return json.loads(plan.read_text())
