"""Thumbnail generation for photos that practitioners upload to a child's diary."""
import subprocess
from pathlib import Path

from flask import Blueprint, abort, current_app, jsonify, request
from flask_login import current_user, login_required

bp = Blueprint("diary_photos", __name__)

THUMB_SIZE = "320x320"
ALLOWED_SUFFIXES = {".jpg", ".jpeg", ".png", ".heic"}


def _thumbnail_command(src: Path, dst: Path, size: str = THUMB_SIZE) -> str:
    return f"convert '{src}' -auto-orient -strip -thumbnail {size} '{dst}'"


def make_thumbnail(src: Path, thumbs_dir: Path) -> Path:
    dst = thumbs_dir / f"{src.stem}_thumb.jpg"
    cmd = _thumbnail_command(src, dst)
    subprocess.run(cmd, shell=True, check=True, timeout=60)
    return dst


@bp.post("/children/<int:child_id>/diary/photos")
@login_required
def upload_photo(child_id: int):
    if not current_user.can_post_for(child_id):
        abort(403)
    upload = request.files.get("photo")
    if upload is None or Path(upload.filename).suffix.lower() not in ALLOWED_SUFFIXES:
        abort(400)

    media_root = Path(current_app.config["MEDIA_ROOT"]) / str(child_id)
    media_root.mkdir(parents=True, exist_ok=True)
    src = media_root / Path(upload.filename).name
    upload.save(src)

    thumb = make_thumbnail(src, media_root / "thumbs")
    return jsonify(photo=src.name, thumbnail=thumb.name), 201
