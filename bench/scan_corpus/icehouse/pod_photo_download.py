"""Serves proof-of-delivery photos to the customer service team.

Drivers photograph the ice drop (bags in the bar's freezer, pallet at the
venue). The handheld uploads them into POD_PHOTO_DIR/<round date>/; customer
service opens them from the stop detail page when a delivery is disputed.
"""
import os
from datetime import date

from flask import Blueprint, abort, current_app, send_file
from flask_login import login_required

bp = Blueprint("pod_photos", __name__, url_prefix="/pod")

ALLOWED_SUFFIXES = (".jpg", ".jpeg", ".png")


def _photo_root() -> str:
    return current_app.config.get("POD_PHOTO_DIR", "/srv/icehouse/pod-photos")


def photo_path(round_day: str, filename: str) -> str:
    date.fromisoformat(round_day)
    return os.path.join(_photo_root(), round_day, filename)


@bp.get("/<round_day>/<path:filename>")
@login_required
def pod_photo(round_day: str, filename: str):
    try:
        path = photo_path(round_day, filename)
    except ValueError:
        abort(404)
    if not filename.lower().endswith(ALLOWED_SUFFIXES):
        abort(404)
    if not os.path.isfile(path):
        abort(404)
    return send_file(path, max_age=3600)


@bp.get("/<round_day>/")
@login_required
def pod_index(round_day: str):
    try:
        date.fromisoformat(round_day)
    except ValueError:
        abort(404)
    folder = os.path.join(_photo_root(), round_day)
    if not os.path.isdir(folder):
        return {"photos": []}
    photos = sorted(f for f in os.listdir(folder) if f.lower().endswith(ALLOWED_SUFFIXES))
    return {"photos": photos}
