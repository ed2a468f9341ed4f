"""Borrower document upload endpoint (pay stubs, bank statements, ID)."""
from __future__ import annotations

import os
import uuid
from pathlib import Path

from flask import Blueprint, abort, current_app, jsonify, request
from flask_login import current_user, login_required
from werkzeug.utils import secure_filename

from .loans import borrower_owns_loan
from .queue import enqueue_intake

bp = Blueprint("uploads", __name__, url_prefix="/portal/loans")

ALLOWED_EXTENSIONS = {".pdf", ".jpg", ".jpeg", ".png", ".heic"}


def _upload_root() -> Path:
    return Path(current_app.config["BORROWER_UPLOAD_ROOT"]).resolve()


@bp.post("/<loan_number>/documents")
@login_required
def upload(loan_number: str):
    if not borrower_owns_loan(current_user.id, loan_number):
        abort(404)
    file = request.files.get("document")
    if file is None or not file.filename:
        abort(400, "document is required")

    original = secure_filename(file.filename)
    ext = Path(original).suffix.lower()
    if ext not in ALLOWED_EXTENSIONS:
        abort(415)

    root = _upload_root()
    target = (root / loan_number / f"{uuid.uuid4().hex}{ext}").resolve()
    if not target.is_relative_to(root):
        abort(400)

    target.parent.mkdir(parents=True, exist_ok=True, mode=0o750)
    file.save(target)
    os.chmod(target, 0o640)
    enqueue_intake(loan_number=loan_number, path=str(target), original_name=original)
    return jsonify(stored=target.name, original=original), 201
