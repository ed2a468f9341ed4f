"""Serve and accept technician photos attached to work orders."""
from __future__ import annotations

import os
import uuid

from flask import Blueprint, abort, current_app, jsonify, request, send_from_directory
from flask_login import current_user, login_required

from fleet.maintenance.models import WorkOrder, db

bp = Blueprint("wo_photos", __name__, url_prefix="/work-orders")

PHOTO_TYPES = {"image/jpeg": ".jpg", "image/png": ".png"}


def _photo_dir(order_id: int) -> str:
    return os.path.join(current_app.config["PHOTO_ROOT"], str(order_id))


def _authorised_order(order_id: int) -> WorkOrder:
    order = db.session.get(WorkOrder, order_id)
    if order is None or order.shop_id not in current_user.shop_ids:
        abort(404)
    return order


@bp.post("/<int:order_id>/photos")
@login_required
def add_photo(order_id: int):
    order = _authorised_order(order_id)
    upload = request.files.get("photo")
    if upload is None or upload.mimetype not in PHOTO_TYPES:
        abort(415)
    name = f"{uuid.uuid4().hex}{PHOTO_TYPES[upload.mimetype]}"
    os.makedirs(_photo_dir(order.id), exist_ok=True)
    upload.save(os.path.join(_photo_dir(order.id), name))
    return jsonify({"photo": name}), 201


@bp.get("/<int:order_id>/photos/<path:filename>")
@login_required
def get_photo(order_id: int, filename: str):
    order = _authorised_order(order_id)
    # send_from_directory rejects names that escape the directory
    return send_from_directory(_photo_dir(order.id), filename, max_age=3600)
