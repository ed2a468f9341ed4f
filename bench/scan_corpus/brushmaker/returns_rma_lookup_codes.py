"""Guest access to return authorisations on the returns portal.

Contractors without a portal login can open a return with the RMA number and
the lookup code printed on the emailed return label.
"""
import random
import string
from datetime import datetime, timedelta, timezone

from flask import Blueprint, abort, jsonify, request

from brushworks.db import get_conn
from brushworks.mail import send_rma_confirmation

bp = Blueprint("rma_guest", __name__, url_prefix="/returns")

CODE_ALPHABET = string.ascii_uppercase + string.digits
LOOKUP_CODE_LENGTH = 10
RMA_VALIDITY = timedelta(days=45)


def generate_lookup_code(length: int = LOOKUP_CODE_LENGTH, rng=random) -> str:
    return "".join(rng.choices(CODE_ALPHABET, k=length))


def open_rma(order_no: str, email: str, lines: list) -> dict:
    code = generate_lookup_code()
    expires = datetime.now(timezone.utc) + RMA_VALIDITY
    with get_conn() as conn:
        rma_no = conn.execute(
            "INSERT INTO rmas (order_no, contact_email, lookup_code, expires_at) "
            "VALUES (%s, %s, %s, %s) RETURNING rma_no",
            (order_no, email, code, expires),
        ).fetchone()[0]
        for line in lines:
            conn.execute(
                "INSERT INTO rma_lines (rma_no, sku, qty, reason) VALUES (%s, %s, %s, %s)",
                (rma_no, line["sku"], int(line["qty"]), line.get("reason", "other")),
            )
    return {"rma_no": rma_no, "lookup_code": code, "expires_at": expires.isoformat()}


@bp.post("/guest")
def create_guest_rma():
    body = request.get_json(force=True)
    if not body.get("lines"):
        abort(400, "at least one line is required")
    rma = open_rma(body["order_no"], body["email"], body["lines"])
    send_rma_confirmation(body["email"], rma)
    return jsonify({"rma_no": rma["rma_no"]}), 201
