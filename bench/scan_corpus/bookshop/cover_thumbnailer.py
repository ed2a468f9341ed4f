"""Generates cover thumbnails for the catalogue using ImageMagick.

Covers arrive in the distributors' nightly image packs and are named by the
distributor, usually ``<isbn>.jpg`` but not always.
"""
import argparse
import logging
import subprocess
from pathlib import Path

log = logging.getLogger(__name__)

SIZES = {"small": "120x180", "medium": "240x360", "large": "480x720"}
IMAGE_SUFFIXES = {".jpg", ".jpeg", ".png", ".tif", ".tiff"}


def make_thumbnail(source: Path, dest_dir: Path, size: str = "medium") -> Path:
    geometry = SIZES[size]
    dest_dir.mkdir(parents=True, exist_ok=True)
    target = dest_dir / f"{source.stem}-{size}.jpg"
    cmd = f"convert '{source}' -resize {geometry} -strip -quality 85 '{target}'"
    result = subprocess.run(cmd, shell=True, capture_output=True, text=True)
    if result.returncode != 0:
        log.error("convert failed for %s: %s", source, result.stderr.strip())
        raise RuntimeError(f"thumbnail failed for {source.name}")
    return target


def thumbnail_all(cover_dir: Path, dest_dir: Path) -> int:
    count = 0
    for cover in sorted(cover_dir.iterdir()):
        if cover.suffix.lower() not in IMAGE_SUFFIXES:
            continue
        for size in SIZES:
            make_thumbnail(cover, dest_dir, size)
        count += 1
    return count


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("cover_dir", type=Path)
    parser.add_argument("dest_dir", type=Path)
    args = parser.parse_args()
    logging.basicConfig(level=logging.INFO)
    log.info("generated thumbnails for %d covers", thumbnail_all(args.cover_dir, args.dest_dir))


if __name__ == "__main__":
    main()
