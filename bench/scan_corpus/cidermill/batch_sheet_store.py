"""Stores scanned pressing batch sheets uploaded by volunteers."""
from __future__ import annotations

import uuid
from pathlib import Path

from flask import Blueprint, abort, current_app, jsonify, request, send_file
from werkzeug.utils import secure_filename

from .auth import volunteer_required
from .db import get_db

bp = Blueprint("batch_sheets", __name__)

ALLOWED = {".pdf", ".jpg", ".jpeg", ".png"}


def _sheet_root() -> Path:
    root = Path(current_app.config["BATCH_SHEET_ROOT"])
    root.mkdir(parents=True, exist_ok=True)
    return root


@bp.post("/batches/<int:batch_id>/sheets")
@volunteer_required
def upload_sheet(batch_id: int):
    upload = request.files.get("sheet")
    if upload is None or not upload.filename:
        abort(400)
    original = secure_filename(upload.filename)
    suffix = Path(original).suffix.lower()
    if suffix not in ALLOWED:
        abort(415)
    stored_name = f"{batch_id:05d}-{uuid.uuid4().hex}{suffix}"
    upload.save(_sheet_root() / stored_name)
    db = get_db()
    cur = db.execute(
        "INSERT INTO batch_sheets (batch_id, stored_name, original_name) VALUES (?, ?, ?)",
        (batch_id, stored_name, original),
    )
    db.commit()
    return jsonify(sheet_id=cur.lastrowid), 201


@bp.get("/sheets/<int:sheet_id>")
@volunteer_required
def fetch_sheet(sheet_id: int):
    row = get_db().execute(
        "SELECT stored_name, original_name FROM batch_sheets WHERE id = ?", (sheet_id,)
    ).fetchone()
    if row is None:
        abort(404)
    return send_file(
        _sheet_root() / row["stored_name"],
        as_attachment=True,
        download_name=row["original_name"] or row["stored_name"],
    )
