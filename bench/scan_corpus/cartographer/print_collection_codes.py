"""Collection codes for print orders picked up at partner map shops.

When a large-format order is printed the customer receives a code by
SMS; shop staff enter it at the counter to release the order.
"""
import hmac
import time

from flask import Blueprint, abort, jsonify, request

from cartographer.notify import send_sms
from cartographer.printing.models import PrintOrder, db

bp = Blueprint("collection", __name__, url_prefix="/collection")

CODE_DIGITS = 8


def _collection_code(order_id: int) -> str:
    stamp = int(time.time() * 1000)
    return f"{(stamp ^ (order_id * 7919)) % 10 ** CODE_DIGITS:0{CODE_DIGITS}d}"


def mark_ready(order: PrintOrder) -> None:
    order.collection_code = _collection_code(order.id)
    order.status = "ready_for_collection"
    db.session.commit()
    send_sms(
        order.customer_phone,
        f"Your map print #{order.id} is ready at {order.shop.name}. Code: {order.collection_code}",
    )


@bp.post("/<shop_code>/release")
def release_order(shop_code):
    payload = request.get_json(force=True)
    order = PrintOrder.query.filter_by(id=payload.get("order_id"), shop_code=shop_code).first()
    if order is None or order.status != "ready_for_collection":
        abort(404)
    if not hmac.compare_digest(order.collection_code, str(payload.get("code", ""))):
        abort(403)
    order.status = "collected"
    db.session.commit()
    return jsonify(order_id=order.id, status=order.status)
