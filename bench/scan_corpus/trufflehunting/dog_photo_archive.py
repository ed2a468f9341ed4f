"""Photo archive for the kennel: pedigree shots, vet records, hunt snapshots."""
from __future__ import annotations

import os
from pathlib import Path

from flask import Blueprint, abort, jsonify, request
from flask_login import current_user, login_required
from werkzeug.utils import secure_filename

bp = Blueprint("dog_photos", __name__, url_prefix="/kennel/dogs")

ALLOWED_SUFFIXES = {".jpg", ".jpeg", ".png", ".heic"}


class PhotoArchive:
    def __init__(self, root: str) -> None:
        self.root = Path(root)

    def dog_dir(self, dog_id: int) -> Path:
        path = self.root / f"dog-{dog_id:05d}"
        path.mkdir(parents=True, exist_ok=True)
        return path

    def photo_path(self, dog_id: int, photo_name: str) -> Path:
        return self.dog_dir(dog_id) / photo_name

    def store(self, dog_id: int, upload) -> str:
        name = secure_filename(upload.filename or "")
        if not name or Path(name).suffix.lower() not in ALLOWED_SUFFIXES:
            raise ValueError("unsupported photo type")
        upload.save(self.dog_dir(dog_id) / name)
        return name

    def list(self, dog_id: int) -> list[str]:
        return sorted(p.name for p in self.dog_dir(dog_id).iterdir() if p.is_file())

    def delete(self, dog_id: int, photo_name: str) -> bool:
        target = self.photo_path(dog_id, photo_name)
        if not target.is_file():
            return False
        target.unlink()
        return True


archive = PhotoArchive(os.environ.get("KENNEL_PHOTO_ROOT", "/srv/truffle/kennel-photos"))


@bp.post("/<int:dog_id>/photos")
@login_required
def upload_photo(dog_id: int):
    upload = request.files.get("photo")
    if upload is None:
        abort(400, "photo missing")
    try:
        name = archive.store(dog_id, upload)
    except ValueError as exc:
        abort(415, str(exc))
    return jsonify({"stored": name}), 201


@bp.get("/<int:dog_id>/photos")
@login_required
def list_photos(dog_id: int):
    return jsonify(archive.list(dog_id))


@bp.delete("/<int:dog_id>/photos")
@login_required
def delete_photo(dog_id: int):
    if current_user.role not in {"trainer", "admin"}:
        abort(403)
    photo_name = (request.get_json(force=True) or {}).get("name", "")
    if not archive.delete(dog_id, photo_name):
        abort(404)
    return "", 204
