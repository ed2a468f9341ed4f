"""Upload of personalised label text and artwork for gift bottlings.

Customers ordering a personalised gift bottle from the web shop attach an
image; the bottling team pick it up from the order's folder.
"""
import os
import uuid

from flask import Blueprint, abort, current_app, request
from werkzeug.utils import secure_filename

bp = Blueprint("gift_labels", __name__, url_prefix="/shop/gift-labels")

ALLOWED_EXTENSIONS = {".png", ".jpg", ".jpeg", ".pdf"}


def _order_folder(order_id: int) -> str:
    folder = os.path.join(current_app.config["GIFT_LABEL_ROOT"], f"order_{order_id:08d}")
    os.makedirs(folder, exist_ok=True)
    return folder


@bp.post("/<int:order_id>")
def upload_label(order_id: int):
    upload = request.files.get("artwork")
    if upload is None or not upload.filename:
        abort(400)
    safe_name = secure_filename(upload.filename)
    stem, ext = os.path.splitext(safe_name)
    if ext.lower() not in ALLOWED_EXTENSIONS or not stem:
        abort(415)
    stored_name = f"{stem[:40]}_{uuid.uuid4().hex[:8]}{ext.lower()}"
    destination = os.path.join(_order_folder(order_id), stored_name)
    upload.save(destination)
    return {"stored_as": stored_name}, 201
