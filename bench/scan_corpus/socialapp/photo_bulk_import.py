"""Imports a photo library exported from another service.

Members upload a .tar.gz produced by the other service's "export my data"
feature; we unpack it, keep the images, and queue them for processing.
"""

import logging
import shutil
import tarfile
import tempfile
from pathlib import Path

from celery import shared_task

from photos.models import ImportJob
from photos.pipeline import enqueue_photo

log = logging.getLogger(__name__)

IMAGE_SUFFIXES = {".jpg", ".jpeg", ".png", ".heic", ".webp", ".gif"}


def _unpack(archive_path: Path, dest: Path) -> None:
    with tarfile.open(archive_path, mode="r:*") as tar:
        tar.extractall(dest)


def _collect_images(root: Path) -> list[Path]:
    return sorted(p for p in root.rglob("*") if p.is_file() and p.suffix.lower() in IMAGE_SUFFIXES)


@shared_task(bind=True, max_retries=0)
def import_photo_archive(self, job_id: int) -> int:
    job = ImportJob.objects.select_related("owner").get(pk=job_id)
    staging = Path(tempfile.mkdtemp(prefix=f"import-{job_id}-"))
    try:
        _unpack(Path(job.archive_path), staging)
        images = _collect_images(staging)
        for img in images:
            enqueue_photo(owner_id=job.owner_id, source=img, album=job.target_album_id)
        job.mark_done(count=len(images))
        log.info("import job %s queued %d photos", job_id, len(images))
        return len(images)
    except tarfile.TarError:
        job.mark_failed("archive could not be read")
        raise
    finally:
        shutil.rmtree(staging, ignore_errors=True)
