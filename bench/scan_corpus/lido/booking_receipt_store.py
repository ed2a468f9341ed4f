"""PDF receipts for paid swim-session bookings.

Receipts are rendered once, when payment clears, and stored under the
receipts directory; customers download them from their booking page.
"""

from __future__ import annotations

import os
from dataclasses import dataclass

from flask import Blueprint, abort, current_app, g, send_file
from sqlalchemy import select

from .auth import customer_required
from .models import Booking, db_session
from .pdf import render_receipt_pdf

bp = Blueprint("receipts", __name__, url_prefix="/my/bookings")


@dataclass
class ReceiptStore:
    root: str

    def path_for(self, booking: Booking) -> str:
        return os.path.join(self.root, f"receipt-{int(booking.id):08d}.pdf")

    def write(self, booking: Booking) -> str:
        path = self.path_for(booking)
        os.makedirs(self.root, exist_ok=True)
        with open(path, "wb") as fh:
            fh.write(render_receipt_pdf(booking))
        return path


def receipt_store() -> ReceiptStore:
    return ReceiptStore(current_app.config["RECEIPTS_DIR"])


def on_payment_cleared(booking: Booking) -> None:
    receipt_store().write(booking)


@bp.get("/<int:booking_id>/receipt.pdf")
@customer_required
def download_receipt(booking_id: int):
    booking = db_session.scalar(
        select(Booking).where(Booking.id == booking_id, Booking.customer_id == g.customer.id)
    )
    if booking is None or booking.paid_at is None:
        abort(404)
    store = receipt_store()
    path = store.path_for(booking)
    if not os.path.exists(path):
        path = store.write(booking)
    return send_file(
        path,
        mimetype="application/pdf",
        as_attachment=True,
        download_name=f"lido-receipt-{booking.id}.pdf",
    )
