"""Download of clinical session photos for the treating technician.

Photos are stored per client under PHOTO_ROOT/<client_id>/ with file names
such as ``2024-03-18_forearm_s4.jpg``. Technicians download them to compare
ink fading before choosing the fluence for the next session.
"""
from __future__ import annotations

import os

from flask import Blueprint, abort, current_app, jsonify, request, send_file
from flask_login import current_user, login_required

bp = Blueprint("session_photos", __name__, url_prefix="/clients/<int:client_id>/photos")

ALLOWED_ROLES = {"technician", "director"}


def _client_dir(client_id: int) -> str:
    return os.path.join(current_app.config["PHOTO_ROOT"], str(client_id))


def _require_clinical_role() -> None:
    if getattr(current_user, "role", None) not in ALLOWED_ROLES:
        abort(403)


@bp.get("/")
@login_required
def list_photos(client_id: int):
    _require_clinical_role()
    folder = _client_dir(client_id)
    if not os.path.isdir(folder):
        return jsonify([])
    names = sorted(n for n in os.listdir(folder) if n.lower().endswith((".jpg", ".jpeg", ".png")))
    return jsonify(names)


@bp.get("/download")
@login_required
def download_photo(client_id: int):
    _require_clinical_role()
    filename = request.args.get("file", "")
    if not filename:
        abort(400, "file is required")
    full_path = os.path.join(_client_dir(client_id), filename)
    if not os.path.isfile(full_path):
        abort(404)
    current_app.logger.info(
        "user %s downloaded photo %s for client %s", current_user.id, filename, client_id
    )
    return send_file(full_path, as_attachment=True, download_name=os.path.basename(full_path))
