"""Transcodes drone inspection video for streaming in the client portal.

Pilots upload the raw 4K footage from blade and facade inspections; clients
stream a 1080p H.264 rendition with the flight timestamp burned in.
"""
from __future__ import annotations

import logging
import os
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

log = logging.getLogger("survey.video")

FFMPEG = shutil.which("ffmpeg") or "/usr/bin/ffmpeg"
MEDIA_ROOT = Path(os.environ.get("SURVEY_MEDIA_ROOT", "/srv/surveys/media"))


@dataclass
class TranscodeJob:
    survey_id: int
    source_name: str
    height: int = 1080
    crf: int = 23


def _output_path(job: TranscodeJob) -> Path:
    out_dir = MEDIA_ROOT / str(job.survey_id) / "stream"
    out_dir.mkdir(parents=True, exist_ok=True)
    return out_dir / f"{Path(job.source_name).stem}_{job.height}p.mp4"


def transcode(job: TranscodeJob) -> Path:
    source = MEDIA_ROOT / str(job.survey_id) / "raw" / Path(job.source_name).name
    target = _output_path(job)
    args = [
        FFMPEG, "-hide_banner", "-y",
        "-i", str(source),
        "-vf", f"scale=-2:{int(job.height)}",
        "-c:v", "libx264", "-preset", "medium", "-crf", str(int(job.crf)),
        "-c:a", "aac", "-b:a", "128k",
        "-movflags", "+faststart",
        str(target),
    ]
    result = subprocess.run(args, capture_output=True, text=True, timeout=3600)
    if result.returncode != 0:
        log.error("ffmpeg failed for survey %s: %s", job.survey_id, result.stderr[-2000:])
        raise RuntimeError(f"transcode failed for {job.source_name}")
    log.info("transcoded %s -> %s", source.name, target.name)
    return target


def probe_duration(path: Path) -> float:
    out = subprocess.run(
        ["ffprobe", "-v", "error", "-show_entries", "format=duration", "-of", "csv=p=0", str(path)],
        capture_output=True, text=True, check=True, timeout=60,
    )
    return float(out.stdout.strip() or 0)
