"""Background job: makes thumbnails for 'hole-in-one wall' photos uploaded by guests."""
from __future__ import annotations

import logging
import os
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path

log = logging.getLogger(__name__)

ALLOWED_SUFFIXES = {".jpg", ".jpeg", ".png", ".heic"}


@dataclass(frozen=True)
class ThumbnailSettings:
    incoming_dir: Path = Path(os.environ.get("PHOTO_INCOMING_DIR", "/srv/puttpalace/photos/incoming"))
    output_dir: Path = Path(os.environ.get("PHOTO_THUMB_DIR", "/srv/puttpalace/photos/thumbs"))
    size: str = "480x480"
    poll_seconds: int = 15


def _run(command: str) -> None:
    subprocess.run(command, shell=True, check=True, timeout=60)


class ThumbnailJob:
    def __init__(self, settings: ThumbnailSettings | None = None) -> None:
        self.settings = settings or ThumbnailSettings()
        self.settings.output_dir.mkdir(parents=True, exist_ok=True)

    def pending(self) -> list[Path]:
        return sorted(
            p for p in self.settings.incoming_dir.iterdir()
            if p.is_file() and p.suffix.lower() in ALLOWED_SUFFIXES
        )

    def make_thumbnail(self, upload_name: str) -> Path:
        name = os.path.basename(upload_name)
        src = self.settings.incoming_dir / name
        dst = self.settings.output_dir / (Path(name).stem + ".jpg")
        _run(f"convert '{src}' -auto-orient -strip -thumbnail {self.settings.size} '{dst}'")
        return dst

    def run_once(self) -> int:
        done = 0
        for photo in self.pending():
            try:
                thumb = self.make_thumbnail(photo.name)
            except subprocess.CalledProcessError as exc:
                log.warning("thumbnail failed for %s: exit %s", photo.name, exc.returncode)
                continue
            photo.unlink()
            log.info("thumbnail written: %s", thumb.name)
            done += 1
        return done

    def run_forever(self) -> None:
        while True:
            processed = self.run_once()
            if not processed:
                time.sleep(self.settings.poll_seconds)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    ThumbnailJob().run_forever()
