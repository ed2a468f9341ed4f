"""Background transcoding of tutor-uploaded lesson recordings.

Tutors upload raw recordings through the tutor dashboard. A Celery worker
converts them to 720p H.264 with the school's intro bumper before they
are published to enrolled students.
"""
from __future__ import annotations

import logging
import subprocess
from pathlib import Path

from celery import shared_task

from lessons.models import LessonUpload

log = logging.getLogger(__name__)

MEDIA_ROOT = Path("/srv/media")
BUMPER = MEDIA_ROOT / "brand" / "intro_bumper.mp4"
FFMPEG_PRESET = "-c:v libx264 -preset medium -crf 23 -vf scale=-2:720 -c:a aac -b:a 128k"


def _output_path(upload: LessonUpload) -> Path:
    return MEDIA_ROOT / "published" / f"lesson-{upload.lesson_id}-{upload.pk}.mp4"


def _transcode_command(source: str, target: str, title: str) -> str:
    return (
        f'ffmpeg -y -i "{BUMPER}" -i "{source}" '
        '-filter_complex "[0:v][0:a][1:v][1:a]concat=n=2:v=1:a=1" '
        f'{FFMPEG_PRESET} -metadata title="{title}" "{target}"'
    )


@shared_task(bind=True, max_retries=2)
def transcode_upload(self, upload_id: int) -> str:
    upload = LessonUpload.objects.select_related("lesson").get(pk=upload_id)
    source = MEDIA_ROOT / "incoming" / upload.stored_name
    target = _output_path(upload)
    command = _transcode_command(str(source), str(target), upload.lesson.title)
    log.info("transcoding upload %s for lesson %s", upload.pk, upload.lesson_id)
    result = subprocess.run(command, shell=True, capture_output=True, text=True, timeout=3600)
    if result.returncode != 0:
        log.error("ffmpeg failed for upload %s: %s", upload.pk, result.stderr[-2000:])
        raise self.retry(countdown=300)
    upload.published_path = str(target)
    upload.status = LessonUpload.Status.READY
    upload.save(update_fields=["published_path", "status"])
    return str(target)
