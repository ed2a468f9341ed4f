"""Progress photos for build commissions.

Customers who commission a coracle can upload reference pictures (their
river, a boat they like) and the workshop uploads build progress shots.
"""
from __future__ import annotations

import logging
from pathlib import Path

from flask import Blueprint, abort, current_app, jsonify, request
from flask_login import current_user, login_required
from werkzeug.datastructures import FileStorage

from .models import Commission

log = logging.getLogger(__name__)
bp = Blueprint("commission_photos", __name__)

IMAGE_TYPES = {"image/jpeg", "image/png", "image/webp"}
MAX_BYTES = 12 * 1024 * 1024


class PhotoStore:
    def __init__(self, root: Path) -> None:
        self.root = root

    def _target(self, commission_id: int, filename: str) -> Path:
        return self.root / f"commission-{commission_id}" / filename

    def save(self, commission_id: int, upload: FileStorage) -> Path:
        target = self._target(commission_id, upload.filename or "photo.jpg")
        target.parent.mkdir(parents=True, exist_ok=True)
        upload.save(target)
        return target

    def list(self, commission_id: int) -> list[str]:
        folder = self.root / f"commission-{commission_id}"
        if not folder.is_dir():
            return []
        return sorted(p.name for p in folder.iterdir() if p.is_file())


def _store() -> PhotoStore:
    return PhotoStore(Path(current_app.config["COMMISSION_PHOTO_DIR"]))


@bp.post("/commissions/<int:commission_id>/photos")
@login_required
def upload_photo(commission_id: int):
    commission = Commission.query.get_or_404(commission_id)
    if commission.customer_id != current_user.id and not current_user.is_staff:
        abort(403)
    upload = request.files.get("photo")
    if upload is None or upload.mimetype not in IMAGE_TYPES:
        abort(400, "please upload a JPEG, PNG or WebP image")
    if request.content_length and request.content_length > MAX_BYTES:
        abort(413)
    saved = _store().save(commission.id, upload)
    log.info("stored photo %s for commission %s", saved.name, commission.id)
    return jsonify({"name": saved.name}), 201


@bp.get("/commissions/<int:commission_id>/photos")
@login_required
def list_photos(commission_id: int):
    commission = Commission.query.get_or_404(commission_id)
    if commission.customer_id != current_user.id and not current_user.is_staff:
        abort(403)
    return jsonify(_store().list(commission.id))
