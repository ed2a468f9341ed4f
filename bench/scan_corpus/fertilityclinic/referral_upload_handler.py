"""Upload of referral letters and prior test results by referring GPs.

Referring practices upload PDFs (semen analyses, hormone profiles, previous
IVF summaries) into a per-referral inbox that the intake team processes.
"""
from __future__ import annotations

import os
from pathlib import Path

from flask import Blueprint, abort, current_app, jsonify, request
from werkzeug.utils import secure_filename

from intake.auth import referrer_required

bp = Blueprint("referral_uploads", __name__, url_prefix="/referrals")

ALLOWED_SUFFIXES = {".pdf", ".jpg", ".png"}
MAX_BYTES = 15 * 1024 * 1024


def inbox_for(referral_id: int) -> Path:
    base = Path(current_app.config["REFERRAL_INBOX_DIR"]).resolve()
    folder = base / f"ref-{int(referral_id):08d}"
    folder.mkdir(mode=0o750, parents=True, exist_ok=True)
    return folder


def safe_target(folder: Path, client_name: str) -> Path:
    cleaned = secure_filename(client_name)
    if not cleaned or Path(cleaned).suffix.lower() not in ALLOWED_SUFFIXES:
        raise ValueError("unsupported file")
    target = (folder / cleaned).resolve()
    if not target.is_relative_to(folder):
        raise ValueError("invalid file name")
    return target


@bp.post("/<int:referral_id>/documents")
@referrer_required
def upload_document(referral_id: int):
    upload = request.files.get("document")
    if upload is None or not upload.filename:
        abort(400)
    if request.content_length and request.content_length > MAX_BYTES:
        abort(413)
    folder = inbox_for(referral_id)
    try:
        target = safe_target(folder, upload.filename)
    except ValueError as exc:
        return jsonify(error=str(exc)), 400
    if target.exists():
        return jsonify(error="a document with this name already exists"), 409
    upload.save(os.fspath(target))
    current_app.logger.info("referral %s: stored %s", referral_id, target.name)
    return jsonify(stored=target.name), 201


@bp.get("/<int:referral_id>/documents")
@referrer_required
def list_documents(referral_id: int):
    folder = inbox_for(referral_id)
    return jsonify(documents=sorted(p.name for p in folder.iterdir() if p.is_file()))
