"""Customers can attach photos or PDFs to a fault report (e.g. "sails not
turning", "wheel jammed") so the duty engineer can triage remotely."""
import os
import uuid

from flask import Blueprint, abort, current_app, jsonify, request
from flask_login import current_user, login_required
from werkzeug.utils import secure_filename

from millwright.faults import attach_file, fault_belongs_to

bp = Blueprint("fault_attachments", __name__)

ALLOWED_EXTENSIONS = {".jpg", ".jpeg", ".png", ".pdf", ".heic"}


def _storage_dir(fault_id: int) -> str:
    base = current_app.config["ATTACHMENT_ROOT"]
    folder = os.path.join(base, str(fault_id))
    os.makedirs(folder, exist_ok=True)
    return folder


def _stored_name(original: str) -> str:
    cleaned = secure_filename(original)
    _, ext = os.path.splitext(cleaned)
    if not cleaned or ext.lower() not in ALLOWED_EXTENSIONS:
        abort(415)
    return f"{uuid.uuid4().hex}{ext.lower()}"


@bp.post("/faults/<int:fault_id>/attachments")
@login_required
def upload_attachment(fault_id: int):
    if not fault_belongs_to(fault_id, current_user.customer_id):
        abort(404)
    files = request.files.getlist("file")
    if not files:
        abort(400)
    saved = []
    for item in files:
        name = _stored_name(item.filename or "")
        path = os.path.join(_storage_dir(fault_id), name)
        item.save(path)
        attach_file(fault_id, stored_name=name, original_name=item.filename, size=os.path.getsize(path))
        saved.append(name)
    return jsonify(fault=fault_id, attachments=saved), 201
