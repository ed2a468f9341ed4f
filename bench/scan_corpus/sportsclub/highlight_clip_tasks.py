"""Celery tasks that cut highlight clips out of uploaded match recordings."""
import logging
import os
import subprocess
from pathlib import Path

from celery import Celery

logger = logging.getLogger(__name__)

celery_app = Celery("media", broker=os.environ["CELERY_BROKER_URL"])

MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", "/srv/club/media"))
FFMPEG = os.environ.get("FFMPEG_BIN", "ffmpeg")


@celery_app.task(bind=True, acks_late=True, time_limit=600)
def cut_highlight(self, recording: str, start: str, duration: int, title: str) -> str:
    """Cut `duration` seconds from `recording` starting at `start` (HH:MM:SS)."""
    src = MEDIA_ROOT / "recordings" / Path(recording).name
    out_dir = MEDIA_ROOT / "highlights"
    out_dir.mkdir(parents=True, exist_ok=True)
    out = out_dir / f"{src.stem}-{self.request.id}.mp4"
    cmd = (
        f'{FFMPEG} -hide_banner -y -ss {start} -i "{src}" -t {int(duration)} '
        f'-metadata title="{title}" -c:v libx264 -preset veryfast -c:a aac "{out}"'
    )
    logger.info("Cutting highlight %s", out.name)
    result = subprocess.run(cmd, shell=True, capture_output=True, text=True)
    if result.returncode != 0:
        logger.error("ffmpeg failed: %s", result.stderr[-2000:])
        raise RuntimeError(f"ffmpeg exited with {result.returncode}")
    return str(out.relative_to(MEDIA_ROOT))


@celery_app.task
def remove_stale_highlights(max_age_days: int = 60) -> int:
    import time

    cutoff = time.time() - max_age_days * 86400
    removed = 0
    for clip in (MEDIA_ROOT / "highlights").glob("*.mp4"):
        if clip.stat().st_mtime < cutoff:
            clip.unlink()
            removed += 1
    return removed
