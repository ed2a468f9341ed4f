"""Stores and removes move-out inspection photos taken by site managers."""
from __future__ import annotations

import uuid
from pathlib import Path

from flask import Blueprint, abort, current_app, jsonify, request
from flask_login import login_required

bp = Blueprint("moveout_photos", __name__, url_prefix="/manager/moveouts")

IMAGE_TYPES = {"image/jpeg": ".jpg", "image/png": ".png", "image/heic": ".heic"}


class PhotoStore:
    def __init__(self, root: Path) -> None:
        self.root = root

    def unit_dir(self, rental_id: int) -> Path:
        path = self.root / f"rental-{rental_id}"
        path.mkdir(parents=True, exist_ok=True)
        return path

    def save(self, rental_id: int, data: bytes, content_type: str) -> str:
        name = f"{uuid.uuid4().hex}{IMAGE_TYPES[content_type]}"
        (self.unit_dir(rental_id) / name).write_bytes(data)
        return name

    def photo_path(self, rental_id: int, name: str) -> Path:
        return self.unit_dir(rental_id) / name

    def remove(self, rental_id: int, name: str) -> bool:
        path = self.photo_path(rental_id, name)
        if not path.exists():
            return False
        path.unlink()
        return True

    def list(self, rental_id: int) -> list[str]:
        return sorted(p.name for p in self.unit_dir(rental_id).iterdir() if p.is_file())


def _store() -> PhotoStore:
    return PhotoStore(Path(current_app.config["MOVEOUT_PHOTO_ROOT"]))


@bp.post("/<int:rental_id>/photos")
@login_required
def upload_photo(rental_id: int):
    upload = request.files.get("photo")
    if upload is None or upload.mimetype not in IMAGE_TYPES:
        abort(400, "expected a JPEG, PNG or HEIC photo")
    name = _store().save(rental_id, upload.read(), upload.mimetype)
    return jsonify({"photo": name}), 201


@bp.get("/<int:rental_id>/photos")
@login_required
def list_photos(rental_id: int):
    return jsonify({"photos": _store().list(rental_id)})


@bp.delete("/<int:rental_id>/photos")
@login_required
def delete_photo(rental_id: int):
    name = (request.get_json(silent=True) or {}).get("photo", "")
    if not name:
        abort(400)
    if not _store().remove(rental_id, name):
        abort(404)
    return "", 204
