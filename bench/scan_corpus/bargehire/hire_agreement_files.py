"""Download of signed hire agreements.

The signed agreement PDF is generated when the hirer accepts the terms and
stored under the booking's numeric id. Hirers can download their own copy;
hire desk staff can download any.
"""
import os

from flask import Blueprint, abort, send_from_directory
from flask_login import current_user, login_required

from bargehire.bookings import Booking

bp = Blueprint("agreements", __name__, url_prefix="/agreements")

AGREEMENT_DIR = os.environ.get("AGREEMENT_DIR", "/srv/bargehire/agreements")


def _visible_booking(reference: str):
    booking = Booking.query.filter_by(reference=reference).first()
    if booking is None:
        return None
    if current_user.is_staff or booking.customer_id == current_user.id:
        return booking
    return None


@bp.get("/<reference>.pdf")
@login_required
def download_agreement(reference: str):
    booking = _visible_booking(reference)
    if booking is None or booking.agreement_signed_at is None:
        abort(404)
    filename = f"{booking.id:08d}.pdf"
    return send_from_directory(
        AGREEMENT_DIR,
        filename,
        as_attachment=True,
        download_name=f"hire-agreement-{booking.reference}.pdf",
        mimetype="application/pdf",
    )


@bp.get("/<reference>/status")
@login_required
def agreement_status(reference: str):
    booking = _visible_booking(reference)
    if booking is None:
        abort(404)
    path = os.path.join(AGREEMENT_DIR, f"{booking.id:08d}.pdf")
    return {
        "reference": booking.reference,
        "signed": booking.agreement_signed_at is not None,
        "available": os.path.isfile(path),
    }
