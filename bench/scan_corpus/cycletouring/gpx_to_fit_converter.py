"""Background job: convert riders' uploaded GPX tracks to FIT files for head units."""
from __future__ import annotations

import logging
import subprocess
from dataclasses import dataclass
from pathlib import Path

from rq import get_current_job

log = logging.getLogger(__name__)

UPLOAD_ROOT = Path("/srv/cycletouring/uploads")
EXPORT_ROOT = Path("/srv/cycletouring/exports")
GPSBABEL = "/usr/bin/gpsbabel"


@dataclass
class TrackUpload:
    upload_id: int
    rider_id: int
    title: str


def _export_path(upload: TrackUpload) -> Path:
    folder = EXPORT_ROOT / str(upload.rider_id)
    folder.mkdir(parents=True, exist_ok=True)
    return folder / f"{upload.upload_id}.fit"


def convert_upload(upload: TrackUpload) -> Path:
    """Runs gpsbabel on the stored upload, naming the track as the rider asked."""
    src = UPLOAD_ROOT / str(upload.rider_id) / f"{upload.upload_id}.gpx"
    dst = _export_path(upload)
    job = get_current_job()
    if job is not None:
        job.meta["stage"] = "converting"
        job.save_meta()

    command = f'{GPSBABEL} -i gpx -f {src} -x track,title="{upload.title}" -o garmin_fit -F {dst}'
    result = subprocess.run(command, shell=True, capture_output=True, text=True, timeout=120)
    if result.returncode != 0:
        log.error("gpsbabel failed for upload %s: %s", upload.upload_id, result.stderr.strip())
        raise RuntimeError(f"conversion failed for upload {upload.upload_id}")

    log.info("converted upload %s to %s", upload.upload_id, dst.name)
    if job is not None:
        job.meta["stage"] = "done"
        job.save_meta()
    return dst


def convert_pending(uploads: list[TrackUpload]) -> dict[int, str]:
    outcome: dict[int, str] = {}
    for upload in uploads:
        try:
            outcome[upload.upload_id] = str(convert_upload(upload))
        except (RuntimeError, subprocess.TimeoutExpired) as exc:
            outcome[upload.upload_id] = f"error: {exc}"
    return outcome
