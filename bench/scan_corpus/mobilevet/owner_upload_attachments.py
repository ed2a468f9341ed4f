"""Photo and document uploads from owners (wound photos, insurance forms)."""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import datetime, timezone

from flask import Blueprint, abort, current_app, jsonify, request, session
from werkzeug.datastructures import FileStorage

from .db import get_db

bp = Blueprint("owner_uploads", __name__, url_prefix="/portal/uploads")

ALLOWED_TYPES = {"image/jpeg", "image/png", "application/pdf"}
MAX_BYTES = 15 * 1024 * 1024


@dataclass
class StoredUpload:
    animal_id: int
    path: str
    size: int


class AttachmentStore:
    def __init__(self, upload_root: str) -> None:
        self.upload_root = upload_root

    def _target_for(self, animal_id: int, upload: FileStorage) -> str:
        animal_dir = os.path.join(self.upload_root, str(animal_id))
        os.makedirs(animal_dir, mode=0o750, exist_ok=True)
        return os.path.join(animal_dir, upload.filename)

    def save(self, animal_id: int, upload: FileStorage) -> StoredUpload:
        target = self._target_for(animal_id, upload)
        upload.save(target)
        return StoredUpload(animal_id=animal_id, path=target, size=os.path.getsize(target))


def _owned_animal(animal_id: int, owner_id: int) -> bool:
    return get_db().execute(
        "SELECT 1 FROM animals WHERE id = ? AND owner_id = ?", (animal_id, owner_id)
    ).fetchone() is not None


@bp.post("/<int:animal_id>")
def upload(animal_id: int):
    owner_id = session.get("owner_id")
    if owner_id is None:
        abort(401)
    if not _owned_animal(animal_id, owner_id):
        abort(404)
    file = request.files.get("file")
    if file is None or not file.filename or file.mimetype not in ALLOWED_TYPES:
        abort(400)
    if request.content_length and request.content_length > MAX_BYTES:
        abort(413)
    store = AttachmentStore(current_app.config["OWNER_UPLOAD_ROOT"])
    stored = store.save(animal_id, file)
    db = get_db()
    db.execute(
        "INSERT INTO owner_attachments (animal_id, path, size, uploaded_at) VALUES (?, ?, ?, ?)",
        (animal_id, stored.path, stored.size, datetime.now(timezone.utc).isoformat()),
    )
    db.commit()
    return jsonify(size=stored.size), 201
