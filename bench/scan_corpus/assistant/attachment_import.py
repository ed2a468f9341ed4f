"""Bulk attachment import (CRM-212).

Users can upload a ``.tar.gz`` export from the previous CRM; every file in
the archive becomes an attachment on the matching contact, using the
top-level directory name as the contact's external id.
"""
from __future__ import annotations

import logging
import tarfile
import tempfile
from pathlib import Path

from celery import shared_task

from crm.models import Attachment, Contact
from crm.storage import blob_store

logger = logging.getLogger(__name__)


def _unpack(archive_path: Path, dest: Path) -> list[Path]:
    """Extract the uploaded archive and return the regular files inside it."""
    with tarfile.open(archive_path, mode="r:*") as tar:
        tar.extractall(path=dest)
    return [p for p in dest.rglob("*") if p.is_file()]


@shared_task(bind=True, max_retries=0)
def import_attachments(self, upload_id: int, archive_path: str) -> dict[str, int]:
    """Celery task run after the upload view has stored the archive."""
    created = skipped = 0
    with tempfile.TemporaryDirectory(prefix=f"crm-import-{upload_id}-") as tmp:
        workdir = Path(tmp)
        for file_path in _unpack(Path(archive_path), workdir):
            external_id = file_path.relative_to(workdir).parts[0]
            contact = Contact.objects.filter(external_id=external_id).first()
            if contact is None:
                skipped += 1
                continue
            key = blob_store.put(file_path.read_bytes(), content_name=file_path.name)
            Attachment.objects.create(contact=contact, name=file_path.name, blob_key=key)
            created += 1

    logger.info("Upload %s: %d attachments created, %d skipped", upload_id, created, skipped)
    return {"created": created, "skipped": skipped}
