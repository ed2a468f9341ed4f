"""Builds and serves thumbnails of hide grading photos for the shed tablets."""
import os

from flask import Blueprint, abort, request, send_file
from PIL import Image

from fellmonger.settings import STORAGE

bp = Blueprint("thumbnails", __name__, url_prefix="/shed/thumbs")

PHOTO_ROOT = os.path.realpath(STORAGE["grading_photos"])
THUMB_ROOT = os.path.realpath(STORAGE["thumbnail_cache"])
THUMB_SIZE = (320, 240)


def inside(base: str, candidate: str) -> bool:
    return os.path.commonpath([base, candidate]) == base


def source_path(photo: str) -> str:
    path = os.path.realpath(os.path.join(PHOTO_ROOT, photo))
    if not inside(PHOTO_ROOT, path):
        abort(404)
    return path


def thumb_path(photo: str) -> str:
    stem, _ = os.path.splitext(photo)
    path = os.path.realpath(os.path.join(THUMB_ROOT, stem + ".jpg"))
    if not inside(THUMB_ROOT, path):
        abort(404)
    return path


def ensure_thumbnail(photo: str) -> str:
    src = source_path(photo)
    dst = thumb_path(photo)
    if not os.path.isfile(src):
        abort(404)
    if not os.path.exists(dst) or os.path.getmtime(dst) < os.path.getmtime(src):
        os.makedirs(os.path.dirname(dst), exist_ok=True)
        with Image.open(src) as img:
            img.thumbnail(THUMB_SIZE)
            img.convert("RGB").save(dst, "JPEG", quality=80)
    return dst


@bp.get("/")
def thumbnail():
    photo = request.args.get("photo", "")
    if not photo:
        abort(400)
    return send_file(ensure_thumbnail(photo), mimetype="image/jpeg", max_age=86400)
