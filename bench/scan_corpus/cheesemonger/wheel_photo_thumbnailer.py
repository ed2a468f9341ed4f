"""Builds web thumbnails of rind photos taken during wheel turning rounds."""
from __future__ import annotations

import logging
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

log = logging.getLogger("cellar.photos")

MAGICK = shutil.which("magick") or "/usr/bin/convert"


@dataclass(frozen=True)
class ThumbSpec:
    suffix: str
    geometry: str
    quality: int


SPECS = (
    ThumbSpec("sm", "320x320>", 78),
    ThumbSpec("md", "960x960>", 82),
)


def thumbnail_cmd(source: Path, target: Path, spec: ThumbSpec) -> list[str]:
    return [
        MAGICK,
        str(source),
        "-auto-orient",
        "-strip",
        "-resize",
        spec.geometry,
        "-quality",
        str(spec.quality),
        str(target),
    ]


def make_thumbnails(photo: Path, out_dir: Path) -> list[Path]:
    if photo.suffix.lower() not in {".jpg", ".jpeg", ".png", ".heic"}:
        raise ValueError(f"unsupported photo type: {photo.suffix}")
    out_dir.mkdir(parents=True, exist_ok=True)
    produced = []
    for spec in SPECS:
        target = out_dir / f"{photo.stem}_{spec.suffix}.jpg"
        proc = subprocess.run(
            thumbnail_cmd(photo, target, spec),
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )
        if proc.returncode != 0:
            log.error("thumbnail failed for %s: %s", photo.name, proc.stderr.strip())
            continue
        produced.append(target)
    return produced


def process_round(round_dir: Path) -> int:
    total = 0
    for photo in sorted(round_dir.glob("*")):
        if photo.is_file():
            total += len(make_thumbnails(photo, round_dir / "thumbs"))
    return total
