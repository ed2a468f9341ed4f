"""Attachments on damage reports sent in from the quay office.

The harbour office scans hand-written damage tags and attaches them to the
repair order together with any photos.
"""
import os
from datetime import datetime

from flask import Blueprint, abort, current_app, jsonify, request
from flask_login import login_required
from werkzeug.utils import secure_filename

from netmaker.orders import RepairOrder

bp = Blueprint("damage_attachments", __name__, url_prefix="/office/orders")

ALLOWED_EXTENSIONS = {".pdf", ".jpg", ".jpeg", ".png", ".tif"}


def attachment_dir(order_id: int) -> str:
    folder = os.path.join(current_app.config["ATTACHMENT_ROOT"], f"{order_id:07d}")
    os.makedirs(folder, exist_ok=True)
    return folder


@bp.post("/<int:order_id>/attachments")
@login_required
def add_attachment(order_id: int):
    order = RepairOrder.query.get_or_404(order_id)
    upload = request.files.get("file")
    if upload is None or not upload.filename:
        abort(400)
    cleaned = secure_filename(upload.filename)
    extension = os.path.splitext(cleaned)[1].lower()
    if not cleaned or extension not in ALLOWED_EXTENSIONS:
        abort(415)
    stamped = f"{datetime.utcnow():%Y%m%d%H%M%S}-{cleaned}"
    destination = os.path.join(attachment_dir(order.id), stamped)
    upload.save(destination)
    order.add_attachment(stamped)
    return jsonify(order=order.id, attachment=stamped), 201
