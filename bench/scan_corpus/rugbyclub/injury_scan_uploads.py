"""Upload handling for X-ray and MRI scan letters on injury reports.

Files are stored under a server-generated name; the name the physio's
browser sent is kept only as a display label in the database.
"""
from __future__ import annotations

import uuid
from pathlib import Path

from flask import Blueprint, abort, current_app, jsonify, request, send_file
from flask_login import current_user, login_required

from .db import get_db

bp = Blueprint("injury_scans", __name__)

ALLOWED_SUFFIXES = {".pdf", ".jpg", ".jpeg", ".png"}


def _scan_root() -> Path:
    return Path(current_app.config["INJURY_SCAN_ROOT"])


@bp.post("/injuries/<int:report_id>/scans")
@login_required
def upload_scan(report_id: int):
    if not current_user.has_role("physio"):
        abort(403)
    upload = request.files.get("file")
    if upload is None or not upload.filename:
        abort(400)
    suffix = Path(upload.filename).suffix.lower()
    if suffix not in ALLOWED_SUFFIXES:
        return jsonify({"error": "unsupported file type"}), 400

    stored_name = f"{uuid.uuid4().hex}{suffix}"
    folder = _scan_root() / str(report_id)
    folder.mkdir(parents=True, exist_ok=True)
    upload.save(folder / stored_name)

    db = get_db()
    cur = db.execute(
        "INSERT INTO injury_scans (report_id, stored_name, original_name, uploaded_by) "
        "VALUES (?, ?, ?, ?)",
        (report_id, stored_name, upload.filename[:200], current_user.id),
    )
    db.commit()
    return jsonify({"scan_id": cur.lastrowid}), 201


@bp.get("/injuries/<int:report_id>/scans/<int:scan_id>")
@login_required
def download_scan(report_id: int, scan_id: int):
    if not current_user.has_role("physio"):
        abort(403)
    row = get_db().execute(
        "SELECT stored_name, original_name FROM injury_scans WHERE id = ? AND report_id = ?",
        (scan_id, report_id),
    ).fetchone()
    if row is None:
        abort(404)
    path = _scan_root() / str(report_id) / row["stored_name"]
    return send_file(path, as_attachment=True, download_name=row["original_name"])
