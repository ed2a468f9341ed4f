"""Blueprint for artists to download design files attached to a booking."""
import os

from flask import Blueprint, abort, current_app, send_file
from flask_login import current_user, login_required

from .models import Booking

bp = Blueprint("design_files", __name__, url_prefix="/artist/designs")


def _booking_dir(booking: Booking) -> str:
    root = current_app.config["DESIGN_UPLOAD_ROOT"]
    return os.path.join(root, booking.studio.slug, str(booking.id))


@bp.route("/<int:booking_id>")
@login_required
def list_files(booking_id: int):
    booking = Booking.query.get_or_404(booking_id)
    if booking.artist_id != current_user.id:
        abort(403)
    folder = _booking_dir(booking)
    names = sorted(os.listdir(folder)) if os.path.isdir(folder) else []
    return {"booking": booking.id, "files": names}


@bp.route("/<int:booking_id>/<path:filename>")
@login_required
def download(booking_id: int, filename: str):
    booking = Booking.query.get_or_404(booking_id)
    if booking.artist_id != current_user.id:
        abort(403)
    full_path = os.path.join(_booking_dir(booking), filename)
    if not os.path.isfile(full_path):
        abort(404)
    return send_file(full_path, as_attachment=True)
