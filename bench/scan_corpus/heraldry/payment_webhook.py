"""Webhook receiver for the card processor: marks commission invoices as paid."""
import hashlib
import hmac
import json
import logging
import os
import time

from flask import Blueprint, abort, current_app, request

bp = Blueprint("payments_webhook", __name__, url_prefix="/hooks")
log = logging.getLogger("studio.payments")

TOLERANCE_SECONDS = 300


def _webhook_secret() -> bytes:
    return os.environ["PAYMENT_WEBHOOK_SECRET"].encode()


def _parse_signature_header(header: str) -> tuple[int, str]:
    parts = dict(item.split("=", 1) for item in header.split(",") if "=" in item)
    return int(parts.get("t", "0")), parts.get("v1", "")


def _expected_signature(timestamp: int, body: bytes) -> str:
    signed = f"{timestamp}.".encode() + body
    return hmac.new(_webhook_secret(), signed, hashlib.sha256).hexdigest()


@bp.post("/payments")
def payment_event():
    header = request.headers.get("Processor-Signature", "")
    timestamp, provided = _parse_signature_header(header)
    if abs(time.time() - timestamp) > TOLERANCE_SECONDS:
        abort(400)
    body = request.get_data()
    if provided != _expected_signature(timestamp, body):
        abort(400)

    event = json.loads(body)
    if event.get("type") != "payment_intent.succeeded":
        return {"ignored": True}

    invoice_ref = event["data"]["object"]["metadata"].get("invoice_ref")
    db = current_app.extensions["registry_db"]
    with db.begin() as conn:
        conn.exec_driver_sql(
            "UPDATE invoices SET status = 'paid', paid_at = now() WHERE reference = %s",
            (invoice_ref,),
        )
    log.info("invoice %s settled via webhook", invoice_ref)
    return {"ok": True}
