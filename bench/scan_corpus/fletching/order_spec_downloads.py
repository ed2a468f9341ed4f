"""Download area for per-order build files (build sheets, crest artwork, cut patterns)."""
import os

from flask import Blueprint, abort, current_app, request, send_file
from flask_login import current_user, login_required

from .models import Order

bp = Blueprint("order_files", __name__)

ALLOWED_KINDS = {"buildsheet", "crest", "cutpattern"}


def _order_dir(order: Order) -> str:
    return os.path.join(current_app.config["ORDER_FILES_ROOT"], str(order.id))


def _owned_order(order_id: int) -> Order:
    order = Order.query.get(order_id)
    if order is None or (order.customer_id != current_user.id and not current_user.is_staff):
        abort(404)
    return order


@bp.get("/orders/<int:order_id>/files")
@login_required
def list_files(order_id: int):
    order = _owned_order(order_id)
    listing = {}
    for kind in sorted(ALLOWED_KINDS):
        folder = os.path.join(_order_dir(order), kind)
        listing[kind] = sorted(os.listdir(folder)) if os.path.isdir(folder) else []
    return listing


@bp.get("/orders/<int:order_id>/files/download")
@login_required
def download(order_id: int):
    order = _owned_order(order_id)
    kind = request.args.get("kind", "buildsheet")
    if kind not in ALLOWED_KINDS:
        abort(400)
    name = request.args.get("name")
    if not name:
        abort(400)
    full_path = os.path.join(_order_dir(order), kind, name)
    if not os.path.isfile(full_path):
        abort(404)
    return send_file(full_path, as_attachment=True, download_name=os.path.basename(full_path))
