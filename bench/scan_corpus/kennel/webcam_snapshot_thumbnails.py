"""Generates gallery thumbnails from webcam stills for the owner's daily photo feed."""
import logging
import os
import subprocess
from dataclasses import dataclass
from pathlib import Path

from celery import shared_task

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ThumbSettings:
    convert_bin: str = os.environ.get("IMAGEMAGICK_BIN", "/usr/bin/convert")
    snapshots: Path = Path(os.environ.get("SNAPSHOT_ROOT", "/srv/snapshots"))
    thumbs: Path = Path(os.environ.get("THUMB_ROOT", "/srv/snapshots/thumbs"))
    geometry: str = "480x360^"


SETTINGS = ThumbSettings()


def thumbnail_command(source: Path, target: Path,
                      settings: ThumbSettings = SETTINGS) -> list[str]:
    return [
        settings.convert_bin,
        str(source),
        "-auto-orient",
        "-thumbnail", settings.geometry,
        "-gravity", "center",
        "-extent", "480x360",
        "-strip",
        str(target),
    ]


@shared_task(bind=True, max_retries=3)
def make_thumbnail(self, snapshot_id: int, relative_path: str) -> str:
    source = (SETTINGS.snapshots / relative_path).resolve()
    if SETTINGS.snapshots.resolve() not in source.parents:
        raise ValueError(f"snapshot {snapshot_id} outside snapshot root")
    SETTINGS.thumbs.mkdir(parents=True, exist_ok=True)
    target = SETTINGS.thumbs / f"{snapshot_id}.jpg"

    cmd = thumbnail_command(source, target)
    try:
        subprocess.run(cmd, check=True, timeout=60, capture_output=True)
    except subprocess.CalledProcessError as exc:
        log.warning("convert failed for %s: %s", snapshot_id, exc.stderr.decode(errors="replace"))
        raise self.retry(exc=exc, countdown=30)
    return str(target)


@shared_task
def thumbnails_for_day(day_folder: str) -> int:
    folder = SETTINGS.snapshots / day_folder
    count = 0
    for idx, image in enumerate(sorted(folder.glob("*.jpg"))):
        make_thumbnail.delay(int(f"{image.stat().st_mtime:.0f}{idx:03d}"),
                             str(image.relative_to(SETTINGS.snapshots)))
        count += 1
    return count
