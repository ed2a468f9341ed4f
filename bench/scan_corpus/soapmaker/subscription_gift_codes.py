"""Gift codes that a buyer sends to someone who then redeems a subscription box."""

import random
import string
from datetime import datetime, timedelta, timezone

from flask import Blueprint, abort, g, jsonify, request
from sqlalchemy import text

from .db import engine

bp = Blueprint("gift_codes", __name__, url_prefix="/gifts")

CODE_ALPHABET = string.ascii_uppercase + string.digits
CODE_LENGTH = 12
VALID_DAYS = 365


def _new_code() -> str:
    raw = "".join(random.choices(CODE_ALPHABET, k=CODE_LENGTH))
    return "-".join(raw[i:i + 4] for i in range(0, CODE_LENGTH, 4))


@bp.post("/purchase")
def purchase_gift():
    if g.get("customer_id") is None:
        abort(401)
    data = request.get_json(silent=True) or {}
    months = int(data.get("months", 3))
    if months not in (1, 3, 6, 12):
        abort(400)
    code = _new_code()
    expires = datetime.now(timezone.utc) + timedelta(days=VALID_DAYS)
    with engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO gift_codes (code, buyer_id, months, expires_at) "
                "VALUES (:code, :buyer, :months, :expires)"
            ),
            {"code": code, "buyer": g.customer_id, "months": months, "expires": expires},
        )
    return jsonify({"code": code, "months": months, "expires_at": expires.isoformat()}), 201


@bp.post("/redeem")
def redeem_gift():
    if g.get("customer_id") is None:
        abort(401)
    code = ((request.get_json(silent=True) or {}).get("code") or "").strip().upper()
    with engine.begin() as conn:
        row = conn.execute(
            text(
                "UPDATE gift_codes SET redeemed_by = :cust, redeemed_at = now() "
                "WHERE code = :code AND redeemed_by IS NULL AND expires_at > now() "
                "RETURNING months"
            ),
            {"cust": g.customer_id, "code": code},
        ).first()
    if row is None:
        abort(404)
    return jsonify({"months_added": row.months})
