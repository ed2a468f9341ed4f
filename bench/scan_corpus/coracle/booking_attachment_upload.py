"""Attachments on group bookings.

Schools and youth groups booking a paddling day send risk assessments,
medical forms and consent lists. The organiser uploads them against the
booking so the lead instructor has them on the day.
"""

import os
import uuid

from flask import Blueprint, abort, current_app, jsonify, request
from werkzeug.utils import secure_filename

from coracle.bookings import booking_for_organiser

attachments_bp = Blueprint("attachments", __name__, url_prefix="/bookings")

ALLOWED_EXTENSIONS = {"pdf", "docx", "xlsx", "jpg", "png"}


def _extension(name: str) -> str:
    return name.rsplit(".", 1)[-1].lower() if "." in name else ""


@attachments_bp.post("/<ref>/attachments")
def upload_attachment(ref: str):
    booking = booking_for_organiser(ref)
    if booking is None:
        abort(404)
    upload = request.files.get("file")
    if upload is None or not upload.filename:
        abort(400)
    cleaned = secure_filename(upload.filename)
    if _extension(cleaned) not in ALLOWED_EXTENSIONS:
        abort(415)
    folder = os.path.join(current_app.config["ATTACHMENT_ROOT"], booking.ref)
    os.makedirs(folder, exist_ok=True)
    stored_name = f"{uuid.uuid4().hex[:8]}-{cleaned}"
    upload.save(os.path.join(folder, stored_name))
    booking.add_attachment(stored_name, original=upload.filename)
    return jsonify({"stored_as": stored_name}), 201
