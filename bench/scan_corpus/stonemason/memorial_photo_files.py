"""Serves photographs attached to memorial orders.

Families upload photos of the existing grave and of designs they like;
the fixers download them from the job sheet on their phones.
"""
from __future__ import annotations

import os
import uuid

from flask import Blueprint, abort, current_app, jsonify, request, send_file
from flask_login import current_user, login_required
from werkzeug.utils import secure_filename

photos_bp = Blueprint("photos", __name__, url_prefix="/orders")

ALLOWED_EXT = {".jpg", ".jpeg", ".png", ".heic"}


def _order_dir(order_id: int) -> str:
    return os.path.join(current_app.config["PHOTO_ROOT"], f"{order_id:07d}")


def _check_access(order_id: int) -> None:
    orders = current_app.extensions["order_service"]
    if not orders.user_can_view(current_user.id, order_id):
        abort(404)


@photos_bp.post("/<int:order_id>/photos")
@login_required
def upload_photo(order_id: int):
    _check_access(order_id)
    upload = request.files.get("photo")
    if upload is None or not upload.filename:
        abort(400)
    ext = os.path.splitext(secure_filename(upload.filename))[1].lower()
    if ext not in ALLOWED_EXT:
        abort(415)
    os.makedirs(_order_dir(order_id), exist_ok=True)
    name = f"{uuid.uuid4().hex}{ext}"
    upload.save(os.path.join(_order_dir(order_id), name))
    return jsonify(name=name), 201


@photos_bp.get("/<int:order_id>/photos")
@login_required
def list_photos(order_id: int):
    _check_access(order_id)
    try:
        names = sorted(os.listdir(_order_dir(order_id)))
    except FileNotFoundError:
        names = []
    return jsonify(photos=names)


@photos_bp.get("/<int:order_id>/photo")
@login_required
def download_photo(order_id: int):
    _check_access(order_id)
    name = request.args.get("file", "")
    path = os.path.join(_order_dir(order_id), name)
    if not os.path.isfile(path):
        abort(404)
    return send_file(path, as_attachment=False)
