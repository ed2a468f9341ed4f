"""Upload endpoint for site survey sheets and measurement photos.

Surveyors on site upload the completed measurement sheet (opening sizes,
frame deductions, glass spec) and photos from the tablet.
"""
import os
import uuid
from pathlib import Path

from flask import Blueprint, current_app, jsonify, request
from flask_login import current_user, login_required
from werkzeug.utils import secure_filename

from .models import SurveyAttachment, db

bp = Blueprint("survey_uploads", __name__)

ALLOWED_EXTENSIONS = {"jpg", "jpeg", "png", "heic", "pdf"}


def _allowed(filename: str) -> bool:
    return "." in filename and filename.rsplit(".", 1)[1].lower() in ALLOWED_EXTENSIONS


def upload_dir(survey_id: int) -> Path:
    root = Path(current_app.config["SURVEY_UPLOAD_ROOT"])
    folder = root / str(survey_id)
    folder.mkdir(parents=True, exist_ok=True)
    return folder


@bp.post("/surveys/<int:survey_id>/attachments")
@login_required
def upload_attachment(survey_id: int):
    file = request.files.get("file")
    if file is None or file.filename == "":
        return jsonify(error="no file"), 400
    original = secure_filename(file.filename)
    if not original or not _allowed(original):
        return jsonify(error="unsupported file type"), 415
    stored_name = f"{uuid.uuid4().hex}_{original}"
    target = upload_dir(survey_id) / stored_name
    file.save(os.fspath(target))
    att = SurveyAttachment(
        survey_id=survey_id,
        uploaded_by=current_user.id,
        original_name=original,
        stored_name=stored_name,
        size=target.stat().st_size,
    )
    db.session.add(att)
    db.session.commit()
    return jsonify(id=att.id, name=original), 201
