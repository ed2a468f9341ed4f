"""Lets customers download the photos taken at their fittings.

Fitters photograph the baste and forward fittings (front, back, side) so
the customer can compare adjustments. Photos are stored per order under
the media volume.
"""
import os
from pathlib import Path

from flask import Blueprint, abort, jsonify, request, send_file
from flask_login import current_user, login_required
from sqlalchemy import text

from hc_portal.db import engine

bp = Blueprint("fitting_photos", __name__, url_prefix="/portal/orders")

PHOTO_ROOT = Path(os.environ.get("HC_PHOTO_ROOT", "/srv/hc/media/fittings"))
ALLOWED_SUFFIXES = {".jpg", ".jpeg", ".png", ".heic"}


def _owns_order(customer_id: int, order_id: int) -> bool:
    with engine.connect() as conn:
        row = conn.execute(
            text("SELECT 1 FROM orders WHERE id = :oid AND customer_id = :cid"),
            {"oid": order_id, "cid": customer_id},
        ).first()
    return row is not None


def _photo_dir(order_id: int) -> Path:
    return PHOTO_ROOT / str(order_id)


@bp.get("/<int:order_id>/photos")
@login_required
def list_photos(order_id: int):
    if not _owns_order(current_user.id, order_id):
        abort(404)
    folder = _photo_dir(order_id)
    names = sorted(p.name for p in folder.glob("*") if p.suffix.lower() in ALLOWED_SUFFIXES)
    return jsonify(photos=names)


@bp.get("/<int:order_id>/photos/download")
@login_required
def download_photo(order_id: int):
    if not _owns_order(current_user.id, order_id):
        abort(404)
    name = request.args.get("file", "")
    if Path(name).suffix.lower() not in ALLOWED_SUFFIXES:
        abort(400)
    photo = _photo_dir(order_id) / name
    if not photo.is_file():
        abort(404)
    return send_file(photo, as_attachment=True, download_name=photo.name)
