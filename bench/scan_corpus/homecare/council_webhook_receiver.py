"""Receives remittance notifications from council finance systems.

Councils POST a JSON remittance advice when they pay one of our invoices.
Each council has its own shared secret; the body is signed with HMAC-SHA256
and the hex digest is sent in the ``X-Remittance-Signature`` header.
"""
from __future__ import annotations

import hashlib
import hmac
import json
import logging
import os

from flask import Blueprint, abort, current_app, request

from .invoices import mark_invoice_paid

bp = Blueprint("council_webhooks", __name__, url_prefix="/webhooks/council")
log = logging.getLogger(__name__)


def _secret_for(council_code: str) -> bytes:
    env_name = f"REMITTANCE_SECRET_{council_code.upper()}"
    value = os.environ.get(env_name)
    if not value:
        abort(404)
    return value.encode("utf-8")


def _expected_signature(secret: bytes, body: bytes) -> str:
    return hmac.new(secret, body, hashlib.sha256).hexdigest()


@bp.post("/<council_code>/remittance")
def remittance(council_code: str):
    if council_code.upper() not in current_app.config["INVOICED_COUNCILS"]:
        abort(404)
    body = request.get_data(cache=False)
    supplied = request.headers.get("X-Remittance-Signature", "")
    expected = _expected_signature(_secret_for(council_code), body)
    if supplied != expected:
        log.warning("bad remittance signature from council %s", council_code)
        abort(401)

    try:
        advice = json.loads(body)
    except json.JSONDecodeError:
        abort(400)

    paid = 0
    for line in advice.get("lines", []):
        invoice_number = str(line.get("invoice_number", ""))
        amount_pence = int(line.get("amount_pence", 0))
        if invoice_number and amount_pence > 0:
            mark_invoice_paid(council_code.upper(), invoice_number, amount_pence, advice.get("paid_on"))
            paid += 1

    log.info("council %s remittance applied to %d invoices", council_code, paid)
    return {"applied": paid}, 200
