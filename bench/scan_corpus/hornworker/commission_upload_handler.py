"""Accepts sketch and reference uploads on the commission request form."""
import os
import uuid

from flask import Blueprint, current_app, jsonify, request
from werkzeug.utils import secure_filename

from hornworker.db import db
from hornworker.models import CommissionPhoto

bp = Blueprint("commission_uploads", __name__)

ALLOWED_EXTENSIONS = {".jpg", ".jpeg", ".png", ".heic", ".pdf"}


def stored_name_for(original: str) -> str | None:
    cleaned = secure_filename(original)
    ext = os.path.splitext(cleaned)[1].lower()
    if ext not in ALLOWED_EXTENSIONS:
        return None
    return f"{uuid.uuid4().hex}{ext}"


@bp.post("/commissions/<int:commission_id>/uploads")
def upload_reference(commission_id: int):
    folder = os.path.join(current_app.config["COMMISSION_UPLOAD_ROOT"], str(commission_id))
    os.makedirs(folder, exist_ok=True)
    accepted = []
    for upload in request.files.getlist("files"):
        stored = stored_name_for(upload.filename or "")
        if stored is None:
            continue
        upload.save(os.path.join(folder, stored))
        db.session.add(
            CommissionPhoto(
                commission_id=commission_id,
                stored_name=stored,
                original_name=secure_filename(upload.filename)[:120],
                content_type=upload.mimetype,
            )
        )
        accepted.append(stored)
    db.session.commit()
    return jsonify(accepted=accepted), 201
