"""Create preview thumbnails and short teaser clips for uploaded tandem flight videos."""
from __future__ import annotations

import logging
import os
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path
from typing import List

log = logging.getLogger("video.thumbnails")

FFMPEG = shutil.which("ffmpeg") or "/usr/bin/ffmpeg"
OUTPUT_ROOT = Path(os.environ.get("VIDEO_PREVIEW_ROOT", "/srv/pgschool/previews"))


@dataclass
class PreviewRequest:
    booking_ref: str
    source: Path
    title: str
    teaser_seconds: int = 15


def _run(args: List[str]) -> None:
    result = subprocess.run(args, capture_output=True, text=True, timeout=600, check=False)
    if result.returncode != 0:
        log.error("ffmpeg exited %d: %s", result.returncode, result.stderr[-1500:])
        raise RuntimeError("ffmpeg failed")


def thumbnail_args(src: Path, dst: Path, at_second: int = 30) -> List[str]:
    return [FFMPEG, "-y", "-ss", str(at_second), "-i", str(src),
            "-frames:v", "1", "-vf", "scale=640:-2", str(dst)]


def teaser_args(src: Path, dst: Path, seconds: int, title: str) -> List[str]:
    return [FFMPEG, "-y", "-i", str(src), "-t", str(seconds),
            "-vf", "scale=-2:720", "-c:v", "libx264", "-crf", "26",
            "-an", "-metadata", f"title={title}", str(dst)]


def make_previews(req: PreviewRequest) -> dict:
    if not req.booking_ref.isalnum():
        raise ValueError("unexpected booking reference")
    out_dir = OUTPUT_ROOT / req.booking_ref
    out_dir.mkdir(parents=True, exist_ok=True)
    thumb = out_dir / "thumb.jpg"
    teaser = out_dir / "teaser.mp4"
    _run(thumbnail_args(req.source, thumb))
    _run(teaser_args(req.source, teaser, req.teaser_seconds, req.title))
    log.info("previews ready for %s", req.booking_ref)
    return {"thumbnail": str(thumb), "teaser": str(teaser)}


def handle_upload_message(message: dict) -> dict:
    return make_previews(
        PreviewRequest(
            booking_ref=message["booking_ref"],
            source=Path(message["local_path"]),
            title=message.get("original_filename", "Tandem flight"),
            teaser_seconds=int(message.get("teaser_seconds", 15)),
        )
    )
