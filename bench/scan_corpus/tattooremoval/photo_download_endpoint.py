"""Session photo download for technicians.

Each client's before/after photos are stored in PHOTO_ROOT/<client_id>/.
The technician picks a file name from the listing and downloads it.
"""
from __future__ import annotations

import os

from flask import Blueprint, abort, current_app, jsonify, request, send_from_directory
from flask_login import current_user, login_required

bp = Blueprint("photo_download", __name__, url_prefix="/clinical/<int:client_id>/photos")

CLINICAL_ROLES = {"technician", "director"}
IMAGE_SUFFIXES = (".jpg", ".jpeg", ".png")


def _client_folder(client_id: int) -> str:
    return os.path.join(current_app.config["PHOTO_ROOT"], str(client_id))


@bp.before_request
def _clinical_only():
    if not current_user.is_authenticated or current_user.role not in CLINICAL_ROLES:
        abort(403)


@bp.get("/")
@login_required
def list_photos(client_id: int):
    folder = _client_folder(client_id)
    if not os.path.isdir(folder):
        return jsonify([])
    return jsonify(sorted(n for n in os.listdir(folder) if n.lower().endswith(IMAGE_SUFFIXES)))


@bp.get("/file")
@login_required
def download(client_id: int):
    filename = request.args.get("name", "")
    if not filename.lower().endswith(IMAGE_SUFFIXES):
        abort(400, "not an image file")
    current_app.logger.info(
        "staff %s requested photo %s of client %s", current_user.id, filename, client_id
    )
    return send_from_directory(_client_folder(client_id), filename, as_attachment=True)
