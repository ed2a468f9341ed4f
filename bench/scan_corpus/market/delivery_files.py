"""Serves files a seller delivered for an order."""
from pathlib import Path

from flask import Blueprint, abort, current_app, send_file
from flask_login import current_user, login_required

from .orders import get_order

bp = Blueprint("delivery_files", __name__)


@bp.get("/orders/<int:order_id>/files/<path:name>")
@login_required
def download(order_id: int, name: str):
    order = get_order(order_id)
    if order is None or current_user.id not in (order.buyer_id, order.seller_id):
        abort(404)
    base = (Path(current_app.config["DELIVERY_ROOT"]) / str(order_id)).resolve()
    target = (base / name).resolve()
    if not target.is_relative_to(base) or not target.is_file():
        abort(404)
    return send_file(target, as_attachment=True)
