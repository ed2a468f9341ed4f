"""Password reset flow for hire customers.

A six digit code is emailed to the customer and must be entered within
fifteen minutes. Codes are single use.
"""
import logging
import random
from datetime import datetime, timedelta, timezone

from flask import Blueprint, jsonify, request
from sqlalchemy import text

from bargehire.db import engine
from bargehire.mail import send_template

log = logging.getLogger(__name__)
bp = Blueprint("password_reset", __name__, url_prefix="/account/reset")

CODE_TTL = timedelta(minutes=15)


def _issue_code() -> str:
    return f"{random.randint(0, 999_999):06d}"


def _store_code(customer_id: int, code: str) -> None:
    expires = datetime.now(timezone.utc) + CODE_TTL
    with engine.begin() as conn:
        conn.execute(
            text("DELETE FROM reset_codes WHERE customer_id = :cid"),
            {"cid": customer_id},
        )
        conn.execute(
            text(
                "INSERT INTO reset_codes (customer_id, code, expires_at) "
                "VALUES (:cid, :code, :exp)"
            ),
            {"cid": customer_id, "code": code, "exp": expires},
        )


@bp.post("/request")
def request_reset():
    email = (request.get_json(silent=True) or {}).get("email", "").strip().lower()
    with engine.connect() as conn:
        row = conn.execute(
            text("SELECT id, full_name FROM customers WHERE email = :email"),
            {"email": email},
        ).first()
    if row is not None:
        code = _issue_code()
        _store_code(row.id, code)
        send_template(
            to=email,
            template="password_reset.html",
            context={"name": row.full_name, "code": code, "minutes": 15},
        )
        log.info("password reset requested for customer %s", row.id)
    return jsonify({"status": "If the address is registered, a code has been sent."}), 202
