"""Generate preview thumbnails for exported CCTV clips.

Runs as a Celery task after an export completes so the back office can show
a contact sheet next to each incident.
"""
from __future__ import annotations

import logging
import shutil
import subprocess
from pathlib import Path

from celery import shared_task

log = logging.getLogger(__name__)

FFMPEG = shutil.which("ffmpeg") or "/usr/bin/ffmpeg"
THUMB_DIR = Path("/srv/nvr/thumbs")


def _thumbnail_cmd(clip: Path, out: Path, every_seconds: int, width: int) -> list[str]:
    return [
        FFMPEG,
        "-hide_banner",
        "-loglevel", "error",
        "-y",
        "-i", str(clip),
        "-vf", f"fps=1/{int(every_seconds)},scale={int(width)}:-1,tile=4x4",
        "-frames:v", "1",
        str(out),
    ]


@shared_task(bind=True, max_retries=2)
def make_contact_sheet(self, clip_path: str, every_seconds: int = 10, width: int = 320) -> str:
    clip = Path(clip_path)
    THUMB_DIR.mkdir(parents=True, exist_ok=True)
    out = THUMB_DIR / f"{clip.stem}.jpg"
    cmd = _thumbnail_cmd(clip, out, every_seconds, width)
    try:
        subprocess.run(cmd, check=True, capture_output=True, timeout=300)
    except subprocess.CalledProcessError as exc:
        log.warning("ffmpeg failed for %s: %s", clip.name, exc.stderr.decode(errors="replace")[-500:])
        raise self.retry(exc=exc, countdown=30)
    return str(out)
