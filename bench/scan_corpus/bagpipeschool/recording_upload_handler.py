"""Upload and removal of tutor feedback recordings attached to lessons."""
from __future__ import annotations

import logging
from pathlib import Path

from flask import Blueprint, abort, current_app, jsonify, request
from flask_login import current_user, login_required
from werkzeug.utils import secure_filename

log = logging.getLogger(__name__)
bp = Blueprint("feedback_audio", __name__, url_prefix="/lessons")

AUDIO_SUFFIXES = {".m4a", ".mp3", ".wav", ".ogg"}


def _feedback_root() -> Path:
    return Path(current_app.config["FEEDBACK_AUDIO_DIR"]).resolve()


def _confined(lesson_id: int, filename: str) -> Path:
    root = _feedback_root()
    candidate = (root / f"lesson-{lesson_id}" / secure_filename(filename)).resolve()
    if not candidate.is_relative_to(root) or candidate.parent == root:
        abort(400, "invalid file name")
    return candidate


@bp.post("/<int:lesson_id>/feedback")
@login_required
def upload_feedback(lesson_id: int):
    upload = request.files.get("audio")
    if upload is None or not upload.filename:
        abort(400, "no file")
    if Path(upload.filename).suffix.lower() not in AUDIO_SUFFIXES:
        abort(415)
    target = _confined(lesson_id, upload.filename)
    target.parent.mkdir(parents=True, exist_ok=True)
    upload.save(target)
    log.info("tutor %s uploaded feedback %s for lesson %s",
             current_user.get_id(), target.name, lesson_id)
    return jsonify({"stored": target.name}), 201


@bp.delete("/<int:lesson_id>/feedback/<filename>")
@login_required
def delete_feedback(lesson_id: int, filename: str):
    target = _confined(lesson_id, filename)
    if not target.is_file():
        abort(404)
    target.unlink()
    log.info("tutor %s removed feedback %s for lesson %s",
             current_user.get_id(), target.name, lesson_id)
    return "", 204
