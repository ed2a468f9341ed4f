"""Customer download of booking documents (e-tickets, hotel vouchers, invoices)."""
import os
import re

from flask import Blueprint, abort, request, send_from_directory
from flask_login import current_user, login_required

from .models import Booking

bp = Blueprint("documents", __name__)

DOCS_ROOT = os.environ.get("BOOKING_DOCS_DIR", "/srv/booking-docs")
LOCATOR = re.compile(r"^[A-Z0-9]{6}$")


@bp.get("/bookings/<ref>/documents/download")
@login_required
def download_document(ref: str):
    if not LOCATOR.match(ref):
        abort(404)
    booking = Booking.query.filter_by(record_locator=ref, customer_id=current_user.id).first_or_404()
    name = request.args.get("file", "")
    if not name:
        abort(404)
    return send_from_directory(
        os.path.join(DOCS_ROOT, booking.record_locator), name, as_attachment=True
    )
