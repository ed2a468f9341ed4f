"""Storage of before/during/after photographs for conservation records.

Photos are uploaded from the workshop tablets and shown to lenders in the
portal.  Each record has its own folder under PHOTO_ROOT.
"""
from pathlib import Path

from flask import Blueprint, abort, current_app, request, send_file
from werkzeug.utils import secure_filename

bp = Blueprint("photos", __name__, url_prefix="/records/<int:record_id>/photos")

ALLOWED_SUFFIXES = {".jpg", ".jpeg", ".png", ".tif", ".tiff"}


def photo_root() -> Path:
    return Path(current_app.config["PHOTO_ROOT"]).resolve()


def record_folder(record_id: int) -> Path:
    return photo_root() / f"record-{record_id:06d}"


def resolve_photo(record_id: int, name: str) -> Path:
    folder = record_folder(record_id).resolve()
    candidate = (folder / name).resolve()
    if not candidate.is_relative_to(folder) or candidate.suffix.lower() not in ALLOWED_SUFFIXES:
        abort(404)
    return candidate


@bp.get("/<path:name>")
def get_photo(record_id: int, name: str):
    path = resolve_photo(record_id, name)
    if not path.is_file():
        abort(404)
    return send_file(path)


@bp.post("")
def upload_photo(record_id: int):
    upload = request.files.get("photo")
    if upload is None or not upload.filename:
        abort(400)
    name = secure_filename(upload.filename)
    if Path(name).suffix.lower() not in ALLOWED_SUFFIXES:
        abort(415)
    folder = record_folder(record_id)
    folder.mkdir(parents=True, exist_ok=True)
    upload.save(folder / name)
    return {"stored": name}, 201


@bp.delete("/<path:name>")
def delete_photo(record_id: int, name: str):
    path = resolve_photo(record_id, name)
    path.unlink(missing_ok=True)
    return "", 204
