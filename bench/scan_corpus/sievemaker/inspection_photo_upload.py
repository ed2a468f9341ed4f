"""Upload of incoming-inspection photos for wire and mesh coil deliveries.

Goods-in staff photograph each coil label and any visible defects
(kinks, corrosion, wrong weave) and attach the pictures to the delivery.
"""
import os
import uuid
from datetime import date

from flask import Blueprint, current_app, jsonify, request
from werkzeug.utils import secure_filename

bp = Blueprint("inspection_photos", __name__)

ALLOWED_EXT = {"jpg", "jpeg", "png", "heic"}
MAX_BYTES = 15 * 1024 * 1024


def _extension(name: str) -> str:
    return name.rsplit(".", 1)[-1].lower() if "." in name else ""


def photo_dir(delivery_no: str) -> str:
    base = current_app.config["INSPECTION_PHOTO_DIR"]
    path = os.path.join(base, date.today().strftime("%Y"), secure_filename(delivery_no))
    os.makedirs(path, exist_ok=True)
    return path


@bp.post("/deliveries/<delivery_no>/photos")
def upload_photos(delivery_no: str):
    saved = []
    for upload in request.files.getlist("photo"):
        original = secure_filename(upload.filename or "")
        ext = _extension(original)
        if ext not in ALLOWED_EXT:
            return jsonify(error=f"{original or 'file'}: unsupported type"), 415
        upload.stream.seek(0, os.SEEK_END)
        size = upload.stream.tell()
        upload.stream.seek(0)
        if size > MAX_BYTES:
            return jsonify(error=f"{original}: larger than 15 MB"), 413
        stored_name = f"{uuid.uuid4().hex}.{ext}"
        upload.save(os.path.join(photo_dir(delivery_no), stored_name))
        saved.append({"original": original, "stored": stored_name, "bytes": size})
    if not saved:
        return jsonify(error="no photo attached"), 400
    current_app.logger.info("stored %d photos for delivery %s", len(saved), delivery_no)
    return jsonify(delivery=delivery_no, photos=saved), 201
