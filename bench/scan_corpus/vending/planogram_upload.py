"""Upload endpoint for planogram spreadsheets exported from the merchandising tool."""

import os

from flask import Blueprint, abort, current_app, jsonify, request

bp = Blueprint("planograms", __name__, url_prefix="/planograms")

ALLOWED_EXT = {".csv", ".xlsx"}


@bp.post("/upload")
def upload_planogram():
    file = request.files.get("file")
    if file is None:
        abort(400, "missing file")

    name = request.form.get("filename") or file.filename
    if os.path.splitext(name)[1].lower() not in ALLOWED_EXT:
        abort(400, "planograms must be .csv or .xlsx")

    upload_dir = current_app.config["PLANOGRAM_UPLOAD_DIR"]
    os.makedirs(upload_dir, exist_ok=True)
    dest = os.path.join(upload_dir, name)
    file.save(dest)

    current_app.logger.info("planogram %s uploaded (%d bytes)", name, os.path.getsize(dest))
    return jsonify({"stored_as": name}), 201
