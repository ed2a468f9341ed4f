"""Serve photos taken during custom fittings (mouth, bars, existing bit)."""
import os
from datetime import datetime

from flask import Blueprint, abort, current_app, jsonify, send_file
from flask_login import current_user, login_required

from .models import Fitting

bp = Blueprint("fitting_photos", __name__)

PHOTO_EXTENSIONS = (".jpg", ".jpeg", ".png", ".heic")


def photo_root() -> str:
    return current_app.config.get("FITTING_PHOTO_ROOT", "/srv/lorimer/fitting-photos")


def fitting_dir(fitting: Fitting) -> str:
    return os.path.join(photo_root(), str(fitting.yard_id), str(fitting.id))


def load_fitting(fitting_id: int) -> Fitting:
    fitting = Fitting.query.get_or_404(fitting_id)
    if not (current_user.is_staff or fitting.owner_id == current_user.id):
        abort(403)
    return fitting


@bp.get("/fittings/<int:fitting_id>/photos")
@login_required
def list_photos(fitting_id: int):
    folder = fitting_dir(load_fitting(fitting_id))
    if not os.path.isdir(folder):
        return jsonify(photos=[])
    photos = [
        {
            "name": entry.name,
            "taken": datetime.fromtimestamp(entry.stat().st_mtime).isoformat(),
        }
        for entry in os.scandir(folder)
        if entry.is_file() and entry.name.lower().endswith(PHOTO_EXTENSIONS)
    ]
    return jsonify(photos=sorted(photos, key=lambda p: p["taken"]))


@bp.get("/fittings/<int:fitting_id>/photos/<path:name>")
@login_required
def get_photo(fitting_id: int, name: str):
    folder = fitting_dir(load_fitting(fitting_id))
    full_path = os.path.join(folder, name)
    if not os.path.isfile(full_path):
        abort(404)
    return send_file(full_path, max_age=3600)
