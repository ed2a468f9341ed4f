"""Print-at-home ticket downloads for signed-in customers."""
import os
import re

from flask import Blueprint, abort, send_from_directory
from flask_login import current_user, login_required

from bookings.models import Booking

bp = Blueprint("ticket_pdfs", __name__, url_prefix="/tickets")

TICKET_PDF_DIR = os.environ.get("TICKET_PDF_DIR", "/srv/booking/ticket-pdfs")
_BOOKING_REF = re.compile(r"^[A-Z0-9]{8}$")


@bp.get("/<booking_ref>/<int:leg>.pdf")
@login_required
def download(booking_ref: str, leg: int):
    booking_ref = booking_ref.upper()
    if not _BOOKING_REF.fullmatch(booking_ref):
        abort(404)
    booking = Booking.query.filter_by(reference=booking_ref, customer_id=current_user.id).first()
    if booking is None or leg >= booking.leg_count:
        abort(404)
    return send_from_directory(
        TICKET_PDF_DIR,
        f"{booking_ref}/{leg}.pdf",
        mimetype="application/pdf",
        as_attachment=True,
        download_name=f"ticket-{booking_ref}-{leg + 1}.pdf",
    )
