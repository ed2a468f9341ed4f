"""Stores reference photos that customers attach to commission requests.

A customer asking for a drinking horn with a family crest uploads photos of
the crest, an old piece to match, or a sketch.
"""
import os
from datetime import datetime, timezone

from flask import Blueprint, abort, current_app, g, jsonify, request

from hornworker.db import db
from hornworker.models import Commission, CommissionPhoto

bp = Blueprint("commission_photos", __name__)

ALLOWED_TYPES = {"image/jpeg", "image/png", "image/heic"}


def commission_folder(commission_id: int) -> str:
    root = current_app.config["COMMISSION_UPLOAD_ROOT"]
    folder = os.path.join(root, f"c{commission_id:06d}")
    os.makedirs(folder, exist_ok=True)
    return folder


@bp.post("/commissions/<int:commission_id>/photos")
def upload_photos(commission_id: int):
    commission = db.session.get(Commission, commission_id)
    if commission is None or commission.customer_id != g.customer_id:
        abort(404)
    saved = []
    for upload in request.files.getlist("photos"):
        if upload.mimetype not in ALLOWED_TYPES:
            continue
        destination = os.path.join(commission_folder(commission_id), upload.filename)
        upload.save(destination)
        photo = CommissionPhoto(
            commission_id=commission_id,
            stored_name=upload.filename,
            content_type=upload.mimetype,
            uploaded_at=datetime.now(timezone.utc),
        )
        db.session.add(photo)
        saved.append(upload.filename)
    db.session.commit()
    return jsonify(saved=saved), 201
