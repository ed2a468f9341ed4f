"""Guest document downloads for the "My stay" page.

Each booking has a folder with its house rules, site map and damage
deposit terms. Downloads are served with ``send_from_directory`` so a
requested name can never leave the booking's folder.
"""
import os

from flask import Flask, abort, send_from_directory, session
from sqlalchemy import select

from .db import Booking, db_session

app = Flask(__name__)
app.config.from_prefixed_env("GLAMP")

DOCUMENT_ROOT = os.environ.get("GLAMP_DOCUMENT_ROOT", "/srv/glamping/documents")


def current_booking() -> Booking:
    booking_id = session.get("booking_id")
    if booking_id is None:
        abort(401)
    booking = db_session.scalar(select(Booking).where(Booking.id == booking_id))
    if booking is None:
        abort(404)
    return booking


def booking_folder(booking: Booking) -> str:
    return os.path.join(DOCUMENT_ROOT, booking.reference)


@app.get("/my-stay/documents")
def list_documents():
    folder = booking_folder(current_booking())
    if not os.path.isdir(folder):
        return {"documents": []}
    return {"documents": sorted(os.listdir(folder))}


@app.get("/my-stay/documents/<path:filename>")
def download_document(filename: str):
    folder = booking_folder(current_booking())
    return send_from_directory(folder, filename, as_attachment=True)
