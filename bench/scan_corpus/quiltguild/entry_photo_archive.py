"""Keeps the judging photos of past show entries and serves them to the committee."""
from __future__ import annotations

import os
import sqlite3
import uuid
from pathlib import Path

from flask import Blueprint, abort, current_app, g, jsonify, request, send_file, session

bp = Blueprint("photo_archive", __name__)
IMAGE_TYPES = {"image/jpeg": ".jpg", "image/png": ".png"}


def _db() -> sqlite3.Connection:
    if "show_db" not in g:
        g.show_db = sqlite3.connect(current_app.config["SHOW_DB"])
        g.show_db.row_factory = sqlite3.Row
    return g.show_db


def _archive_root() -> Path:
    root = Path(current_app.config["PHOTO_ARCHIVE_DIR"])
    root.mkdir(parents=True, exist_ok=True)
    return root


def _require_committee() -> None:
    if session.get("role") not in ("committee", "judge"):
        abort(403)


@bp.post("/archive/entries/<int:entry_id>/photos")
def add_photo(entry_id: int):
    _require_committee()
    upload = request.files.get("photo")
    if upload is None or upload.mimetype not in IMAGE_TYPES:
        abort(400)
    stored_name = f"{entry_id}-{uuid.uuid4().hex}{IMAGE_TYPES[upload.mimetype]}"
    upload.save(_archive_root() / stored_name)
    with _db() as conn:
        cur = conn.execute(
            "INSERT INTO archived_photos (entry_id, stored_name, original_name) VALUES (?, ?, ?)",
            (entry_id, stored_name, os.path.basename(upload.filename or "")[:120]),
        )
    return jsonify({"photo_id": cur.lastrowid}), 201


@bp.get("/archive/photos/<int:photo_id>")
def get_photo(photo_id: int):
    _require_committee()
    row = _db().execute(
        "SELECT stored_name FROM archived_photos WHERE photo_id = ?", (photo_id,)
    ).fetchone()
    if row is None:
        abort(404)
    return send_file(_archive_root() / row["stored_name"])


@bp.delete("/archive/photos/<int:photo_id>")
def delete_photo(photo_id: int):
    _require_committee()
    row = _db().execute(
        "SELECT stored_name FROM archived_photos WHERE photo_id = ?", (photo_id,)
    ).fetchone()
    if row is None:
        abort(404)
    (_archive_root() / row["stored_name"]).unlink(missing_ok=True)
    with _db() as conn:
        conn.execute("DELETE FROM archived_photos WHERE photo_id = ?", (photo_id,))
    return jsonify({"deleted": photo_id})
