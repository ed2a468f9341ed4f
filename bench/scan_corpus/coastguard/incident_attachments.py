"""Incident attachments: photos, radio log extracts and casualty forms."""
import os
import uuid

from flask import Blueprint, abort, jsonify, request, send_file
from flask_login import current_user, login_required
from werkzeug.utils import secure_filename

bp = Blueprint("attachments", __name__, url_prefix="/incidents")

ATTACHMENT_ROOT = os.environ.get("ATTACHMENT_ROOT", "/srv/rcc/attachments")
ALLOWED_EXT = {".jpg", ".png", ".pdf", ".txt", ".wav"}


@bp.post("/<uuid:incident_id>/attachments")
@login_required
def upload(incident_id: uuid.UUID):
    f = request.files.get("file")
    if f is None or not f.filename:
        abort(400)
    name = secure_filename(f.filename)
    if os.path.splitext(name)[1].lower() not in ALLOWED_EXT:
        abort(415)
    folder = os.path.join(ATTACHMENT_ROOT, str(incident_id))
    os.makedirs(folder, exist_ok=True)
    f.save(os.path.join(folder, name))
    return jsonify(name=name, uploaded_by=current_user.get_id()), 201


@bp.get("/<uuid:incident_id>/attachments")
@login_required
def list_attachments(incident_id: uuid.UUID):
    folder = os.path.join(ATTACHMENT_ROOT, str(incident_id))
    return jsonify(sorted(os.listdir(folder)) if os.path.isdir(folder) else [])


@bp.get("/<uuid:incident_id>/attachments/<path:filename>")
@login_required
def download(incident_id: uuid.UUID, filename: str):
    return send_file(os.path.join(ATTACHMENT_ROOT, str(incident_id), filename))
