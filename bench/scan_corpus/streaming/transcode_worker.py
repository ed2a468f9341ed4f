"""Celery worker that produces the HLS rendition ladder for new uploads."""
from __future__ import annotations

import logging
import os
import subprocess
from pathlib import Path

from celery import Celery

from .storage import download_source, upload_rendition
from .uploads import get_upload, set_rendition_status

log = logging.getLogger(__name__)

app = Celery("transcode", broker=os.environ["CELERY_BROKER_URL"])

WORK_ROOT = Path(os.environ.get("TRANSCODE_WORK_ROOT", "/var/lib/transcode"))
LADDER = {
    "1080p": (1080, "5000k"),
    "720p": (720, "2800k"),
    "480p": (480, "1200k"),
    "360p": (360, "700k"),
}


def _workdir(upload_id: str) -> Path:
    path = WORK_ROOT / upload_id
    path.mkdir(parents=True, exist_ok=True)
    return path


@app.task(bind=True, max_retries=3, acks_late=True)
def transcode_rendition(self, upload_id: str, rendition: str) -> str:
    upload = get_upload(upload_id)
    height, bitrate = LADDER[rendition]
    workdir = _workdir(upload_id)
    src = download_source(upload_id, workdir / "source")
    out_dir = workdir / rendition
    out_dir.mkdir(exist_ok=True)
    playlist = out_dir / "index.m3u8"

    cmd = (
        f'ffmpeg -hide_banner -y -i "{src}" '
        f"-vf scale=-2:{height} -c:v libx264 -b:v {bitrate} -c:a aac -b:a 128k "
        f'-metadata title="{upload["title"]}" '
        f'-hls_time 6 -hls_playlist_type vod "{playlist}"'
    )
    try:
        subprocess.run(cmd, shell=True, check=True, timeout=3600)
    except subprocess.CalledProcessError as exc:
        set_rendition_status(upload_id, rendition, "failed")
        raise self.retry(exc=exc, countdown=60)

    upload_rendition(upload_id, rendition, out_dir)
    set_rendition_status(upload_id, rendition, "ready")
    log.info("rendition %s ready for upload %s", rendition, upload_id)
    return str(playlist)
