"""Transcodes bike-fit session videos uploaded from the fitting studio tablet."""
from __future__ import annotations

import logging
import shutil
import subprocess
from dataclasses import dataclass, field
from pathlib import Path
from typing import List

from celery import shared_task

log = logging.getLogger("fit.video")


@dataclass
class TranscodeProfile:
    codec: str = "libx264"
    crf: int = 26
    max_width: int = 1280
    extra: List[str] = field(default_factory=lambda: ["-movflags", "+faststart", "-an"])

    def args(self, src: Path, dst: Path) -> List[str]:
        return [
            shutil.which("ffmpeg") or "/usr/bin/ffmpeg",
            "-nostdin", "-y",
            "-i", str(src),
            "-vf", f"scale='min({self.max_width},iw)':-2",
            "-c:v", self.codec, "-crf", str(self.crf),
            *self.extra,
            str(dst),
        ]


class FitVideoLibrary:
    def __init__(self, root: Path, profile: TranscodeProfile | None = None) -> None:
        self.root = root
        self.profile = profile or TranscodeProfile()

    def output_for(self, session_id: int, src: Path) -> Path:
        out_dir = self.root / "fits" / str(session_id)
        out_dir.mkdir(parents=True, exist_ok=True)
        return out_dir / (src.stem + ".mp4")

    def transcode(self, session_id: int, src: Path) -> Path:
        dst = self.output_for(session_id, src)
        result = subprocess.run(self.profile.args(src, dst), capture_output=True, text=True, timeout=900)
        if result.returncode != 0:
            log.error("ffmpeg failed for fit session %s: %s", session_id, result.stderr[-500:])
            raise RuntimeError("transcode failed")
        return dst


@shared_task(bind=True, max_retries=2)
def transcode_fit_video(self, session_id: int, upload_path: str) -> str:
    library = FitVideoLibrary(Path("/srv/bikerepair/media"))
    try:
        return str(library.transcode(session_id, Path(upload_path)))
    except RuntimeError as exc:
        raise self.retry(exc=exc, countdown=60)
