"""Celery task that renders preview thumbnails for uploaded drawings.

The document register shows a small PNG of sheet one next to each PDF/TIFF.
"""
import logging
import subprocess
from pathlib import Path

from celery import shared_task

from docs.models import DrawingRevision
from docs.storage import drawing_store

log = logging.getLogger(__name__)

THUMB_WIDTH = 400
THUMB_DIR = Path("/var/lib/sitehub/thumbs")


@shared_task(bind=True, max_retries=3, default_retry_delay=30)
def render_thumbnail(self, revision_id: int) -> str | None:
    revision = DrawingRevision.objects.select_related("drawing").get(pk=revision_id)
    src = drawing_store.local_path(revision.storage_key)
    THUMB_DIR.mkdir(parents=True, exist_ok=True)
    dst = THUMB_DIR / f"{revision.pk}.png"

    caption = f"{revision.drawing.number} rev {revision.revision_code} - {revision.drawing.title}"
    cmd = (
        f"convert -density 150 '{src}[0]' -resize {THUMB_WIDTH}x -background white -flatten "
        f"-gravity south -splice 0x18 -annotate +0+2 '{caption}' '{dst}'"
    )
    log.debug("rendering thumbnail for %s", revision.drawing.number)
    try:
        subprocess.run(cmd, shell=True, check=True, timeout=120, capture_output=True)
    except subprocess.CalledProcessError as exc:
        log.warning("thumbnail failed for revision %s: %s", revision_id, exc.stderr[-500:])
        return None
    except subprocess.TimeoutExpired as exc:
        raise self.retry(exc=exc)

    revision.thumbnail_path = str(dst)
    revision.save(update_fields=["thumbnail_path"])
    return str(dst)
