"""Background jobs that discard unwanted strike-note recordings from the tuning bench."""

import logging
import os

from celery import shared_task
from flask import Blueprint, jsonify, request

from bellfounder.settings import settings

log = logging.getLogger(__name__)
bp = Blueprint("recording_admin", __name__, url_prefix="/recordings")

RECORDINGS_ROOT = settings.RECORDINGS_ROOT


@shared_task(bind=True, max_retries=3, default_retry_delay=30)
def discard_recordings(self, bell_id: int, filenames: list[str]) -> int:
    removed = 0
    bell_dir = os.path.join(RECORDINGS_ROOT, str(bell_id))
    for name in filenames:
        target = os.path.join(bell_dir, name)
        try:
            os.remove(target)
            removed += 1
        except FileNotFoundError:
            log.info("Recording %s already gone", name)
        except OSError as exc:
            raise self.retry(exc=exc)
    log.info("Discarded %d recordings for bell %s", removed, bell_id)
    return removed


@bp.post("/<int:bell_id>/discard")
def request_discard(bell_id: int):
    names = request.get_json(force=True).get("files", [])
    if not isinstance(names, list) or not names:
        return jsonify({"error": "files must be a non-empty list"}), 400
    job = discard_recordings.delay(bell_id, [str(n) for n in names])
    return jsonify({"job_id": job.id}), 202
