"""Sends approved engraving jobs to the fibre laser controller CLI."""
import logging
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

log = logging.getLogger("atelier.laser")

LASER_CLI = shutil.which("lasercut") or "/opt/laser/bin/lasercut"
JOB_ROOT = Path("/srv/atelier/laser-jobs")
MATERIAL_PROFILES = {"18ct-yellow", "18ct-white", "9ct-yellow", "platinum-950", "sterling"}


@dataclass
class LaserJob:
    job_id: int
    order_no: str
    text: str
    material: str
    power_pct: int = 35
    passes: int = 2


def command_for(job: LaserJob) -> list:
    if job.material not in MATERIAL_PROFILES:
        raise ValueError(f"no laser profile for {job.material}")
    return [
        LASER_CLI,
        "engrave",
        "--profile", job.material,
        "--power", str(max(5, min(job.power_pct, 90))),
        "--passes", str(max(1, min(job.passes, 6))),
        "--text", job.text,
        "--log", str(JOB_ROOT / f"{job.job_id}.log"),
    ]


def dispatch(job: LaserJob) -> bool:
    argv = command_for(job)
    log.info("dispatching laser job %s for order %s", job.job_id, job.order_no)
    proc = subprocess.run(argv, capture_output=True, text=True, timeout=600, check=False)
    if proc.returncode != 0:
        log.error("laser job %s failed (%s): %s", job.job_id, proc.returncode, proc.stderr[-500:])
        return False
    return True


def dispatch_queue(jobs) -> dict:
    return {job.job_id: dispatch(job) for job in jobs}
