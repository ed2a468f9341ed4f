# Celery task message parameters; names the application chose; names checked against a list.
import os
from pathlib import Path

from celery import shared_task

SCAN_ROOT = "/srv/scans"
MANUALS_DIR = "/srv/manuals"


def _case_folder(case_ref):
    return os.path.join(SCAN_ROOT, case_ref)


@shared_task(name="scans.purge")
def purge_scans(clinic_id: int, purge_message: dict) -> int:
    count = 0
    for batch in purge_message.get("batches", []):
        folder = _case_folder(batch["case_ref"])
        for entry in batch.get("entries", []):
            target = os.path.join(folder, entry)
            # ruleid: path-traversal-user-filename
            os.remove(target)
            count += 1
    return count


@shared_task
def archive_scan(payload):
    archived = Path(SCAN_ROOT) / "archive" / payload["scan"]
    # ruleid: path-traversal-user-filename
    archived.unlink()


@shared_task
def purge_clinic_scans(payload):
    for entry in payload.get("entries", []):
        target = os.path.join(SCAN_ROOT, os.path.basename(entry))
        # ok: path-traversal-user-filename
        os.remove(target)


@shared_task
def purge_expired(clinic_ref: str, batch_size: int):
    # (not a message: a task's own argument, queued by a schedule)
    folder = os.path.join(SCAN_ROOT, "expired")
    for entry in os.listdir(folder)[:batch_size]:
        # ok: path-traversal-user-filename
        os.remove(os.path.join(folder, entry))


def keep_scan(clinic_id, data, stored_name):
    target = Path(SCAN_ROOT) / str(clinic_id) / stored_name
    # ok: path-traversal-user-filename
    with target.open("wb") as fh:
        fh.write(data)


def keep_named_scan(clinic_id, data, scan_name):
    target = Path(SCAN_ROOT) / str(clinic_id) / scan_name
    # ruleid: path-traversal-user-filename
    with target.open("wb") as fh:
        fh.write(data)


def listed_digest(index_file, manual_name):
    for line in Path(index_file).read_text().splitlines():
        digest, _, listed = line.partition(" ")
        if listed.strip() == manual_name:
            return digest
    raise LookupError(manual_name)


def send_manual(manual_name, sender):
    manual = Path(MANUALS_DIR) / manual_name
    listed_digest(Path(MANUALS_DIR) / "INDEX", manual_name)
    # ok: path-traversal-user-filename
    with manual.open("rb") as fh:
        sender.send(fh.read())


def send_manual_checked_elsewhere(manual_name, index_name, sender):
    manual = Path(MANUALS_DIR) / manual_name
    listed_digest(Path(MANUALS_DIR) / "INDEX", index_name)
    # ruleid: path-traversal-user-filename
    with manual.open("rb") as fh:
        sender.send(fh.read())
