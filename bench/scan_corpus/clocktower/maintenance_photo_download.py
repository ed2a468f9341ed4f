"""Serves photographs taken by technicians during maintenance visits.

Photos of worn pivots, cracked dials and bell fittings are uploaded by the
tablet app and stored under the photo root, one folder per visit.
"""
from __future__ import annotations

import mimetypes
import os

from flask import Blueprint, abort, current_app, jsonify, send_file
from flask_login import current_user, login_required

bp = Blueprint("visit_photos", __name__, url_prefix="/visits")

DEFAULT_TYPE = "application/octet-stream"


def _photo_root() -> str:
    return current_app.config["VISIT_PHOTO_ROOT"]


def _visit_or_404(visit_id: int):
    visit = current_app.extensions["visits"].get(visit_id)
    if visit is None or not current_user.can_view_clock(visit.clock_id):
        abort(404)
    return visit


@bp.get("/<int:visit_id>/photos")
@login_required
def list_photos(visit_id: int):
    _visit_or_404(visit_id)
    folder = os.path.join(_photo_root(), str(visit_id))
    if not os.path.isdir(folder):
        return jsonify({"photos": []})
    names = sorted(n for n in os.listdir(folder) if not n.startswith("."))
    return jsonify({"photos": names})


@bp.get("/<int:visit_id>/photos/<path:filename>")
@login_required
def download_photo(visit_id: int, filename: str):
    _visit_or_404(visit_id)
    path = os.path.join(_photo_root(), str(visit_id), filename)
    if not os.path.isfile(path):
        abort(404)
    mimetype, _ = mimetypes.guess_type(path)
    return send_file(path, mimetype=mimetype or DEFAULT_TYPE, max_age=3600)
