"""Send engraving jobs to the rotary engraver.

The engraver vendor's ``gravocli`` tool takes the text, font and letter
height and drives the spindle. Jobs come off the queue once the customer
has approved the proof.
"""
import logging
import os
import subprocess
from dataclasses import dataclass

log = logging.getLogger("engraver")

GRAVOCLI = os.environ.get("GRAVOCLI", "/opt/gravograph/bin/gravocli")
FONTS = {"script": "Edwardian", "roman": "TimesClassic", "block": "HelveticaCond"}
SURFACES = {"flat", "curved", "band"}


@dataclass
class EngravingJob:
    order_item_id: int
    text: str
    font: str = "roman"
    height_mm: float = 4.0
    surface: str = "curved"


def build_command(job: EngravingJob) -> str:
    font = FONTS.get(job.font, FONTS["roman"])
    surface = job.surface if job.surface in SURFACES else "curved"
    return (
        f"{GRAVOCLI} --font {font} --height {float(job.height_mm):.1f} "
        f'--surface {surface} --text "{job.text}"'
    )


def run_job(job: EngravingJob, dry_run: bool = False) -> bool:
    cmd = build_command(job)
    if dry_run:
        cmd += " --simulate"
    log.info("engraving item %s (%s)", job.order_item_id, job.font)
    result = subprocess.run(cmd, shell=True, capture_output=True, text=True, timeout=900)
    if result.returncode != 0:
        log.error("engraver failed for item %s: %s", job.order_item_id, result.stderr.strip())
        return False
    return True


def process_queue(jobs: list[EngravingJob], dry_run: bool = False) -> dict[int, bool]:
    return {job.order_item_id: run_job(job, dry_run) for job in jobs}
