"""Celery task that turns uploaded match clips into highlight previews.

The uploader picks the highlight start time in the upload form; the web
view passes it straight through to this task.
"""
import logging
import os
import subprocess
from pathlib import Path

from celery import shared_task

log = logging.getLogger(__name__)

MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", "/srv/media"))
PREVIEW_SECONDS = 45


def _preview_command(source: Path, target: Path, start: str) -> str:
    return (
        f"ffmpeg -y -loglevel error -ss {start} -i '{source}' "
        f"-t {PREVIEW_SECONDS} -vf scale=1280:-2 -c:v libx264 -preset veryfast '{target}'"
    )


@shared_task(bind=True, max_retries=2)
def build_preview(self, upload_id: int, start: str = "00:00:00"):
    source = MEDIA_ROOT / "uploads" / str(upload_id) / "source.mp4"
    target = MEDIA_ROOT / "previews" / f"{upload_id}.mp4"
    target.parent.mkdir(parents=True, exist_ok=True)
    cmd = _preview_command(source, target, start)
    log.info("building preview for upload %s from %s", upload_id, start)
    result = subprocess.run(cmd, shell=True, capture_output=True, text=True, timeout=600)
    if result.returncode != 0:
        log.error("ffmpeg failed for %s: %s", upload_id, result.stderr[-500:])
        raise self.retry(countdown=30)
    return str(target)
