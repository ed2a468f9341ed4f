"""Poster thumbnails for clips shown in the operations portal.

Site staff upload short clips (feeding, mortality removal, net checks);
the worker grabs one frame per clip as a poster image for the gallery.
"""
from __future__ import annotations

import logging
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path
from typing import List, Sequence

log = logging.getLogger("ops.thumbnails")

FFMPEG = shutil.which("ffmpeg") or "/usr/bin/ffmpeg"


@dataclass
class ThumbnailSpec:
    width: int = 480
    offset_s: float = 2.0
    quality: int = 4


def thumbnail_argv(source: Path, target: Path, spec: ThumbnailSpec) -> List[str]:
    return [
        FFMPEG, "-hide_banner", "-loglevel", "error", "-y",
        "-ss", f"{spec.offset_s:.2f}",
        "-i", str(source),
        "-frames:v", "1",
        "-vf", f"scale={spec.width}:-2",
        "-q:v", str(spec.quality),
        str(target),
    ]


def make_thumbnail(source: Path, out_dir: Path, spec: ThumbnailSpec = ThumbnailSpec()) -> Path:
    out_dir.mkdir(parents=True, exist_ok=True)
    target = out_dir / f"{source.stem}.jpg"
    proc = subprocess.run(
        thumbnail_argv(source, target, spec),
        capture_output=True,
        text=True,
        timeout=120,
    )
    if proc.returncode != 0:
        log.error("ffmpeg failed for %s: %s", source.name, proc.stderr.strip()[:500])
        raise RuntimeError(f"thumbnail failed for {source.name}")
    return target


def thumbnails_for(clips: Sequence[Path], out_dir: Path) -> List[Path]:
    made = []
    for clip in clips:
        try:
            made.append(make_thumbnail(clip, out_dir))
        except (RuntimeError, subprocess.TimeoutExpired):
            continue
    return made
