"""Runs pdfjam to lay out manuscript pages into printer signatures."""
from __future__ import annotations

import logging
import subprocess
from dataclasses import dataclass
from pathlib import Path

log = logging.getLogger("bindery.imposition")

NUP_BY_BINDING = {
    "saddle_stitch": "2x1",
    "perfect_bound": "2x1",
    "coptic": "2x2",
}


@dataclass
class ImpositionJob:
    job_id: int
    source_filename: str
    binding: str
    sheet_size: str = "a3paper"
    signature_pages: int = 16


def _build_pdfjam_cmd(job: ImpositionJob, spool: Path) -> str:
    nup = NUP_BY_BINDING.get(job.binding, "2x1")
    source = spool / "incoming" / job.source_filename
    target = spool / "imposed" / f"{job.job_id}.pdf"
    return (
        f"pdfjam --booklet true --signature {job.signature_pages} "
        f"--nup {nup} --paper {job.sheet_size} --landscape "
        f"--outfile {target} {source}"
    )


class ImpositionRunner:
    """Pulls jobs off the queue and writes imposed PDFs to the spool."""

    def __init__(self, spool: Path, timeout: int = 600) -> None:
        self.spool = spool
        self.timeout = timeout

    def run(self, job: ImpositionJob) -> Path:
        cmd = _build_pdfjam_cmd(job, self.spool)
        log.info("imposing job %s (%s)", job.job_id, job.binding)
        completed = subprocess.run(
            cmd,
            shell=True,
            capture_output=True,
            text=True,
            timeout=self.timeout,
        )
        if completed.returncode != 0:
            log.error("pdfjam failed for job %s: %s", job.job_id, completed.stderr[-500:])
            raise RuntimeError(f"imposition failed for job {job.job_id}")
        return self.spool / "imposed" / f"{job.job_id}.pdf"


def drain(queue, runner: ImpositionRunner) -> int:
    done = 0
    while (payload := queue.pop()) is not None:
        job = ImpositionJob(**payload)
        runner.run(job)
        queue.ack(job.job_id)
        done += 1
    return done
