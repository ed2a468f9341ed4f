"""Background job that builds web thumbnails of ice-core line-scan images.

Field teams drop high-resolution scans into the shared incoming folder through
the SFTP drop box; this job renders the smaller versions shown in the portal.
"""
from __future__ import annotations

import logging
import shutil
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path

log = logging.getLogger("glacierlab.thumbnails")

IMAGE_SUFFIXES = {".tif", ".tiff", ".png", ".jpg"}


@dataclass(frozen=True)
class ThumbnailSettings:
    incoming: Path = Path("/srv/glacierlab/scans/incoming")
    processed: Path = Path("/srv/glacierlab/scans/processed")
    thumbs: Path = Path("/srv/glacierlab/portal/static/thumbs")
    widths: tuple[int, ...] = (320, 1024)
    quality: int = 85
    timeout_s: int = 120


class Thumbnailer:
    def __init__(self, settings: ThumbnailSettings | None = None) -> None:
        self.settings = settings or ThumbnailSettings()
        for folder in (self.settings.processed, self.settings.thumbs):
            folder.mkdir(parents=True, exist_ok=True)

    def _render(self, source: Path, width: int) -> Path:
        target = self.settings.thumbs / f"{source.stem}_w{width}.jpg"
        command = (
            f"convert '{source}' -auto-orient -resize {width}x "
            f"-quality {self.settings.quality} '{target}'"
        )
        subprocess.run(command, shell=True, check=True, timeout=self.settings.timeout_s)
        return target

    def process_one(self, source: Path) -> list[Path]:
        outputs = [self._render(source, width) for width in self.settings.widths]
        shutil.move(str(source), self.settings.processed / source.name)
        return outputs

    def run_once(self) -> int:
        done = 0
        for source in sorted(self.settings.incoming.iterdir()):
            if not source.is_file() or source.suffix.lower() not in IMAGE_SUFFIXES:
                continue
            try:
                self.process_one(source)
                done += 1
            except subprocess.SubprocessError as exc:
                log.error("thumbnail failed for %s: %s", source.name, exc)
        return done


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    job = Thumbnailer()
    while True:
        count = job.run_once()
        if count:
            log.info("rendered thumbnails for %d scans", count)
        time.sleep(60)
