"""Guests download their booking documents (invoice, house rules, directions)."""
from __future__ import annotations

import os
from functools import wraps

from flask import Blueprint, abort, current_app, g, send_file, session

from .models import Booking

bp = Blueprint("guest_docs", __name__, url_prefix="/my-stay")

ALLOWED_SUFFIXES = (".pdf", ".txt", ".gpx")


def guest_required(view):
    @wraps(view)
    def wrapper(*args, **kwargs):
        booking_id = session.get("booking_id")
        if booking_id is None:
            abort(401)
        g.booking = Booking.query.get(booking_id)
        if g.booking is None:
            abort(401)
        return view(*args, **kwargs)

    return wrapper


def _documents_root() -> str:
    return current_app.config["GUEST_DOCUMENTS_DIR"]


@bp.get("/documents")
@guest_required
def list_documents():
    folder = os.path.join(_documents_root(), g.booking.reference)
    if not os.path.isdir(folder):
        return {"documents": []}
    names = sorted(n for n in os.listdir(folder) if n.endswith(ALLOWED_SUFFIXES))
    return {"documents": names}


@bp.get("/documents/<path:filename>")
@guest_required
def download_document(filename: str):
    if not filename.endswith(ALLOWED_SUFFIXES):
        abort(404)
    full_path = os.path.join(_documents_root(), g.booking.reference, filename)
    if not os.path.isfile(full_path):
        abort(404)
    return send_file(full_path, as_attachment=True, download_name=os.path.basename(filename))
