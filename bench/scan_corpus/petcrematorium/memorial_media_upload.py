"""Upload and removal of media (photos, short videos) on memorial pages."""
from __future__ import annotations

import uuid
from pathlib import Path

from flask import Blueprint, abort, current_app, jsonify, request
from flask_login import current_user, login_required
from werkzeug.utils import secure_filename

from .models import MemorialPage

bp = Blueprint("memorial_media", __name__, url_prefix="/portal/memorials")

ALLOWED = {".jpg", ".jpeg", ".png", ".webp", ".mp4"}
MAX_BYTES = 50 * 1024 * 1024


class MediaFolder:
    def __init__(self, memorial: MemorialPage):
        root = Path(current_app.config["MEMORIAL_MEDIA_DIR"]).resolve()
        self.path = root / str(memorial.id)
        self.path.mkdir(parents=True, exist_ok=True)

    def locate(self, name: str) -> Path:
        candidate = (self.path / name).resolve()
        if not candidate.is_relative_to(self.path.resolve()):
            abort(400)
        return candidate

    def store(self, upload) -> str:
        original = secure_filename(upload.filename or "")
        ext = Path(original).suffix.lower()
        if ext not in ALLOWED:
            abort(415)
        name = f"{uuid.uuid4().hex}{ext}"
        upload.save(self.locate(name))
        return name


def _memorial_for_owner(memorial_id: int) -> MemorialPage:
    memorial = MemorialPage.query.get_or_404(memorial_id)
    if memorial.owner_id != current_user.id:
        abort(404)
    return memorial


@bp.post("/<int:memorial_id>/media")
@login_required
def upload(memorial_id: int):
    if request.content_length and request.content_length > MAX_BYTES:
        abort(413)
    folder = MediaFolder(_memorial_for_owner(memorial_id))
    names = [folder.store(f) for f in request.files.getlist("media")]
    return jsonify({"stored": names}), 201


@bp.delete("/<int:memorial_id>/media/<name>")
@login_required
def remove(memorial_id: int, name: str):
    folder = MediaFolder(_memorial_for_owner(memorial_id))
    target = folder.locate(name)
    if not target.is_file():
        abort(404)
    target.unlink()
    return "", 204
