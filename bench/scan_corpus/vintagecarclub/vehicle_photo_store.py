"""Photo storage for vehicles on the club register.

Owners upload period and current photographs of their cars; the register
editor uses them for the yearbook. Files live on the media volume.
"""
from __future__ import annotations

import sqlite3
from pathlib import Path

from flask import Blueprint, abort, current_app, g, jsonify, request, session
from werkzeug.utils import secure_filename

bp = Blueprint("vehicle_photos", __name__)

IMAGE_TYPES = {".jpg", ".jpeg", ".png", ".tif"}


class PhotoStore:
    def __init__(self, root: Path) -> None:
        self.root = root

    def _path_for(self, vehicle_id: int, filename: str) -> Path:
        return self.root / str(vehicle_id) / filename

    def save(self, vehicle_id: int, upload) -> str:
        name = secure_filename(upload.filename or "")
        if Path(name).suffix.lower() not in IMAGE_TYPES:
            raise ValueError("unsupported image type")
        target = self._path_for(vehicle_id, name)
        target.parent.mkdir(parents=True, exist_ok=True)
        upload.save(target)
        return name

    def delete(self, vehicle_id: int, filename: str) -> bool:
        target = self._path_for(vehicle_id, filename)
        if not target.is_file():
            return False
        target.unlink()
        return True


def _store() -> PhotoStore:
    return PhotoStore(Path(current_app.config["MEDIA_ROOT"]) / "vehicles")


def _require_owner(vehicle_id: int) -> None:
    member_id = session.get("member_id")
    if member_id is None:
        abort(401)
    db = sqlite3.connect(current_app.config["REGISTER_DB"])
    try:
        row = db.execute(
            "SELECT 1 FROM vehicles WHERE id = ? AND owner_member_id = ?",
            (vehicle_id, member_id),
        ).fetchone()
    finally:
        db.close()
    if row is None:
        abort(403)
    g.member_id = member_id


@bp.post("/vehicles/<int:vehicle_id>/photos")
def upload_photo(vehicle_id: int):
    _require_owner(vehicle_id)
    upload = request.files.get("photo")
    if upload is None:
        abort(400)
    try:
        name = _store().save(vehicle_id, upload)
    except ValueError as exc:
        return jsonify(error=str(exc)), 400
    return jsonify(saved=name), 201


@bp.post("/vehicles/<int:vehicle_id>/photos/delete")
def delete_photo(vehicle_id: int):
    _require_owner(vehicle_id)
    filename = (request.get_json(force=True) or {}).get("filename", "")
    if not filename:
        abort(400)
    if not _store().delete(vehicle_id, filename):
        abort(404)
    return jsonify(deleted=filename)
