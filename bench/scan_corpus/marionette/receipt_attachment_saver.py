"""Saves receipt photos that crew members attach to touring expense claims."""

from __future__ import annotations

import os
import uuid
from datetime import date

from flask import Blueprint, abort, current_app, jsonify, request, session
from werkzeug.utils import secure_filename

bp = Blueprint("receipts", __name__, url_prefix="/expenses")

ALLOWED_EXTENSIONS = {"jpg", "jpeg", "png", "pdf", "heic"}


def _extension(filename: str) -> str:
    return filename.rsplit(".", 1)[-1].lower() if "." in filename else ""


def _receipt_dir(tour_id: int) -> str:
    folder = os.path.join(current_app.config["RECEIPTS_DIR"], f"tour-{tour_id}", date.today().isoformat())
    os.makedirs(folder, exist_ok=True)
    return folder


@bp.post("/<int:tour_id>/receipts")
def attach_receipt(tour_id: int):
    if "crew_id" not in session:
        abort(401)
    upload = request.files.get("receipt")
    if upload is None or not upload.filename:
        abort(400, "no file")
    original = secure_filename(upload.filename)
    ext = _extension(original)
    if ext not in ALLOWED_EXTENSIONS:
        abort(400, "unsupported file type")

    stored_name = f"{uuid.uuid4().hex}.{ext}"
    destination = os.path.join(_receipt_dir(tour_id), stored_name)
    upload.save(destination)

    from .expenses import attach_receipt_to_claim

    attach_receipt_to_claim(
        tour_id=tour_id,
        crew_id=session["crew_id"],
        original_name=original,
        stored_path=destination,
    )
    return jsonify({"stored_as": stored_name}), 201
