"""Thumbnail service for inspection camera images.

Renders small previews of defect images for the complaint investigation
screen, caching them beside the originals.
"""
from pathlib import Path

from flask import Blueprint, abort, current_app, send_file
from PIL import Image

bp = Blueprint("inspection_thumbs", __name__, url_prefix="/inspection/thumbs")

THUMB_SIZE = (240, 240)


def _root() -> Path:
    return Path(current_app.config["INSPECTION_IMAGE_ROOT"]).resolve()


def resolve_image(lot_number: str, image_name: str) -> Path:
    root = _root()
    candidate = (root / lot_number / image_name).resolve()
    if not candidate.is_relative_to(root):
        abort(404)
    if candidate.suffix.lower() not in {".png", ".jpg", ".tif"}:
        abort(404)
    return candidate


def _thumbnail_for(original: Path) -> Path:
    thumb = original.with_name(f".thumb_{original.stem}.jpg")
    if not thumb.exists() or thumb.stat().st_mtime < original.stat().st_mtime:
        with Image.open(original) as img:
            img.thumbnail(THUMB_SIZE)
            img.convert("RGB").save(thumb, "JPEG", quality=80)
    return thumb


@bp.get("/<lot_number>/<path:image_name>")
def thumbnail(lot_number: str, image_name: str):
    original = resolve_image(lot_number, image_name)
    if not original.is_file():
        abort(404)
    return send_file(_thumbnail_for(original), mimetype="image/jpeg", max_age=86400)
