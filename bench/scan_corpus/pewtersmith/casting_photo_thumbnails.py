"""Thumbnails of casting-batch photos for the production log.

Staff photograph each batch on the bench; the log page shows small
thumbnails, generated with ImageMagick from the uploaded originals.
"""
import argparse
import subprocess
from pathlib import Path

THUMB_SIZE = "320x320"
CONVERT = "/usr/bin/convert"
PHOTO_ROOT = Path("/srv/pewter/batch-photos")


def thumbnail_path(original: Path) -> Path:
    return original.with_name(f"{original.stem}.thumb.jpg")


def make_thumbnail(original: Path, size: str = THUMB_SIZE) -> Path:
    target = thumbnail_path(original)
    subprocess.run(
        [CONVERT, f"{original}[0]", "-auto-orient", "-thumbnail", size, "-strip", "-quality", "82", str(target)],
        check=True,
        capture_output=True,
        timeout=60,
    )
    return target


def batch_thumbnails(batch_id: int) -> list[Path]:
    folder = PHOTO_ROOT / f"batch-{batch_id:06d}"
    made = []
    for photo in sorted(folder.glob("*.jpg")):
        if photo.name.endswith(".thumb.jpg"):
            continue
        thumb = thumbnail_path(photo)
        if not thumb.exists() or thumb.stat().st_mtime < photo.stat().st_mtime:
            made.append(make_thumbnail(photo.resolve()))
    return made


def main() -> None:
    parser = argparse.ArgumentParser(description="Generate thumbnails for casting batches")
    parser.add_argument("batch_ids", nargs="+", type=int)
    args = parser.parse_args()
    for batch_id in args.batch_ids:
        made = batch_thumbnails(batch_id)
        print(f"batch {batch_id}: {len(made)} thumbnail(s)")


if __name__ == "__main__":
    main()
