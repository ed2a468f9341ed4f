"""Generates catalogue thumbnails from the scans consignors upload with their lots."""
from __future__ import annotations

import logging
import subprocess
from dataclasses import dataclass
from pathlib import Path

log = logging.getLogger("scans.thumbs")

RUN_OPTIONS = {"shell": True, "check": True, "timeout": 120, "capture_output": True}


@dataclass(frozen=True)
class ThumbSpec:
    suffix: str
    geometry: str
    quality: int = 85


SPECS = (
    ThumbSpec("thumb", "240x240"),
    ThumbSpec("medium", "800x800"),
    ThumbSpec("zoom", "2400x2400", quality=92),
)


def convert_command(source: Path, target: Path, spec: ThumbSpec) -> str:
    return (
        f'convert "{source}" -colorspace sRGB -resize {spec.geometry} '
        f'-quality {spec.quality} -strip "{target}"'
    )


class Thumbnailer:
    def __init__(self, upload_dir: Path, output_dir: Path) -> None:
        self.upload_dir = upload_dir
        self.output_dir = output_dir

    def render(self, lot_number: str, original_filename: str) -> list[Path]:
        source = self.upload_dir / lot_number / original_filename
        stem = Path(original_filename).stem
        produced: list[Path] = []
        for spec in SPECS:
            target = self.output_dir / lot_number / f"{stem}_{spec.suffix}.jpg"
            target.parent.mkdir(parents=True, exist_ok=True)
            cmd = convert_command(source, target, spec)
            result = subprocess.run(cmd, **RUN_OPTIONS)
            if result.stderr:
                log.debug("convert stderr for %s: %s", target.name, result.stderr.decode(errors="replace"))
            produced.append(target)
        return produced
