"""Customer uploads to the portal: inspiration photos and "as found" pictures.

Homeowners often send pictures of tiles they've seen elsewhere, or of the
existing wall before stripping. Files are stored under the job folder.
"""
import os
import uuid
from pathlib import Path

from flask import Blueprint, abort, current_app, jsonify, request
from werkzeug.utils import secure_filename

from .portal_auth import login_required, portal_user

bp = Blueprint("portal_uploads", __name__, url_prefix="/portal")

UPLOAD_ROOT = Path(os.environ.get("PORTAL_UPLOADS", "/srv/tiler/portal-uploads"))
ALLOWED_EXT = {".jpg", ".jpeg", ".png", ".heic", ".webp"}
MAX_FILES = 10


def stored_name(original: str) -> str:
    cleaned = secure_filename(original) or "photo.jpg"
    stem, ext = os.path.splitext(cleaned)
    if ext.lower() not in ALLOWED_EXT:
        raise ValueError(ext)
    return f"{uuid.uuid4().hex[:12]}-{stem[:60]}{ext.lower()}"


@bp.post("/jobs/<job_ref>/uploads")
@login_required
def upload(job_ref: str):
    user = portal_user()
    if job_ref not in user.job_refs:
        abort(404)
    files = request.files.getlist("photos")
    if not files or len(files) > MAX_FILES:
        abort(400, description=f"send between 1 and {MAX_FILES} photos")

    folder = UPLOAD_ROOT / user.job_folder(job_ref)
    folder.mkdir(parents=True, exist_ok=True)
    saved = []
    for f in files:
        try:
            name = stored_name(f.filename or "")
        except ValueError:
            abort(415, description="photos must be JPEG, PNG, HEIC or WebP")
        f.save(folder / name)
        saved.append(name)

    current_app.logger.info("%d photos uploaded to job %s by %s", len(saved), job_ref, user.email)
    return jsonify(job=job_ref, saved=saved), 201
