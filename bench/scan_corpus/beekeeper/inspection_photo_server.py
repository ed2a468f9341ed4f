"""Serve photos attached to hive inspections.

Members photograph brood frames during inspections so mentors can help
identify disease. Photos are stored on disk under one folder per hive.
"""
import os

from flask import Blueprint, abort, current_app, send_file
from flask_login import current_user, login_required

from apiary.models import Hive

bp = Blueprint("inspection_photos", __name__)

ALLOWED_SUFFIXES = (".jpg", ".jpeg", ".png", ".heic")


def photo_root() -> str:
    return current_app.config["INSPECTION_PHOTO_ROOT"]


def hive_folder(hive: Hive) -> str:
    return os.path.join(photo_root(), f"hive-{hive.id}")


@bp.get("/hives/<int:hive_id>/photos")
@login_required
def list_photos(hive_id: int):
    hive = Hive.query.get_or_404(hive_id)
    if not current_user.can_view_hive(hive.id):
        abort(404)
    folder = hive_folder(hive)
    if not os.path.isdir(folder):
        return {"photos": []}
    names = sorted(n for n in os.listdir(folder) if n.lower().endswith(ALLOWED_SUFFIXES))
    return {"photos": names}


@bp.get("/hives/<int:hive_id>/photos/<path:filename>")
@login_required
def get_photo(hive_id: int, filename: str):
    hive = Hive.query.get_or_404(hive_id)
    if not current_user.can_view_hive(hive.id):
        abort(404)
    full_path = os.path.join(hive_folder(hive), filename)
    if not os.path.isfile(full_path):
        abort(404)
    return send_file(full_path, max_age=3600)
