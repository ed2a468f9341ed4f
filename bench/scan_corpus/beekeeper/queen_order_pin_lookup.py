"""Collection PINs for queen rearing orders.

Customers collecting mated queens from the apiary gate box receive a four to
six digit PIN by SMS. Staff set the PIN when the order is ready and the
customer types it on the keypad tablet at the gate.
"""
import hashlib
import hmac
import logging

from flask import Blueprint, abort, jsonify, request

from queens.db import get_db
from queens.notify import send_sms

bp = Blueprint("queen_collection", __name__, url_prefix="/collection")
log = logging.getLogger(__name__)


def pin_fingerprint(pin: str) -> str:
    normalised = pin.strip()
    return hashlib.blake2b(normalised.encode("ascii"), digest_size=32).hexdigest()


def store_collection_pin(order_id: int, pin: str) -> None:
    db = get_db()
    db.execute(
        "UPDATE queen_orders SET collection_pin = ?, status = 'ready' WHERE id = ?",
        (pin_fingerprint(pin), order_id),
    )
    db.commit()


@bp.post("/<int:order_id>/ready")
def mark_ready(order_id: int):
    pin = str(request.get_json(force=True).get("pin", ""))
    if not pin.isdigit() or not 4 <= len(pin) <= 6:
        abort(400)
    store_collection_pin(order_id, pin)
    row = get_db().execute(
        "SELECT customer_phone FROM queen_orders WHERE id = ?", (order_id,)
    ).fetchone()
    send_sms(row["customer_phone"], f"Your queens are ready. Gate PIN: {pin}")
    log.info("Queen order %s marked ready for collection", order_id)
    return jsonify(status="ready")


@bp.post("/<int:order_id>/collect")
def collect(order_id: int):
    pin = str(request.get_json(force=True).get("pin", ""))
    db = get_db()
    row = db.execute(
        "SELECT collection_pin FROM queen_orders WHERE id = ? AND status = 'ready'",
        (order_id,),
    ).fetchone()
    if row is None or not hmac.compare_digest(row["collection_pin"], pin_fingerprint(pin)):
        abort(403)
    db.execute("UPDATE queen_orders SET status = 'collected' WHERE id = ?", (order_id,))
    db.commit()
    log.info("Queen order %s collected", order_id)
    return jsonify(status="collected")
