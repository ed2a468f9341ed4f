"""Poster frames for uploaded course videos (LMS-58).

After an upload finishes, grab a frame at the requested offset with ffmpeg
and store it as the lesson's poster image.
"""
from __future__ import annotations

import subprocess
import tempfile
from pathlib import Path

from celery import shared_task

from lms.models import Lesson
from lms.storage import media_storage

FFMPEG_BIN = "ffmpeg"
POSTER_WIDTH = 1280


def extract_frame(video: Path, output: Path, offset_seconds: float, width: int = POSTER_WIDTH) -> None:
    """Write a single JPEG frame from ``video`` at ``offset_seconds``."""
    cmd = [
        FFMPEG_BIN,
        "-hide_banner",
        "-loglevel", "error",
        "-ss", f"{offset_seconds:.2f}",
        "-i", str(video),
        "-frames:v", "1",
        "-vf", f"scale={int(width)}:-2",
        "-y", str(output),
    ]
    subprocess.run(cmd, check=True, timeout=60, capture_output=True)


@shared_task(autoretry_for=(subprocess.CalledProcessError,), max_retries=2)
def generate_poster(lesson_id: int, offset_seconds: float = 3.0) -> str:
    """Celery task: create and store the poster for ``lesson_id``."""
    lesson = Lesson.objects.get(pk=lesson_id)
    offset = max(0.0, min(float(offset_seconds), float(lesson.duration_seconds or 0)))
    with tempfile.TemporaryDirectory(prefix="poster-") as tmp:
        source = Path(tmp) / "source.mp4"
        target = Path(tmp) / "poster.jpg"
        with media_storage.open(lesson.video_key, "rb") as src, source.open("wb") as dst:
            for chunk in iter(lambda: src.read(1 << 20), b""):
                dst.write(chunk)
        extract_frame(source, target, offset)
        key = media_storage.save(f"posters/{lesson.pk}.jpg", target.open("rb"))
    lesson.poster_key = key
    lesson.save(update_fields=["poster_key"])
    return key
