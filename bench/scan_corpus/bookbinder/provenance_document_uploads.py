"""Provenance documents uploaded by collectors.

Collectors can attach receipts, bookplate records or letters of provenance
to a volume they have sent in; these go with the book's file and are shown
to the conservator and, later, to the insurer.
"""
import os
import uuid

from flask import Blueprint, abort, current_app, jsonify, request, send_from_directory
from werkzeug.utils import secure_filename

bp = Blueprint("provenance", __name__, url_prefix="/volumes")

ALLOWED_SUFFIXES = {".pdf", ".jpg", ".jpeg", ".png", ".tif", ".tiff"}


def upload_dir(volume_id: int) -> str:
    folder = os.path.join(current_app.config["PROVENANCE_ROOT"], str(volume_id))
    os.makedirs(folder, exist_ok=True)
    return folder


@bp.post("/<int:volume_id>/provenance")
def upload_document(volume_id: int):
    incoming = request.files.get("document")
    if incoming is None or not incoming.filename:
        abort(400)
    cleaned = secure_filename(incoming.filename)
    suffix = os.path.splitext(cleaned)[1].lower()
    if suffix not in ALLOWED_SUFFIXES:
        abort(415)
    stored_name = f"{uuid.uuid4().hex}-{cleaned}"
    incoming.save(os.path.join(upload_dir(volume_id), stored_name))
    return jsonify(volume_id=volume_id, stored_as=stored_name), 201


@bp.get("/<int:volume_id>/provenance/<name>")
def fetch_document(volume_id: int, name: str):
    return send_from_directory(upload_dir(volume_id), secure_filename(name))
