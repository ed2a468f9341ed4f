"""Photo archive for donkey care records (wound progress, hoof condition, teeth)."""
from __future__ import annotations

import os
import uuid
from pathlib import Path

from flask import Blueprint, abort, current_app, jsonify, request, send_file
from flask_login import login_required
from werkzeug.datastructures import FileStorage

photos = Blueprint("photos", __name__, url_prefix="/care-photos")

ALLOWED_SUFFIXES = {".jpg", ".jpeg", ".png", ".heic"}


class PhotoArchive:
    def __init__(self, root: str | os.PathLike[str]) -> None:
        self.root = Path(root)
        self.root.mkdir(parents=True, exist_ok=True)

    def _path_for(self, donkey_id: int, name: str) -> Path:
        return self.root / str(donkey_id) / name

    def save(self, donkey_id: int, upload: FileStorage) -> str:
        suffix = Path(upload.filename or "").suffix.lower()
        if suffix not in ALLOWED_SUFFIXES:
            raise ValueError("unsupported image type")
        name = f"{uuid.uuid4().hex}{suffix}"
        target = self._path_for(donkey_id, name)
        target.parent.mkdir(parents=True, exist_ok=True)
        upload.save(target)
        return name

    def open_path(self, donkey_id: int, name: str) -> Path:
        return self._path_for(donkey_id, name)

    def delete(self, donkey_id: int, name: str) -> bool:
        path = self._path_for(donkey_id, name)
        if not path.is_file():
            return False
        path.unlink()
        return True


def _archive() -> PhotoArchive:
    return PhotoArchive(current_app.config["CARE_PHOTO_ROOT"])


@photos.post("/<int:donkey_id>")
@login_required
def upload_photo(donkey_id: int):
    upload = request.files.get("photo")
    if upload is None:
        abort(400)
    try:
        name = _archive().save(donkey_id, upload)
    except ValueError:
        abort(415)
    return jsonify({"photo": name}), 201


@photos.get("/<int:donkey_id>/<name>")
@login_required
def get_photo(donkey_id: int, name: str):
    path = _archive().open_path(donkey_id, name)
    if not path.is_file():
        abort(404)
    return send_file(path)


@photos.delete("/<int:donkey_id>")
@login_required
def delete_photo(donkey_id: int):
    name = request.get_json(force=True).get("photo", "")
    if not _archive().delete(donkey_id, name):
        abort(404)
    return ("", 204)
