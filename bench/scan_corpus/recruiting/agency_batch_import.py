"""Process CV batches that external recruiting agencies upload through the agency portal."""

import logging
import tarfile
import tempfile
from pathlib import Path

from celery import shared_task

from .models import AgencyBatch
from .parsing import ingest_cv_file
from .storage import download_to

log = logging.getLogger(__name__)

ACCEPTED_SUFFIXES = {".pdf", ".docx", ".doc", ".rtf", ".txt"}


@shared_task(bind=True, max_retries=3, acks_late=True)
def process_agency_batch(self, batch_id: int) -> int:
    batch = AgencyBatch.objects.get(pk=batch_id)
    imported = 0
    with tempfile.TemporaryDirectory(prefix=f"agency-{batch.agency_id}-") as workdir:
        archive_path = Path(workdir) / "batch.tar.gz"
        download_to(batch.storage_key, archive_path)
        extract_dir = Path(workdir) / "cvs"
        extract_dir.mkdir()

        with tarfile.open(archive_path, "r:gz") as tar:
            tar.extractall(path=extract_dir)

        for cv in sorted(extract_dir.rglob("*")):
            if cv.is_file() and cv.suffix.lower() in ACCEPTED_SUFFIXES:
                ingest_cv_file(cv, agency_id=batch.agency_id, job_id=batch.job_id)
                imported += 1

    batch.mark_processed(imported)
    log.info("agency batch %s: imported %d CVs", batch_id, imported)
    return imported
