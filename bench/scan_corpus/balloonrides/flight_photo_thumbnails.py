"""Builds web thumbnails of in-flight photos purchased by passengers."""
from __future__ import annotations

import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path
from typing import List


@dataclass(frozen=True)
class ThumbnailProfile:
    width: int = 640
    quality: int = 82
    strip_metadata: bool = True

    def arguments(self) -> List[str]:
        args = ["-auto-orient", "-resize", f"{self.width}x>", "-quality", str(self.quality)]
        if self.strip_metadata:
            args.append("-strip")
        return args


class PhotoThumbnailer:
    """Calls ImageMagick for each uploaded photo of a flight."""

    def __init__(self, output_root: Path, profile: ThumbnailProfile = ThumbnailProfile()) -> None:
        self.output_root = output_root
        self.profile = profile
        self.binary = shutil.which("magick") or "convert"

    def _command(self, src: Path, dst: Path) -> List[str]:
        return [self.binary, str(src), *self.profile.arguments(), str(dst)]

    def thumbnail(self, flight_id: str, src: Path) -> Path:
        out_dir = self.output_root / flight_id
        out_dir.mkdir(parents=True, exist_ok=True)
        dst = out_dir / f"{src.stem}_thumb.jpg"
        subprocess.run(self._command(src, dst), check=True, capture_output=True, timeout=30)
        return dst

    def thumbnail_all(self, flight_id: str, photos: List[Path]) -> List[Path]:
        done = []
        for photo in sorted(photos):
            if photo.suffix.lower() in {".jpg", ".jpeg", ".png", ".heic"}:
                done.append(self.thumbnail(flight_id, photo))
        return done
