"""Creates web-shop thumbnails from studio photos of finished hats using ImageMagick."""
from __future__ import annotations

import subprocess
from dataclasses import dataclass, field
from pathlib import Path


@dataclass
class ThumbnailSpec:
    name: str
    geometry: str
    quality: int = 82


@dataclass
class ThumbnailSettings:
    magick: str = "/usr/bin/magick"
    output_root: Path = Path("/srv/shop/media/thumbs")
    specs: list[ThumbnailSpec] = field(
        default_factory=lambda: [
            ThumbnailSpec("card", "480x480"),
            ThumbnailSpec("zoom", "1600x1600", 90),
        ]
    )


class ThumbnailMaker:
    base_args = ["-auto-orient", "-strip", "-colorspace", "sRGB"]

    def __init__(self, settings: ThumbnailSettings | None = None) -> None:
        self.settings = settings or ThumbnailSettings()

    def _argv(self, source: Path, spec: ThumbnailSpec, target: Path) -> list[str]:
        return [
            self.settings.magick,
            str(source),
            *self.base_args,
            "-resize",
            f"{spec.geometry}>",
            "-quality",
            str(spec.quality),
            str(target),
        ]

    def make_all(self, source: Path, style_code: str) -> list[Path]:
        outputs = []
        for spec in self.settings.specs:
            target = self.settings.output_root / spec.name / f"{style_code}.webp"
            target.parent.mkdir(parents=True, exist_ok=True)
            subprocess.run(self._argv(source, spec, target), check=True, timeout=60, capture_output=True)
            outputs.append(target)
        return outputs
