"""Customers attach reference pictures and sketches to a commission enquiry."""
from __future__ import annotations

import os
import uuid
from pathlib import Path

from flask import Blueprint, abort, current_app, jsonify, request, session
from werkzeug.utils import secure_filename

bp = Blueprint("attachments", __name__, url_prefix="/enquiries")

ALLOWED_EXTENSIONS = {".jpg", ".jpeg", ".png", ".pdf", ".heic"}


def upload_root() -> Path:
    return Path(current_app.config.get("ENQUIRY_UPLOADS", "/srv/copperbeater/enquiries"))


def _enquiry_folder(enquiry_id: int) -> Path:
    folder = upload_root() / str(enquiry_id)
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def _clean_name(raw: str) -> str:
    name = secure_filename(raw)
    if not name:
        name = f"attachment-{uuid.uuid4().hex[:8]}"
    stem, ext = os.path.splitext(name)
    if ext.lower() not in ALLOWED_EXTENSIONS:
        abort(415, description=f"{ext or 'files without an extension'} not accepted")
    return f"{stem[:60]}{ext.lower()}"


@bp.post("/<int:enquiry_id>/attachments")
def add_attachment(enquiry_id: int):
    if session.get("enquiry_id") != enquiry_id:
        abort(403)
    uploaded = request.files.getlist("files")
    if not uploaded:
        abort(400, description="no files")
    folder = _enquiry_folder(enquiry_id)
    stored = []
    for item in uploaded:
        name = _clean_name(item.filename or "")
        destination = folder / name
        if destination.exists():
            destination = folder / f"{uuid.uuid4().hex[:6]}-{name}"
        item.save(destination)
        stored.append(destination.name)
    return jsonify({"enquiry_id": enquiry_id, "stored": stored}), 201
