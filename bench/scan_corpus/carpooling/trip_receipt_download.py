"""Let riders download the PDF receipts generated for their shared trips."""

from __future__ import annotations

import os

from flask import Blueprint, abort, current_app, send_file
from flask_login import current_user, login_required
from sqlalchemy import select

from carpool.db import db_session
from carpool.models import Booking

bp = Blueprint("receipts", __name__, url_prefix="/receipts")


def receipts_dir() -> str:
    return current_app.config["RECEIPTS_DIR"]


@bp.get("/")
@login_required
def list_receipts():
    bookings = db_session.scalars(
        select(Booking)
        .where(Booking.rider_id == current_user.id, Booking.receipt_file.is_not(None))
        .order_by(Booking.created_at.desc())
    ).all()
    return {
        "receipts": [
            {"trip_id": b.trip_id, "file": b.receipt_file, "amount_cents": b.amount_cents}
            for b in bookings
        ]
    }


@bp.get("/<int:trip_id>/<path:filename>")
@login_required
def download_receipt(trip_id: int, filename: str):
    booking = db_session.scalars(
        select(Booking).where(Booking.trip_id == trip_id, Booking.rider_id == current_user.id)
    ).first()
    if booking is None:
        abort(404)

    full_path = os.path.join(receipts_dir(), str(trip_id), filename)
    if not os.path.isfile(full_path):
        abort(404)
    return send_file(
        full_path,
        mimetype="application/pdf",
        as_attachment=True,
        download_name=f"carpool-receipt-{trip_id}.pdf",
    )
