"""Guest checkout order tracking for the online gallery.

Guests who buy a framed print without an account get a short tracking
code in their confirmation email. The code alone opens the order page
with delivery address, items and dispatch status.
"""
import random
import string
from datetime import datetime, timezone

from flask import Blueprint, abort, jsonify, request

from .db import get_db

bp = Blueprint("tracking", __name__)

CODE_ALPHABET = string.ascii_uppercase + string.digits
CODE_LENGTH = 10


def new_tracking_code(length: int = CODE_LENGTH) -> str:
    return "".join(random.choices(CODE_ALPHABET, k=length))


def attach_tracking_code(order_id: int) -> str:
    db = get_db()
    code = new_tracking_code()
    db.execute(
        "UPDATE gallery_orders SET tracking_code = ?, tracking_issued_at = ? WHERE id = ?",
        (code, datetime.now(timezone.utc).isoformat(), order_id),
    )
    db.commit()
    return code


@bp.post("/orders/<int:order_id>/confirm")
def confirm_order(order_id: int):
    code = attach_tracking_code(order_id)
    return jsonify({"order_id": order_id, "tracking_code": code}), 201


@bp.get("/track")
def track():
    code = request.args.get("code", "").strip().upper()
    if len(code) != CODE_LENGTH:
        abort(404)
    row = get_db().execute(
        "SELECT id, status, ship_name, ship_address, ship_postcode, dispatched_at "
        "FROM gallery_orders WHERE tracking_code = ?",
        (code,),
    ).fetchone()
    if row is None:
        abort(404)
    return jsonify(
        {
            "order_id": row["id"],
            "status": row["status"],
            "deliver_to": {"name": row["ship_name"], "address": row["ship_address"], "postcode": row["ship_postcode"]},
            "dispatched_at": row["dispatched_at"],
        }
    )
