"""Proof-of-delivery documents for haulage bookings.

Signed delivery notes are scanned by the haulier and uploaded against the
booking. Customer service staff download them when a customer queries a
delivery.
"""
from pathlib import Path

from flask import Blueprint, abort, send_from_directory
from flask_login import login_required

from haulage.config import settings
from haulage.models import Booking

bp = Blueprint("pod", __name__, url_prefix="/bookings")

POD_ROOT = Path(settings.POD_DOCUMENT_ROOT)


def booking_folder(booking: Booking) -> Path:
    return POD_ROOT / booking.collection_date.strftime("%Y") / booking.reference


@bp.get("/<reference>/pod")
@login_required
def list_pod(reference: str):
    booking = Booking.query.filter_by(reference=reference).first_or_404()
    folder = booking_folder(booking)
    if not folder.is_dir():
        return {"reference": reference, "documents": []}
    return {"reference": reference, "documents": sorted(p.name for p in folder.iterdir())}


@bp.get("/<reference>/pod/<path:document>")
@login_required
def download_pod(reference: str, document: str):
    booking = Booking.query.filter_by(reference=reference).first_or_404()
    if booking.status != "delivered":
        abort(404)
    return send_from_directory(booking_folder(booking), document, as_attachment=True)
