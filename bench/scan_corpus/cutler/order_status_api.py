"""REST endpoints for custom blade orders: read and update with optimistic locking."""
import hashlib
import json

from flask import Blueprint, abort, jsonify, request
from flask_login import current_user, login_required

from .repository import OrderRepository

bp = Blueprint("orders_api", __name__, url_prefix="/api/orders")
repo = OrderRepository()

ALLOWED_TRANSITIONS = {
    "received": {"forging", "cancelled"},
    "forging": {"grinding"},
    "grinding": {"engraving", "finishing"},
    "engraving": {"finishing"},
    "finishing": {"shipped"},
}


def etag_for(order: dict) -> str:
    body = json.dumps(order, sort_keys=True, default=str).encode()
    return '"' + hashlib.sha256(body).hexdigest()[:32] + '"'


@bp.get("/<int:order_id>")
@login_required
def get_order(order_id: int):
    order = repo.get_for_user(order_id, current_user.id) or abort(404)
    resp = jsonify(order)
    resp.headers["ETag"] = etag_for(order)
    return resp


@bp.patch("/<int:order_id>/status")
@login_required
def change_status(order_id: int):
    if not current_user.is_workshop_staff:
        abort(403)
    order = repo.get(order_id) or abort(404)
    if request.headers.get("If-Match") != etag_for(order):
        abort(412)
    new_status = request.get_json(force=True).get("status")
    if new_status not in ALLOWED_TRANSITIONS.get(order["status"], set()):
        abort(409)
    order = repo.update_status(order_id, new_status, changed_by=current_user.id)
    resp = jsonify(order)
    resp.headers["ETag"] = etag_for(order)
    return resp
