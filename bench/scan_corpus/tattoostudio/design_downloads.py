"""Blueprint for artists to fetch stencil and reference files for a booking."""
import os

from flask import Blueprint, abort, current_app, send_from_directory
from flask_login import current_user, login_required

from .models import Booking

bp = Blueprint("stencils", __name__, url_prefix="/artist/stencils")


def _booking_dir(booking: Booking) -> str:
    root = current_app.config["DESIGN_UPLOAD_ROOT"]
    return os.path.join(root, booking.studio.slug, str(booking.id))


def _owned_booking(booking_id: int) -> Booking:
    booking = Booking.query.get_or_404(booking_id)
    if booking.artist_id != current_user.id:
        abort(403)
    return booking


@bp.route("/<int:booking_id>")
@login_required
def list_files(booking_id: int):
    folder = _booking_dir(_owned_booking(booking_id))
    names = sorted(os.listdir(folder)) if os.path.isdir(folder) else []
    return {"booking": booking_id, "files": names}


@bp.route("/<int:booking_id>/<path:filename>")
@login_required
def download(booking_id: int, filename: str):
    folder = _booking_dir(_owned_booking(booking_id))
    return send_from_directory(folder, filename, as_attachment=True)
