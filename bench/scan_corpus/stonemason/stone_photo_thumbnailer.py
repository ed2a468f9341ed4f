"""Makes thumbnails of finished-stone photos for the online gallery.

Photographs of completed memorials are dropped into an inbox folder; this
job converts each one with ImageMagick into web-sized thumbnails.
"""
from __future__ import annotations

import logging
import shutil
import subprocess
from pathlib import Path

log = logging.getLogger(__name__)

SIZES = {"thumb": "320x320", "card": "800x800"}
IMAGE_SUFFIXES = {".jpg", ".jpeg", ".png", ".tif", ".tiff", ".heic"}


def convert_binary() -> str:
    exe = shutil.which("magick") or shutil.which("convert")
    if exe is None:
        raise RuntimeError("ImageMagick is not installed")
    return exe


def make_variant(src: Path, dest: Path, geometry: str, quality: int = 82) -> None:
    cmd = [
        convert_binary(),
        str(src),
        "-auto-orient",
        "-strip",
        "-resize", f"{geometry}>",
        "-quality", str(quality),
        str(dest),
    ]
    subprocess.run(cmd, check=True, capture_output=True, timeout=120)


def process_inbox(inbox: Path, out_root: Path) -> int:
    done = 0
    for src in sorted(inbox.iterdir()):
        if src.suffix.lower() not in IMAGE_SUFFIXES or not src.is_file():
            continue
        for label, geometry in SIZES.items():
            target_dir = out_root / label
            target_dir.mkdir(parents=True, exist_ok=True)
            try:
                make_variant(src, target_dir / f"{src.stem}.jpg", geometry)
            except subprocess.CalledProcessError as exc:
                log.error("convert failed for %s: %s", src.name, exc.stderr.decode(errors="replace"))
                break
        else:
            src.rename(inbox / "processed" / src.name)
            done += 1
    log.info("processed %d gallery photos", done)
    return done


if __name__ == "__main__":
    import sys

    logging.basicConfig(level=logging.INFO)
    (Path(sys.argv[1]) / "processed").mkdir(exist_ok=True)
    process_inbox(Path(sys.argv[1]), Path(sys.argv[2]))
