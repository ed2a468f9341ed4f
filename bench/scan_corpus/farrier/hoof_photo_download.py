"""Serves before/after hoof photos taken on the van tablet to staff and owners."""
from __future__ import annotations

import mimetypes
import os

from flask import Blueprint, abort, current_app, jsonify, send_file
from flask_login import current_user, login_required

from .models import Horse

bp = Blueprint("hoof_photos", __name__, url_prefix="/horses")

ALLOWED_TYPES = {"image/jpeg", "image/png", "image/heic"}


def photo_root() -> str:
    return current_app.config["HOOF_PHOTO_ROOT"]


def _visible_horse(horse_id: int) -> Horse:
    horse = Horse.query.get_or_404(horse_id)
    if not current_user.can_view_horse(horse):
        abort(404)
    return horse


@bp.get("/<int:horse_id>/photos")
@login_required
def list_photos(horse_id: int):
    horse = _visible_horse(horse_id)
    folder = os.path.join(photo_root(), str(horse.id))
    if not os.path.isdir(folder):
        return jsonify(photos=[])
    names = sorted(n for n in os.listdir(folder) if mimetypes.guess_type(n)[0] in ALLOWED_TYPES)
    return jsonify(photos=names)


@bp.get("/<int:horse_id>/photos/<path:filename>")
@login_required
def download_photo(horse_id: int, filename: str):
    horse = _visible_horse(horse_id)
    full_path = os.path.join(photo_root(), str(horse.id), filename)
    if not os.path.isfile(full_path):
        abort(404)
    mimetype = mimetypes.guess_type(full_path)[0] or "application/octet-stream"
    return send_file(full_path, mimetype=mimetype, max_age=3600)
