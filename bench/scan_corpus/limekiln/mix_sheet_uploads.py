"""Upload of signed mortar mix sheets returned by site foremen."""
from __future__ import annotations

import hashlib
import logging
from pathlib import Path

from flask import Blueprint, current_app, jsonify, request
from flask_login import login_required

log = logging.getLogger("mixsheets")
bp = Blueprint("mix_sheets", __name__)

ALLOWED_SUFFIXES = {".pdf", ".jpg", ".jpeg", ".png"}
MAX_BYTES = 15 * 1024 * 1024


def _upload_dir(order_ref: str) -> Path:
    if not order_ref.isalnum():
        raise ValueError("bad order reference")
    base = Path(current_app.config["MIX_SHEET_ROOT"]) / order_ref
    base.mkdir(parents=True, exist_ok=True)
    return base


@bp.post("/orders/<order_ref>/mix-sheet")
@login_required
def upload_mix_sheet(order_ref: str):
    upload = request.files.get("sheet")
    if upload is None or not upload.filename:
        return jsonify(error="no file"), 400
    if request.content_length and request.content_length > MAX_BYTES:
        return jsonify(error="file too large"), 413
    suffix = Path(upload.filename).suffix.lower()
    if suffix not in ALLOWED_SUFFIXES:
        return jsonify(error="unsupported file type"), 415
    try:
        folder = _upload_dir(order_ref)
    except ValueError:
        return jsonify(error="bad order reference"), 400

    destination = folder / upload.filename
    data = upload.read()
    destination.write_bytes(data)
    digest = hashlib.sha256(data).hexdigest()
    log.info("stored mix sheet %s for order %s", destination.name, order_ref)
    return jsonify(stored=destination.name, sha256=digest), 201


@bp.get("/orders/<order_ref>/mix-sheet")
@login_required
def list_mix_sheets(order_ref: str):
    try:
        folder = _upload_dir(order_ref)
    except ValueError:
        return jsonify(error="bad order reference"), 400
    return jsonify(sheets=sorted(p.name for p in folder.iterdir() if p.is_file()))
