"""Upload damage photos for a repair ticket from the intake tablet."""
import os
import uuid
from pathlib import Path

from flask import Blueprint, abort, current_app, jsonify, request
from flask_login import login_required
from werkzeug.utils import secure_filename

bp = Blueprint("repair_uploads", __name__)
ALLOWED_EXT = {".jpg", ".jpeg", ".png", ".heic"}
MAX_FILES = 20


def photo_folder(ticket_id: int) -> Path:
    root = Path(current_app.config.get("REPAIR_PHOTO_DIR", "/srv/loft/repair-photos"))
    folder = root / str(ticket_id)
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def stored_name(original: str) -> str:
    cleaned = secure_filename(original) or "photo.jpg"
    stem, ext = os.path.splitext(cleaned)
    if ext.lower() not in ALLOWED_EXT:
        raise ValueError(f"unsupported file type {ext!r}")
    return f"{uuid.uuid4().hex[:8]}-{stem[:40]}{ext.lower()}"


@bp.post("/repairs/<int:ticket_id>/photos")
@login_required
def upload_photos(ticket_id: int):
    files = request.files.getlist("photos")
    if not files or len(files) > MAX_FILES:
        abort(400, "send between 1 and 20 photos")
    folder = photo_folder(ticket_id)
    saved = []
    for storage in files:
        try:
            name = stored_name(storage.filename or "")
        except ValueError as exc:
            abort(400, str(exc))
        storage.save(folder / name)
        saved.append(name)
    return jsonify({"ticket": ticket_id, "saved": saved}), 201
