"""Upload of product photos for custom blade orders (shown to the customer during forging)."""
import os
import uuid
from pathlib import Path

from flask import Blueprint, abort, current_app, jsonify, request
from flask_login import current_user, login_required
from werkzeug.utils import secure_filename

bp = Blueprint("blade_photos", __name__, url_prefix="/workshop/orders")

ALLOWED = {"jpg", "jpeg", "png", "webp"}
MAX_BYTES = 12 * 1024 * 1024


def photo_dir(order_id: int) -> Path:
    base = Path(current_app.config.get("PHOTO_DIR", "/srv/cutler/blade-photos"))
    folder = base / str(order_id)
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def _extension(filename: str) -> str:
    return filename.rsplit(".", 1)[-1].lower() if "." in filename else ""


@bp.post("/<int:order_id>/photos")
@login_required
def upload_photo(order_id: int):
    if not current_user.is_workshop_staff:
        abort(403)
    upload = request.files.get("photo")
    if upload is None or not upload.filename:
        abort(400)
    cleaned = secure_filename(upload.filename)
    if _extension(cleaned) not in ALLOWED:
        abort(415)
    if request.content_length and request.content_length > MAX_BYTES:
        abort(413)
    stored_name = f"{uuid.uuid4().hex[:8]}-{cleaned}"
    target = photo_dir(order_id) / stored_name
    upload.save(os.fspath(target))
    return jsonify(order_id=order_id, photo=stored_name, stage=request.form.get("stage", "forging")), 201
