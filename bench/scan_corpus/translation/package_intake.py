"""Intake of translation packages returned by freelancers.

Translators return a .tar.gz with their bilingual files; we pull out the
bilingual files and hand them to the import queue.
"""
import io
import logging
import tarfile
from pathlib import Path

from intake.queue import enqueue_import

log = logging.getLogger(__name__)

BILINGUAL_SUFFIXES = (".xlf", ".xliff", ".sdlxliff", ".mqxliff")


def unpack_return_package(package: bytes, staging: Path, job_id: str) -> list[Path]:
    staging.mkdir(parents=True, exist_ok=True)
    extracted = []
    with tarfile.open(fileobj=io.BytesIO(package), mode="r:*") as tar:
        for member in tar.getmembers():
            if not member.isfile() or not member.name.lower().endswith(BILINGUAL_SUFFIXES):
                continue
            tar.extract(member, path=staging)
            extracted.append(staging / member.name)
    log.info("job %s: %d bilingual files in return package", job_id, len(extracted))
    return extracted


def handle_upload(upload, staging_root: Path) -> int:
    job_id = str(upload.job_id)
    files = unpack_return_package(upload.read(), staging_root / job_id, job_id)
    for path in files:
        enqueue_import(job_id, path)
    return len(files)
