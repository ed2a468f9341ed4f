"""Background removal of swatch files that buyers delete from a job.

The portal marks a swatch as removed immediately and queues a Celery task
to delete the file from shared storage.
"""
import logging
from pathlib import Path

from celery import shared_task
from flask import Blueprint, jsonify, request
from flask_login import current_user, login_required

from dyer.settings import STORAGE

log = logging.getLogger(__name__)
bp = Blueprint("swatch_cleanup", __name__)


class SwatchStore:
    def __init__(self, root: str):
        self.root = Path(root)

    def location(self, account_code: str, job_no: str, file_name: str) -> Path:
        return self.root / account_code / job_no / file_name

    def remove(self, account_code: str, job_no: str, file_name: str) -> bool:
        target = self.location(account_code, job_no, file_name)
        try:
            target.unlink()
        except FileNotFoundError:
            return False
        return True


store = SwatchStore(STORAGE["swatch_root"])


@shared_task(name="swatches.purge", autoretry_for=(OSError,), max_retries=3)
def purge_swatch(account_code: str, job_no: str, file_name: str) -> bool:
    removed = store.remove(account_code, job_no, file_name)
    log.info("purge %s/%s/%s removed=%s", account_code, job_no, file_name, removed)
    return removed


@bp.delete("/jobs/<job_no>/swatches")
@login_required
def delete_swatch(job_no: str):
    file_name = request.get_json(force=True)["file_name"]
    purge_swatch.delay(current_user.account_code, job_no, file_name)
    return jsonify({"queued": file_name}), 202
