"""Celery task that transcodes teacher-uploaded lesson recordings into HLS renditions."""
import logging
import os
import shutil
import subprocess
import tempfile
from pathlib import Path

import boto3
from celery import shared_task

log = logging.getLogger(__name__)

UPLOAD_BUCKET = os.environ.get("UPLOAD_BUCKET", "ukeschool-raw-uploads")
VIDEO_BUCKET = os.environ.get("VIDEO_BUCKET", "ukeschool-lesson-video")
RENDITIONS = {"360p": "640:360", "720p": "1280:720"}


def _slug(text: str) -> str:
    return "-".join(text.lower().split())


@shared_task(bind=True, max_retries=2)
def transcode_recording(self, upload_key: str, lesson_id: int, lesson_title: str):
    s3 = boto3.client("s3")
    workdir = Path(tempfile.mkdtemp(prefix="transcode-"))
    try:
        source = workdir / "source.mp4"
        s3.download_file(UPLOAD_BUCKET, upload_key, str(source))
        base_name = f"{lesson_id}-{_slug(lesson_title)}"
        outputs = []
        for label, scale in RENDITIONS.items():
            playlist = workdir / f"{base_name}-{label}.m3u8"
            cmd = (
                f"ffmpeg -y -i {source} -vf scale={scale} -c:v libx264 -preset veryfast "
                f"-c:a aac -hls_time 6 -hls_playlist_type vod {workdir}/{base_name}-{label}.m3u8"
            )
            result = subprocess.run(cmd, shell=True, capture_output=True, text=True, timeout=3600)
            if result.returncode != 0:
                log.error("ffmpeg failed for lesson %s: %s", lesson_id, result.stderr[-2000:])
                raise self.retry(countdown=120)
            outputs.append(playlist)

        for path in workdir.iterdir():
            if path.suffix in (".m3u8", ".ts"):
                s3.upload_file(str(path), VIDEO_BUCKET, f"lessons/{lesson_id}/{path.name}")
        log.info("lesson %s transcoded into %d renditions", lesson_id, len(outputs))
        return [p.name for p in outputs]
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
