"""Photos attached to beach hut maintenance reports."""

import os
import uuid

from flask import Blueprint, abort, current_app, jsonify, request, send_file
from werkzeug.utils import secure_filename

from .auth import login_required
from .reports import get_report_for_user

bp = Blueprint("maintenance_photos", __name__, url_prefix="/maintenance")

ALLOWED_EXTENSIONS = {".jpg", ".jpeg", ".png", ".heic"}
MAX_PHOTOS_PER_REPORT = 6


def _report_dir(report_id: int) -> str:
    path = os.path.join(current_app.config["PHOTO_ROOT"], str(report_id))
    os.makedirs(path, exist_ok=True)
    return path


@bp.post("/reports/<int:report_id>/photos")
@login_required
def upload_photo(report_id: int):
    report = get_report_for_user(report_id)
    if report is None:
        abort(404)
    upload = request.files.get("photo")
    if upload is None or not upload.filename:
        abort(400, "no photo supplied")
    ext = os.path.splitext(secure_filename(upload.filename))[1].lower()
    if ext not in ALLOWED_EXTENSIONS:
        abort(415, "photos must be JPEG, PNG or HEIC")
    folder = _report_dir(report_id)
    if len(os.listdir(folder)) >= MAX_PHOTOS_PER_REPORT:
        abort(409, "this report already has the maximum number of photos")
    stored_name = f"{uuid.uuid4().hex}{ext}"
    upload.save(os.path.join(folder, stored_name))
    return jsonify({"photo": stored_name}), 201


@bp.get("/reports/<int:report_id>/photos")
@login_required
def list_photos(report_id: int):
    if get_report_for_user(report_id) is None:
        abort(404)
    return jsonify(sorted(os.listdir(_report_dir(report_id))))


@bp.get("/reports/<int:report_id>/photos/<path:filename>")
@login_required
def get_photo(report_id: int, filename: str):
    if get_report_for_user(report_id) is None:
        abort(404)
    full_path = os.path.join(current_app.config["PHOTO_ROOT"], str(report_id), filename)
    if not os.path.isfile(full_path):
        abort(404)
    return send_file(full_path)
