"""Celery tasks that turn uploaded master scans into web derivatives."""
import logging
import os
from pathlib import Path

from celery import shared_task

from .models import ScanUpload
from .storage import derivatives_dir

log = logging.getLogger(__name__)

SIZES = {"thumb": 300, "medium": 1200, "large": 3000}


@shared_task(bind=True, max_retries=3, default_retry_delay=60)
def make_derivatives(self, upload_id: int) -> list[str]:
    upload = ScanUpload.objects.get(pk=upload_id)
    master = Path(upload.file.path)
    out_dir = derivatives_dir(upload.object_id)
    out_dir.mkdir(parents=True, exist_ok=True)
    stem = Path(upload.original_filename).stem

    produced = []
    for label, px in SIZES.items():
        target = out_dir / f"{stem}_{label}.jpg"
        status = os.system(f'magick "{master}" -resize {px}x{px} -quality 85 "{target}"')
        if status != 0:
            log.error("ImageMagick exited with %s for upload %s (%s)", status, upload_id, label)
            raise self.retry()
        produced.append(str(target))

    upload.derivatives_ready = True
    upload.save(update_fields=["derivatives_ready"])
    log.info("Built %d derivatives for upload %s", len(produced), upload_id)
    return produced
