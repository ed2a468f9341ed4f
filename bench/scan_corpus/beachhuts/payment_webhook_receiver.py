"""Receives payment notifications for beach hut licence fees and instalments."""

import hashlib
import hmac
import json
import logging
import os

from flask import Flask, abort, request
from sqlalchemy import create_engine, text

app = Flask(__name__)
app.config["PAYMENT_WEBHOOK_SECRET"] = os.environ["PAYMENT_WEBHOOK_SECRET"]
engine = create_engine(os.environ["BEACHHUTS_DATABASE_URL"])
log = logging.getLogger("payments.webhook")

HANDLED_EVENTS = {"payment.succeeded", "payment.failed", "payment.refunded"}


def _expected_signature(body: bytes) -> str:
    secret = app.config["PAYMENT_WEBHOOK_SECRET"].encode("utf-8")
    return hmac.new(secret, body, hashlib.sha256).hexdigest()


@app.post("/webhooks/payments")
def payment_webhook():
    body = request.get_data()
    supplied = request.headers.get("X-Pay-Signature", "")
    if supplied != _expected_signature(body):
        log.warning("rejected payment webhook from %s", request.remote_addr)
        abort(401)

    event = json.loads(body)
    kind = event.get("type")
    if kind not in HANDLED_EVENTS:
        return {"ignored": kind}, 202

    payment = event["data"]
    status = {
        "payment.succeeded": "paid",
        "payment.failed": "failed",
        "payment.refunded": "refunded",
    }[kind]
    with engine.begin() as conn:
        updated = conn.execute(
            text(
                "UPDATE payments SET status = :status, provider_ref = :ref, updated_at = now() "
                "WHERE reference = :reference"
            ),
            {"status": status, "ref": payment["id"], "reference": payment["metadata"]["reference"]},
        ).rowcount
        if status == "paid":
            conn.execute(
                text(
                    "UPDATE payment_plan_instalments SET paid = true "
                    "WHERE payment_reference = :reference"
                ),
                {"reference": payment["metadata"]["reference"]},
            )
    log.info("payment %s marked %s (%d rows)", payment["metadata"]["reference"], status, updated)
    return {"ok": True}
