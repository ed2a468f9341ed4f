"""Serving of ticket receipt PDFs to passengers.

Receipts are rendered once at payment time and kept in a flat folder,
named after the booking reference.
"""
from flask import Blueprint, abort, send_from_directory, session
from werkzeug.utils import secure_filename

from wherryman.bookings import booking_owner
from wherryman.receipts import render_receipt
from wherryman.settings import settings

bp = Blueprint("receipts", __name__)

RECEIPT_DIR = settings.RECEIPT_DIR


def receipt_name(booking_ref: str) -> str:
    return secure_filename(f"{booking_ref}.pdf")


def store_receipt(booking) -> str:
    name = receipt_name(booking.reference)
    render_receipt(booking, f"{RECEIPT_DIR}/{name}")
    return name


@bp.get("/account/receipts/<booking_ref>")
def download_receipt(booking_ref: str):
    passenger_id = session.get("passenger_id")
    if passenger_id is None:
        abort(401)
    if booking_owner(booking_ref) != passenger_id:
        abort(404)
    return send_from_directory(
        RECEIPT_DIR,
        receipt_name(booking_ref),
        mimetype="application/pdf",
        as_attachment=True,
    )
