"""Stores photos drivers take of carcasses at the point of collection."""
from pathlib import Path

from flask import Blueprint, abort, current_app, request, send_file
from flask_login import login_required
from werkzeug.utils import secure_filename

bp = Blueprint("photos", __name__)

ALLOWED_SUFFIXES = {".jpg", ".jpeg", ".png", ".heic"}


def _photo_root() -> Path:
    return Path(current_app.config["PHOTO_ROOT"]).resolve()


def _resolve_inside(base: Path, *parts: str) -> Path:
    candidate = base.joinpath(*parts).resolve()
    if not candidate.is_relative_to(base):
        abort(400, "invalid path")
    return candidate


@bp.post("/collections/<int:collection_id>/photos")
@login_required
def upload_photo(collection_id: int):
    upload = request.files.get("photo")
    if upload is None or not upload.filename:
        abort(400, "photo required")
    filename = secure_filename(upload.filename)
    if Path(filename).suffix.lower() not in ALLOWED_SUFFIXES:
        abort(415)
    target = _resolve_inside(_photo_root(), str(collection_id), filename)
    target.parent.mkdir(parents=True, exist_ok=True)
    upload.save(target)
    return {"stored": filename}, 201


@bp.get("/collections/<int:collection_id>/photos/<path:name>")
@login_required
def get_photo(collection_id: int, name: str):
    target = _resolve_inside(_photo_root(), str(collection_id), name)
    if not target.is_file():
        abort(404)
    return send_file(target)
