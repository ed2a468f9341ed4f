"""Customer-facing download of booking documents (e-tickets, vouchers, invoices)."""
import os

from flask import Blueprint, abort, request, send_file
from flask_login import current_user, login_required

from .models import Booking

bp = Blueprint("attachments", __name__)

ATTACHMENT_ROOT = os.environ.get("BOOKING_DOCS_DIR", "/srv/booking-docs")


@bp.get("/bookings/<ref>/attachments")
@login_required
def list_attachments(ref: str):
    booking = Booking.query.filter_by(record_locator=ref, customer_id=current_user.id).first_or_404()
    folder = os.path.join(ATTACHMENT_ROOT, booking.record_locator)
    names = sorted(os.listdir(folder)) if os.path.isdir(folder) else []
    return {"booking": booking.record_locator, "files": names}


@bp.get("/bookings/<ref>/attachments/download")
@login_required
def download_attachment(ref: str):
    booking = Booking.query.filter_by(record_locator=ref, customer_id=current_user.id).first_or_404()
    name = request.args.get("file", "")
    path = os.path.join(ATTACHMENT_ROOT, booking.record_locator, name)
    if not name or not os.path.isfile(path):
        abort(404)
    return send_file(path, as_attachment=True, download_name=os.path.basename(path))
