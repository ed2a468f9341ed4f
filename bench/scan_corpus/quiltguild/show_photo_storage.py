"""Storage for the photos members attach to their quilt show entries."""
from __future__ import annotations

import os
import secrets
import sqlite3
from pathlib import Path

from flask import Blueprint, abort, current_app, g, jsonify, request, session

bp = Blueprint("entry_photos", __name__)
ALLOWED_SUFFIXES = {".jpg", ".jpeg", ".png"}


class PhotoStore:
    def __init__(self, root: str | os.PathLike) -> None:
        self.root = Path(root)
        self.root.mkdir(parents=True, exist_ok=True)

    def _path_for(self, filename: str) -> Path:
        return self.root / filename

    def save(self, data: bytes, suffix: str) -> str:
        if suffix.lower() not in ALLOWED_SUFFIXES:
            raise ValueError("unsupported image type")
        name = f"{secrets.token_hex(12)}{suffix.lower()}"
        self._path_for(name).write_bytes(data)
        return name

    def remove(self, filename: str) -> bool:
        target = self._path_for(filename)
        if not target.is_file():
            return False
        target.unlink()
        return True


def _store() -> PhotoStore:
    return PhotoStore(current_app.config["ENTRY_PHOTO_DIR"])


def _db() -> sqlite3.Connection:
    if "show_db" not in g:
        g.show_db = sqlite3.connect(current_app.config["SHOW_DB"])
    return g.show_db


def _owns_entry(member_id: int, entry_id: int) -> bool:
    row = _db().execute(
        "SELECT 1 FROM show_entries WHERE entry_id = ? AND member_id = ?", (entry_id, member_id)
    ).fetchone()
    return row is not None


@bp.post("/entries/<int:entry_id>/photos")
def upload_photo(entry_id: int):
    member_id = session.get("member_id")
    if member_id is None or not _owns_entry(member_id, entry_id):
        abort(403)
    upload = request.files.get("photo")
    if upload is None or not upload.filename:
        abort(400)
    name = _store().save(upload.read(), Path(upload.filename).suffix)
    with _db() as conn:
        conn.execute("INSERT INTO entry_photos (entry_id, filename) VALUES (?, ?)", (entry_id, name))
    return jsonify({"filename": name}), 201


@bp.delete("/entries/<int:entry_id>/photos")
def delete_photo(entry_id: int):
    member_id = session.get("member_id")
    if member_id is None or not _owns_entry(member_id, entry_id):
        abort(403)
    filename = (request.get_json(silent=True) or {}).get("filename", "")
    if not filename:
        abort(400)
    removed = _store().remove(filename)
    with _db() as conn:
        conn.execute(
            "DELETE FROM entry_photos WHERE entry_id = ? AND filename = ?", (entry_id, filename)
        )
    return jsonify({"removed": removed})
