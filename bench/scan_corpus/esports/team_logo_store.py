"""Upload and serve team logos for the tournament portal."""
import os
import uuid
from pathlib import Path

from flask import Blueprint, abort, current_app, request, send_from_directory
from werkzeug.utils import secure_filename

from portal.auth import can_manage_team

bp = Blueprint("team_logos", __name__, url_prefix="/teams")

ALLOWED_EXT = {".png", ".jpg", ".jpeg", ".webp"}


def _logo_dir() -> Path:
    return Path(current_app.config["TEAM_LOGO_DIR"]).resolve()


@bp.post("/<int:team_id>/logo")
def upload_logo(team_id: int):
    if not can_manage_team(team_id):
        abort(403)
    upload = request.files.get("logo")
    if upload is None or not upload.filename:
        abort(400, "no file")
    ext = os.path.splitext(secure_filename(upload.filename))[1].lower()
    if ext not in ALLOWED_EXT:
        abort(400, "unsupported image type")
    stored_name = f"{team_id}-{uuid.uuid4().hex}{ext}"
    target = _logo_dir() / stored_name
    upload.save(target)
    return {"logo": stored_name}, 201


@bp.get("/logos/<path:name>")
def get_logo(name: str):
    base = _logo_dir()
    candidate = (base / name).resolve()
    if not candidate.is_relative_to(base) or candidate.suffix.lower() not in ALLOWED_EXT:
        abort(404)
    return send_from_directory(base, candidate.relative_to(base).as_posix(), max_age=86400)
