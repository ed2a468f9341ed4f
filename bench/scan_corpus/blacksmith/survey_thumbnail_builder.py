"""Generates thumbnails of site survey photos for the commission timeline."""
from __future__ import annotations

import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path
from typing import List, Sequence


@dataclass(frozen=True)
class ThumbSpec:
    width: int = 480
    height: int = 360
    quality: int = 82

    def geometry(self) -> str:
        return f"{int(self.width)}x{int(self.height)}>"


class ThumbnailBuilder:
    def __init__(self, spec: ThumbSpec = ThumbSpec(), binary: str | None = None) -> None:
        self.spec = spec
        self.binary = binary or shutil.which("magick") or "convert"

    def _argv(self, source: Path, target: Path) -> List[str]:
        return [
            self.binary,
            str(source),
            "-auto-orient",
            "-strip",
            "-resize",
            self.spec.geometry(),
            "-quality",
            str(int(self.spec.quality)),
            str(target),
        ]

    def build(self, source: Path, out_dir: Path) -> Path:
        out_dir.mkdir(parents=True, exist_ok=True)
        target = out_dir / f"{source.stem}_thumb.jpg"
        subprocess.run(self._argv(source, target), check=True, capture_output=True, timeout=60)
        return target

    def build_many(self, sources: Sequence[Path], out_dir: Path) -> List[Path]:
        built = []
        for src in sources:
            try:
                built.append(self.build(src, out_dir))
            except subprocess.CalledProcessError:
                continue
        return built


def thumbnails_for_job(job_dir: str) -> List[Path]:
    root = Path(job_dir)
    photos = sorted(p for p in root.glob("*.jpg"))
    return ThumbnailBuilder().build_many(photos, root / "thumbs")
