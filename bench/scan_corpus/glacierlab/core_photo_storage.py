"""Storage of ice-core section photographs taken in the cold lab.

Uploaded photos are stored under a name derived from the database id of the
photo record, never from the uploaded file name.
"""
from __future__ import annotations

import uuid
from dataclasses import dataclass
from pathlib import Path

from flask import Blueprint, abort, current_app, jsonify, request, send_file

bp = Blueprint("core_photos", __name__, url_prefix="/cores")

ALLOWED_TYPES = {"image/jpeg": ".jpg", "image/png": ".png", "image/tiff": ".tif"}


@dataclass
class PhotoRecord:
    photo_id: str
    core_id: int
    section: int
    suffix: str
    caption: str


class PhotoStore:
    def __init__(self, root: Path) -> None:
        self.root = root

    def path_for(self, record: PhotoRecord) -> Path:
        return self.root / str(record.core_id) / f"{uuid.UUID(record.photo_id).hex}{record.suffix}"

    def save(self, record: PhotoRecord, data: bytes) -> Path:
        path = self.path_for(record)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        return path


def _store() -> PhotoStore:
    return PhotoStore(Path(current_app.config["CORE_PHOTO_ROOT"]))


@bp.post("/<int:core_id>/sections/<int:section>/photos")
def upload_photo(core_id: int, section: int):
    upload = request.files.get("photo")
    if upload is None or upload.mimetype not in ALLOWED_TYPES:
        abort(400, "a JPEG, PNG or TIFF photo is required")
    record = PhotoRecord(
        photo_id=str(uuid.uuid4()),
        core_id=core_id,
        section=section,
        suffix=ALLOWED_TYPES[upload.mimetype],
        caption=request.form.get("caption", "")[:500],
    )
    _store().save(record, upload.read())
    current_app.extensions["catalogue"].add_photo(record)
    return jsonify(photo=record.photo_id), 201


@bp.get("/photos/<photo_id>")
def get_photo(photo_id: str):
    record = current_app.extensions["catalogue"].photo(photo_id)
    if record is None:
        abort(404)
    return send_file(_store().path_for(record), mimetype="image/jpeg" if record.suffix == ".jpg" else None)
