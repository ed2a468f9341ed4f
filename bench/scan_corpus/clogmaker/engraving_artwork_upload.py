"""Upload of customer artwork to be engraved or painted on decorative clogs."""

import os
import uuid

from flask import Blueprint, abort, current_app, jsonify, request
from flask_login import current_user, login_required
from werkzeug.utils import secure_filename

from clogmaker.models import ArtworkUpload, db

bp = Blueprint("artwork", __name__, url_prefix="/custom/artwork")

ALLOWED_EXTENSIONS = {"png", "jpg", "jpeg", "svg", "pdf"}
MAX_BYTES = 8 * 1024 * 1024


def _extension(filename: str) -> str:
    return filename.rsplit(".", 1)[-1].lower() if "." in filename else ""


@bp.post("/<int:order_id>")
@login_required
def upload_artwork(order_id: int):
    upload = request.files.get("artwork")
    if upload is None or not upload.filename:
        abort(400)
    original = secure_filename(upload.filename)
    ext = _extension(original)
    if not original or ext not in ALLOWED_EXTENSIONS:
        abort(415)
    order_dir = os.path.join(current_app.config["ARTWORK_DIR"], f"order-{order_id}")
    os.makedirs(order_dir, exist_ok=True)
    stored_name = f"{uuid.uuid4().hex}.{ext}"
    destination = os.path.join(order_dir, stored_name)
    upload.save(destination)
    if os.path.getsize(destination) > MAX_BYTES:
        os.remove(destination)
        abort(413)
    record = ArtworkUpload(
        order_id=order_id,
        customer_id=current_user.id,
        original_name=original,
        stored_name=stored_name,
    )
    db.session.add(record)
    db.session.commit()
    return jsonify({"id": record.id, "name": original}), 201
