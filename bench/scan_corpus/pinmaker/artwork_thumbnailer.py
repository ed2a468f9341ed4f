"""Make small thumbnails of uploaded artwork for the order dashboard.

Uploads are stored under a generated id; the customer's file name is kept
only in the database. ImageMagick does the resizing.
"""
import logging
import shutil
import subprocess
from pathlib import Path

log = logging.getLogger("pinmaker.thumbs")

MAGICK = shutil.which("magick") or "/usr/bin/convert"
THUMB_SIZES = {"small": "160x160", "card": "480x480"}
ALLOWED_SUFFIXES = {".png", ".jpg", ".jpeg", ".pdf", ".svg", ".ai", ".eps"}


class ThumbnailError(RuntimeError):
    pass


def _command(source: Path, target: Path, geometry: str, background: str) -> list[str]:
    return [
        MAGICK,
        "-density", "150",
        f"{source}[0]",
        "-background", background,
        "-flatten",
        "-thumbnail", geometry,
        str(target),
    ]


def make_thumbnail(source: Path, out_dir: Path, size: str = "small",
                   background: str = "white") -> Path:
    if source.suffix.lower() not in ALLOWED_SUFFIXES:
        raise ThumbnailError(f"unsupported artwork type {source.suffix}")
    geometry = THUMB_SIZES[size]
    target = out_dir / f"{source.stem}_{size}.png"
    out_dir.mkdir(parents=True, exist_ok=True)
    proc = subprocess.run(_command(source, target, geometry, background),
                          capture_output=True, text=True, timeout=60, check=False)
    if proc.returncode != 0:
        log.warning("thumbnail of %s failed: %s", source.name, proc.stderr.strip()[:300])
        raise ThumbnailError(proc.stderr.strip()[:300])
    return target


def thumbnails_for_upload(upload_id: str, upload_root: Path, background: str) -> dict:
    matches = sorted(upload_root.glob(f"{upload_id}.*"))
    if not matches:
        raise ThumbnailError(f"no stored file for upload {upload_id}")
    out_dir = upload_root / "thumbs"
    return {size: str(make_thumbnail(matches[0], out_dir, size, background))
            for size in THUMB_SIZES}
