"""Upload of site photos for conservation project records.

Contractors photograph sample panels, raking-out depth and finished pointing
so the conservation officer can sign off each stage. Photos are uploaded from
the portal and listed on the project's record page.
"""

import os
import uuid
from pathlib import Path

from flask import Blueprint, abort, current_app, jsonify, request
from flask_login import current_user, login_required
from werkzeug.utils import secure_filename

from limeworks.projects import contractor_on_project, record_photo

bp = Blueprint("site_photos", __name__, url_prefix="/projects")

PHOTO_EXTENSIONS = {"jpg", "jpeg", "png", "heic"}


def photo_dir(project_id: int) -> Path:
    folder = Path(current_app.config["SITE_PHOTO_ROOT"]) / str(project_id)
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def stored_name(original: str) -> str:
    cleaned = secure_filename(original) or "photo"
    stem, _, ext = cleaned.rpartition(".")
    if ext.lower() not in PHOTO_EXTENSIONS:
        abort(415)
    return f"{uuid.uuid4().hex}_{stem[:60]}.{ext.lower()}"


@bp.post("/<int:project_id>/photos")
@login_required
def upload_photo(project_id: int):
    if not contractor_on_project(current_user.account_number, project_id):
        abort(403)
    files = request.files.getlist("photos")
    if not files:
        abort(400)
    saved = []
    for upload in files:
        name = stored_name(upload.filename or "")
        destination = photo_dir(project_id) / name
        upload.save(os.fspath(destination))
        record_photo(
            project_id,
            stored_as=name,
            original_name=upload.filename,
            stage=request.form.get("stage", "general"),
            uploaded_by=current_user.id,
        )
        saved.append(name)
    return jsonify({"saved": saved}), 201
