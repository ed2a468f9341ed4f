"""Poster-frame extraction for published lesson videos."""
from __future__ import annotations

import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path
from typing import List, Sequence

FFMPEG = shutil.which("ffmpeg") or "/usr/bin/ffmpeg"
THUMB_WIDTH = 640


@dataclass
class ThumbnailJob:
    video: Path
    output_dir: Path
    timestamps: Sequence[float] = (5.0, 60.0, 300.0)


def _ffmpeg_args(video: Path, at_seconds: float, target: Path) -> List[str]:
    return [
        FFMPEG,
        "-hide_banner",
        "-loglevel", "error",
        "-ss", f"{at_seconds:.2f}",
        "-i", str(video),
        "-frames:v", "1",
        "-vf", f"scale={THUMB_WIDTH}:-2",
        "-y", str(target),
    ]


def extract_thumbnails(job: ThumbnailJob) -> List[Path]:
    job.output_dir.mkdir(parents=True, exist_ok=True)
    produced: List[Path] = []
    for index, at_seconds in enumerate(job.timestamps):
        target = job.output_dir / f"{job.video.stem}-{index}.jpg"
        completed = subprocess.run(
            _ffmpeg_args(job.video, at_seconds, target),
            capture_output=True,
            text=True,
            timeout=120,
        )
        if completed.returncode == 0 and target.exists():
            produced.append(target)
    return produced


def poster_for(video: Path, media_root: Path) -> Path | None:
    thumbs = extract_thumbnails(ThumbnailJob(video=video, output_dir=media_root / "posters"))
    return thumbs[0] if thumbs else None
