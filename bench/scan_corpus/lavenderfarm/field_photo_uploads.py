"""Stores photos that field staff take of planting rows (frost damage, weeds, bloom stage)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from flask import Blueprint, abort, current_app, jsonify, request

bp = Blueprint("field_photos", __name__, url_prefix="/fields")

ALLOWED_SUFFIXES = {".jpg", ".jpeg", ".png", ".heic"}
MAX_BYTES = 15 * 1024 * 1024


@dataclass
class PhotoStore:
    root: Path

    @classmethod
    def from_config(cls) -> "PhotoStore":
        return cls(Path(current_app.config["FIELD_PHOTO_ROOT"]))

    def folder_for(self, field_id: int) -> Path:
        folder = self.root / f"field-{field_id:04d}"
        folder.mkdir(parents=True, exist_ok=True)
        return folder

    def path_for(self, field_id: int, name: str) -> Path:
        return self.folder_for(field_id) / name

    def save(self, field_id: int, name: str, data: bytes) -> Path:
        target = self.path_for(field_id, name)
        target.write_bytes(data)
        return target

    def list(self, field_id: int) -> list[str]:
        return sorted(p.name for p in self.folder_for(field_id).iterdir() if p.is_file())


@bp.post("/<int:field_id>/photos")
def upload_photo(field_id: int):
    upload = request.files.get("photo")
    if upload is None or not upload.filename:
        abort(400)
    if Path(upload.filename).suffix.lower() not in ALLOWED_SUFFIXES:
        return jsonify(error="unsupported image type"), 415
    data = upload.read(MAX_BYTES + 1)
    if len(data) > MAX_BYTES:
        return jsonify(error="photo too large"), 413
    stored = PhotoStore.from_config().save(field_id, upload.filename, data)
    return jsonify(stored=stored.name, bytes=len(data)), 201


@bp.get("/<int:field_id>/photos")
def list_photos(field_id: int):
    return jsonify(photos=PhotoStore.from_config().list(field_id))
