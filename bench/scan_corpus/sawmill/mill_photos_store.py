"""Photos attached to grading disputes and damaged-delivery claims.

Customers and drivers upload photos of packs (wane, shakes, fork damage) from
the portal. Photos are stored per claim and served back to the claims team.
"""
from __future__ import annotations

import uuid
from pathlib import Path

from flask import Blueprint, abort, current_app, request, send_from_directory
from flask_login import current_user, login_required
from werkzeug.utils import secure_filename

from claims.access import can_access_claim

bp = Blueprint("claim_photos", __name__, url_prefix="/claims")

ALLOWED_EXT = {".jpg", ".jpeg", ".png", ".heic"}


def _claim_dir(claim_id: int) -> Path:
    if not can_access_claim(current_user, claim_id):
        abort(404)
    root = Path(current_app.config["CLAIM_PHOTO_ROOT"])
    path = root / str(claim_id)
    path.mkdir(parents=True, exist_ok=True)
    return path


@bp.post("/<int:claim_id>/photos")
@login_required
def upload_photo(claim_id: int):
    upload = request.files.get("photo")
    if upload is None or not upload.filename:
        abort(400)
    ext = Path(secure_filename(upload.filename)).suffix.lower()
    if ext not in ALLOWED_EXT:
        abort(415)
    stored_name = f"{uuid.uuid4().hex}{ext}"
    upload.save(_claim_dir(claim_id) / stored_name)
    return {"photo": stored_name}, 201


@bp.get("/<int:claim_id>/photos/<path:name>")
@login_required
def get_photo(claim_id: int, name: str):
    return send_from_directory(_claim_dir(claim_id), name, max_age=3600)
