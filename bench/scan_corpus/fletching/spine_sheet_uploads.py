"""Lets archers upload their own spine/deflection measurements for a reorder."""
import os
import uuid

from flask import Blueprint, abort, current_app, jsonify, request
from flask_login import current_user, login_required
from werkzeug.utils import secure_filename

bp = Blueprint("spine_uploads", __name__)

ALLOWED_EXTENSIONS = {"csv", "xlsx", "pdf"}


def _allowed(filename: str) -> bool:
    return "." in filename and filename.rsplit(".", 1)[1].lower() in ALLOWED_EXTENSIONS


def _user_folder(user_id: int) -> str:
    folder = os.path.join(current_app.config["UPLOAD_ROOT"], "spine-sheets", str(user_id))
    os.makedirs(folder, exist_ok=True)
    return folder


@bp.post("/reorders/<int:reorder_id>/spine-sheet")
@login_required
def upload_spine_sheet(reorder_id: int):
    upload = request.files.get("sheet")
    if upload is None or not upload.filename:
        abort(400, "no file")
    if not _allowed(upload.filename):
        abort(415, "CSV, XLSX or PDF only")
    clean = secure_filename(upload.filename)
    if not clean:
        abort(400, "filename has no usable characters")
    stored_name = f"{reorder_id}-{uuid.uuid4().hex[:8]}-{clean}"
    upload.save(os.path.join(_user_folder(current_user.id), stored_name))
    current_app.logger.info("spine sheet %s uploaded by user %s", stored_name, current_user.id)
    return jsonify({"reorder_id": reorder_id, "stored_as": stored_name}), 201
