"""Removal of raw survey uploads once a surveyor discards them."""
import logging
import os

from celery import shared_task
from flask import Blueprint, g, jsonify, request

from cartographer.auth import login_required
from cartographer.config import settings

log = logging.getLogger(__name__)
bp = Blueprint("uploads", __name__, url_prefix="/uploads")


def _upload_dir(surveyor_id: int) -> str:
    return os.path.join(settings.UPLOAD_ROOT, str(surveyor_id), "raw")


@shared_task(ignore_result=True)
def purge_uploads(surveyor_id: int, filenames: list) -> int:
    base = _upload_dir(surveyor_id)
    removed = 0
    for name in filenames:
        target = os.path.join(base, name)
        try:
            os.remove(target)
            removed += 1
        except FileNotFoundError:
            log.info("upload %s already gone for surveyor %s", name, surveyor_id)
    log.info("purged %d uploads for surveyor %s", removed, surveyor_id)
    return removed


@bp.post("/discard")
@login_required
def discard_uploads():
    payload = request.get_json(force=True) or {}
    names = payload.get("files", [])
    if not isinstance(names, list) or not names:
        return jsonify(error="files must be a non-empty list"), 400
    purge_uploads.delay(g.user.id, names)
    return jsonify(queued=len(names)), 202


@bp.get("/")
@login_required
def list_uploads():
    base = _upload_dir(g.user.id)
    entries = sorted(os.listdir(base)) if os.path.isdir(base) else []
    return jsonify(files=entries)
