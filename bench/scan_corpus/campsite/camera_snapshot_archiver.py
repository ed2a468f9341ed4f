"""Grab a still frame from an entrance camera stream when a barrier is force-opened."""
from __future__ import annotations

import re
import subprocess
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

CAMERA_ID = re.compile(r"^[a-z0-9]{2,8}-cam-[0-9]{1,2}$")


@dataclass(frozen=True)
class SnapshotJob:
    camera_id: str
    stream_url: str
    output_dir: Path
    ffmpeg_bin: str = "ffmpeg"
    timeout_s: int = 20


def _output_path(job: SnapshotJob, when: datetime) -> Path:
    job.output_dir.mkdir(parents=True, exist_ok=True)
    return job.output_dir / f"{job.camera_id}_{when:%Y%m%dT%H%M%SZ}.jpg"


def _ffmpeg_argv(job: SnapshotJob, target: Path) -> list[str]:
    return [
        job.ffmpeg_bin,
        "-hide_banner",
        "-loglevel", "error",
        "-rtsp_transport", "tcp",
        "-i", job.stream_url,
        "-frames:v", "1",
        "-q:v", "3",
        "-y",
        str(target),
    ]


def take_snapshot(job: SnapshotJob) -> Path:
    if not CAMERA_ID.fullmatch(job.camera_id):
        raise ValueError(f"invalid camera id: {job.camera_id!r}")
    target = _output_path(job, datetime.now(timezone.utc))
    result = subprocess.run(
        _ffmpeg_argv(job, target),
        capture_output=True,
        text=True,
        timeout=job.timeout_s,
        check=False,
    )
    if result.returncode != 0 or not target.exists():
        raise RuntimeError(f"snapshot failed for {job.camera_id}: {result.stderr.strip()[:200]}")
    return target
