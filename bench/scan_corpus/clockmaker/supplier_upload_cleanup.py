"""Housekeeping for documents uploaded through the supplier extranet.

When a supplier withdraws a dispatch note or invoice in the extranet, the
web tier queues a task to remove the stored file and its database row.
"""
import logging
import os

from celery import shared_task

from clockmaker.db import get_connection
from clockmaker.settings import SUPPLIER_UPLOAD_DIR

log = logging.getLogger(__name__)


def _supplier_folder(supplier_code: str) -> str:
    return os.path.join(SUPPLIER_UPLOAD_DIR, supplier_code.lower())


@shared_task(name="suppliers.withdraw_document", max_retries=3)
def withdraw_document(request_payload: dict) -> bool:
    supplier_code = request_payload["supplier_code"]
    stored_name = request_payload["filename"]
    folder = _supplier_folder(supplier_code)
    target = os.path.join(folder, stored_name)
    try:
        os.remove(target)
    except FileNotFoundError:
        log.info("Document %s already gone for %s", stored_name, supplier_code)
    conn = get_connection()
    with conn:
        conn.execute(
            "DELETE FROM supplier_documents WHERE supplier_code = ? AND stored_name = ?",
            (supplier_code, stored_name),
        )
    log.info("Withdrew %s for supplier %s", stored_name, supplier_code)
    return True


@shared_task(name="suppliers.purge_empty_folders")
def purge_empty_folders() -> int:
    removed = 0
    for entry in os.scandir(SUPPLIER_UPLOAD_DIR):
        if entry.is_dir() and not any(os.scandir(entry.path)):
            os.rmdir(entry.path)
            removed += 1
    return removed
