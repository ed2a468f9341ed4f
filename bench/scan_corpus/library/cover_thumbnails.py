"""Serve resized cover thumbnails, generating them on first request."""
import re
from pathlib import Path

from flask import Blueprint, abort, current_app, send_from_directory
from PIL import Image

bp = Blueprint("thumbnails", __name__)

ISBN_RE = re.compile(r"^(97[89])?\d{9}[\dX]$")
SIZES = {"s": 90, "m": 180, "l": 360}


def _ensure_thumbnail(isbn: str, size: str) -> str:
    cache = Path(current_app.config["THUMBNAIL_DIR"])
    name = f"{isbn}-{size}.jpg"
    target = cache / name
    if not target.exists():
        original = Path(current_app.config["COVER_CACHE_DIR"]) / f"{isbn}.jpg"
        if not original.exists():
            abort(404)
        with Image.open(original) as img:
            img.thumbnail((SIZES[size], SIZES[size] * 3 // 2))
            img.convert("RGB").save(target, "JPEG", quality=85)
    return name


@bp.get("/thumbs/<size>/<filename>")
def thumbnail(size: str, filename: str):
    isbn = filename.removesuffix(".jpg").upper()
    if size not in SIZES or not ISBN_RE.match(isbn):
        abort(404)
    name = _ensure_thumbnail(isbn, size)
    return send_from_directory(current_app.config["THUMBNAIL_DIR"], name, max_age=7 * 86400)
