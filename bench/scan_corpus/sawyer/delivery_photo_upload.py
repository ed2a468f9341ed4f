"""Photo upload for delivery notes.

Drivers attach photos of the unloaded stack at the merchant's site.
Photos are stored next to the delivery note's other documents, one
folder per note number.
"""
import os
from datetime import datetime

from flask import Blueprint, abort, jsonify, request
from flask_login import current_user, login_required

from sawyer.deliveries import note_for_driver, record_attachment
from sawyer.settings import DELIVERY_DOCS_ROOT

bp = Blueprint("delivery_photos", __name__)

ALLOWED_TYPES = {"image/jpeg", "image/png", "image/heic"}


def note_folder(note_number):
    folder = os.path.join(DELIVERY_DOCS_ROOT, note_number)
    os.makedirs(folder, exist_ok=True)
    return folder


@bp.post("/deliveries/<note_number>/photos")
@login_required
def upload_photo(note_number):
    note = note_for_driver(note_number, current_user.id)
    if note is None:
        abort(404)
    photo = request.files.get("photo")
    if photo is None or photo.mimetype not in ALLOWED_TYPES:
        abort(415)
    target_name = request.form.get("name") or photo.filename
    destination = os.path.join(note_folder(note.number), target_name)
    photo.save(destination)
    record_attachment(
        note_id=note.id,
        kind="photo",
        filename=target_name,
        uploaded_by=current_user.id,
        uploaded_at=datetime.utcnow(),
    )
    return jsonify({"note": note.number, "stored": target_name}), 201
