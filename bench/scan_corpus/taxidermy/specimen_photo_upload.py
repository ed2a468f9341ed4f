"""Intake photos: condition of the specimen when it arrives at the studio.

Front-desk staff photograph every specimen at drop-off (cape condition,
antler damage, freezer burn) so disputes at pickup can be settled.
"""
from __future__ import annotations

import os
import uuid
from pathlib import Path

from flask import Blueprint, abort, current_app, jsonify, request, send_from_directory
from werkzeug.utils import secure_filename

from .auth import staff_required
from .models import IntakePhoto, Specimen, db

bp = Blueprint("intake_photos", __name__, url_prefix="/intake")

ALLOWED_EXTENSIONS = {".jpg", ".jpeg", ".png", ".heic"}


def _photo_dir(specimen_id: int) -> Path:
    folder = Path(current_app.config["INTAKE_PHOTO_ROOT"]) / str(specimen_id)
    folder.mkdir(parents=True, exist_ok=True)
    return folder


@bp.post("/specimens/<int:specimen_id>/photos")
@staff_required
def upload_photo(specimen_id: int):
    specimen = db.session.get(Specimen, specimen_id)
    if specimen is None:
        abort(404)
    upload = request.files.get("photo")
    if upload is None or not upload.filename:
        abort(400)

    original = secure_filename(upload.filename)
    ext = os.path.splitext(original)[1].lower()
    if ext not in ALLOWED_EXTENSIONS:
        abort(415)

    stored_name = f"{uuid.uuid4().hex}{ext}"
    upload.save(_photo_dir(specimen.id) / stored_name)

    photo = IntakePhoto(specimen_id=specimen.id, stored_name=stored_name, original_name=original)
    db.session.add(photo)
    db.session.commit()
    return jsonify(id=photo.id, name=original), 201


@bp.get("/photos/<int:photo_id>")
@staff_required
def get_photo(photo_id: int):
    photo = db.session.get(IntakePhoto, photo_id)
    if photo is None:
        abort(404)
    return send_from_directory(
        _photo_dir(photo.specimen_id),
        photo.stored_name,
        download_name=photo.original_name,
    )
