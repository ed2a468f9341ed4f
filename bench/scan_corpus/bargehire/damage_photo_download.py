"""Download of damage photos taken at boat handover and return.

Yard staff photograph the hull, fenders and tiller at handover and again on
return. Hirers and staff can download the photos when a deposit deduction is
disputed.
"""
import os

from flask import Blueprint, abort, jsonify, request, send_file
from flask_login import current_user, login_required

from bargehire.bookings import booking_for_user

bp = Blueprint("damage_photos", __name__, url_prefix="/bookings")

PHOTO_ROOT = os.environ.get("DAMAGE_PHOTO_ROOT", "/srv/bargehire/damage-photos")
ALLOWED_EXTENSIONS = (".jpg", ".jpeg", ".png", ".heic")


def _booking_dir(booking_ref: str) -> str:
    return os.path.join(PHOTO_ROOT, booking_ref)


@bp.get("/<booking_ref>/damage-photos")
@login_required
def list_photos(booking_ref: str):
    booking = booking_for_user(booking_ref, current_user)
    if booking is None:
        abort(404)
    folder = _booking_dir(booking.reference)
    if not os.path.isdir(folder):
        return jsonify([])
    names = sorted(n for n in os.listdir(folder) if n.lower().endswith(ALLOWED_EXTENSIONS))
    return jsonify(names)


@bp.get("/<booking_ref>/damage-photos/download")
@login_required
def download_photo(booking_ref: str):
    booking = booking_for_user(booking_ref, current_user)
    if booking is None:
        abort(404)
    name = request.args.get("name", "")
    if not name.lower().endswith(ALLOWED_EXTENSIONS):
        abort(400)
    path = os.path.join(_booking_dir(booking.reference), name)
    if not os.path.isfile(path):
        abort(404)
    return send_file(path, as_attachment=True, download_name=os.path.basename(path))
