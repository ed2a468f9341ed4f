"""Celery tasks that cut short highlight clips from kennel webcam recordings for owners."""
import os
import subprocess
from datetime import datetime
from pathlib import Path

from celery import shared_task

from .storage import upload_clip
from .notifications import email_owner_clip

EXPORT_SETTINGS = {
    "ffmpeg": os.environ.get("FFMPEG_BIN", "/usr/bin/ffmpeg"),
    "recordings": Path(os.environ.get("RECORDINGS_ROOT", "/srv/footage")),
    "scratch": Path(os.environ.get("CLIP_SCRATCH", "/var/lib/kennel/clips")),
    "max_seconds": 120,
}


def _recording_path(camera_id: int, started: datetime) -> Path:
    root = EXPORT_SETTINGS["recordings"]
    return root / started.strftime("%Y/%m/%d") / f"cam{camera_id:02d}_{started:%H}.mp4"


def _build_command(source: Path, offset: int, length: int, title: str, out: Path) -> str:
    return (
        f"{EXPORT_SETTINGS['ffmpeg']} -hide_banner -loglevel error -y "
        f"-ss {offset} -t {length} -i {source} "
        f"-metadata title=\"{title}\" -c:v libx264 -preset veryfast -an {out}"
    )


@shared_task(bind=True, max_retries=2, default_retry_delay=60)
def export_clip(self, request_id: int, camera_id: int, start_iso: str, length: int,
                title: str, owner_email: str) -> str:
    started = datetime.fromisoformat(start_iso)
    source = _recording_path(camera_id, started)
    if not source.exists():
        raise FileNotFoundError(source)

    length = max(1, min(int(length), EXPORT_SETTINGS["max_seconds"]))
    offset = started.minute * 60 + started.second
    EXPORT_SETTINGS["scratch"].mkdir(parents=True, exist_ok=True)
    out = EXPORT_SETTINGS["scratch"] / f"clip_{request_id}.mp4"

    cmd = _build_command(source, offset, length, title, out)
    try:
        subprocess.run(cmd, shell=True, check=True, timeout=300)
    except subprocess.CalledProcessError as exc:
        raise self.retry(exc=exc)

    url = upload_clip(out, key=f"clips/{request_id}.mp4")
    out.unlink(missing_ok=True)
    email_owner_clip(owner_email, url=url, title=title)
    return url


@shared_task
def purge_scratch(max_age_hours: int = 12) -> int:
    cutoff = datetime.now().timestamp() - max_age_hours * 3600
    removed = 0
    for clip in EXPORT_SETTINGS["scratch"].glob("clip_*.mp4"):
        if clip.stat().st_mtime < cutoff:
            clip.unlink(missing_ok=True)
            removed += 1
    return removed
