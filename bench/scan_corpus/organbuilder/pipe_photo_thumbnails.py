"""Creates thumbnails of pipe and soundboard photos for the commission file.

Photos come from technicians' phones with arbitrary file names; ImageMagick
is called without a shell so names are passed through as plain arguments.
"""
from __future__ import annotations

import logging
import shutil
import subprocess
from pathlib import Path

log = logging.getLogger(__name__)

THUMB_SIZE = "480x480>"
ACCEPTED = {".jpg", ".jpeg", ".png", ".heic", ".tif"}


class ThumbnailError(RuntimeError):
    pass


def magick_binary() -> str:
    binary = shutil.which("magick") or shutil.which("convert")
    if binary is None:
        raise ThumbnailError("ImageMagick is not installed")
    return binary


def make_thumbnail(source: Path, target_dir: Path, caption: str = "") -> Path:
    if source.suffix.lower() not in ACCEPTED:
        raise ThumbnailError(f"unsupported image type {source.suffix}")
    target_dir.mkdir(parents=True, exist_ok=True)
    target = target_dir / f"{source.stem}.thumb.jpg"
    args = [magick_binary(), str(source), "-auto-orient", "-thumbnail", THUMB_SIZE]
    if caption:
        args += ["-set", "comment", caption]
    args += ["-quality", "82", str(target)]
    result = subprocess.run(args, capture_output=True, text=True, timeout=120)
    if result.returncode != 0:
        raise ThumbnailError(result.stderr.strip() or "ImageMagick failed")
    return target


def thumbnail_folder(folder: Path, caption_prefix: str = "") -> list[Path]:
    made = []
    out = folder / "thumbs"
    for photo in sorted(folder.iterdir()):
        if photo.is_file() and photo.suffix.lower() in ACCEPTED:
            try:
                made.append(make_thumbnail(photo, out, f"{caption_prefix} {photo.stem}".strip()))
            except ThumbnailError as exc:
                log.warning("skipped %s: %s", photo.name, exc)
    return made


if __name__ == "__main__":
    import sys

    for t in thumbnail_folder(Path(sys.argv[1]), sys.argv[2] if len(sys.argv) > 2 else ""):
        print(t)
