"""Stores signed liability waivers uploaded through the parent portal."""
from __future__ import annotations

import uuid
from datetime import datetime, timezone
from pathlib import Path

from flask import Blueprint, abort, current_app, g, jsonify, request, send_file

from .db import get_connection

bp = Blueprint("waivers", __name__, url_prefix="/parents/waivers")

ALLOWED = {"application/pdf": ".pdf", "image/jpeg": ".jpg", "image/png": ".png"}


def _storage_root() -> Path:
    return Path(current_app.config["WAIVER_STORAGE_DIR"])


def _blob_path(storage_key: uuid.UUID, suffix: str) -> Path:
    return _storage_root() / storage_key.hex[:2] / f"{storage_key.hex}{suffix}"


@bp.post("/<int:player_id>")
def upload_waiver(player_id: int):
    if g.get("parent_id") is None:
        abort(401)
    upload = request.files.get("waiver")
    if upload is None or upload.mimetype not in ALLOWED:
        abort(400, "Attach the signed waiver as a PDF, JPEG or PNG.")

    storage_key = uuid.uuid4()
    suffix = ALLOWED[upload.mimetype]
    target = _blob_path(storage_key, suffix)
    target.parent.mkdir(parents=True, exist_ok=True)
    upload.save(target)

    with get_connection() as conn:
        waiver_id = conn.execute(
            "INSERT INTO waivers (player_id, parent_id, storage_key, suffix, original_name, "
            "uploaded_at) VALUES (%s, %s, %s, %s, %s, %s) RETURNING id",
            (player_id, g.parent_id, storage_key.hex, suffix, upload.filename,
             datetime.now(timezone.utc)),
        ).fetchone()[0]
    return jsonify({"waiver_id": waiver_id}), 201


@bp.get("/<int:waiver_id>")
def download_waiver(waiver_id: int):
    if g.get("parent_id") is None:
        abort(401)
    with get_connection() as conn:
        row = conn.execute(
            "SELECT storage_key, suffix, original_name FROM waivers "
            "WHERE id = %s AND parent_id = %s",
            (waiver_id, g.parent_id),
        ).fetchone()
    if row is None:
        abort(404)
    path = _blob_path(uuid.UUID(hex=row[0]), row[1])
    return send_file(path, as_attachment=True, download_name=row[2] or f"waiver{row[1]}")
