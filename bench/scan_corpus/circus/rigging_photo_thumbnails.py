"""Thumbnails for rigging inspection photos.

Inspectors attach photos of shackles, slings and truss joints; reviewers
see a small thumbnail next to each inspection point.
"""
from __future__ import annotations

import logging
import shutil
import subprocess
from pathlib import Path

log = logging.getLogger("rigging.thumbs")

THUMB_GEOMETRY = "320x320>"
CONVERT_BIN = shutil.which("convert") or "/usr/bin/convert"


def thumbnail_path(photo: Path, thumbs_dir: Path) -> Path:
    return thumbs_dir / f"{photo.stem}_thumb.jpg"


def make_thumbnail(photo: Path, thumbs_dir: Path, quality: int = 82) -> Path:
    thumbs_dir.mkdir(parents=True, exist_ok=True)
    target = thumbnail_path(photo, thumbs_dir)
    argv = [
        CONVERT_BIN,
        str(photo.resolve()),
        "-auto-orient",
        "-strip",
        "-thumbnail",
        THUMB_GEOMETRY,
        "-quality",
        str(int(quality)),
        str(target),
    ]
    result = subprocess.run(argv, capture_output=True, text=True, timeout=60)
    if result.returncode != 0:
        log.warning("thumbnail failed for %s: %s", photo.name, result.stderr.strip())
        raise RuntimeError(f"convert exited with {result.returncode}")
    return target


def refresh_inspection(photos_dir: Path) -> int:
    thumbs_dir = photos_dir / "thumbs"
    made = 0
    for photo in sorted(photos_dir.glob("*.jp*g")):
        target = thumbnail_path(photo, thumbs_dir)
        if target.exists() and target.stat().st_mtime >= photo.stat().st_mtime:
            continue
        make_thumbnail(photo, thumbs_dir)
        made += 1
    return made
