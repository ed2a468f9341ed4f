"""Serve enclosure photos for the public animal pages and the keeper app."""

from pathlib import Path

from flask import Blueprint, abort, current_app, send_file

bp = Blueprint("enclosure_photos", __name__)

IMAGE_TYPES = {".jpg": "image/jpeg", ".jpeg": "image/jpeg", ".png": "image/png", ".webp": "image/webp"}


def _photo_root() -> Path:
    return Path(current_app.config["ENCLOSURE_PHOTO_ROOT"]).resolve()


def resolve_photo(enclosure: str, filename: str) -> Path:
    root = _photo_root()
    candidate = (root / enclosure / filename).resolve()
    if not candidate.is_relative_to(root):
        abort(404)
    if candidate.suffix.lower() not in IMAGE_TYPES or not candidate.is_file():
        abort(404)
    return candidate


@bp.get("/enclosures/<enclosure>/photos/<path:filename>")
def photo(enclosure: str, filename: str):
    path = resolve_photo(enclosure, filename)
    response = send_file(path, mimetype=IMAGE_TYPES[path.suffix.lower()], max_age=86400)
    response.headers["X-Content-Type-Options"] = "nosniff"
    return response
