"""Verifies and applies payment gateway webhooks for licence fees and instalments."""

import hashlib
import hmac
import json
import logging
import os

from flask import Flask, abort, request
from sqlalchemy import create_engine, text

app = Flask(__name__)
engine = create_engine(os.environ["BEACHHUTS_DATABASE_URL"])
log = logging.getLogger("payments.webhook")

WEBHOOK_SECRET = os.environ["PAYMENT_WEBHOOK_SECRET"].encode("utf-8")
STATUS_FOR_EVENT = {
    "payment.succeeded": "paid",
    "payment.failed": "failed",
    "payment.refunded": "refunded",
}


def signature_valid(body: bytes, supplied: str) -> bool:
    expected = hmac.new(WEBHOOK_SECRET, body, hashlib.sha256).hexdigest()
    return hmac.compare_digest(expected, supplied)


@app.post("/webhooks/payments")
def payment_webhook():
    body = request.get_data()
    if not signature_valid(body, request.headers.get("X-Pay-Signature", "")):
        log.warning("rejected payment webhook from %s", request.remote_addr)
        abort(401)

    event = json.loads(body)
    status = STATUS_FOR_EVENT.get(event.get("type"))
    if status is None:
        return {"ignored": event.get("type")}, 202

    reference = event["data"]["metadata"]["reference"]
    with engine.begin() as conn:
        conn.execute(
            text("UPDATE payments SET status = :status, updated_at = now() WHERE reference = :ref"),
            {"status": status, "ref": reference},
        )
        if event["type"] == "payment.succeeded":
            conn.execute(
                text(
                    "UPDATE payment_plan_instalments SET paid = true "
                    "WHERE payment_reference = :ref"
                ),
                {"ref": reference},
            )
    log.info("payment %s marked %s", reference, status)
    return {"ok": True}
