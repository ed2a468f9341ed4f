"""Storage for field survey photos uploaded from the reef monitoring app."""
import os
import uuid
from datetime import date

from flask import Blueprint, abort, current_app, jsonify, request
from flask_login import login_required
from werkzeug.utils import secure_filename

bp = Blueprint("survey_photos", __name__)

ALLOWED_EXTENSIONS = {".jpg", ".jpeg", ".png", ".tif", ".tiff"}


def _target_dir(survey_code: str) -> str:
    base = current_app.config["SURVEY_PHOTO_DIR"]
    folder = os.path.join(base, str(date.today().year), survey_code)
    os.makedirs(folder, exist_ok=True)
    return folder


@bp.post("/surveys/<survey_code>/photos")
@login_required
def upload(survey_code: str):
    if not survey_code.isalnum():
        abort(400)
    photo = request.files.get("photo")
    if photo is None or not photo.filename:
        abort(400)

    original = secure_filename(photo.filename)
    ext = os.path.splitext(original)[1].lower()
    if ext not in ALLOWED_EXTENSIONS:
        abort(415)

    stored_name = f"{uuid.uuid4().hex}{ext}"
    photo.save(os.path.join(_target_dir(survey_code.upper()), stored_name))
    return jsonify(stored=stored_name, original=original), 201
