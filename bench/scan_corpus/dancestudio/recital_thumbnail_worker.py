"""Celery task that grabs poster frames from recital videos for the parent portal gallery."""
from __future__ import annotations

import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path
from typing import List, Sequence

from celery import shared_task


@dataclass(frozen=True)
class ThumbnailSpec:
    width: int = 640
    offsets_s: Sequence[float] = (5.0, 60.0, 180.0)
    quality: int = 3


class PosterFrameExtractor:
    def __init__(self, spec: ThumbnailSpec = ThumbnailSpec()) -> None:
        self.spec = spec
        self.ffmpeg = shutil.which("ffmpeg") or "/usr/bin/ffmpeg"

    def _argv(self, source: Path, offset: float, target: Path) -> List[str]:
        return [
            self.ffmpeg,
            "-hide_banner",
            "-loglevel", "error",
            "-ss", f"{offset:.2f}",
            "-i", str(source),
            "-frames:v", "1",
            "-vf", f"scale={self.spec.width}:-2",
            "-q:v", str(self.spec.quality),
            "-y", str(target),
        ]

    def extract(self, source: Path, out_dir: Path) -> List[Path]:
        out_dir.mkdir(parents=True, exist_ok=True)
        produced: List[Path] = []
        for index, offset in enumerate(self.spec.offsets_s):
            target = out_dir / f"{source.stem}_poster{index}.jpg"
            subprocess.run(self._argv(source, offset, target), check=True, timeout=120, capture_output=True)
            produced.append(target)
        return produced


@shared_task(bind=True, max_retries=3, default_retry_delay=30)
def make_posters(self, video_path: str, gallery_dir: str) -> List[str]:
    try:
        frames = PosterFrameExtractor().extract(Path(video_path), Path(gallery_dir))
    except subprocess.CalledProcessError as exc:
        raise self.retry(exc=exc)
    return [str(f) for f in frames]
