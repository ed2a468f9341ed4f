"""Serves scanned shearing dockets and tally sheets to the farm office.

Contractors upload one scan per shed day; the office downloads them to check
against the contractor's invoice.
"""
import os
from datetime import datetime

from flask import Blueprint, abort, current_app, jsonify, request, send_from_directory
from flask_login import current_user, login_required
from werkzeug.utils import secure_filename

bp = Blueprint("docket_files", __name__, url_prefix="/dockets")

ALLOWED_EXT = {".pdf", ".jpg", ".jpeg", ".png"}


def docket_root() -> str:
    return current_app.config["SHEARING_DOCKET_DIR"]


@bp.post("/upload")
@login_required
def upload_docket():
    f = request.files.get("docket")
    if f is None or not f.filename:
        abort(400, "no docket file")
    name = secure_filename(f.filename)
    if os.path.splitext(name)[1].lower() not in ALLOWED_EXT:
        abort(400, "dockets must be PDF or image scans")
    stamped = f"{datetime.now():%Y%m%d-%H%M%S}-{current_user.id}-{name}"
    f.save(os.path.join(docket_root(), stamped))
    return jsonify({"stored_as": stamped}), 201


@bp.get("/")
@login_required
def list_dockets():
    entries = sorted(os.listdir(docket_root()), reverse=True)
    return jsonify([e for e in entries if os.path.splitext(e)[1].lower() in ALLOWED_EXT])


@bp.get("/file")
@login_required
def download_docket():
    name = request.args.get("name", "")
    if not name:
        abort(400, "name required")
    return send_from_directory(docket_root(), name, as_attachment=True)
