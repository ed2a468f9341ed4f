"""Attachments on repair tickets: customer photos, sketches, tuning sheets.

Files are kept in one folder per ticket under ATTACHMENT_ROOT; the ticket
page lists them and links back here to download or remove one.
"""
import logging
import os

from flask import Blueprint, abort, current_app, jsonify, request, send_file
from flask_login import current_user, login_required

bp = Blueprint("attachments", __name__, url_prefix="/tickets")
log = logging.getLogger(__name__)


def _ticket_dir(ticket_id: int) -> str:
    root = current_app.config.get("ATTACHMENT_ROOT", "/srv/bellows/attachments")
    return os.path.join(root, str(ticket_id))


@bp.get("/<int:ticket_id>/attachments")
@login_required
def list_attachments(ticket_id: int):
    folder = _ticket_dir(ticket_id)
    if not os.path.isdir(folder):
        return jsonify(files=[])
    files = [
        {"name": entry.name, "size": entry.stat().st_size}
        for entry in sorted(os.scandir(folder), key=lambda e: e.name)
        if entry.is_file()
    ]
    return jsonify(files=files)


@bp.get("/<int:ticket_id>/attachments/download")
@login_required
def download_attachment(ticket_id: int):
    name = request.args.get("file", "")
    if not name:
        abort(400)
    path = os.path.join(_ticket_dir(ticket_id), name)
    if not os.path.isfile(path):
        abort(404)
    log.info("%s downloaded %s from ticket %s", current_user.get_id(), name, ticket_id)
    return send_file(path, as_attachment=True)


@bp.post("/<int:ticket_id>/attachments")
@login_required
def upload_attachment(ticket_id: int):
    from werkzeug.utils import secure_filename

    upload = request.files.get("file")
    if upload is None or not upload.filename:
        abort(400)
    filename = secure_filename(upload.filename)
    if not filename:
        abort(400)
    folder = _ticket_dir(ticket_id)
    os.makedirs(folder, exist_ok=True)
    upload.save(os.path.join(folder, filename))
    return jsonify(saved=filename), 201
