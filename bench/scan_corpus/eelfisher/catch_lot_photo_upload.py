"""Photo evidence for catch lots.

When a catch lot is received at the co-operative, the intake clerk photographs
the eels in the holding tank and the skipper's landing slip. Photos are filed
under the catch lot number so inspectors can find them during audits.
"""

import os
from datetime import datetime, timezone

from flask import Blueprint, abort, current_app, jsonify, request
from flask_login import current_user, login_required

bp = Blueprint("catch_photos", __name__)

ALLOWED_EXTENSIONS = {".jpg", ".jpeg", ".png", ".heic"}


def photo_dir(lot_no: str) -> str:
    root = current_app.config["CATCH_PHOTO_ROOT"]
    folder = os.path.join(root, lot_no)
    os.makedirs(folder, exist_ok=True)
    return folder


def extension_ok(filename: str) -> bool:
    return os.path.splitext(filename)[1].lower() in ALLOWED_EXTENSIONS


def save_upload(lot_no: str, upload) -> str:
    destination = os.path.join(photo_dir(lot_no), upload.filename)
    upload.save(destination)
    return destination


@bp.post("/lots/<lot_no>/photos")
@login_required
def upload_photos(lot_no: str):
    files = request.files.getlist("photos")
    if not files:
        abort(400, "no photos attached")
    saved = []
    for upload in files:
        if not upload.filename or not extension_ok(upload.filename):
            abort(415, f"unsupported file {upload.filename!r}")
        saved.append(os.path.basename(save_upload(lot_no, upload)))
    current_app.logger.info(
        "%s uploaded %d photos for lot %s at %s",
        current_user.get_id(),
        len(saved),
        lot_no,
        datetime.now(timezone.utc).isoformat(),
    )
    return jsonify({"lot": lot_no, "saved": saved})
