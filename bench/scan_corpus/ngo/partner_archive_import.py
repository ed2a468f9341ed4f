"""Background job: unpack scanned beneficiary forms sent in by partner offices.

Each partner office uploads a .tar.gz of scans through the partner portal;
this job unpacks it into the intake area and queues each scan for OCR.
"""
import logging
import tarfile
from pathlib import Path

from celery import shared_task

from .models import PartnerUpload
from .ocr import queue_ocr
from .storage import download_to

log = logging.getLogger(__name__)

INTAKE_ROOT = Path("/srv/intake")
SCAN_SUFFIXES = {".pdf", ".jpg", ".jpeg", ".png", ".tif", ".tiff"}


@shared_task(bind=True, max_retries=3)
def unpack_partner_upload(self, upload_id: int) -> int:
    upload = PartnerUpload.objects.get(pk=upload_id)
    target = INTAKE_ROOT / str(upload.partner_id) / str(upload.id)
    target.mkdir(parents=True, exist_ok=True)

    archive_path = download_to(upload.storage_key, target.parent / f"{upload.id}.tar.gz")
    try:
        with tarfile.open(archive_path, mode="r:gz") as tar:
            tar.extractall(path=target)
    except tarfile.TarError as exc:
        upload.mark_failed(f"unreadable archive: {exc}")
        return 0
    finally:
        archive_path.unlink(missing_ok=True)

    queued = 0
    for scan in sorted(target.rglob("*")):
        if scan.is_file() and scan.suffix.lower() in SCAN_SUFFIXES:
            queue_ocr.delay(upload.id, str(scan.relative_to(target)))
            queued += 1

    upload.mark_unpacked(file_count=queued)
    log.info("Upload %s from partner %s: %d scans queued", upload.id, upload.partner_id, queued)
    return queued
