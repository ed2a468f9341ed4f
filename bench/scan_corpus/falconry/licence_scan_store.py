"""Upload and download of scanned licence documents for each bird.

Scans are stored under a server-generated id; the original file name is only
kept in the database for display.
"""
from __future__ import annotations

import uuid
from pathlib import Path

from flask import Blueprint, abort, current_app, request, send_file
from flask_login import current_user, login_required

from .models import LicenceScan, db

bp = Blueprint("licence_scans", __name__, url_prefix="/birds/<int:bird_id>/licences")

ALLOWED_TYPES = {"application/pdf": ".pdf", "image/jpeg": ".jpg", "image/png": ".png"}
DOC_KINDS = {"article10", "registration", "dwa-licence", "movement"}


def _scan_root() -> Path:
    return Path(current_app.config["LICENCE_SCAN_DIR"]).resolve()


def _stored_path(scan_id: str, suffix: str) -> Path:
    return _scan_root() / f"{uuid.UUID(scan_id).hex}{suffix}"


@bp.post("/")
@login_required
def upload_scan(bird_id: int):
    upload = request.files.get("scan")
    kind = request.form.get("kind", "")
    if upload is None or kind not in DOC_KINDS:
        abort(400)
    suffix = ALLOWED_TYPES.get(upload.mimetype)
    if suffix is None:
        abort(415)
    scan_id = str(uuid.uuid4())
    upload.save(_stored_path(scan_id, suffix))
    scan = LicenceScan(id=scan_id, bird_id=bird_id, kind=kind, suffix=suffix,
                       original_name=upload.filename or "scan",
                       uploaded_by=current_user.get_id())
    db.session.add(scan)
    db.session.commit()
    return {"id": scan_id}, 201


@bp.get("/<scan_id>")
@login_required
def download_scan(bird_id: int, scan_id: str):
    scan = db.session.get(LicenceScan, scan_id)
    if scan is None or scan.bird_id != bird_id:
        abort(404)
    path = _stored_path(scan.id, scan.suffix)
    if not path.is_file():
        abort(404)
    return send_file(path, as_attachment=True, download_name=scan.original_name)
