"""Charter invoice downloads for the customer portal."""
from __future__ import annotations

from flask import Blueprint, abort, current_app, send_from_directory
from flask_login import current_user, login_required

from marina.charter.models import CharterBooking

bp = Blueprint("charter_invoices", __name__, url_prefix="/portal/charters")


def _invoice_dir() -> str:
    return current_app.config["CHARTER_INVOICE_DIR"]


@bp.get("/<int:booking_id>/invoices/<path:filename>")
@login_required
def download_invoice(booking_id: int, filename: str):
    booking = CharterBooking.query.get_or_404(booking_id)
    if booking.customer_id != current_user.id:
        abort(404)
    if filename not in {inv.filename for inv in booking.invoices}:
        abort(404)
    return send_from_directory(
        _invoice_dir(),
        filename,
        as_attachment=True,
        mimetype="application/pdf",
    )


@bp.get("/<int:booking_id>/invoices")
@login_required
def list_invoices(booking_id: int):
    booking = CharterBooking.query.get_or_404(booking_id)
    if booking.customer_id != current_user.id:
        abort(404)
    return {
        "invoices": [
            {"filename": inv.filename, "issued": inv.issued_on.isoformat(), "total": str(inv.total_eur)}
            for inv in booking.invoices
        ]
    }
