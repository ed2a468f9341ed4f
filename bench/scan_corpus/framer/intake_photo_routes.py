"""Serve the photos taken of customers' artwork at intake.

Photos are stored per ticket under PHOTO_ROOT/<ticket_no>/ and shown in
the workshop job view and on the customer's progress page.
"""
import os

from flask import Blueprint, abort, current_app, jsonify, request, send_file
from flask_login import login_required

bp = Blueprint("intake_photos", __name__, url_prefix="/intake")

ALLOWED_LISTING = (".jpg", ".jpeg", ".png", ".heic")


def photo_root() -> str:
    return current_app.config.get("PHOTO_ROOT", "/srv/framer/intake_photos")


def ticket_dir(ticket_no: int) -> str:
    return os.path.join(photo_root(), str(ticket_no))


@bp.get("/<int:ticket_no>/photos")
@login_required
def list_photos(ticket_no: int):
    folder = ticket_dir(ticket_no)
    if not os.path.isdir(folder):
        return jsonify([])
    names = sorted(n for n in os.listdir(folder) if n.lower().endswith(ALLOWED_LISTING))
    return jsonify([{"name": n, "url": f"/intake/{ticket_no}/photo?file={n}"} for n in names])


@bp.get("/<int:ticket_no>/photo")
@login_required
def get_photo(ticket_no: int):
    name = request.args.get("file", "")
    if not name:
        abort(400)
    full_path = os.path.join(ticket_dir(ticket_no), name)
    if not os.path.isfile(full_path):
        abort(404)
    return send_file(full_path, max_age=3600)
