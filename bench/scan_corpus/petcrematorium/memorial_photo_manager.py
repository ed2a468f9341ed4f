"""Manages photos that owners attach to their pet's memorial page."""
from __future__ import annotations

import os
import uuid
from dataclasses import dataclass
from pathlib import Path

from flask import Blueprint, abort, current_app, jsonify, request
from flask_login import current_user, login_required
from PIL import Image
from werkzeug.utils import secure_filename

from .models import MemorialPage

bp = Blueprint("memorial_photos", __name__, url_prefix="/portal/memorials")

ALLOWED_EXT = {".jpg", ".jpeg", ".png", ".webp"}


@dataclass
class PhotoStore:
    root: Path

    def __post_init__(self) -> None:
        self.root.mkdir(parents=True, exist_ok=True)
        self._pending_removal: list[str] = []

    def save(self, memorial_id: int, upload) -> str:
        ext = Path(secure_filename(upload.filename or "")).suffix.lower()
        if ext not in ALLOWED_EXT:
            raise ValueError("unsupported image type")
        name = f"{memorial_id}-{uuid.uuid4().hex}{ext}"
        Image.open(upload.stream).convert("RGB").save(self.root / name)
        return name

    def mark_for_removal(self, photo_name: str) -> None:
        self._pending_removal.append(photo_name)

    def flush_removals(self) -> int:
        removed = 0
        for photo_name in self._pending_removal:
            target = os.path.join(self.root, photo_name)
            if os.path.exists(target):
                os.remove(target)
                removed += 1
        self._pending_removal.clear()
        return removed


def _store(memorial_id: int) -> PhotoStore:
    memorial = MemorialPage.query.get_or_404(memorial_id)
    if memorial.owner_id != current_user.id:
        abort(404)
    return PhotoStore(Path(current_app.config["MEMORIAL_PHOTO_DIR"]) / str(memorial.id))


@bp.post("/<int:memorial_id>/photos")
@login_required
def upload_photo(memorial_id: int):
    upload = request.files.get("photo")
    if upload is None:
        abort(400)
    try:
        name = _store(memorial_id).save(memorial_id, upload)
    except ValueError as exc:
        return jsonify({"error": str(exc)}), 400
    return jsonify({"photo": name}), 201


@bp.post("/<int:memorial_id>/photos/delete")
@login_required
def delete_photos(memorial_id: int):
    store = _store(memorial_id)
    for photo_name in request.json.get("photos", []):
        store.mark_for_removal(photo_name)
    removed = store.flush_removals()
    current_app.logger.info("owner %s removed %d photos", current_user.id, removed)
    return jsonify({"removed": removed})
