"""Let partner shops download the proof-of-delivery photo for their orders."""
import os

from flask import Blueprint, abort, current_app, g, send_file

from .auth import shop_login_required

bp = Blueprint("proof_photos", __name__, url_prefix="/shop/proof")


def _photo_root() -> str:
    return current_app.config["PROOF_PHOTO_ROOT"]


def _resolve(order_ref: str, filename: str) -> str:
    return os.path.join(_photo_root(), order_ref, filename)


@bp.get("/<order_ref>/<path:filename>")
@shop_login_required
def download(order_ref: str, filename: str):
    order = current_app.extensions["orders"].get(order_ref)
    if order is None or order.shop_id != g.shop.id:
        abort(404)
    path = _resolve(order_ref, filename)
    if not os.path.isfile(path):
        abort(404)
    return send_file(path, mimetype="image/jpeg", max_age=3600)
