"""Upload of signed delivery notes from trade buyers.

Garden centres sign the paper delivery note when the van drops off their
baskets and bolts of willow; they can scan it and upload it here so the
invoice can be released.
"""
import os
from datetime import datetime, timezone

from flask import Blueprint, abort, current_app, jsonify, request
from flask_login import current_user, login_required
from werkzeug.utils import secure_filename

from .models import Delivery, db

bp = Blueprint("delivery_notes", __name__)

NOTES_DIR = os.environ.get("DELIVERY_NOTES_DIR", "/srv/basketweaver/delivery-notes")
ALLOWED_EXT = {"pdf", "jpg", "jpeg", "png"}


@bp.post("/trade/deliveries/<int:delivery_id>/note")
@login_required
def upload_note(delivery_id: int):
    delivery = db.session.get(Delivery, delivery_id)
    if delivery is None or delivery.buyer_id != current_user.buyer_id:
        abort(404)
    upload = request.files.get("note")
    if upload is None:
        abort(400, description="no file attached")

    filename = secure_filename(upload.filename or "")
    ext = filename.rsplit(".", 1)[-1].lower() if "." in filename else ""
    if not filename or ext not in ALLOWED_EXT:
        abort(400, description="delivery notes must be PDF or an image")

    os.makedirs(NOTES_DIR, exist_ok=True)
    dest = os.path.join(NOTES_DIR, f"{delivery_id}-{filename}")
    upload.save(dest)

    delivery.note_path = dest
    delivery.note_uploaded_at = datetime.now(timezone.utc)
    db.session.commit()
    current_app.logger.info("delivery note uploaded for delivery %d", delivery_id)
    return jsonify(delivery_id=delivery_id, file=filename), 201
