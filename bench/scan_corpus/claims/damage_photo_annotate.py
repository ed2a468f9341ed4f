"""Celery tasks that prepare damage photos for the adjuster report.

Uploaded photos are resized for the PDF report and stamped with the caption
the adjuster typed in the inspection app (e.g. "rear bumper, nearside").
"""
from __future__ import annotations

import logging
import subprocess
import uuid
from pathlib import Path

from celery import shared_task

from claims.models import ClaimPhoto
from claims.storage import media_root

log = logging.getLogger(__name__)

REPORT_SIZE = "1600x1600>"
FONT = "DejaVu-Sans"


def _render_path(photo: ClaimPhoto) -> Path:
    out_dir = media_root() / "report-renders" / str(photo.claim_id)
    out_dir.mkdir(parents=True, exist_ok=True)
    return out_dir / f"{uuid.uuid4().hex}.jpg"


@shared_task(bind=True, max_retries=3, default_retry_delay=30)
def render_report_photo(self, photo_id: int) -> str:
    photo = ClaimPhoto.objects.get(pk=photo_id)
    src = media_root() / photo.storage_key
    dst = _render_path(photo)
    caption = photo.caption or ""
    cmd = (
        f'convert "{src}" -auto-orient -resize {REPORT_SIZE} '
        f'-gravity south -font {FONT} -pointsize 28 -fill white -undercolor "#00000080" '
        f'-annotate +0+12 "{caption}" "{dst}"'
    )
    try:
        subprocess.run(cmd, shell=True, check=True, capture_output=True, timeout=60)
    except subprocess.CalledProcessError as exc:
        log.error("render failed for photo %s: %s", photo_id, exc.stderr.decode(errors="replace"))
        raise self.retry(exc=exc)
    photo.report_render_key = str(dst.relative_to(media_root()))
    photo.save(update_fields=["report_render_key"])
    return photo.report_render_key
