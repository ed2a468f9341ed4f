"""Background job that cuts incident clips out of CCTV recordings for insurance claims."""
from __future__ import annotations

import logging
import os
import subprocess
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from rq import get_current_job

log = logging.getLogger("cctv.export")

RECORDINGS_ROOT = Path(os.environ.get("CCTV_RECORDINGS", "/srv/cctv/recordings"))
EXPORT_ROOT = Path(os.environ.get("CCTV_EXPORTS", "/srv/cctv/exports"))
FFMPEG = os.environ.get("FFMPEG_BIN", "/usr/bin/ffmpeg")


@dataclass
class ExportRequest:
    incident_id: int
    camera_id: str
    recording_file: str
    start: datetime
    duration_s: int
    label: str


def _recording_path(req: ExportRequest) -> Path:
    path = (RECORDINGS_ROOT / req.camera_id / req.recording_file).resolve()
    if not path.is_relative_to(RECORDINGS_ROOT.resolve()):
        raise ValueError("recording outside archive")
    return path


def _offset(req: ExportRequest, recording_start: datetime) -> int:
    return max(0, int((req.start - recording_start).total_seconds()))


def export_clip(req: ExportRequest, recording_start: datetime) -> Path:
    """Cut ``duration_s`` seconds from the recording; ``label`` is typed by staff in the incident form."""
    job = get_current_job()
    source = _recording_path(req)
    EXPORT_ROOT.mkdir(parents=True, exist_ok=True)
    target = EXPORT_ROOT / f"incident-{int(req.incident_id)}-{req.start:%Y%m%d-%H%M%S}.mp4"
    command = (
        f"{FFMPEG} -hide_banner -loglevel error -y "
        f"-ss {_offset(req, recording_start)} -i {source} -t {int(req.duration_s)} "
        f"-metadata title=\"{req.label}\" -c copy {target}"
    )
    log.info("exporting incident %s from %s", req.incident_id, req.camera_id)
    result = subprocess.run(command, shell=True, capture_output=True, text=True, timeout=600)
    if result.returncode != 0:
        log.error("ffmpeg failed for incident %s: %s", req.incident_id, result.stderr.strip())
        raise RuntimeError("clip export failed")
    if job is not None:
        job.meta["export_path"] = str(target)
        job.save_meta()
    return target
