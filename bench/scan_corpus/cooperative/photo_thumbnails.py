"""Thumbnail generation for maintenance photos (run by the worker queue)."""
import logging
import os
import shutil
import subprocess
from pathlib import Path

log = logging.getLogger(__name__)

VIPS = shutil.which(os.environ.get("VIPS_BIN", "vipsthumbnail")) or "vipsthumbnail"
SIZES = {"small": 160, "medium": 640}
TIMEOUT_S = 30


def make_thumbnails(photo_path: Path, out_dir: Path) -> dict[str, Path]:
    """photo_path is the stored copy under its generated name, e.g. 3f9c...e1.jpg"""
    out_dir.mkdir(parents=True, exist_ok=True)
    results: dict[str, Path] = {}
    for label, width in SIZES.items():
        target = out_dir / f"{photo_path.stem}_{label}.jpg"
        cmd = [
            VIPS,
            str(photo_path.resolve()),
            "--size", f"{width}x",
            "-o", f"{target.resolve()}[Q=82,strip]",
        ]
        proc = subprocess.run(cmd, capture_output=True, text=True, timeout=TIMEOUT_S)
        if proc.returncode != 0:
            log.warning("thumbnail %s failed for %s: %s", label, photo_path.name, proc.stderr.strip())
            continue
        results[label] = target
    return results


def handle_job(job: dict) -> dict[str, str]:
    photo = Path(job["stored_path"])
    thumbs = make_thumbnails(photo, photo.parent / "thumbs")
    return {label: str(p) for label, p in thumbs.items()}
