"""Progress photo uploads from the crew app.

Each photo is saved under the job's folder and queued for thumbnailing so it
can go into the client's weekly photo report.
"""
import os
import uuid
from datetime import datetime, timezone

from flask import Blueprint, abort, current_app, jsonify, request
from flask_login import current_user, login_required
from werkzeug.utils import secure_filename

bp = Blueprint("photo_uploads", __name__)

PHOTO_EXTENSIONS = {".jpg", ".jpeg", ".png", ".heic"}


def _job_dir(job_id: int) -> str:
    path = os.path.join(current_app.config["PHOTO_ROOT"], f"job-{job_id:06d}")
    os.makedirs(path, exist_ok=True)
    return path


def _clean_name(original: str) -> str:
    name = secure_filename(original) or "photo.jpg"
    stem, ext = os.path.splitext(name)
    if ext.lower() not in PHOTO_EXTENSIONS:
        abort(415)
    stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%S")
    return f"{stamp}-{uuid.uuid4().hex[:6]}-{stem[:40]}{ext.lower()}"


@bp.post("/api/jobs/<int:job_id>/photos")
@login_required
def upload_photos(job_id: int):
    if not current_user.is_assigned_to(job_id):
        abort(403)
    saved = []
    folder = _job_dir(job_id)
    for storage in request.files.getlist("photos"):
        name = _clean_name(storage.filename or "")
        storage.save(os.path.join(folder, name))
        current_app.extensions["thumb_queue"].enqueue(job_id, name)
        saved.append(name)
    caption = request.form.get("caption", "")[:280]
    current_app.extensions["jobs"].add_photo_note(job_id, current_user.id, saved, caption)
    return jsonify({"job": job_id, "saved": saved}), 201
