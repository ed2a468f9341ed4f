"""Generates web thumbnails for high-resolution treatment photographs.

Conservators upload TIFFs named however the camera or they chose; the portal
shows 800px JPEG previews generated with ImageMagick.
"""
import logging
import shutil
import subprocess
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

log = logging.getLogger("photos.thumbs")

CONVERT = shutil.which("magick") or "/usr/bin/convert"
THUMB_SIZE = "800x800>"
QUALITY = "82"


def thumbnail_path(src: Path, thumbs_dir: Path) -> Path:
    return thumbs_dir / (src.stem + ".thumb.jpg")


def make_thumbnail(src: Path, thumbs_dir: Path) -> Path:
    dest = thumbnail_path(src, thumbs_dir)
    args = [CONVERT, f"{src}[0]", "-auto-orient", "-resize", THUMB_SIZE,
            "-strip", "-quality", QUALITY, str(dest)]
    result = subprocess.run(args, capture_output=True, text=True, timeout=90)
    if result.returncode != 0:
        log.warning("thumbnail failed for %s: %s", src.name, result.stderr.strip()[:300])
        raise RuntimeError(f"convert exited with {result.returncode}")
    return dest


def process_record(record_dir: Path, workers: int = 4) -> list[Path]:
    thumbs_dir = record_dir / "thumbs"
    thumbs_dir.mkdir(exist_ok=True)
    sources = [p for p in record_dir.iterdir()
               if p.is_file() and p.suffix.lower() in {".tif", ".tiff", ".jpg", ".png"}
               and not thumbnail_path(p, thumbs_dir).exists()]
    with ThreadPoolExecutor(max_workers=workers) as pool:
        done = list(pool.map(lambda p: make_thumbnail(p, thumbs_dir), sources))
    log.info("made %d thumbnails in %s", len(done), record_dir)
    return done


if __name__ == "__main__":
    import sys
    for folder in sys.argv[1:]:
        process_record(Path(folder))
