"""Cuts onboard and trackside camera clips for a driver's session.

Drivers can buy a video of their session. The clip is cut from the
recorded camera stream with ffmpeg between the session start and end
times and watermarked with the venue logo.
"""
from __future__ import annotations

import logging
import subprocess
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

log = logging.getLogger(__name__)

FFMPEG = "/usr/bin/ffmpeg"
RECORDINGS = Path("/srv/kartcentre/recordings")
CLIPS = Path("/srv/kartcentre/clips")
WATERMARK = Path("/srv/kartcentre/branding/watermark.png")


@dataclass
class ClipRequest:
    order_id: int
    camera: str
    recording_start: datetime
    session_start: datetime
    session_end: datetime
    title: str


def _offset(start: datetime, at: datetime) -> str:
    seconds = max(0.0, (at - start).total_seconds())
    return f"{seconds:.3f}"


def ffmpeg_args(req: ClipRequest, source: Path, target: Path) -> list[str]:
    return [
        FFMPEG,
        "-hide_banner",
        "-y",
        "-ss", _offset(req.recording_start, req.session_start),
        "-to", _offset(req.recording_start, req.session_end),
        "-i", str(source),
        "-i", str(WATERMARK),
        "-filter_complex", "overlay=W-w-24:H-h-24",
        "-metadata", f"title={req.title}",
        "-c:v", "libx264",
        "-preset", "veryfast",
        str(target),
    ]


def cut_clip(req: ClipRequest) -> Path:
    if req.camera not in {"turn1", "hairpin", "pitstraight", "onboard"}:
        raise ValueError("unknown camera")
    source = RECORDINGS / req.camera / f"{req.recording_start:%Y%m%d-%H%M}.mp4"
    target = CLIPS / f"order-{req.order_id}.mp4"
    CLIPS.mkdir(parents=True, exist_ok=True)
    result = subprocess.run(
        ffmpeg_args(req, source, target),
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    if result.returncode != 0:
        log.error("ffmpeg failed for order %s: %s", req.order_id, result.stderr[-500:])
        raise RuntimeError("clip rendering failed")
    return target
