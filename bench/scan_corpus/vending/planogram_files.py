"""Upload endpoint for planogram spreadsheets exported from the merchandising tool."""

import os
import uuid

from flask import Blueprint, abort, current_app, jsonify, request
from werkzeug.utils import secure_filename

bp = Blueprint("planogram_files", __name__, url_prefix="/planograms")

ALLOWED_EXT = {".csv", ".xlsx"}


@bp.post("/files")
def upload_planogram():
    file = request.files.get("file")
    if file is None or not file.filename:
        abort(400, "missing file")

    original = secure_filename(request.form.get("filename") or file.filename)
    ext = os.path.splitext(original)[1].lower()
    if ext not in ALLOWED_EXT:
        abort(400, "planograms must be .csv or .xlsx")

    upload_dir = current_app.config["PLANOGRAM_UPLOAD_DIR"]
    os.makedirs(upload_dir, exist_ok=True)
    stored_name = f"{uuid.uuid4().hex}{ext}"
    dest = os.path.join(upload_dir, stored_name)
    file.save(dest)

    current_app.logger.info("planogram %s stored as %s", original, stored_name)
    return jsonify({"stored_as": stored_name, "original": original}), 201
