"""Background job: render listening previews for lacquer cutting jobs.

Mastering engineers upload final masters per side; before the cut is
scheduled the client gets a 30 second preview of each side.
"""
from __future__ import annotations

import logging
import os
import subprocess
from dataclasses import dataclass
from pathlib import Path

log = logging.getLogger("cutting.preview")

UPLOAD_ROOT = Path(os.environ.get("MASTER_UPLOAD_ROOT", "/srv/masters"))
PREVIEW_ROOT = Path(os.environ.get("PREVIEW_ROOT", "/srv/previews"))


@dataclass
class CuttingJob:
    job_id: int
    side: str
    master_filename: str
    rpm: int
    side_length_s: float


class PreviewRenderer:
    def __init__(self, ffmpeg: str = "ffmpeg", seconds: int = 30, bitrate: str = "192k") -> None:
        self._ffmpeg = ffmpeg
        self._seconds = seconds
        self._bitrate = bitrate

    def _source(self, job: CuttingJob) -> Path:
        return UPLOAD_ROOT / str(job.job_id) / job.master_filename

    def _target(self, job: CuttingJob) -> Path:
        out = PREVIEW_ROOT / str(job.job_id)
        out.mkdir(parents=True, exist_ok=True)
        return out / f"side-{job.side}.mp3"

    def render(self, job: CuttingJob) -> Path:
        src = self._source(job)
        dst = self._target(job)
        start = max(0.0, min(60.0, job.side_length_s / 3))
        cmd = (
            f"{self._ffmpeg} -hide_banner -loglevel error -y "
            f"-ss {start:.1f} -t {self._seconds} -i \"{src}\" "
            f"-ac 2 -b:a {self._bitrate} \"{dst}\""
        )
        log.info("rendering preview for job %s side %s", job.job_id, job.side)
        subprocess.run(cmd, shell=True, check=True, timeout=120)
        return dst


def run_pending(repo, renderer: PreviewRenderer | None = None) -> int:
    renderer = renderer or PreviewRenderer()
    done = 0
    for row in repo.jobs_needing_preview():
        job = CuttingJob(
            job_id=row["job_id"],
            side=row["side"],
            master_filename=row["master_filename"],
            rpm=row["rpm"],
            side_length_s=row["side_length_s"],
        )
        try:
            path = renderer.render(job)
        except subprocess.CalledProcessError as exc:
            log.error("preview failed for job %s: exit %s", job.job_id, exc.returncode)
            repo.mark_preview_failed(job.job_id, job.side)
            continue
        repo.mark_preview_ready(job.job_id, job.side, str(path))
        done += 1
    return done
