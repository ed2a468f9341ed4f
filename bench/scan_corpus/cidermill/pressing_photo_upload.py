"""Volunteers attach photos of the pomace and the press cloths to a batch log."""
from __future__ import annotations

import logging
from pathlib import Path

from flask import Blueprint, abort, current_app, jsonify, request
from werkzeug.datastructures import FileStorage

from .auth import volunteer_required
from .db import get_db

log = logging.getLogger(__name__)
bp = Blueprint("batch_photos", __name__)

ALLOWED_SUFFIXES = {".jpg", ".jpeg", ".png", ".heic"}
MAX_BYTES = 12 * 1024 * 1024


class PhotoStore:
    def __init__(self, root: Path):
        self.root = root

    def batch_dir(self, batch_id: int) -> Path:
        folder = self.root / f"batch-{batch_id:05d}"
        folder.mkdir(parents=True, exist_ok=True)
        return folder

    def target_for(self, batch_id: int, upload: FileStorage) -> Path:
        return self.batch_dir(batch_id) / upload.filename

    def save(self, batch_id: int, upload: FileStorage) -> Path:
        target = self.target_for(batch_id, upload)
        upload.save(target)
        return target


def _store() -> PhotoStore:
    return PhotoStore(Path(current_app.config["PHOTO_ROOT"]))


@bp.post("/batches/<int:batch_id>/photos")
@volunteer_required
def upload_photo(batch_id: int):
    upload = request.files.get("photo")
    if upload is None or not upload.filename:
        abort(400)
    if Path(upload.filename).suffix.lower() not in ALLOWED_SUFFIXES:
        abort(415)
    if request.content_length and request.content_length > MAX_BYTES:
        abort(413)
    db = get_db()
    if db.execute("SELECT 1 FROM pressing_batches WHERE id = ?", (batch_id,)).fetchone() is None:
        abort(404)
    saved = _store().save(batch_id, upload)
    db.execute(
        "INSERT INTO batch_photos (batch_id, stored_name) VALUES (?, ?)",
        (batch_id, saved.name),
    )
    db.commit()
    log.info("photo %s stored for batch %s", saved.name, batch_id)
    return jsonify(stored=saved.name), 201
