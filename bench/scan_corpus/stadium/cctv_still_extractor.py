"""Extracts still frames from CCTV recordings for incident reports.

Control room operators pick a camera and a timestamp in the incident log; a
single JPEG still is attached to the report.
"""
from __future__ import annotations

import os
import re
import subprocess
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

RECORDINGS_ROOT = Path(os.environ.get("NVR_RECORDINGS", "/srv/nvr/recordings"))
STILLS_ROOT = Path(os.environ.get("NVR_STILLS", "/srv/nvr/stills"))
CAMERA_ID = re.compile(r"^[A-Z]{1,3}-\d{2,3}$")
FFMPEG = os.environ.get("FFMPEG_BIN", "/usr/bin/ffmpeg")


@dataclass(frozen=True)
class StillRequest:
    camera: str
    at: datetime
    incident_ref: str

    def __post_init__(self) -> None:
        if not CAMERA_ID.fullmatch(self.camera):
            raise ValueError("unknown camera id")
        if not self.incident_ref.isalnum():
            raise ValueError("incident reference must be alphanumeric")


def offset_in_recording(request: StillRequest) -> str:
    hour_start = request.at.replace(minute=0, second=0, microsecond=0)
    return str((request.at - hour_start).total_seconds())


def extract_still(request: StillRequest) -> Path:
    source = RECORDINGS_ROOT / request.camera / f"{request.at:%Y%m%d_%H}.mkv"
    target = STILLS_ROOT / f"{request.incident_ref}_{request.camera}_{request.at:%H%M%S}.jpg"
    args = [
        FFMPEG, "-hide_banner", "-loglevel", "error", "-y",
        "-ss", offset_in_recording(request),
        "-i", str(source),
        "-frames:v", "1", "-q:v", "2",
        str(target),
    ]
    subprocess.run(args, check=True, capture_output=True, timeout=60)
    return target
