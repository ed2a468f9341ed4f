"""Attachments on a site job pack: permits, drawings, rescue plans.

Supervisors attach PDFs and drawings to job packs; technicians download them
to the tablet before going on site. Files are stored under a server-generated
id, never under the name the uploader chose.
"""
from __future__ import annotations

import os
import uuid
from pathlib import Path

from flask import Blueprint, abort, current_app, request, send_file
from flask_login import current_user, login_required
from werkzeug.utils import secure_filename

bp = Blueprint("job_pack_files", __name__, url_prefix="/job-packs")

STORE_ROOT = Path(os.environ.get("JOB_PACK_STORE", "/srv/ropeaccess/job_packs"))
ALLOWED_SUFFIXES = {".pdf", ".png", ".jpg", ".dwg"}


def _repo():
    return current_app.extensions["attachment_repo"]


@bp.post("/<int:pack_id>/attachments")
@login_required
def upload(pack_id: int):
    upload = request.files.get("file")
    if upload is None or not upload.filename:
        abort(400)
    display_name = secure_filename(upload.filename)
    suffix = Path(display_name).suffix.lower()
    if suffix not in ALLOWED_SUFFIXES:
        abort(415)
    attachment_id = uuid.uuid4()
    folder = STORE_ROOT / str(pack_id)
    folder.mkdir(parents=True, exist_ok=True)
    upload.save(folder / f"{attachment_id.hex}{suffix}")
    _repo().add(pack_id, attachment_id, display_name, suffix, uploaded_by=current_user.id)
    return {"id": str(attachment_id), "name": display_name}, 201


@bp.get("/<int:pack_id>/attachments/<attachment_id>")
@login_required
def download(pack_id: int, attachment_id: str):
    try:
        key = uuid.UUID(attachment_id)
    except ValueError:
        abort(404)
    record = _repo().get(pack_id, key)
    if record is None or not _repo().can_view(current_user.id, pack_id):
        abort(404)
    path = STORE_ROOT / str(pack_id) / f"{key.hex}{record.suffix}"
    return send_file(path, as_attachment=True, download_name=record.display_name)
