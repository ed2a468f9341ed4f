"""Storage of attachments uploaded with safety incident reports.

Witness statements, sketches and photographs are uploaded from the incident
form and written to the safety file share alongside the report.
"""
import os
from datetime import datetime, timezone

from flask import Blueprint, abort, current_app, jsonify, request
from flask_login import login_required
from werkzeug.utils import secure_filename

from colliery.incidents import attach_file, get_report

bp = Blueprint("incident_attachments", __name__)

ALLOWED_EXTENSIONS = {".jpg", ".jpeg", ".png", ".pdf", ".docx"}
MAX_BYTES = 25 * 1024 * 1024


def _attachment_dir(report_id: int) -> str:
    root = current_app.config["INCIDENT_SHARE"]
    folder = os.path.join(root, "attachments", str(report_id))
    os.makedirs(folder, exist_ok=True)
    return folder


@bp.post("/incidents/<int:report_id>/attachments")
@login_required
def upload_attachment(report_id: int):
    report = get_report(report_id)
    if report is None or report.closed:
        abort(404)
    upload = request.files.get("file")
    if upload is None or not upload.filename:
        abort(400, "no file supplied")
    name = secure_filename(upload.filename)
    stem, ext = os.path.splitext(name)
    if not stem or ext.lower() not in ALLOWED_EXTENSIONS:
        abort(400, "file type not accepted")
    stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%S")
    stored_name = f"{stamp}_{name}"
    destination = os.path.join(_attachment_dir(report_id), stored_name)
    upload.save(destination)
    if os.path.getsize(destination) > MAX_BYTES:
        os.remove(destination)
        abort(413)
    attach_file(report_id, stored_name, upload.mimetype)
    return jsonify({"stored": stored_name}), 201
