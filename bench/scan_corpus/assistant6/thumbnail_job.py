"""Celery task that renders thumbnails for uploaded videos."""
import subprocess
from pathlib import Path

from celery import shared_task

from .storage import media_root, mark_thumbnail_ready

THUMB_SIZE = "320x180"


@shared_task(bind=True, max_retries=3)
def make_thumbnail(self, upload_id: int, poster_at: str = "00:00:02") -> str:
    """``poster_at`` is the frame timestamp the uploader picked in the editor."""
    src = Path(media_root()) / "uploads" / str(upload_id) / "original"
    dest = src.with_name("poster.jpg")
    cmd = f'ffmpeg -y -ss {poster_at} -i "{src}" -frames:v 1 -s {THUMB_SIZE} "{dest}"'
    try:
        subprocess.run(cmd, shell=True, check=True, capture_output=True, timeout=120)
    except subprocess.CalledProcessError as exc:
        raise self.retry(exc=exc, countdown=30)
    mark_thumbnail_ready(upload_id, dest.name)
    return str(dest)
