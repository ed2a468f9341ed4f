"""Upload of photographs taken during tower surveys (fittings, headstocks, clappers)."""

import os
from datetime import date

from flask import Blueprint, current_app, jsonify, request
from flask_login import login_required
from werkzeug.utils import secure_filename

bp = Blueprint("survey_photos", __name__, url_prefix="/surveys")

ALLOWED_EXTENSIONS = {".jpg", ".jpeg", ".png", ".heic"}


def _survey_dir(survey_id: int) -> str:
    root = current_app.config["SURVEY_PHOTO_DIR"]
    path = os.path.join(root, date.today().strftime("%Y"), str(survey_id))
    os.makedirs(path, exist_ok=True)
    return path


def _clean_name(original: str) -> str | None:
    name = secure_filename(original)
    if not name or os.path.splitext(name)[1].lower() not in ALLOWED_EXTENSIONS:
        return None
    return name


@bp.post("/<int:survey_id>/photos")
@login_required
def upload_photos(survey_id: int):
    saved, rejected = [], []
    folder = _survey_dir(survey_id)
    for upload in request.files.getlist("photos"):
        name = _clean_name(upload.filename or "")
        if name is None:
            rejected.append(upload.filename)
            continue
        upload.save(os.path.join(folder, name))
        saved.append(name)
    return jsonify({"saved": saved, "rejected": rejected}), 201 if saved else 400
