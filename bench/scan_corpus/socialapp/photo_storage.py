"""Local-disk storage backend for original photo uploads (used in small deployments)."""

import os
import uuid
from pathlib import Path

from flask import Blueprint, abort, send_file
from flask_login import current_user, login_required
from werkzeug.datastructures import FileStorage

from photos.models import Photo

bp = Blueprint("photo_storage", __name__)

PHOTO_ROOT = Path(os.environ.get("PHOTO_ROOT", "/srv/media/photos")).resolve()
ALLOWED_EXT = {".jpg", ".jpeg", ".png", ".webp", ".heic"}


def _resolve_inside_root(relative: str) -> Path:
    candidate = (PHOTO_ROOT / relative).resolve()
    if not candidate.is_relative_to(PHOTO_ROOT):
        raise PermissionError(relative)
    return candidate


def save_upload(owner_id: int, upload: FileStorage) -> str:
    ext = Path(upload.filename or "").suffix.lower()
    if ext not in ALLOWED_EXT:
        raise ValueError(f"unsupported file type {ext!r}")
    relative = f"{owner_id}/{uuid.uuid4().hex}{ext}"
    target = _resolve_inside_root(relative)
    target.parent.mkdir(parents=True, exist_ok=True)
    upload.save(target)
    return relative


@bp.get("/photos/original/<path:relative>")
@login_required
def original(relative: str):
    photo = Photo.query.filter_by(storage_key=relative).first_or_404()
    if not photo.visible_to(current_user):
        abort(404)
    try:
        path = _resolve_inside_root(relative)
    except PermissionError:
        abort(404)
    if not path.is_file():
        abort(404)
    return send_file(path, conditional=True, max_age=3600)
