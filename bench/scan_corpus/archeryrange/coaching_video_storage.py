"""Storage for coaching videos recorded during one-to-one sessions.

Coaches film an archer's form from the side and behind; the clips are
uploaded and later streamed back to the archer from their coaching page.
Files are kept under a per-archer folder in the media root.
"""
from __future__ import annotations

import uuid
from pathlib import Path

from flask import Blueprint, abort, current_app, request, send_file
from flask_login import current_user, login_required
from werkzeug.utils import secure_filename

bp = Blueprint("coaching_videos", __name__, url_prefix="/coaching/videos")

VIDEO_SUFFIXES = {".mp4", ".mov", ".webm"}


def _media_root() -> Path:
    return Path(current_app.config["COACHING_MEDIA_ROOT"]).resolve()


def _confined(root: Path, *parts: str) -> Path:
    candidate = root.joinpath(*parts).resolve()
    if not candidate.is_relative_to(root):
        abort(404)
    return candidate


@bp.post("/<int:archer_id>")
@login_required
def upload(archer_id: int):
    if not current_user.is_coach:
        abort(403)
    clip = request.files.get("clip")
    if clip is None or not clip.filename:
        abort(400, "No clip uploaded")
    suffix = Path(secure_filename(clip.filename)).suffix.lower()
    if suffix not in VIDEO_SUFFIXES:
        abort(415)
    folder = _confined(_media_root(), str(archer_id))
    folder.mkdir(parents=True, exist_ok=True)
    stored_name = f"{uuid.uuid4().hex}{suffix}"
    clip.save(folder / stored_name)
    return {"video": stored_name}, 201


@bp.get("/<int:archer_id>/<name>")
@login_required
def stream(archer_id: int, name: str):
    if current_user.id != archer_id and not current_user.is_coach:
        abort(403)
    path = _confined(_media_root(), str(archer_id), name)
    if path.suffix.lower() not in VIDEO_SUFFIXES or not path.is_file():
        abort(404)
    return send_file(path, conditional=True)
