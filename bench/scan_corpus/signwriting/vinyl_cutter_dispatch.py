"""Send cut files to the vinyl cutter through the workshop's plotter driver CLI."""
from __future__ import annotations

import logging
import os
import subprocess
from dataclasses import dataclass
from pathlib import Path

log = logging.getLogger(__name__)

CUT_QUEUE_DIR = Path(os.environ.get("CUT_QUEUE_DIR", "/srv/signshop/cut-queue"))
DRIVER = os.environ.get("CUTTER_DRIVER", "/opt/cutter/bin/plotctl")


@dataclass
class CutJob:
    job_id: int
    file_name: str
    material: str
    speed_cm_s: int = 40
    force_g: int = 90
    copies: int = 1


class CutterDispatcher:
    def __init__(self, device: str) -> None:
        self.device = device

    def _command(self, job: CutJob) -> str:
        path = CUT_QUEUE_DIR / job.file_name
        return (
            f"{DRIVER} --device {self.device} --speed {job.speed_cm_s} "
            f"--force {job.force_g} --copies {job.copies} \"{path}\""
        )

    def send(self, job: CutJob) -> int:
        if job.copies < 1 or job.copies > 50:
            raise ValueError("copies must be between 1 and 50")
        cmd = self._command(job)
        log.info("dispatching cut job %s to %s", job.job_id, self.device)
        result = subprocess.run(cmd, shell=True, capture_output=True, text=True, timeout=600)
        if result.returncode != 0:
            log.error("cutter driver failed for job %s: %s", job.job_id, result.stderr.strip())
        return result.returncode


def dispatch_from_form(form: dict[str, str], device: str) -> int:
    job = CutJob(
        job_id=int(form["job_id"]),
        file_name=form["file_name"],
        material=form.get("material", "cast-vinyl"),
        speed_cm_s=int(form.get("speed", 40)),
        force_g=int(form.get("force", 90)),
        copies=int(form.get("copies", 1)),
    )
    return CutterDispatcher(device).send(job)
