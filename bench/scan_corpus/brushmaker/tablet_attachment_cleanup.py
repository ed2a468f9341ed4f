"""Cleanup of attachments that sales reps removed from orders on their tablets.

Reps can attach site photos and signed delivery notes to an order; when they
remove one on the tablet the next sync carries a list of removed file names.
"""
import logging
import os

from celery import shared_task

from brushworks.db import get_conn
from brushworks.settings import ATTACHMENT_ROOT

log = logging.getLogger(__name__)


def order_folder(rep_id: int, client_ref: str) -> str:
    with get_conn() as conn:
        row = conn.execute(
            "SELECT storage_key FROM rep_orders WHERE rep_id = %s AND client_ref = %s",
            (rep_id, client_ref),
        ).fetchone()
    if row is None:
        raise LookupError(client_ref)
    return os.path.join(ATTACHMENT_ROOT, row[0])


@shared_task(name="tablet.remove_attachments", acks_late=True)
def remove_attachments(rep_id: int, sync_payload: dict) -> int:
    removed = 0
    for change in sync_payload.get("attachment_changes", []):
        if change.get("op") != "remove":
            continue
        folder = order_folder(rep_id, change["client_ref"])
        for filename in change.get("files", []):
            path = os.path.join(folder, filename)
            try:
                os.remove(path)
                removed += 1
            except FileNotFoundError:
                log.info("attachment %s already gone for order %s", filename, change["client_ref"])
        with get_conn() as conn:
            conn.execute(
                "UPDATE rep_orders SET attachments = array(SELECT unnest(attachments) EXCEPT "
                "SELECT unnest(%s::text[])) WHERE rep_id = %s AND client_ref = %s",
                (change.get("files", []), rep_id, change["client_ref"]),
            )
    return removed
