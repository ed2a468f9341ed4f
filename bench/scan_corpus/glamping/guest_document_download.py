"""Lets guests download documents attached to their booking.

The office uploads house rules, the site map and the damage deposit
terms for each stay; guests fetch them from the "My stay" page.
"""
import os

from flask import Flask, abort, send_file, session
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


@app.get("/my-stay/documents")
def list_documents():
    booking = current_booking()
    folder = os.path.join(DOCUMENT_ROOT, booking.reference)
    if not os.path.isdir(folder):
        return {"documents": []}
    return {"documents": sorted(os.listdir(folder))}


@app.get("/my-stay/documents/<path:filename>")
def download_document(filename: str):
    booking = current_booking()
    full_path = os.path.join(DOCUMENT_ROOT, booking.reference, filename)
    if not os.path.isfile(full_path):
        abort(404)
    return send_file(full_path, as_attachment=True)
