"""Stores and serves photos that technicians attach to daily cabin inspections."""

from __future__ import annotations

import os
import uuid
from pathlib import Path

from flask import Blueprint, abort, current_app, request, send_file
from werkzeug.utils import secure_filename

bp = Blueprint("inspection_photos", __name__, url_prefix="/cabins")

IMAGE_TYPES = {".jpg": "image/jpeg", ".jpeg": "image/jpeg", ".png": "image/png"}


def _photo_root() -> Path:
    return Path(current_app.config.get("PHOTO_ROOT", os.environ.get("PHOTO_ROOT", "/srv/photos"))).resolve()


def _contained(root: Path, *parts: str) -> Path:
    candidate = root.joinpath(*parts).resolve()
    if not candidate.is_relative_to(root):
        abort(404)
    return candidate


@bp.post("/<int:cabin_no>/photos")
def upload_photo(cabin_no: int):
    upload = request.files.get("photo")
    if upload is None or not upload.filename:
        abort(400)
    suffix = Path(secure_filename(upload.filename)).suffix.lower()
    if suffix not in IMAGE_TYPES:
        abort(415)
    name = f"{uuid.uuid4().hex}{suffix}"
    target = _contained(_photo_root(), f"cabin_{cabin_no:03d}", name)
    target.parent.mkdir(parents=True, exist_ok=True)
    upload.save(target)
    return {"photo": name}, 201


@bp.get("/<int:cabin_no>/photos/<path:name>")
def get_photo(cabin_no: int, name: str):
    path = _contained(_photo_root(), f"cabin_{cabin_no:03d}", name)
    mimetype = IMAGE_TYPES.get(path.suffix.lower())
    if mimetype is None or not path.is_file():
        abort(404)
    return send_file(path, mimetype=mimetype, max_age=3600)
