"""Unpack bundles of scanned registration forms from partner offices.

Bundles arrive as .tar.gz uploads through the partner portal. Extraction
uses the tarfile "data" filter, which rejects absolute paths, links that
point outside the destination, device files and similar members.
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
MAX_MEMBERS = 2000


@shared_task(bind=True, max_retries=3)
def unpack_scan_bundle(self, upload_id: int) -> int:
    upload = PartnerUpload.objects.get(pk=upload_id)
    target = INTAKE_ROOT / str(upload.partner_id) / str(upload.id)
    target.mkdir(parents=True, exist_ok=True)

    archive_path = download_to(upload.storage_key, target.parent / f"{upload.id}.tar.gz")
    try:
        with tarfile.open(archive_path, mode="r:gz") as tar:
            members = tar.getmembers()
            if len(members) > MAX_MEMBERS:
                upload.mark_failed("too many files in bundle")
                return 0
            tar.extractall(path=target, members=members, filter="data")
    except (tarfile.TarError, OSError) as exc:
        upload.mark_failed(f"could not unpack bundle: {exc}")
        return 0
    finally:
        archive_path.unlink(missing_ok=True)

    queued = 0
    for scan in sorted(target.rglob("*")):
        if scan.is_file() and scan.suffix.lower() in SCAN_SUFFIXES:
            queue_ocr.delay(upload.id, str(scan.relative_to(target)))
            queued += 1
    upload.mark_unpacked(file_count=queued)
    log.info("Bundle %s from partner %s: %d scans queued", upload.id, upload.partner_id, queued)
    return queued
