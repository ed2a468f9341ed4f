"""Reference and progress photos attached to build commissions.

Uploaded files are renamed to a server-generated name; the name the client
sent is only kept as a caption in the database.
"""
from __future__ import annotations

import uuid
from pathlib import Path

from flask import Blueprint, abort, current_app, jsonify, request, send_from_directory
from flask_login import current_user, login_required
from werkzeug.utils import secure_filename

from .extensions import db
from .models import Commission, CommissionPhoto

bp = Blueprint("commission_uploads", __name__)

EXTENSIONS = {"image/jpeg": ".jpg", "image/png": ".png", "image/webp": ".webp"}


def _folder(commission_id: int) -> Path:
    folder = Path(current_app.config["COMMISSION_PHOTO_DIR"]) / f"commission-{commission_id}"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def _can_see(commission: Commission) -> bool:
    return commission.customer_id == current_user.id or current_user.is_staff


@bp.post("/commissions/<int:commission_id>/photos")
@login_required
def upload(commission_id: int):
    commission = Commission.query.get_or_404(commission_id)
    if not _can_see(commission):
        abort(403)
    file = request.files.get("photo")
    if file is None or file.mimetype not in EXTENSIONS:
        abort(400, "please upload a JPEG, PNG or WebP image")
    stored_name = f"{uuid.uuid4().hex}{EXTENSIONS[file.mimetype]}"
    file.save(_folder(commission.id) / stored_name)
    photo = CommissionPhoto(
        commission_id=commission.id,
        stored_name=stored_name,
        caption=secure_filename(file.filename or "") or "photo",
        uploaded_by=current_user.id,
    )
    db.session.add(photo)
    db.session.commit()
    return jsonify({"id": photo.id, "caption": photo.caption}), 201


@bp.get("/commissions/<int:commission_id>/photos/<int:photo_id>")
@login_required
def download(commission_id: int, photo_id: int):
    commission = Commission.query.get_or_404(commission_id)
    if not _can_see(commission):
        abort(403)
    photo = CommissionPhoto.query.filter_by(id=photo_id, commission_id=commission.id).first_or_404()
    return send_from_directory(_folder(commission.id), photo.stored_name)
